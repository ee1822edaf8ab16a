/**
 * Words for a public feed entry (shared/schemas/public-feed.ts), in French or
 * English. Every vocabulary label comes from the feed itself (each id carries its
 * fr/en label, French already agreeing with the person's gender): the widgets that
 * show public pages carry no vocabulary. Only the sentence around the labels is
 * ours (« à distance possible », the load sentence, the role-only heading): French
 * here, English in entry-words-en.ts, fetched by English pages only (loadEntryWords).
 */
import type { PluralForms } from '../i18n/format';
import { type Gender, intlTag, type Locale } from '../i18n/locale';
import type { DomainTerm, PublicPartnerEntry, PublicTrainingEntry, Theme } from '../schemas/public-feed';

/** The sentence words around the feed's labels (one shape per language). */
export interface EntryWords {
  /** The HAS umbrella term, when no validated role is published (Binôme's wording, not a title the person claims). */
  readonly umbrella: Readonly<Record<Gender, string>>;
  readonly remote: string;
  readonly portraitOf: (name: string) => string;
  readonly portraitOfRole: (role: string, gender: Gender | undefined) => string;
  readonly mandatedBy: (association: string | undefined, gender: Gender | undefined) => string;
  readonly memberOf: (association: string) => string;
  readonly notTaking: string;
  readonly noMission: string;
  readonly missionsUnderWay: PluralForms;
  readonly atMost: (max: number) => string;
  readonly canTakeAnother: string;
  readonly fullyEngaged: string;
  /** The directory's summary (summary.ts, nouns.ts). */
  readonly summary: {
    readonly nobody: string;
    readonly including: string;
    /** The HAS domains as the end of « dont 5 … » (our sentence). */
    readonly inDomain: Readonly<Record<string, string>>;
    /** Another publisher's domain, by its own short label. */
    readonly inOther: (label: string) => string;
    readonly partners: (gender: Gender | undefined) => PluralForms;
  };
}

const FR: EntryWords = {
  umbrella: { m: 'Patient partenaire', f: 'Patiente partenaire', x: 'Patiente ou patient partenaire' },
  remote: 'à distance possible',
  portraitOf: (name) => `Portrait de ${name}`,
  // Without the person's gender the role holds both forms (« patiente ou patient partenaire »):
  // no article could agree with it, so none (docs/ecriture.md).
  portraitOfRole: (role, gender) =>
    gender === 'f' ? `Portrait d'une ${role}` : gender === 'm' ? `Portrait d'un ${role}` : `Portrait\u00a0: ${role}`,
  mandatedBy: (association, gender) =>
    `${gender === 'f' ? 'Mandatée' : gender === 'm' ? 'Mandaté' : 'Mandatée ou mandaté'} par ${association ?? 'une association'}`,
  memberOf: (association) => `Membre de l'association ${association}`,
  notTaking: 'Ne souhaite pas de nouvelle mission pour le moment',
  noMission: 'Aucune mission en cours',
  missionsUnderWay: { one: '# mission en cours', other: '# missions en cours' },
  // The person's own limit and the guide's « ne pas sursolliciter » (annex 4, l.1255): not slots to book.
  atMost: (max) => ` (${max} au plus, selon son souhait)`,
  canTakeAnother: 'une nouvelle sollicitation reste possible',
  fullyEngaged: 'à ne pas solliciter davantage pour le moment',
  summary: {
    nobody: 'Aucun patient partenaire pour le moment',
    including: 'dont',
    inDomain: {
      parcours_soins: 'dans les parcours de soins',
      offre_soins: "dans l'adaptation de l'offre de soins",
      formation_enseignement: 'en formation et enseignement',
      recherche: 'en recherche',
    },
    inOther: (label) => `en ${label}`,
    // Everyone counted in one form: that form; otherwise both (« 12 patientes et patients partenaires »).
    partners: (gender) =>
      gender === 'f'
        ? { one: '# patiente partenaire', other: '# patientes partenaires' }
        : gender === 'm'
          ? { one: '# patient partenaire', other: '# patients partenaires' }
          : { one: '# patiente ou patient partenaire', other: '# patientes et patients partenaires' },
  },
};

let english: EntryWords | undefined;
let englishLoading: Promise<void> | undefined;

/** The words of `locale`: English once loaded (loadEntryWords), French otherwise. */
export function entryWords(locale: Locale): EntryWords {
  return locale === 'en' && english ? english : FR;
}

/** Fetches the English words when a page needs them (French pages never do); a failed fetch is retried next time. */
export function loadEntryWords(locale: Locale): Promise<void> {
  if (locale === 'fr' || english) return Promise.resolve();
  englishLoading ??= import('./entry-words-en').then(
    (m) => {
      english = m.EN;
    },
    (error: unknown) => {
      englishLoading = undefined;
      throw error;
    },
  );
  return englishLoading;
}

type Entry = PublicPartnerEntry;

/** A label in `locale`, French when the English one is missing or empty. */
export function termLabel(term: { readonly fr: string; readonly en?: string }, locale: Locale): string {
  return (locale === 'en' && term.en) || term.fr;
}

/** « recherche » / "research": the domain's short form, else its label. */
export function domainShortLabel(domain: DomainTerm, locale: Locale): string {
  return domain.short ? termLabel(domain.short, locale) : termLabel(domain, locale);
}

