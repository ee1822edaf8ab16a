import type { Gender, Locale } from '../../shared/i18n/locale';
import { loadEntryWords } from '../../shared/partners/labels';
import { lazy } from '../internal/lazy';
import type { ProblemWords } from './problems';

/** Words of the partner card (and of the cards inside the directory): French here, English in messages-en.ts. */
const fr = {
  domains: "Domaines d'intervention",
  territory: 'Territoire',
  load: 'Sollicitation actuelle',
  statuses: 'Statut',
  missions: 'Missions',
  trainings: 'Formations validées',
  association: 'Association',
  languages: 'Langues',
  projects: 'Projets',
  experience: 'Expérience vécue',
  caregiver: (g?: Gender): string => (g === 'f' ? 'Proche aidante' : g === 'm' ? 'Proche aidant' : 'Proche aidante ou aidant'),
  abilities: 'Compétences',
  availability: 'Disponibilités',
  /** Link to the establishment's e-mail, with the visually hidden rest of the sentence. */
  writeToEstablishment: "Écrire à l'établissement",
  contactVia: "Contacter via l'établissement",
  establishmentForm: "Formulaire de contact de l'établissement",
  about: (who: string) => ` au sujet de ${who}`,
  viaEstablishment: (name: string) => `Contact par l'intermédiaire de l'établissement : ${name}`,
  noEstablishmentContact: "Contact par l'intermédiaire de l'établissement",
  personalEmail: (who: string) => `Écrire à ${who}`,
  personalPhone: (who: string) => `Appeler ${who}`,
  personalSite: 'Site personnel',
  newWindow: ' (nouvelle fenêtre)',
  moreDetails: "Plus d'informations",
  fewerDetails: "Moins d'informations",
  loading: 'Chargement…',
  notAvailable: "Ce patient partenaire n'est pas (ou plus) présenté ici.",
  /** The establishment line of a card in a directory of several establishments. */
  establishment: (name: string) => `Établissement : ${name}`,
};

export type CardMessages = typeof fr;

// The card's one English module, with the sentence words around the feed's labels
// (shared/partners/labels.ts): every label of the data comes with the feed, in both languages.
const english = lazy(() => Promise.all([import('./messages-en'), loadEntryWords('en')]).then(([m]) => m.en));

/** The words of `locale`: English once loaded (loadCardMessages), French otherwise. */
export function cardMessagesFor(locale: Locale): CardMessages {
  return (locale === 'en' && english.value) || fr;
}

/**
 * Fetches the English words when an element needs them (French pages never
 * download them); the elements await this before each update. A failed fetch
 * is retried next time.
 */
export function loadCardMessages(locale: Locale): Promise<unknown> {
  return locale === 'fr' ? Promise.resolve() : english();
}

/** The words for what went wrong, and the developer's warnings: fetched the first time something goes wrong. */
export const loadProblems = lazy(() => import('./problems'));

/** When even the problem words cannot be fetched (the network is down): one short sentence. */
const UNAVAILABLE: Record<Locale, string> = {
  fr: 'Les patients partenaires ne peuvent pas être affichés pour le moment.',
  en: 'The patient partners cannot be shown right now.',
};

/**
 * The words for what went wrong (problems.ts), fetched the first time something goes
 * wrong: a page that shows its partners never downloads them. Never rejects: without
 * them, every problem is said with one short sentence (and a failed fetch is retried
 * next time).
 */
export function problemWords(locale: Locale): Promise<ProblemWords> {
  return loadProblems().then(
    (m) => m.PROBLEMS[locale],
    (): ProblemWords => {
      const say = () => UNAVAILABLE[locale];
      return {
        missingPartnerId: say(),
        missingData: say(),
        invalidPartner: say,
        invalidFeed: say,
        refused: say(),
        failedFeed: (label) => `${say()} (${label})`,
        givenFeed: (index) => String(index + 1),
        notAList: say(),
        unreachable: say,
      };
    },
  );
}
