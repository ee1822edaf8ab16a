/**
 * The presence summary a communication team can publish on its own
 * (« 12 patientes et patients partenaires, dont 5 en recherche »): visibility of the
 * partnership is recommended by the HAS guide (4.4, l.826–842). Counts come
 * from public feed entries only, so people not published (withdrawn, unlisted)
 * are never counted.
 */
import { type Gender, intlTag, type Locale } from '../i18n/locale';
import type { Label, PublicPartnerEntry } from '../schemas/public-feed';
import { domainShortLabel, entryWords } from './labels';
import { partnerNoun } from './nouns';
import { HAS_DOMAIN_ORDER } from './search';

export interface PresenceCounts {
  readonly total: number;
  /** How many partners act in each domain (a person in two domains counts in both), in the HAS order then by appearance. */
  readonly byDomain: ReadonlyMap<string, { readonly count: number; readonly short: Label }>;
  /** How many can take on another mission now. */
  readonly available: number;
  /** 'f' or 'm' when every partner counted uses that form, for the French agreement (both forms otherwise). */
  readonly gender?: Gender;
}

export function presenceCounts(entries: readonly Pick<PublicPartnerEntry, 'domains' | 'load' | 'gender'>[]): PresenceCounts {
  // `at`: the last entry counted in a domain, so that a domain repeated within an entry counts once.
  const found = new Map<string, { count: number; short: Label; at: number }>();
  let available = 0;
  // The one form every entry uses, if there is one ('x' or no gender: none).
  let shared: 'f' | 'm' | undefined = entries[0]?.gender === 'f' || entries[0]?.gender === 'm' ? entries[0].gender : undefined;
  entries.forEach((entry, at) => {
    for (const domain of entry.domains) {
      const counted = found.get(domain.id);
      if (!counted)
        found.set(domain.id, { count: 1, short: { fr: domainShortLabel(domain, 'fr'), en: domainShortLabel(domain, 'en') }, at });
      else if (counted.at !== at) {
        counted.count++;
        counted.at = at;
      }
    }
    if (entry.load.hasCapacity) available++;
    if (entry.gender !== shared) shared = undefined;
  });
  const rank = (id: string) => {
    const r = HAS_DOMAIN_ORDER.indexOf(id);
    return r < 0 ? HAS_DOMAIN_ORDER.length : r;
  };
  const byDomain = new Map(
    [...found.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([id, { count, short }]) => [id, { count, short }] as const),
  );
  return { total: entries.length, byDomain, available, ...(shared ? { gender: shared } : {}) };
}

function inDomain(id: string, short: Label | undefined, locale: Locale): string {
  const words = entryWords(locale).summary;
  const known = words.inDomain[id];
  if (known) return known;
  // A domain outside the HAS four (another publisher's feed): its own short label.
  return words.inOther(short ? (locale === 'en' && short.en) || short.fr : id);
}

function joinList(items: string[], locale: Locale): string {
  try {
    return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * « 12 patientes et patients partenaires, dont 5 en recherche » for `domains = ['recherche']`;
 * every domain with at least one partner when `domains` is omitted;
 * « Aucun patient partenaire pour le moment » when there is nobody. English once
 * loadEntryWords('en') is done.
 */
export function presenceSummary(counts: PresenceCounts, locale: Locale, domains?: readonly string[]): string {
  const words = entryWords(locale).summary;
  if (counts.total === 0) return words.nobody;
  const head = partnerNoun(counts.total, locale, counts.gender);
  const wanted = domains ?? [...counts.byDomain.keys()];
  const parts = wanted.map((id) => {
    const counted = counts.byDomain.get(id);
    return `${counted?.count ?? 0} ${inDomain(id, counted?.short, locale)}`;
  });
  if (parts.length === 0) return head;
  return `${head}, ${words.including} ${joinList(parts, locale)}`;
}
