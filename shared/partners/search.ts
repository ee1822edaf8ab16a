/**
 * Filtering and text search over a directory of public feed entries, fast enough
 * to filter 1 000+ partners at each keystroke: every entry's searchable text is
 * built and normalised once (accents, case, ligatures, apostrophes: shared/text
 * normalizeText), and a query is then only substring tests.
 *
 * The index holds only what the feed publishes, and a feed holds only what each
 * person consented to show (publish(), shared/publish/): searching « diabète »
 * never finds a person who did not consent to show that theme.
 *
 * A directory may gather several feeds (a GHT's establishments): each item keeps
 * the index of its feed (`source`), which the establishment filter compares.
 */
import type { Locale } from '../i18n/locale';
import type { PublicPartnerEntry } from '../schemas/public-feed';
import { normalizeText } from '../text/normalize';
import {
  associationLabel,
  departementLabel,
  domainShortLabel,
  partnerTitle,
  roleLabels,
  termLabel,
  themeLabels,
  trainingLabel,
} from './labels';

/** One partner of the directory: the entry and the index of the feed it comes from. */
export interface DirectoryItem {
  readonly entry: PublicPartnerEntry;
  readonly source: number;
}

export interface PartnerCriteria {
  /** Free text; every word must appear (accent- and case-insensitive, prefix-friendly). */
  readonly query?: string;
  /** A domain id of the feed (« recherche »). */
  readonly domain?: string;
  /** A mission id of the feed. */
  readonly mission?: string;
  /** Département code ("13", "2A", "971"). */
  readonly territory?: string;
  /** Only people who can take on another mission now. */
  readonly availableOnly?: boolean;
  /** Index of a feed (as text, the value of the establishment filter). */
  readonly establishment?: string;
}

export interface PartnerIndexEntry {
  readonly item: DirectoryItem;
  /** Normalised searchable text. */
  readonly text: string;
}

export interface PartnerIndex {
  readonly locale: Locale;
  readonly entries: readonly PartnerIndexEntry[];
}

/**
 * Everything a visitor can read on the card, in the display locale, normalised.
 * `memo` keeps the normalised form of texts shared by many cards (mission and
 * domain labels…), so that indexing 1 000 partners normalises each label once.
 */
export function searchableText(entry: PublicPartnerEntry, locale: Locale, memo: Map<string, string> = new Map()): string {
  const parts: (string | undefined)[] = [
    partnerTitle(entry, locale),
    ...roleLabels(entry, locale),
    ...entry.statuses.map((s) => termLabel(s, locale)),
    ...entry.domains.flatMap((d) => [termLabel(d, locale), domainShortLabel(d, locale)]),
    ...entry.missions.map((m) => termLabel(m, locale)),
    ...entry.trainings.map((t) => trainingLabel(t, locale)),
    associationLabel(entry, locale),
    entry.territory.commune,
    departementLabel(entry.territory.departement, locale),
    ...entry.languages.map((l) => termLabel(l, locale)),
    ...entry.projects.map((p) => p.title),
    ...themeLabels(entry, locale),
    entry.experience?.text,
    ...entry.abilities,
  ];
  const normalised: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    let text = memo.get(part);
    if (text === undefined) {
      text = normalizeText(part);
      memo.set(part, text);
    }
    normalised.push(text);
  }
  return normalised.join(' \u2022 ');
}

export function buildPartnerIndex(items: readonly DirectoryItem[], locale: Locale): PartnerIndex {
  const memo = new Map<string, string>();
  return { locale, entries: items.map((item) => ({ item, text: searchableText(item.entry, locale, memo) })) };
}

/** The query's normalised words (« Île  MARSEILLE » → ["ile", "marseille"]). */
export function queryTerms(query: string | undefined): string[] {
  if (!query) return [];
  return normalizeText(query)
    .split(/[\s,;]+/)
    .filter((t) => t.length > 0);
}

