/**
 * Words of <pp-matching-form>, French (English: messages-en.ts, fetched by
 * English pages only). Sentences about the
 * matching itself (criteria, exclusions, notices) live with the engine in
 * shared/matching/messages.ts; vocabulary labels come from shared/vocab.
 */
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';

const fr = {
  required: 'obligatoire',
  optional: 'facultatif',
  requiredHint: 'Les champs marqués « obligatoire » doivent être remplis.',
  errorsTitle: (n: number) =>
    plural(n, { one: 'Le formulaire contient # erreur', other: 'Le formulaire contient # erreurs' }, 'fr'),
  errorsIntro: 'Corrigez les champs suivants :',
  errorPrefix: 'Erreur :',
  yes: 'Oui',
  no: 'Non',
  other: 'Autres (séparés par des virgules)',
  // Need mode
  project: 'Le projet',
  projectTitle: 'Titre du projet',
  domain: 'Domaine du projet',
  missions: 'Missions confiées aux patients partenaires',
  missionsHint: 'Choisissez d’abord le domaine. Sans mission cochée, tout le domaine est recherché.',
  experienceSought: 'Expérience vécue recherchée',
  experienceSoughtHint: 'Une préférence, jamais une condition : des interventions généralistes sont possibles.',
  caregiverSought: 'Une expérience de proche aidant',
  territory: 'Territoire',
  departement: 'Département',
  departementHint: 'Code, par exemple 13, 2A ou 971.',
  commune: 'Commune',
  remoteAccepted: 'Participation à distance possible',
  slots: 'Créneaux des rencontres',
  duration: 'Durée de l’engagement',
  offer: 'Ce que le projet propose',
  offerHint:
    'Le cadre de l’intervention, jamais un tarif : les patients partenaires interviennent au sein des équipes, pas dans une place de marché (guide HAS 2.5).',
  count: 'Nombre de patients partenaires recherchés',
  countHint: 'La HAS recommande au moins 2 patients partenaires par projet (guide 3.1).',
  trainingsAsked: 'Formation demandée',
  trainingsAskedHint:
    'Aucune formation n’est exigée, sauf la formation de 40 h pour les programmes d’éducation thérapeutique (guide HAS 3.4).',
  search: 'Rechercher des patients partenaires',
  loading: 'Chargement de l’annuaire des patients partenaires…',
  noDirectory: 'Aucun annuaire n’est fourni (attribut src ou propriété partners) : la recherche est impossible pour le moment.',
  engineFailed: 'La recherche n’a pas pu être chargée. Rechargez la page.',
  unreachable: (reason: string) => `L’annuaire des patients partenaires n’a pas pu être chargé (${reason}). Réessayez plus tard.`,
  invalidFeed: (message: string) => `L’annuaire des patients partenaires est illisible : ${message}`,
  rejected: (n: number, first: string) =>
    `${plural(n, { one: '# profil invalide a été ignoré', other: '# profils invalides ont été ignorés' }, 'fr')} (${first}).`,
  results: 'Patients partenaires proposés',
  summary: (ranked: number, excluded: number) =>
    `${plural(ranked, { one: '# patient partenaire proposé', other: '# patients partenaires proposés' }, 'fr')}, ${plural(excluded, { one: '# écarté', other: '# écartés' }, 'fr')}.`,
  notConsidered: (n: number) =>
    plural(
      n,
      {
        one: '# profil n’a pas été pris en compte : sans consentement à la mise en relation.',
        other: '# profils n’ont pas été pris en compte : sans consentement à la mise en relation.',
      },
      'fr',
    ),
  principles:
    'Les patients partenaires sont proposés pour leurs savoirs expérientiels, non comme représentants d’une association (guide HAS 3.3). La mise en relation se fait par l’établissement, au sein des équipes : aucune coordonnée ni aucun tarif n’est affiché.',
  noResult: 'Aucun patient partenaire ne correspond à toutes les règles pour ce besoin.',
  score: (n: number) => `Correspondance : ${n} sur 100`,
  anonymous: (id: string) => `Profil sans nom publié (réf. ${id})`,
  reference: (id: string) => `Réf. ${id}`,
  met: 'Critère rempli',
  partial: 'Critère en partie rempli',
  unmet: 'Critère non rempli',
  unknown: 'Information non précisée',
  select: (who: string) => `Sélectionner ${who}`,
  showMore: (n: number) => plural(n, { one: 'Afficher # profil de plus', other: 'Afficher # profils de plus' }, 'fr'),
  excluded: (n: number) =>
    plural(n, { one: '# profil écarté par les règles de la HAS', other: '# profils écartés par les règles de la HAS' }, 'fr'),
  selection: 'Votre sélection',
  selectedCount: (n: number) =>
    plural(n, { one: '# patient partenaire sélectionné.', other: '# patients partenaires sélectionnés.' }, 'fr'),
  propose: 'Proposer la sélection',
  proposed: (n: number) =>
    `${plural(n, { one: 'Sélection transmise (# personne)', other: 'Sélection transmise (# personnes)' }, 'fr')} : l’établissement prend contact avec elles.`,
  // Candidate mode
  you: 'Vous',
  given: 'Prénom',
  family: 'Nom',
  display: 'Nom d’usage ou pseudonyme',
  displayHint: 'Le nom sous lequel vous souhaitez apparaître, si vous le souhaitez.',
  nameHint: 'Indiquez au moins votre prénom ou un nom d’usage.',
  gender: 'Comment souhaitez-vous être désigné ?',
  genders: { f: 'Patiente partenaire', m: 'Patient partenaire', x: 'Patient·e partenaire' },
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
    'Aucune formation n’est exigée pour devenir patient partenaire, sauf la formation de 40 h pour intervenir dans un programme d’éducation thérapeutique (guide HAS 3.4).',
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
  manager: 'Dirigez-vous l’établissement ou le service auquel vous proposez votre candidature ?',
  managerNotice: 'Une personne qui dirige l’établissement ou le service ne peut pas en être patient partenaire (guide HAS 3.3).',
  consents: 'Vos consentements',
  consentsHint:
    'Chaque accord est séparé et facultatif, sauf le premier sans lequel votre candidature ne peut pas être enregistrée. Vous pouvez retirer chacun à tout moment.',
  consent: {
    keepData: 'J’accepte que l’établissement conserve mes données pour étudier ma candidature et gérer mon profil',
    matching:
      'J’accepte d’être proposé pour des projets de l’établissement : les porteurs de projet verront en quoi mon expérience et mes disponibilités correspondent',
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
  why: {
    network: 'serveur injoignable',
    timeout: 'délai dépassé',
    status: (s: number) => `erreur ${s}`,
    action: 'adresse d’envoi invalide',
  },
};

type Messages = typeof fr;

export type FormMessages = Messages;

let en: FormMessages | undefined;
let enLoading: Promise<void> | undefined;

/**
 * The words of `locale`. English is fetched by English pages only (the shell
 * loads it with the mode's code); until it is here, French stands in.
 */
export function formMessagesFor(locale: Locale): FormMessages {
  return locale === 'en' && en ? en : fr;
}

export function hasFormMessages(locale: Locale): boolean {
  return locale === 'fr' || en !== undefined;
}

/** Fetches the words of `locale` if needed (a failed fetch is retried next time). */
export function loadFormMessages(locale: Locale): Promise<void> {
  if (hasFormMessages(locale)) return Promise.resolve();
  enLoading ??= import('./messages-en').then(
    (m) => {
      en = m.en;
    },
    (error: unknown) => {
      enLoading = undefined;
      throw error;
    },
  );
  return enLoading;
}
