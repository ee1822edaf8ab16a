/**
 * What a contact keeps of a card found on a page: less than the page may show.
 *
 * A directory lists people with their compact fields (name or role, roles, domains,
 * territory, current load, one way to reach them). A card can show more — the full
 * `<pp-partner-card>` a page puts forward, or a directory card whose « Plus
 * d'informations » the visitor opened: missions, trainings, association, lived
 * experience… Those details are health data and a coordinator rarely needs them to
 * contact someone, so they are kept only when the user opens them in the popup and
 * chooses to keep them (data minimisation, RGPD art. 5.1.c). Everything else keeps
 * exactly the compact fields, the same cut the widgets make for a compact card
 * (shared/partners/shown-entry.ts), so a contact never holds a field the list did
 * not show unless it was chosen.
 *
 * Pure: tested in test/unit/shared/contacts/keep.test.ts.
 */
import { shownEntry } from '../partners/shown-entry';
import type { FoundPartner, SavedContact, ShownPartner } from '../schemas/contact';

/** The compact fields: what any card shows, and what a contact keeps by default. */
export const COMPACT_PARTS = ['name', 'roles', 'domains', 'territory', 'load', 'contact'] as const;

/** The details a full card adds, in the card's order. `contacts` = ways to reach them beyond the first. */
export const DETAIL_PARTS = [
  'missions',
  'statuses',
  'trainings',
  'association',
  'languages',
  'projects',
  'experience',
  'abilities',
  'availability',
  'contacts',
] as const;
export type DetailPart = (typeof DETAIL_PARTS)[number];

/** The details a card shows beyond its compact fields (none for a compact card). */
export function detailParts(found: Pick<FoundPartner, 'shown' | 'detail'>): DetailPart[] {
  if (found.detail !== 'full') return [];
  const s = found.shown;
  const has: Record<DetailPart, boolean> = {
    missions: s.missions.length > 0,
    statuses: s.statuses.length > 0,
    trainings: s.trainings.length > 0,
    association: s.association !== undefined && (s.association.mandated || s.association.name !== undefined),
    languages: s.languages.length > 0,
    projects: s.projects.length > 0,
    experience:
      s.experience !== undefined && (s.experience.themes.length > 0 || s.experience.caregiver || s.experience.text !== undefined),
    abilities: s.abilities.length > 0,
    availability: s.availability.slots.length > 0 || s.availability.commitment.length > 0,
    contacts: s.contact.length > 1,
  };
  return DETAIL_PARTS.filter((part) => has[part]);
}

/** The card's compact fields only, as a compact card would show them. */
export function compactShown(shown: ShownPartner): ShownPartner {
  const { photo: _photo, ...compact } = shownEntry(shown, 'compact');
  return compact;
}

/**
 * The card as the contact will keep it: whole only when the card showed details AND the
 * user chose to keep them; otherwise its compact fields, marked `compact` (so that a
 * later save from a compact card refreshes it as one: contacts/contact.ts refreshContact).
 */
export function toKeep(found: FoundPartner, keepDetails: boolean): FoundPartner {
  if (found.detail === 'full' && keepDetails) return found;
  if (found.detail === 'compact') return found;
  return { ...found, shown: compactShown(found.shown), detail: 'compact' };
}

/** The details a saved contact holds beyond its compact fields. */
export function contactDetailParts(contact: Pick<SavedContact, 'shown' | 'detail'>): DetailPart[] {
  return detailParts(contact);
}

/** The contact with its compact fields only (« Ne garder que la fiche abrégée »); note, agreement and source stay. */
export function withoutDetails(contact: SavedContact): SavedContact {
  return { ...contact, shown: compactShown(contact.shown), detail: 'compact' };
}

export interface KeptSummary {
  /** People to be saved. */
  readonly people: number;
  /** Of those, how many keep their details. */
  readonly withDetails: number;
  /** The details kept, over every person who keeps them (in DETAIL_PARTS order). */
  readonly parts: readonly DetailPart[];
}

/** What saving this selection keeps, to be said before saving. */
export function keptSummary(selection: readonly { found: FoundPartner; keepDetails: boolean }[]): KeptSummary {
  const parts = new Set<DetailPart>();
  let withDetails = 0;
  for (const { found, keepDetails } of selection) {
    const details = keepDetails ? detailParts(found) : [];
    if (!details.length) continue;
    withDetails++;
    for (const part of details) parts.add(part);
  }
  return { people: selection.length, withDetails, parts: DETAIL_PARTS.filter((p) => parts.has(p)) };
}