/** A predicate for the criteria, compiled once per query. `text` may be empty when no word is searched. */
export function partnerMatcher(criteria: PartnerCriteria): (item: DirectoryItem, text: string) => boolean {
  const terms = queryTerms(criteria.query);
  const { domain, mission, territory, availableOnly, establishment } = criteria;
  const source = establishment ? Number(establishment) : undefined;
  return ({ entry, source: from }, text) => {
    if (source !== undefined && from !== source) return false;
    if (domain && !entry.domains.some((d) => d.id === domain)) return false;
    if (mission && !entry.missions.some((m) => m.id === mission)) return false;
    if (territory && entry.territory.departement.id !== territory) return false;
    if (availableOnly && !entry.load.hasCapacity) return false;
    for (const term of terms) if (!text.includes(term)) return false;
    return true;
  };
}

/** The items matching every criterion, in the directory's order. */
export function filterPartners(index: PartnerIndex, criteria: PartnerCriteria): DirectoryItem[] {
  const matches = partnerMatcher(criteria);
  const result: DirectoryItem[] = [];
  for (const { item, text } of index.entries) if (matches(item, text)) result.push(item);
  return result;
}

export interface FacetOption {
  readonly value: string;
  /** In the display locale. */
  readonly label: string;
  readonly count: number;
}

export interface PartnerFacets {
  /** The HAS domains in the guide's order, then any other in order of appearance. */
  readonly domains: readonly FacetOption[];
  /** Grouped by domain (in the domains' order), alphabetical within a domain. */
  readonly missions: readonly (FacetOption & { readonly domain: string })[];
  /** Sorted by code. */
  readonly territories: readonly FacetOption[];
}

/** The HAS domains in the guide's order (its tables 3–6): ids only, their labels come from the feeds. */
export const HAS_DOMAIN_ORDER: readonly string[] = ['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche'];

/** Département codes in the usual order: 01 … 19, 2A, 2B, 21 … 95, 971 … */
function departementOrder(code: string): number {
  if (code === '2A') return 20.1;
  if (code === '2B') return 20.2;
  const n = Number(code);
  return Number.isNaN(n) ? 1000 : n;
}

function domainRank(id: string): number {
  const rank = HAS_DOMAIN_ORDER.indexOf(id);
  return rank < 0 ? HAS_DOMAIN_ORDER.length : rank;
}

/** Values present in the directory, with their labels in `locale` and how many partners each. */
export function partnerFacets(entries: readonly PublicPartnerEntry[], locale: Locale): PartnerFacets {
  // `at`: the last entry counted in a facet, so that an id repeated within an entry counts once.
  const domains = new Map<string, { label: string; count: number; order: number; at: number }>();
  const missions = new Map<string, { label: string; count: number; domain: string; at: number }>();
  const territories = new Map<string, { label: string; count: number }>();
  entries.forEach((entry, at) => {
    for (const d of entry.domains) {
      const facet = domains.get(d.id);
      if (!facet) domains.set(d.id, { label: termLabel(d, locale), count: 1, order: domains.size, at });
      else if (facet.at !== at) {
        facet.count++;
        facet.at = at;
      }
    }
    for (const m of entry.missions) {
      const facet = missions.get(m.id);
      if (!facet) missions.set(m.id, { label: termLabel(m, locale), count: 1, domain: m.domain, at });
      else if (facet.at !== at) {
        facet.count++;
        facet.at = at;
      }
    }
    const dep = entry.territory.departement;
    const facet = territories.get(dep.id);
    if (facet) facet.count++;
    else territories.set(dep.id, { label: departementLabel(dep, locale), count: 1 });
  });
  const domainList = [...domains.entries()]
    .sort(([a, x], [b, y]) => domainRank(a) - domainRank(b) || x.order - y.order)
    .map(([value, { label, count }]) => ({ value, label, count }));
  const domainPosition = new Map(domainList.map((d, i) => [d.value, i]));
  const collator = new Intl.Collator(locale === 'en' ? 'en-GB' : 'fr-FR');
  const position = (domain: string) => domainPosition.get(domain) ?? domainList.length;
  return {
    domains: domainList,
    missions: [...missions.entries()]
      .map(([value, { label, count, domain }]) => ({ value, label, count, domain }))
      .sort((a, b) => position(a.domain) - position(b.domain) || collator.compare(a.label, b.label)),
    territories: [...territories.entries()]
      .sort(([a], [b]) => departementOrder(a) - departementOrder(b))
      .map(([value, { label, count }]) => ({ value, label, count })),
  };
}
