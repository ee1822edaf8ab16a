/**
 * What ONE card displays, as a public feed entry. Every card rendered by
 * `<pp-partner-card>` or `<pp-partner-list>` carries it in its `data-pp-shown`
 * attribute (with the feed's establishment), so that the browser extension's page
 * reader can take what the page showed from the DOM — no network request, and
 * nothing the visitor did not see:
 * - `full` (the full card, or a directory card whose details are open): the entry,
 *   less what the card leaves unsaid (an association with neither name nor mandate,
 *   an empty lived-experience block);
 * - `compact`: the photo, the name or role heading, the roles line, the domains, the
 *   territory, the current load and the ONE contact link the compact card offers
 *   (the person's own first route; the establishment's route is computed from the
 *   establishment). The other lists are empty and the optional blocks absent, so the
 *   result is still a valid entry (PublicPartnerEntrySchema).
 * Pure: unit-tested in test/unit/partners/shown-entry.test.ts.
 */
import type { PublicPartnerEntry } from '../schemas/public-feed';

export type ShownVariant = 'compact' | 'full';

export function shownEntry(entry: PublicPartnerEntry, variant: ShownVariant): PublicPartnerEntry {
  const { id, name, gender, photo, roles, domains, territory, load, contact } = entry;
  const base = {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(gender !== undefined ? { gender } : {}),
    ...(photo !== undefined ? { photo } : {}),
    roles,
    domains,
  };
  if (variant === 'compact') {
    return {
      ...base,
      missions: [],
      statuses: [],
      trainings: [],
      territory,
      languages: [],
      projects: [],
      abilities: [],
      availability: { slots: [], commitment: [] },
      load,
      contact: contact.slice(0, 1),
    };
  }
  const { association, experience } = entry;
  const saysAssociation = association !== undefined && (association.mandated || association.name !== undefined);
  const saysExperience =
    experience !== undefined && (experience.themes.length > 0 || experience.caregiver || experience.text !== undefined);
  return {
    ...base,
    missions: entry.missions,
    statuses: entry.statuses,
    trainings: entry.trainings,
    ...(saysAssociation ? { association } : {}),
    territory,
    languages: entry.languages,
    projects: entry.projects,
    ...(saysExperience ? { experience } : {}),
    abilities: entry.abilities,
    availability: entry.availability,
    load,
    contact,
  };
}
