import type { Gender, Locale } from '../../shared/i18n/locale';
import type { FetchJsonResult } from '../internal/fetch-json';

/** Words of the partner card (and of the cards inside the directory), French first. */
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

const en: CardMessages = {
  domains: 'Domains',
  territory: 'Area',
  load: 'Current load',
  statuses: 'Status',
  missions: 'Missions',
  trainings: 'Validated training',
  association: 'Association',
  languages: 'Languages',
  projects: 'Projects',
  experience: 'Lived experience',
  caregiver: () => 'Family carer',
  abilities: 'Skills',
  availability: 'Availability',
  writeToEstablishment: 'Write to the establishment',
  contactVia: 'Contact through the establishment',
  establishmentForm: "Establishment's contact form",
  about: (who) => ` about ${who}`,
  viaEstablishment: (name) => `Contact through the establishment: ${name}`,
  noEstablishmentContact: 'Contact through the establishment',
  personalEmail: (who) => `Write to ${who}`,
  personalPhone: (who) => `Call ${who}`,
  personalSite: 'Personal website',
  newWindow: ' (new window)',
  moreDetails: 'More details',
  fewerDetails: 'Fewer details',
  loading: 'Loading…',
  notAvailable: 'This patient partner is not (or no longer) presented here.',
  missingPartnerId: 'Profile not found: the partner-id attribute is missing.',
  missingData: 'No data: set the partner property or the src and partner-id attributes.',
  invalidPartner: (detail) => `This profile cannot be shown: ${detail}`,
  invalidFeed: (detail) => `The list of patient partners cannot be shown: ${detail}`,
  unreachable: (reason) =>
    ({
      network: 'The list of patient partners cannot be reached right now. Please try again later.',
      timeout: 'The list of patient partners is taking too long to answer. Please try again later.',
      'too-large': 'The list of patient partners is too large to be shown.',
      status: 'The list of patient partners was not found at this address.',
      json: 'The list of patient partners is not a readable JSON file.',
    })[reason],
};

export const cardMessages: Record<Locale, CardMessages> = { fr, en };
