/**
 * extension/modules/review/review-data.ts on the library database (fake-indexeddb, the
 * store the pages use): the scenario as the stores write it is read in one pass per
 * store, partners are named from the registry with their roles and declared load, and a
 * blank sheet (the one the widget opens before anyone answers) is not an evaluation.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewLabels } from '../../../../extension/modules/i18n/review';
import { readReviewData } from '../../../../extension/modules/review/review-data';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { WorkspaceStore } from '../../../../extension/modules/workspace/workspace-store';
import { createEvaluation } from '../../../../shared/checklist/evaluation';
import { toStored } from '../../../../shared/checklist/records';
import { buildReview } from '../../../../shared/review';
import { scenario, sheet } from '../../../helpers/review-seed';

let counter = 0;
const opened: WorkspaceStore[] = [];
async function seeded(): Promise<WorkspaceStore> {
  const workspace = new WorkspaceStore(await LibraryStore.open(`review-${counter++}`));
  opened.push(workspace);
  const records = scenario();
  const title = records.projects[0]?.title ?? '';
  // The team's sheets, then the blank one the widget opened after the last (nothing answered).
  const [entry] = records.checklists as { state: { history: unknown[]; current: unknown } }[];
  const blank = createEvaluation({ id: 'blank', date: '2026-11-30', projectTitle: title });
  const state = toStored({
    history: [sheet('e-1', title, '2026-01-20', { 'has.1': 'en_cours' }), sheet('e-2', title, '2026-06-10', { 'has.1': 'oui' })],
    current: blank,
  });
  const tx = workspace.db.transaction(
    ['projects', 'checklists', 'charters', 'meetings', 'effects', 'registryPartners'],
    'readwrite',
  );
  for (const p of records.projects) tx.objectStore('projects').put(p);
  tx.objectStore('checklists').put({ ...(entry as object), state } as never);
  for (const c of records.charters) tx.objectStore('charters').put(c);
  for (const m of records.meetings) tx.objectStore('meetings').put(m);
  for (const e of records.effects) tx.objectStore('effects').put(e);
  for (const r of records.registryPartners) tx.objectStore('registryPartners').put(r);
  await tx.done;
  return workspace;
}
afterEach(() => {
  for (const w of opened.splice(0)) {
    w.close();
    w.library.close();
  }
});

describe('reading a review from the library database', () => {
  it('reads every store once, names registry partners, and leaves a blank sheet out', async () => {
    const store = await seeded();
    const data = await readReviewData(store, 'fr');
    const [project] = data.projects;
    expect(project?.evaluations.map((e) => e.date)).toEqual(['2026-01-20', '2026-06-10']);
    expect(project?.members.map((m) => [m.name, m.side, m.evaluations.length])).toEqual([
      ['Camille F.', 'patient_partner', 2],
      ['Dr Martin', 'professional', 2],
    ]);
    expect(project?.meetings).toHaveLength(3);
    expect(project?.effects).toHaveLength(2);
    expect(project?.charters).toHaveLength(1);
    expect(data.partners.get('registry:pp-camille')).toEqual({
      id: 'registry:pp-camille',
      name: 'Camille F.',
      roles: ['Patiente partenaire', 'Patiente formatrice'],
      load: { activeMissions: 3, maxMissions: 3, hasCapacity: false },
    });

    const review = buildReview(
      { ...data, period: { from: '2026-01-01', to: '2026-12-31' }, today: '2026-12-07' },
      { kind: 'project', projectId: 'p-accueil' },
      reviewLabels('fr'),
    );
    expect(review.tables.checklist.rows.map((r) => r[0])).toEqual(['2026-01-20', '2026-06-10']);
    expect(review.totals).toMatchObject({
      meetings: 3,
      evaluations: 2,
      measurements: 4,
      signatures: 2,
      partners: 2,
      fullyEngaged: 1,
    });
    expect(review.totals.actions).toEqual({ done: 2, open: 1, late: 1, total: 4 });
  });

  it('names the partners in English on an English page', async () => {
    const data = await readReviewData(await seeded(), 'en');
    expect(data.partners.get('registry:pp-lou')?.roles).toEqual(['Patient partner', 'Patient trainer']);
  });
});
