/**
 * Public feed entries for tests, made the only way real ones are: registry profiles
 * (test/fixtures/partners.ts) published by publish() (shared/publish/), so that consent
 * cases in the widgets' tests come from the registry → publish() → feed path.
 */
import type { DirectoryItem } from '../../shared/partners/search';
import { publish } from '../../shared/publish/publish';
import type { PartnerProfile } from '../../shared/schemas/partner';
import type { PublicFeed, PublicPartnerEntry } from '../../shared/schemas/public-feed';
import type { Establishment } from '../../shared/schemas/registry';
import { manyPartners } from './many-partners';

export const GENERATED_AT = '2026-06-01T08:00:00+02:00';

export const ESTABLISHMENT: Establishment = {
  name: 'CH de Valmont (fictif)',
  contactEmail: 'partenariat@ch-valmont.example.org',
  contactUrl: 'https://ch-valmont.example.org/contact',
};

/** The public feed published from these registry profiles. */
export function feedOf(profiles: readonly PartnerProfile[], establishment: Establishment = ESTABLISHMENT): PublicFeed {
  return publish({ schemaVersion: 1, establishment, partners: [...profiles] }, { generatedAt: GENERATED_AT }).feed;
}

/** The published entries of these profiles (people not published are absent). */
export function entriesOf(profiles: readonly PartnerProfile[]): PublicPartnerEntry[] {
  return feedOf(profiles).partners;
}

/** The published entries as the items of a one-feed directory. */
export function itemsOf(profiles: readonly PartnerProfile[], source = 0): DirectoryItem[] {
  return entriesOf(profiles).map((entry) => ({ entry, source }));
}

/** A published feed of `n` varied partners (test/helpers/many-partners.ts). */
export function manyEntries(n: number): PublicPartnerEntry[] {
  return entriesOf(manyPartners(n));
}
