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
 * Pure: unit-tested in test/unit/shared/partners/shown-entry.test.ts.
 */
import type { PublicPartnerEntry } from '../schemas/public-feed';

export type ShownVariant = 'compact' | 'full';

export function shownEntry(entry: PublicPartnerEntry, variant: ShownVariant): PublicPartnerEntry {
  // Built key by key, in the entry's order: a directory cuts a thousand entries per render
  // (bench/20-partners.bench.mjs), and conditional spreads (`...(x ? { x } : {})`) made
  // objects ten times slower to build and to stringify.
  const { name, gender, photo, association, experience } = entry;
  const compact = variant === 'compact';
  const shown: Partial<PublicPartnerEntry> = { id: entry.id };
  if (name !== undefined) shown.name = name;
  if (gender !== undefined) shown.gender = gender;
  if (photo !== undefined) shown.photo = photo;
  shown.roles = entry.roles;
  shown.domains = entry.domains;
  shown.missions = compact ? [] : entry.missions;
  shown.statuses = compact ? [] : entry.statuses;
  shown.trainings = compact ? [] : entry.trainings;
  if (!compact && association !== undefined && (association.mandated || association.name !== undefined))
    shown.association = association;
  shown.territory = entry.territory;
  shown.languages = compact ? [] : entry.languages;
  shown.projects = compact ? [] : entry.projects;
  if (
    !compact &&
    experience !== undefined &&
    (experience.themes.length > 0 || experience.caregiver || experience.text !== undefined)
  )
    shown.experience = experience;
  shown.abilities = compact ? [] : entry.abilities;
  shown.availability = compact ? { slots: [], commitment: [] } : entry.availability;
  shown.load = entry.load;
  shown.contact = compact ? entry.contact.slice(0, 1) : entry.contact;
  return shown as PublicPartnerEntry;
}
