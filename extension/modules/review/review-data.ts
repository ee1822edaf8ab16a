/**
 * Everything a review needs, read from the library database in one pass per store (an
 * establishment's review reads 50 projects at once: one getAll per store, not one read per
 * project), and turned into the plain records shared/review takes. Partners are named here,
 * in the page's language: contacts with their card's own words, registry partners with the
 * registry's names and roles; their load is the one each source keeps.
 */
import { isPristine } from '../../../shared/checklist/evaluation';
import type { StoredChecklist } from '../../../shared/checklist/records';
import { shownTitle } from '../../../shared/contacts/labels';
import type { Locale } from '../../../shared/i18n/locale';
import type { ReviewPartner, ReviewProject } from '../../../shared/review/model';
import type { ChecklistEvaluation } from '../../../shared/schemas/checklist';
import type { EffectIndicatorRecord } from '../../../shared/schemas/effect';
import type { MeetingRecord } from '../../../shared/schemas/meeting';
import { hasCapacity } from '../../../shared/schemas/partner';
import type { CharterEntry } from '../../../shared/schemas/workspace';
import { roleLabel } from '../../../shared/vocab/role-labels';
import { registryLink } from '../workspace/registry-links';
import { registryName } from '../workspace/registry-words';
import type { WorkspaceStore } from '../workspace/workspace-store';

export interface ReviewData {
  readonly projects: readonly ReviewProject[];
  readonly partners: ReadonlyMap<string, ReviewPartner>;
}

/** The dated sheets of a stored checklist; a blank sheet (nothing answered, nobody named) is not an evaluation. */
function sheetsOf(state: StoredChecklist | undefined, givenTitle: string): ChecklistEvaluation[] {
  if (!state) return [];
  return [...state.history, state.current].filter((e) => !isPristine(e, givenTitle));
}

function groupBy<T extends { projectId: string }>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const list = out.get(r.projectId);
    if (list) list.push(r);
    else out.set(r.projectId, [r]);
  }
  return out;
}

export async function readReviewData(store: WorkspaceStore, locale: Locale): Promise<ReviewData> {
  const db = store.db;
  const [projects, checklists, charters, meetings, effects, contacts, registry] = await Promise.all([
    store.projects(),
    db.getAll('checklists'),
    db.getAll('charters') as Promise<CharterEntry[]>,
    db.getAll('meetings') as Promise<MeetingRecord[]>,
    store.effects.listAllEffects() as Promise<EffectIndicatorRecord[]>,
    store.contacts(),
    store.registry.read(),
  ]);
  const checklistOf = new Map(checklists.map((c) => [c.projectId, c]));
  const chartersOf = groupBy(charters);
  const meetingsOf = groupBy(meetings);
  const effectsOf = groupBy(effects);

  const partners = new Map<string, ReviewPartner>();
  for (const c of contacts) {
    partners.set(c.id, {
      id: c.id,
      name: shownTitle(c.shown, locale),
      roles: c.shown.roles.map((r) => (locale === 'en' ? r.en : r.fr)),
      load: c.shown.load,
    });
  }
  for (const { id, profile } of registry.partners) {
    partners.set(registryLink(id), {
      id: registryLink(id),
      name: registryName(profile),
      roles: profile.titles.map((t) => roleLabel(t.role, locale, profile.gender)),
      load: { ...profile.load, hasCapacity: hasCapacity(profile) },
    });
  }

  return {
    partners,
    projects: projects.map((p): ReviewProject => {
      const entry = checklistOf.get(p.id);
      return {
        id: p.id,
        title: p.title,
        domain: p.domain,
        dates: p.dates,
        partnerIds: p.partnerIds,
        team: p.team ?? [],
        evaluations: sheetsOf(entry?.state, p.title),
        members: (entry?.members ?? []).map((m) => ({
          memberId: m.id,
          side: m.side,
          evaluations: sheetsOf(m.state, p.title),
          ...(m.name ? { name: m.name } : {}),
        })),
        charters: chartersOf.get(p.id) ?? [],
        meetings: meetingsOf.get(p.id) ?? [],
        effects: effectsOf.get(p.id) ?? [],
      };
    }),
  };
}
