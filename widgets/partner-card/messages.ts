import type { Gender, Locale } from '../../shared/i18n/locale';
import { loadPartnerLabels } from '../../shared/partners/labels';
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
  // The cards' English words, and the missions' English names (shared/partners/labels.ts).
  enLoading ??= Promise.all([import('./messages-en'), loadPartnerLabels(locale)]).then(
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
