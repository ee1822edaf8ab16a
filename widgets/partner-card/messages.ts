import type { Gender, Locale } from '../../shared/i18n/locale';
import { loadEntryWords } from '../../shared/partners/labels';
import type { FetchJsonResult } from '../internal/fetch-json';

/** Words of the partner card (and of the cards inside the directory): French here, English in messages-en.ts. */
export interface CardMessages {
  domains: string;
  territory: string;
  load: string;
  statuses: string;
  missions: string;
  trainings: string;
  association: string;
  languages: string;
  projects: string;
  experience: string;
  caregiver: (gender?: Gender) => string;
  abilities: string;
  availability: string;
  /** Link to the establishment's e-mail, with the visually hidden rest of the sentence. */
  writeToEstablishment: string;
  contactVia: string;
  establishmentForm: string;
  about: (who: string) => string;
  viaEstablishment: (name: string) => string;
  noEstablishmentContact: string;
  personalEmail: (who: string) => string;
  personalPhone: (who: string) => string;
  personalSite: string;
  newWindow: string;
  moreDetails: string;
  fewerDetails: string;
  loading: string;
  notAvailable: string;
  missingPartnerId: string;
  missingData: string;
  invalidPartner: (detail: string) => string;
  invalidFeed: (detail: string) => string;
  /** A registry, a v1 file or anything that is not a public feed v2: nothing of it is shown. */
  refused: string;
  /** One feed among several could not be shown: `label` names it (its URL as written). */
  failedFeed: (label: string, why: string) => string;
  /** How a feed given as a property (not by URL) is named. */
  givenFeed: (index: number) => string;
  /** The establishment line of a card in a directory of several establishments. */
  establishment: (name: string) => string;
  unreachable: (reason: Exclude<FetchJsonResult, { ok: true }>['reason']) => string;
}

const fr: CardMessages = {
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
  caregiver: (g) => (g === 'f' ? 'Proche aidante' : g === 'x' ? 'Proche aidant·e' : 'Proche aidant'),
  abilities: 'Compétences',
  availability: 'Disponibilités',
  writeToEstablishment: "Écrire à l'établissement",
  contactVia: "Contacter via l'établissement",
  establishmentForm: "Formulaire de contact de l'établissement",
  about: (who) => ` au sujet de ${who}`,
  viaEstablishment: (name) => `Contact par l'intermédiaire de l'établissement : ${name}`,
  noEstablishmentContact: "Contact par l'intermédiaire de l'établissement",
  personalEmail: (who) => `Écrire à ${who}`,
  personalPhone: (who) => `Appeler ${who}`,
  personalSite: 'Site personnel',
  newWindow: ' (nouvelle fenêtre)',
  moreDetails: "Plus d'informations",
  fewerDetails: "Moins d'informations",
  loading: 'Chargement…',
  notAvailable: "Ce patient partenaire n'est pas (ou plus) présenté ici.",
  missingPartnerId: "Profil introuvable : l'attribut partner-id est manquant.",
  missingData: 'Aucune donnée : indiquez la propriété partner ou les attributs src et partner-id.',
  invalidPartner: (detail) => `Ce profil ne peut pas être affiché : ${detail}`,
  invalidFeed: (detail) => `La liste des patients partenaires ne peut pas être affichée : ${detail}`,
  refused:
    "Ces données ne peuvent pas être affichées : ce n'est pas un annuaire public de patients partenaires (format 2). Rien n'en est montré.",
  failedFeed: (label, why) => `Annuaire « ${label} » non affiché : ${why}`,
  givenFeed: (index) => `n° ${index + 1}`,
  establishment: (name) => `Établissement : ${name}`,
  unreachable: (reason) =>
    ({
      network: 'La liste des patients partenaires est inaccessible pour le moment. Merci de réessayer plus tard.',
      timeout: 'La liste des patients partenaires met trop de temps à répondre. Merci de réessayer plus tard.',
      'too-large': 'La liste des patients partenaires est trop volumineuse pour être affichée.',
      status: 'La liste des patients partenaires est introuvable à cette adresse.',
      json: "La liste des patients partenaires n'est pas un fichier JSON lisible.",
    })[reason],
};

let en: CardMessages | undefined;
let enLoading: Promise<void> | undefined;

/** The words of `locale`: English once loaded (loadCardMessages), French otherwise. */
export function cardMessagesFor(locale: Locale): CardMessages {
  return locale === 'en' && en ? en : fr;
}

/**
 * Fetches the English words when an element needs them (French pages never
 * download them); the elements await this before each update. A failed fetch
 * is retried next time.
 */
export function loadCardMessages(locale: Locale): Promise<void> {
  if (locale === 'fr' || en) return Promise.resolve();
  // The widget's words and the sentence words around the feed's labels (shared/partners/labels.ts):
  // every label of the data comes with the feed, in both languages.
  enLoading ??= Promise.all([import('./messages-en'), loadEntryWords(locale)]).then(
    ([m]) => {
      en = m.en;
    },
    (error: unknown) => {
      enLoading = undefined;
      throw error;
    },
  );
  return enLoading;
}
