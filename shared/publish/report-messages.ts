/**
 * The publish report in words (French first, English second), for the
 * coordinator who checks what will go online: the CLI prints it, the
 * extension and the demo page show it.
 */
import { formatDate, formatNumber, plural } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { ConsentField } from '../schemas/partner';
import type { Omission } from './public-view';
import type { PersonReport, PublishReport } from './publish';

type Pair = readonly [fr: string, en: string];
const pick = ([fr, en]: Pair, locale: Locale) => (locale === 'en' ? en : fr);

const CONSENT_NAMES: Record<ConsentField, Pair> = {
  keepData: ['conservation des données', 'keeping the data'],
  listing: ["présence dans l'annuaire", 'appearing in the directory'],
  name: ['nom', 'name'],
  photo: ['photo', 'photo'],
  experience: ['expérience vécue (public)', 'lived experience (public)'],
  contact: ['coordonnées personnelles', 'personal contact details'],
  matching: ['proposition pour des projets', 'being proposed for projects'],
  projectExperience: ['expérience vécue (équipes projet)', 'lived experience (project teams)'],
};

const FIELD_NAMES: Record<string, Pair> = {
  name: ['le nom', 'the name'],
  photo: ['la photo', 'the photo'],
  'photo.alt': ['le texte de la photo', "the photo's text"],
  titles: ['le titre', 'the title'],
  trainings: ['la formation', 'the training'],
  'association.name': ["le nom de l'association", "the association's name"],
  experience: ["l'expérience vécue (thèmes, récit, statut d'aidant)", 'the lived experience (themes, story, carer status)'],
  'experience.text': ['le récit', 'the story'],
  'territory.commune': ['la commune', 'the town'],
  projects: ['le projet', 'the project'],
  abilities: ['la compétence', 'the ability'],
  contact: ['les coordonnées personnelles', 'the personal contact details'],
};

/** « la formation n° 2 » for `trainings[1]`. */
function fieldName(field: string, locale: Locale): string {
  const item = /^(\w+)\[(\d+)\]$/.exec(field);
  if (item) {
    const base = FIELD_NAMES[item[1] as string];
    const n = Number(item[2]) + 1;
    return base ? `${pick(base, locale)} n° ${n}` : field;
  }
  const name = FIELD_NAMES[field];
  return name ? pick(name, locale) : field;
}

export function consentName(consent: ConsentField, locale: Locale): string {
  return pick(CONSENT_NAMES[consent], locale);
}

const dayCache = new Map<string, string>();

/** A consent date in words; cached, as a 1 000-row report repeats the same few dates (Intl formatters are slow to build). */
function dayOf(iso: string, locale: Locale): string {
  const key = `${locale}|${iso}`;
  let words = dayCache.get(key);
  if (words === undefined) {
    words = formatDate(iso, locale);
    dayCache.set(key, words);
  }
  return words;
}

function consentWhy(o: Omission, locale: Locale): string {
  const which = o.consent ? consentName(o.consent, locale) : '';
  if (o.consentState === 'not_granted' && o.since) {
    const since = dayOf(o.since, locale);
    return locale === 'en'
      ? `consent "${which}" not given or withdrawn on ${since}`
      : `consentement « ${which} » non donné ou retiré le ${since}`;
  }
  return locale === 'en' ? `no consent "${which}" recorded` : `aucun consentement « ${which} » enregistré`;
}

const REASONS: Record<Exclude<Omission['reason'], 'consent' | 'keep_data' | 'manager'>, Pair> = {
  not_validated: ["validation de l'établissement manquante", 'not validated by the establishment'],
  reveals_health: [
    'le libellé révélerait une pathologie sans le consentement « expérience vécue »',
    'the wording would reveal a health condition without the lived-experience consent',
  ],
  reveals_name: [
    'le texte nommerait la personne sans le consentement « nom »',
    'the text would name the person without the name consent',
  ],
  unsafe_url: ['adresse ni https: ni http:', 'address neither https: nor http:'],
};

function why(o: Omission, locale: Locale): string {
  if (o.reason === 'consent' || o.reason === 'keep_data') return consentWhy(o, locale);
  if (o.reason === 'manager')
    return locale === 'en'
      ? 'manager of the establishment (establishment rule, after the example of HAS guide 3.3)'
      : "gestionnaire de l'établissement (règle de l'établissement, d'après l'exemple du guide HAS 3.3)";
  return pick(REASONS[o.reason], locale);
}

/**
 * « profil non publié : … » for the whole person, « sans la photo (…) » for a field —
 * worded so that no agreement depends on the field's gender.
 */
export function describeOmission(o: Omission, locale: Locale): string {
  const en = locale === 'en';
  if (o.field === '*') return `${en ? 'profile not published:' : 'profil non publié :'} ${why(o, locale)}`;
  return `${en ? 'without' : 'sans'} ${fieldName(o.field, locale)} (${why(o, locale)})`;
}

/** One line per person: « pp-004 (Zoé Martin) — profil publié, sans le nom (…) ; sans la commune (…) ». */
export function describePerson(person: PersonReport, locale: Locale): string {
  const who = person.registryName ? `${person.id} (${person.registryName})` : person.id;
  const whole = person.omissions.find((o) => o.field === '*');
  if (whole) return `${who} — ${describeOmission(whole, locale)}`;
  const status = locale === 'en' ? 'profile published' : 'profil publié';
  if (person.omissions.length === 0) return `${who} — ${status}`;
  // French puts a space before « ; », English does not.
  const parts = person.omissions.map((o) => describeOmission(o, locale)).join(locale === 'en' ? '; ' : ' ; ');
  return `${who} — ${status}, ${parts}`;
}

/** The whole report as text: a summary line, then one line per person. */
export function describeReport(report: PublishReport, locale: Locale): string[] {
  const when = formatDate(report.generatedAt, locale, { dateStyle: 'long', timeStyle: 'short' });
  const summary =
    locale === 'en'
      ? `${formatNumber(report.published, locale)} of ${formatNumber(report.total, locale)} people published (${when})`
      : `${plural(report.published, { one: '# personne publiée', other: '# personnes publiées' }, locale)} sur ${formatNumber(report.total, locale)} (${when})`;
  return [summary, ...report.people.map((p) => describePerson(p, locale))];
}
