/** The project workspace store (fake-indexeddb): projects, links, contacts, and the widgets' storage seam. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../../../shared/charter/record';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { exportFileName } from '../../../../shared/checklist/export';
import type { StoredChecklist } from '../../../../shared/checklist/records';
import type { CharterRecord } from '../../../../shared/schemas/charter';
import { loadState, saveState } from '../../../../widgets/checklist/storage';
import { makeItems } from '../../../helpers/library-items';
import { openWorkspace } from '../../../helpers/workspace';
import { at, doctor, patient } from '../../shared/charter/fixtures';
import { demoFound as found, PAGE_URL } from '../../shared/contacts/helpers';

const open = () => openWorkspace('workspace');

const draft = {
  title: 'Accueil des urgences',
  domain: 'offre_soins' as const,
  dates: { start: '2026-03-01', end: '2026-12-31' },
  description: 'Co-construire l’information en salle d’attente.',
};
const seen = (seenAt = '2026-06-02T10:00:00.000Z') => ({ pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', seenAt });

async function signedRecord(title = 'Accueil des urgences'): Promise<CharterRecord> {
  let record = await createCharterRecord({ projectTitle: title, locale: 'fr', extraClauses: [] }, at(0));
  ({ record } = await signCharterRecord(
    record,
    { signatory: patient, mention: 'Lu et approuvé', method: 'typed', typedName: 'Jeanne Martin' },
    { now: at(1) },
  ));
  ({ record } = await signCharterRecord(
    record,
    { signatory: doctor, mention: 'lu et approuvé', method: 'typed', typedName: 'K. Benali' },
    { now: at(2) },
  ));
  return appendCharterEvent(record, { type: 'completed', at: at(2) });
}

describe('projects', () => {
  it('creates, edits and lists projects, validated by the shared schema', async () => {
    const w = await open();
    const changes: unknown[] = [];
    w.onChange((c) => changes.push(c));
    const p = await w.createProject(draft, { now: '2026-06-01T08:00:00.000Z' });
    expect(p).toMatchObject({
      schemaVersion: 1,
      title: 'Accueil des urgences',
      partnerIds: [],
      missions: [],
      createdAt: '2026-06-01T08:00:00.000Z',
    });
    const edited = await w.editProject(p.id, { ...draft, title: '  Accueil des urgences (2026)  ' }, '2026-06-01T08:00:00.000Z');
    expect(edited?.title).toBe('Accueil des urgences (2026)');
    expect(edited?.updatedAt).toBe('2026-06-01T08:00:00.001Z'); // later than the previous write, same clock
    expect((await w.projects()).map((x) => x.id)).toEqual([p.id]);
    expect(changes).toEqual([
      { type: 'projects', ids: [p.id] },
      { type: 'projects', ids: [p.id] },
    ]);
  });

  it('refuses an invalid project whole (end before start, empty title, mission of another domain)', async () => {
    const w = await open();
    await expect(w.createProject({ ...draft, dates: { start: '2026-05-01', end: '2026-04-01' } })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    await expect(w.createProject({ ...draft, title: '   ' })).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(w.createProject({ ...draft, missions: ['recherche.gouvernance.1'] })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect(await w.projects()).toEqual([]);
    const p = await w.createProject(draft);
    await expect(w.editProject(p.id, { ...draft, dates: { start: '2026-05-01', end: '2020-01-01' } })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect(await w.project(p.id)).toEqual(p);
  });

  it('links and unlinks library items through the item’s projectIds, and tells the library pages', async () => {
    const w = await open();
    const [item] = makeItems(1, 3);
    await w.library.put(item!);
    const told: unknown[] = [];
    w.library.onChange((c) => told.push(c));
    const p = await w.createProject(draft);
    await w.linkItem(p.id, item!.id);
    await w.linkItem(p.id, item!.id); // twice: once
    expect((await w.library.get(item!.id))?.projectIds).toEqual([p.id]);
    await w.unlinkItem(p.id, item!.id);
    expect((await w.library.get(item!.id))?.projectIds).toEqual([]);
    expect(told).toContainEqual({ type: 'items', ids: [item!.id] });
  });

  it('deletes a project with its checklist and charters and unlinks its items, in one transaction; contacts stay', async () => {
    const w = await open();
    const items = makeItems(3, 5);
    for (const item of items) await w.library.put(item);
    const p = await w.createProject(draft);
    const other = await w.createProject({ ...draft, title: 'Autre projet' });
    await w.linkItem(p.id, items[0]!.id);
    await w.linkItem(other.id, items[0]!.id);
    await w.linkItem(p.id, items[1]!.id);
    const { created } = await w.saveFound([found('pp-001')], seen());
    await w.linkContacts(p.id, [created[0]!.id]);
    await w.checklistStore(p.id).save(p.id, {
      format: 'binome-checklist',
      schemaVersion: 1,
      current: createEvaluation({ projectTitle: 'x' }),
      history: [],
    });
    await w.charterStore(p.id).save('charte-1', await signedRecord());
    expect(await w.deleteProject(p.id)).toBe(true);
    expect(await w.project(p.id)).toBeUndefined();
    expect(await w.checklist(p.id)).toBeUndefined();
    expect(await w.charters(p.id)).toEqual([]);
    expect((await w.library.get(items[0]!.id))?.projectIds).toEqual([other.id]);
    expect((await w.library.get(items[1]!.id))?.projectIds).toEqual([]);
    expect(await w.contacts()).toHaveLength(1);
    expect(await w.deleteProject(p.id)).toBe(false);
  });
});

describe('contacts', () => {
  it('saves found cards once per person of a feed, refreshing and keeping the user’s fields', async () => {
    const w = await open();
    const first = await w.saveFound([found('pp-001'), found('pp-009')], seen());
    expect(first.created).toHaveLength(2);
    const camille = first.created[0]!;
    await w.updateContact(camille.id, { note: 'Vue au comité', matchingConsent: { granted: true, date: '2026-06-02' } });
    const second = await w.saveFound([found('pp-001')], seen('2026-07-01T10:00:00.000Z'));
    expect(second.created).toHaveLength(0);
    expect(second.updated).toHaveLength(1);
    const again = await w.contact(camille.id);
    expect(again).toMatchObject({
      note: 'Vue au comité',
      matchingConsent: { granted: true, date: '2026-06-02' },
      savedAt: '2026-06-02T10:00:00.000Z',
    });
    expect(again?.source.seenAt).toBe('2026-07-01T10:00:00.000Z');
    expect(await w.contacts()).toHaveLength(2);
    const known = await w.savedFor([found('pp-001'), found('pp-002')], PAGE_URL);
    expect([...known.values()].map((c) => c.id)).toEqual([camille.id]);
  });

  it('writes nothing when one card is invalid', async () => {
    const w = await open();
    const bad = found('pp-002');
    const broken = {
      ...bad,
      shown: { ...bad.shown, contact: [{ kind: 'url' as const, href: 'javascript:alert(1)', text: 'x' }] },
    };
    await expect(w.saveFound([found('pp-001'), broken], seen())).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await w.contacts()).toEqual([]);
    await expect(w.saveFound([found('pp-001')], { ...seen(), pageUrl: 'javascript:alert(1)' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect(await w.contacts()).toEqual([]);
  });

  it('deleting a contact removes it from its projects', async () => {
    const w = await open();
    const { created } = await w.saveFound([found('pp-001'), found('pp-002')], seen());
    const p = await w.createProject(draft);
    await w.linkContacts(
      p.id,
      created.map((c) => c.id),
    );
    await w.deleteContact(created[0]!.id);
    expect((await w.project(p.id))?.partnerIds).toEqual([created[1]!.id]);
    expect(await w.contacts()).toHaveLength(1);
  });
});

describe('the widgets’ storage seam', () => {
  it('carries a rename to the checklist sheet that had the old title, not to one titled otherwise nor to the history', async () => {
    const w = await open();
    const p = await w.createProject(draft);
    const march = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-03-01' }), 'has.1', 'non');
    const june = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-06-01' }), 'has.1', 'oui');
    await saveState(w.checklistStore(p.id), p.id, { current: june, history: [march] }, 'fr');
    await w.editProject(p.id, { ...draft, title: 'Accueil des urgences 2027' });
    const renamed = (await w.checklist(p.id))?.state;
    expect(renamed?.current).toEqual({ ...june, projectTitle: 'Accueil des urgences 2027' });
    // A dated evaluation says what the project was called then.
    expect(renamed?.history).toEqual([march]);
    // The checklist's exports are named from the sheet: they follow the project.
    expect(exportFileName(renamed as StoredChecklist, 'csv', 'fr')).toBe('check-list-Accueil-des-urgences-2027-2026-06-01.csv');
    // A sheet someone titled otherwise keeps its title.
    const own = { ...june, projectTitle: 'Évaluation du service' };
    await saveState(w.checklistStore(p.id), p.id, { current: own, history: [] }, 'fr');
    await w.editProject(p.id, { ...draft, title: 'Encore un autre titre' });
    expect((await w.checklist(p.id))?.state.current.projectTitle).toBe('Évaluation du service');
    // A refused edit changes neither.
    await expect(w.editProject(p.id, { ...draft, title: '' })).rejects.toBeInstanceOf(LibraryValidationError);
    expect((await w.checklist(p.id))?.state.current.projectTitle).toBe('Évaluation du service');
  });

  it('keeps <pp-checklist> evaluations through the widget’s own storage code, validated, per project', async () => {
    const w = await open();
    const p = await w.createProject(draft);
    const store = w.checklistStore(p.id);
    const march = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-03-01' }), 'has.1', 'non');
    const june = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-06-01' }), 'has.1', 'oui');
    expect(await saveState(store, p.id, { current: june, history: [march] }, 'fr')).toBeUndefined();
    expect(await loadState(store, p.id, 'fr')).toEqual({ state: { current: june, history: [march] } });
    expect((await w.checklist(p.id))?.state).toMatchObject({ format: 'binome-checklist', schemaVersion: 1 });
    // Invalid data is refused whole: the widget shows its storage message, the stored state stays.
    await expect(store.save(p.id, { schemaVersion: 1, current: { ...june, date: 'hier' }, history: [] })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect((await loadState(store, p.id, 'fr')).state?.current).toEqual(june);
    // What the widget could not read is set aside, never lost.
    await store.save(`${p.id}:illisible`, '{ pas du json');
    expect(await w.library.quarantineCount()).toBe(1);
    // No checklist for a project that does not exist.
    await expect(
      w.checklistStore('inconnu').save('inconnu', { schemaVersion: 1, current: june, history: [] }),
    ).rejects.toBeInstanceOf(LibraryValidationError);
  });

  it('keeps <pp-charter-signer> records, and never loses a signed record the user replaces', async () => {
    const w = await open();
    const p = await w.createProject(draft);
    const store = w.charterStore(p.id);
    const record = await signedRecord();
    await store.save('charte-1', record);
    expect(await store.load('charte-1')).toEqual(record);
    const [entry] = await w.charters(p.id);
    expect(entry).toMatchObject({ id: 'charte-1', projectId: p.id, origin: 'signed' });
    await expect(store.save('charte-1', { ...record, recordHash: 'pas une empreinte' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect(await store.load('charte-1')).toEqual(record);
    // "Start a new record" in the widget saves null: the signed one moves aside.
    await store.save('charte-1', null);
    expect(await store.load('charte-1')).toBeUndefined();
    const kept = await w.charters(p.id);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.record).toEqual(record);
  });

  it('imports a verified record once per project', async () => {
    const w = await open();
    const p = await w.createProject(draft);
    const record = await signedRecord();
    const first = await w.importCharter(p.id, record, 'charte-signee.json');
    expect(first).toMatchObject({ added: true, entry: { origin: 'imported', fileName: 'charte-signee.json' } });
    const second = await w.importCharter(p.id, record, 'copie.json');
    expect(second.added).toBe(false);
    expect(await w.charters(p.id)).toHaveLength(1);
    const removed = await w.deleteCharter(first.entry.id);
    expect(await w.charters(p.id)).toHaveLength(0);
    await w.restoreCharter(removed!);
    expect(await w.charters(p.id)).toHaveLength(1);
  });
});
