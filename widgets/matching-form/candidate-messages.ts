/**
 * French words of the candidacy form (`mode="candidate"`), in its own chunk:
 * a project owner's page never downloads them. English: messages-en.ts.
 */
import type { Locale } from '../../shared/i18n/locale';
import { englishMessages } from './english';
import { type FormMessages, formWordsFr } from './messages';

const candidateWordsFr = {
  yes: 'Oui',
  no: 'Non',
  you: 'Vous',
  given: 'Prénom',
  family: 'Nom',
  display: 'Nom d’usage ou pseudonyme',
  displayHint: 'Le nom sous lequel vous souhaitez apparaître, si vous le souhaitez.',
  nameHint: 'Indiquez au moins votre prénom ou un nom d’usage.',
  gender: 'Comment souhaitez-vous qu’on vous désigne ?',
  genders: {
    f: 'Patiente partenaire',
    m: 'Patient partenaire',
    x: 'Patiente ou patient partenaire',
  },
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  contactHint: 'Au moins un des deux, pour que l’établissement vous réponde.',
  experience: 'Votre expérience vécue',
  experienceText: 'Votre expérience de la maladie, du handicap ou des soins, en quelques mots',
  experienceHint:
    'C’est elle qui compte : on choisit un patient partenaire pour son expérience (guide HAS 3.3). Décrivez-la, ou choisissez au moins un thème ci-dessous.',
  themes: 'Thèmes de votre expérience',
  caregiver: 'Je suis ou j’ai été proche aidant',
  abilities: 'Vos habiletés et aptitudes',
  abilitiesText: 'Ce que vous savez faire ou aimez faire',
  abilitiesHint: 'Par exemple : écoute, prise de parole, animation de groupe, rédaction, anglais… Séparez par des virgules.',
  availability: 'Vos disponibilités',
  commitment: 'Type d’engagement souhaité',
  activeMissions: 'Missions de partenariat en cours',
  maxMissions: 'Nombre de missions au plus en même temps',
  maxMissionsHint: 'Pour ne pas être trop sollicité. Laissez vide si vous ne savez pas.',
  wishes: 'Ce que vous souhaitez faire',
  domains: 'Domaines qui vous intéressent',
  missionsWished: (domain: string) => `Missions qui vous intéressent — ${domain}`,
  statuses: 'Statuts souhaités',
  trainings: 'Vos formations',
  trainingsHint:
    'Aucune formation n’est exigée pour devenir patient partenaire (guide HAS 3.4), sauf 40 h de formation en éducation thérapeutique pour intervenir dans un programme d’ETP (Code de la santé publique) : la formation ETP 40 h, ou un DU, un DIU… qui les couvre. Indiquez alors le nombre d’heures.',
  training: (n: number) => `Formation ${n}`,
  trainingKind: 'Type',
  trainingKindNone: '— choisir —',
  trainingLabel: 'Intitulé',
  trainingIssuer: 'Organisme',
  trainingIssuerHint: 'Université, association, UTEP…',
  trainingYear: 'Année',
  trainingHours: 'Durée (heures)',
  addTraining: 'Ajouter une formation',
  removeTraining: (n: number) => `Retirer la formation ${n}`,
  association: 'Association',
  associationName: 'Association dont vous êtes membre',
  associationHint:
    'Un patient partenaire intervient pour ses savoirs expérientiels, non comme représentant de son association (guide HAS 3.3).',
  associationMandated: 'Mon association me mandate pour ce type d’action',
  representative: 'J’ai un mandat de représentant des usagers (RU)',
  representativeHint:
    'C’est un rôle distinct : ici, vous candidatez comme patient partenaire, pour votre expérience vécue (guide HAS 2.6).',
  yourTerritory: 'Votre territoire',
  remote: 'J’accepte de participer à distance',
  // « gestionnaire de l'établissement ou du service de santé » (guide 3.3, l.537): an example the
  // establishment applies by default (exclude-managers), not a ban by the HAS.
  manager:
    'Êtes-vous gestionnaire de l’établissement ou du service auquel vous proposez votre candidature (direction ou encadrement) ?',
  managerNotice:
    'Cet établissement applique le critère d’exclusion que le guide HAS cite en exemple (3.3) : être à la fois gestionnaire de l’établissement ou du service et patient partenaire dans ce même établissement.',
  managerAllowed:
    'Cet établissement n’applique pas ce critère d’exclusion, que le guide HAS cite en exemple (3.3) : votre candidature sera étudiée comme les autres.',
  consents: 'Vos consentements',
  consentsHint:
    'Chaque accord est séparé et facultatif, sauf le premier sans lequel votre candidature ne peut pas être enregistrée. Vous pouvez retirer chacun à tout moment.',
  consent: {
    keepData: 'J’accepte que l’établissement conserve mes données pour étudier ma candidature et gérer mon profil',
    matching:
      'J’accepte d’être proposé pour des projets de l’établissement : les porteurs de projet verront en quoi mes souhaits et mes disponibilités correspondent',
    projectExperience: 'Partager mon expérience vécue avec les équipes projet de l’établissement, sans la publier',
    projectExperienceHint:
      'Les porteurs de projet verront alors en quoi votre expérience correspond à leur besoin. Sans cet accord, elle n’est ni montrée ni prise en compte pour vous proposer.',
    listing: 'J’accepte d’apparaître dans l’annuaire des patients partenaires du site',
    name: 'avec mon nom',
    photo: 'avec ma photo (l’équipe vous la demandera)',
    experience: 'avec les thèmes de mon expérience vécue',
    contact: 'avec mes coordonnées, pour être contacté directement',
  },
  submitSend: 'Envoyer ma candidature',
  submitCheck: 'Valider ma candidature',
  sending: 'Envoi en cours…',
  sent: 'Merci, votre candidature a été envoyée. L’équipe du partenariat vous répondra.',
  ready: 'Votre candidature est complète.',
  sendFailed: (why: string) => `L’envoi a échoué (${why}). Vos réponses sont conservées : vous pouvez réessayer.`,
  insecureAction:
    'Ce formulaire n’enverra pas votre candidature : son adresse d’envoi n’est pas chiffrée (https), or une candidature contient des données de santé, qui doivent voyager chiffrées. Rien n’est envoyé et vos réponses restent sur cette page ; signalez-le à l’établissement.',
  insecureWarning: (action: string) =>
    `action="${action}" refusé : une candidature contient des données de santé (RGPD art. 9), qui doivent voyager chiffrées. Adresse https:, ou de la même origine que la page, attendue.`,
  why: {
    network: 'serveur injoignable',
    timeout: 'délai dépassé',
    status: (s: number) => `erreur ${s}`,
    action: 'adresse d’envoi invalide',
  },
};
export type CandidateWords = typeof candidateWordsFr;
export type CandidateMessages = FormMessages & CandidateWords;

const fr: CandidateMessages = { ...formWordsFr, ...candidateWordsFr };

export function candidateMessagesFor(locale: Locale): CandidateMessages {
  return englishMessages(locale) ?? fr;
}
