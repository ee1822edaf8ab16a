/**
 * The presence summary a communication team can publish on its own
 * (« 12 patients partenaires, dont 5 en recherche »): visibility of the
 * partnership is recommended by the HAS guide (4.4, l.826–842). Counts come
 * from public views only, so withdrawn or unlisted people are never counted.
 */
import { type Gender, intlTag, type Locale } from '../i18n/locale';
import type { PublicPartner } from '../publish/public-view';
import { DOMAIN_IDS, type DomainId } from '../vocab/domain-labels';
import { partnerNoun } from './nouns';

export interface PresenceCounts {
  readonly total: number;
  /** How many partners act in each domain (a person in two domains counts in both). */
  readonly byDomain: Readonly<Record<DomainId, number>>;
  /** How many can take on another mission now. */
  readonly available: number;
  /** 'f' when every partner counted uses the feminine, for the French agreement. */
  readonly gender?: Gender;
}

export function presenceCounts(views: readonly Pick<PublicPartner, 'domains' | 'load' | 'gender'>[]): PresenceCounts {
  const byDomain = Object.fromEntries(DOMAIN_IDS.map((id) => [id, 0])) as Record<DomainId, number>;
  let available = 0;
  let allFeminine = views.length > 0;
  for (const view of views) {
    for (const domain of new Set(view.domains)) byDomain[domain] = (byDomain[domain] ?? 0) + 1;
    if (view.load.hasCapacity) available++;
    if (view.gender !== 'f') allFeminine = false;
  }
  return { total: views.length, byDomain, available, ...(allFeminine ? { gender: 'f' as const } : {}) };
}

/** « en recherche », « dans les parcours de soins »: the domain as the end of « dont 5 … ». */
const IN_DOMAIN: Record<DomainId, { fr: string; en: string }> = {
  parcours_soins: { fr: 'dans les parcours de soins', en: 'in care pathways' },
  offre_soins: { fr: "dans l'adaptation de l'offre de soins", en: 'in adapting the care offer' },
  formation_enseignement: { fr: 'en formation et enseignement', en: 'in training and teaching' },
  recherche: { fr: 'en recherche', en: 'in research' },
};

function joinList(items: string[], locale: Locale): string {
  try {
    return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * « 12 patients partenaires, dont 5 en recherche » for `domains = ['recherche']`;
 * every domain with at least one partner when `domains` is omitted;
 * « Aucun patient partenaire pour le moment » when there is nobody.
 */
export function presenceSummary(counts: PresenceCounts, locale: Locale, domains?: readonly DomainId[]): string {
  const en = locale === 'en';
  if (counts.total === 0) return en ? 'No patient partner listed yet' : 'Aucun patient partenaire pour le moment';
  const head = partnerNoun(counts.total, locale, counts.gender);
  const wanted = domains ?? DOMAIN_IDS.filter((d) => counts.byDomain[d] > 0);
  const parts = wanted
    .filter((d) => IN_DOMAIN[d])
    .map((d) => `${counts.byDomain[d] ?? 0} ${en ? IN_DOMAIN[d].en : IN_DOMAIN[d].fr}`);
  if (parts.length === 0) return head;
  return `${head}, ${en ? 'including' : 'dont'} ${joinList(parts, locale)}`;
}
