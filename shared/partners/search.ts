/**
 * Filtering and text search over a directory of public partner views, fast
 * enough to filter 1 000+ partners at each keystroke: every view's searchable
 * text is built and normalised once (accents, case, ligatures, apostrophes:
 * shared/text normalizeText), and a query is then only substring tests.
 *
 * The index is built from PUBLIC views only: searching « diabète » must never
 * find a person who did not consent to show that theme.
 */
import type { Locale } from '../i18n/locale';
import type { PublicPartner } from '../publish/public-view';
import { normalizeText } from '../text/normalize';
import { DOMAIN_IDS, type DomainId, domainOfMission, MISSION_IDS, type MissionId } from '../vocab/domain-labels';
import { departementName } from './departements';
import {
  associationLabel,
  domainLabel,
  domainShortLabel,
  languageName,
  missionLabel,
  partnerTitle,
  roleLabels,
  statusLabels,
  themeLabels,
  trainingLabel,
} from './labels';

export interface PartnerCriteria {
  /** Free text; every word must appear (accent- and case-insensitive, prefix-friendly). */
  readonly query?: string;
  readonly domain?: string;
  readonly mission?: string;
  /** Département code ("13", "2A", "971"). */
  readonly territory?: string;
  /** Only people who can take on another mission now. */
  readonly availableOnly?: boolean;
}

export interface PartnerIndexEntry {
  readonly view: PublicPartner;
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
export function searchableText(view: PublicPartner, locale: Locale, memo: Map<string, string> = new Map()): string {
  const parts: (string | undefined)[] = [
    partnerTitle(view, locale),
    ...roleLabels(view, locale),
    ...statusLabels(view, locale),
    ...view.domains.flatMap((d) => [domainLabel(d, locale), domainShortLabel(d, locale)]),
    ...view.missions.map((m) => missionLabel(m, locale)),
    ...view.trainings.map((t) => trainingLabel(t, locale)),
    associationLabel(view, locale),
    view.territory.commune,
    view.territory.departement,
    departementName(view.territory.departement),
    ...view.languages.map((l) => languageName(l, locale)),
    ...view.projects.map((p) => p.title),
    ...themeLabels(view, locale),
    view.experience?.text,
    ...view.abilities,
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

export function buildPartnerIndex(views: readonly PublicPartner[], locale: Locale): PartnerIndex {
  const memo = new Map<string, string>();
  return { locale, entries: views.map((view) => ({ view, text: searchableText(view, locale, memo) })) };
}

/** The query's normalised words (« Île  MARSEILLE » → ["ile", "marseille"]). */
export function queryTerms(query: string | undefined): string[] {
  if (!query) return [];
  return normalizeText(query)
    .split(/[\s,;]+/)
    .filter((t) => t.length > 0);
}

/** A predicate for the criteria, compiled once per query. */
export function partnerMatcher(criteria: PartnerCriteria): (entry: PartnerIndexEntry) => boolean {
  const terms = queryTerms(criteria.query);
  const { domain, mission, territory, availableOnly } = criteria;
  return ({ view, text }) => {
    if (domain && !view.domains.includes(domain as DomainId)) return false;
    if (mission && !view.missions.includes(mission as MissionId)) return false;
    if (territory && view.territory.departement !== territory) return false;
    if (availableOnly && !view.load.hasCapacity) return false;
    for (const term of terms) if (!text.includes(term)) return false;
    return true;
  };
}

/** The views matching every criterion, in the directory's order. */
export function filterPartners(index: PartnerIndex, criteria: PartnerCriteria): PublicPartner[] {
  const matches = partnerMatcher(criteria);
  const result: PublicPartner[] = [];
  for (const entry of index.entries) if (matches(entry)) result.push(entry.view);
  return result;
}

export interface FacetOption {
  readonly value: string;
  readonly count: number;
}

export interface PartnerFacets {
  /** In the HAS order. */
  readonly domains: readonly FacetOption[];
  /** In the HAS order, each with its domain. */
  readonly missions: readonly (FacetOption & { readonly domain: DomainId })[];
  /** Sorted by code. */
  readonly territories: readonly FacetOption[];
}

/** Département codes in the usual order: 01 … 19, 2A, 2B, 21 … 95, 971 … */
function departementOrder(code: string): number {
  if (code === '2A') return 20.1;
  if (code === '2B') return 20.2;
  const n = Number(code);
  return Number.isNaN(n) ? 1000 : n;
}

/** Values present in the directory, with how many partners each (only values that occur). */
export function partnerFacets(views: readonly PublicPartner[]): PartnerFacets {
  const domains = new Map<string, number>();
  const missions = new Map<string, number>();
  const territories = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const view of views) {
    for (const d of new Set(view.domains)) bump(domains, d);
    for (const m of new Set(view.missions)) bump(missions, m);
    bump(territories, view.territory.departement);
  }
  return {
    domains: DOMAIN_IDS.filter((d) => domains.has(d)).map((d) => ({ value: d, count: domains.get(d) ?? 0 })),
    missions: MISSION_IDS.filter((m) => missions.has(m)).map((m) => ({
      value: m,
      count: missions.get(m) ?? 0,
      domain: domainOfMission(m) as DomainId,
    })),
    territories: [...territories.entries()]
      .sort(([a], [b]) => departementOrder(a) - departementOrder(b))
      .map(([value, count]) => ({ value, count })),
  };
}