/** The first validated role, else « patiente partenaire » / « patient partenaire » / both, as the person's gender gives. */
export function primaryRoleLabel(entry: Pick<Entry, 'roles' | 'gender'>, locale: Locale): string {
  const first = entry.roles[0];
  return first ? termLabel(first, locale) : entryWords(locale).umbrella[entry.gender ?? 'x'];
}

export function roleLabels(entry: Pick<Entry, 'roles'>, locale: Locale): string[] {
  return entry.roles.map((role) => termLabel(role, locale));
}

/** « Patiente partenaire — recherche, parcours de soins »: how a person without the name consent is headed. */
export function roleOnlyTitle(entry: Pick<Entry, 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  const role = primaryRoleLabel(entry, locale);
  if (entry.domains.length === 0) return role;
  return `${role} — ${entry.domains.map((d) => domainShortLabel(d, locale)).join(', ')}`;
}

/** The card's heading: the published name, else the role-only title. */
export function partnerTitle(entry: Pick<Entry, 'name' | 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  return entry.name ?? roleOnlyTitle(entry, locale);
}

/** The photo's text alternative: the published one, else a neutral one that names nobody. */
export function photoAlt(entry: Pick<Entry, 'photo' | 'name' | 'roles' | 'gender'>, locale: Locale): string {
  if (entry.photo?.alt) return entry.photo.alt;
  const words = entryWords(locale);
  if (entry.name) return words.portraitOf(entry.name);
  return words.portraitOfRole(primaryRoleLabel(entry, locale).toLocaleLowerCase(intlTag(locale)), entry.gender);
}

/** « Bouches-du-Rhône (13) »; the code alone when the feed gives no other name. */
export function departementLabel(
  departement: { readonly id: string; readonly fr: string; readonly en?: string },
  locale: Locale,
): string {
  const name = termLabel(departement, locale);
  return name && name !== departement.id ? `${name} (${departement.id})` : departement.id;
}

/** « Marseille · Bouches-du-Rhône (13) · à distance possible ». */
export function territoryLabel(entry: Pick<Entry, 'territory'>, locale: Locale): string {
  const { departement, commune, remote } = entry.territory;
  const parts = [commune, departementLabel(departement, locale)].filter(Boolean);
  if (remote) parts.push(entryWords(locale).remote);
  return parts.join(' · ');
}

/** « ETP 40 h — Formation de base… (UTEP du CH…, 2022) »: a training always shows its issuer. */
export function trainingLabel(training: PublicTrainingEntry, locale: Locale): string {
  const short = termLabel(training.kind, locale);
  // « DU Démocratie en santé » already says it is a DU.
  const label = training.label;
  const title = !label ? short : label.toLowerCase().startsWith(short.toLowerCase()) ? label : `${short} — ${label}`;
  // « ETP 40 h » already says its duration.
  const hours = training.hours && !title.includes(`${training.hours} h`) ? `${training.hours} h` : '';
  const details = [training.issuer, training.year ? String(training.year) : '', hours].filter(Boolean).join(', ');
  return `${title} (${details})`;
}

/** « Mandatée par Diabète Entraide Sud » / « Membre de … » / « Mandatée par une association »; nothing to say otherwise. */
export function associationLabel(entry: Pick<Entry, 'association' | 'gender'>, locale: Locale): string | undefined {
  const association = entry.association;
  if (!association) return undefined;
  const words = entryWords(locale);
  if (association.mandated) return words.mandatedBy(association.name, entry.gender);
  return association.name ? words.memberOf(association.name) : undefined;
}

export function themeLabels(entry: Pick<Entry, 'experience'>, locale: Locale): string[] {
  return entry.experience?.themes.map((t: Theme) => termLabel(t, locale)) ?? [];
}

const intlCache = new Map<Locale, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * shared/i18n `plural` (same forms, same result) with its Intl objects kept: the load
 * label is built for every card of a 1 000-person directory (bench/20-partners.bench.mjs),
 * and the public partner widgets need nothing else of shared/i18n/format (one file less
 * for the page to download).
 */
export function pluralWords(count: number, forms: PluralForms, locale: Locale): string {
  let intl = intlCache.get(locale);
  if (!intl) {
    intl = { rules: new Intl.PluralRules(intlTag(locale)), numbers: new Intl.NumberFormat(intlTag(locale)) };
    intlCache.set(locale, intl);
  }
  const form = forms[intl.rules.select(count) as keyof PluralForms] ?? forms.other;
  return form.replace(/#/g, intl.numbers.format(count));
}

/**
 * The current load, in words (never by colour alone): « 2 missions en cours (3 au plus,
 * selon son souhait) — une nouvelle sollicitation reste possible » / « … — à ne pas
 * solliciter davantage pour le moment ».
 */
export function loadLabel(entry: Pick<Entry, 'load'>, locale: Locale): string {
  const { activeMissions, maxMissions, hasCapacity } = entry.load;
  const words = entryWords(locale);
  if (maxMissions === 0) return words.notTaking;
  const count = activeMissions === 0 ? words.noMission : pluralWords(activeMissions, words.missionsUnderWay, locale);
  const bound = maxMissions === undefined ? '' : words.atMost(maxMissions);
  return `${count}${bound} — ${hasCapacity ? words.canTakeAnother : words.fullyEngaged}`;
}
