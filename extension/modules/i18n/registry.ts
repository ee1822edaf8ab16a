/**
 * The interface text of the « Registre des partenaires » (registry/), French first.
 * The publish report's own words come from shared/publish/report-messages.ts (the
 * same as the CLI's and the demo page's); consent names too.
 */
import { formatDate, plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { ConsentField } from '../../../shared/schemas/partner';

const fr = {
  heading: 'Registre des partenaires',
  privacy:
    'Le registre reste dans ce navigateur (la base IndexedDB de l’extension) : rien n’est envoyé. Il contient des données de santé (l’expérience vécue de la maladie) : seul ce que chaque personne a consenti à publier sort, par « Publier », dans un fichier que vous téléchargez.',
  loading: 'Lecture du registre…',
  empty: 'Le registre est vide. Importez le fichier de vos partenaires, ou indiquez l’établissement puis ajoutez-les un par un.',
  count: (n: number) => plural(n, { one: '# partenaire', other: '# partenaires' }, 'fr'),
  search: 'Rechercher dans le registre',
  noResults: 'Aucun partenaire ne correspond.',

  importHeading: 'Importer un registre',
  importFile: 'Fichier du registre (CSV, XLSX ou JSON)',
  importHint:
    'Le fichier remplace le registre. Un consentement enregistré ici à une date plus récente que celle du fichier est gardé ; une personne qui a retiré son consentement à la conservation n’est pas gardée (seule la preuve du retrait l’est).',
  importButton: 'Importer',
  importing: 'Lecture du fichier…',
  noFile: 'Choisissez un fichier.',
  tooLarge: 'Ce fichier est trop gros pour un registre (20 Mo au plus).',
  importRefused: (n: number) =>
    plural(
      n,
      {
        one: 'Le fichier n’a pas été importé : # problème à corriger. Le registre n’a pas changé.',
        other: 'Le fichier n’a pas été importé : # problèmes à corriger. Le registre n’a pas changé.',
      },
      'fr',
    ),
  tableNeedsEstablishment:
    'Un fichier CSV ou XLSX ne contient que les partenaires : indiquez d’abord l’établissement ci-dessous, puis importez le fichier.',
  imported: (partners: number, file: string) =>
    `${plural(partners, { one: '# partenaire importé', other: '# partenaires importés' }, 'fr')} depuis « ${file} ».`,
  importErased: (n: number) =>
    plural(
      n,
      {
        one: '# personne a retiré son consentement à la conservation : seule la preuve du retrait est gardée.',
        other: '# personnes ont retiré leur consentement à la conservation : seule la preuve du retrait est gardée.',
      },
      'fr',
    ),
  importKept: (n: number) =>
    plural(
      n,
      {
        one: 'Consentements plus récents enregistrés ici gardés pour # personne.',
        other: 'Consentements plus récents enregistrés ici gardés pour # personnes.',
      },
      'fr',
    ),
  importRemoved: (n: number) =>
    plural(
      n,
      {
        one: '# partenaire absent du fichier retiré du registre.',
        other: '# partenaires absents du fichier retirés du registre.',
      },
      'fr',
    ),
  importedFrom: (file: string, date: string) => `Importé de « ${file} » le ${date}.`,

  establishmentHeading: 'Établissement',
  establishmentName: 'Nom de l’établissement',
  establishmentEmail: 'Adresse du service du partenariat (facultative)',
  establishmentUrl: 'Page de contact (facultative, https://…)',
  establishmentHint:
    'Publiés avec l’annuaire : c’est par l’établissement qu’un visiteur joint une personne qui n’a pas consenti à publier ses coordonnées.',
  establishmentSave: 'Enregistrer l’établissement',
  establishmentSaved: 'Établissement enregistré.',
  establishmentEdit: 'Modifier l’établissement',

  publishHeading: 'Publier l’annuaire',
  publishIntro:
    '« Vérifier » montre, personne par personne, ce qui sera publié et ce qui ne le sera pas, et pourquoi. « Publier » télécharge le fichier partenaires.json à mettre en ligne à la place de l’ancien : rien n’est envoyé par l’extension.',
  check: 'Vérifier',
  publish: 'Publier',
  published: (file: string, published: number, total: number) =>
    `Fichier ${file} téléchargé : ${published} personnes publiées sur ${total}. Mettez-le en ligne à la place de l’ancien.`,
  reportHeading: 'Rapport de publication',
  noEstablishment: 'Indiquez d’abord l’établissement (ou importez un registre).',

  partnerHeading: (who: string) => who,
  newPartner: 'Ajouter un partenaire',
  newHeading: 'Nouveau partenaire',
  published_: 'publié',
  notPublished: 'non publié',
  proposable: 'accepte les propositions de projets',
  notProposable: 'pas de propositions de projets',
  consentsGlance: 'Consentements',

  consentShort: {
    keepData: 'Conservation',
    listing: 'Annuaire',
    name: 'Nom',
    photo: 'Photo',
    experience: 'Expérience (public)',
    contact: 'Coordonnées',
    matching: 'Projets',
    projectExperience: 'Expérience (équipes)',
  } satisfies Record<ConsentField, string>,
  consentHint: {
    keepData: 'Garder le profil dans le registre. Le retirer efface le profil : seule la preuve du retrait est gardée.',
    listing: 'Figurer dans l’annuaire public.',
    name: 'Montrer le nom dans l’annuaire (sinon, le rôle seul).',
    photo: 'Montrer la photo dans l’annuaire.',
    experience: 'Montrer l’expérience vécue dans l’annuaire (ce qui la partage aussi avec les équipes projet).',
    contact: 'Publier ses coordonnées personnelles (sinon, on passe par l’établissement).',
    matching: 'Recevoir des propositions de projets de l’établissement.',
    projectExperience: 'Partager l’expérience vécue avec les équipes projet (recherche de partenaires), sans la publier.',
  } satisfies Record<ConsentField, string>,
  yes: 'oui',
  no: 'non',
  never: 'non recueilli',
  stateGranted: (date: string) => `donné le ${date}`,
  stateNotGranted: (date: string) => `refusé ou retiré le ${date}`,
  stateAbsent: 'jamais recueilli (vaut refus)',
  consentsHeading: 'Consentements',
  consentsIntro:
    'Chaque consentement est daté. Un retrait s’applique aussitôt : à la recherche de partenaires et à la prochaine publication. Publiez de nouveau pour retirer la personne du fichier en ligne.',
  consentDate: 'Date du consentement ou du retrait',
  give: (what: string) => `Enregistrer : ${what} donné`,
  giveShort: 'Donné',
  withdraw: (what: string) => `Enregistrer : ${what} retiré`,
  withdrawShort: 'Retiré',
  consentGiven: (what: string, date: string) => `Consentement « ${what} » enregistré comme donné le ${date}.`,
  consentWithdrawn: (what: string, date: string) => `Consentement « ${what} » enregistré comme retiré le ${date}.`,
  keepDataConfirm:
    'Retirer le consentement à la conservation efface aussitôt le profil de cette personne (nom, expérience, coordonnées…) et la retire des projets. Seuls son identifiant et les dates de ses consentements sont gardés, pour prouver le retrait.',
  keepDataButton: 'Oui, effacer le profil',
  erased: (id: string) => `Profil ${id} effacé. La preuve du retrait est gardée.`,

  edit: 'Modifier le profil',
  editHeading: 'Modifier le profil',
  id: 'Identifiant dans le registre',
  idHint: 'Public : il figure dans les messages de contact. Un code opaque (pp-042), pas un nom.',
  displayName: 'Nom affiché (facultatif)',
  displayHint: 'Pseudonyme, prénom seul… : publié seulement avec le consentement « nom ».',
  given: 'Prénom',
  family: 'Nom de famille',
  gender: 'Accord grammatical des libellés',
  genderNone: 'Non précisé (les deux formes)',
  genders: {
    f: 'Féminin (patiente partenaire)',
    m: 'Masculin (patient partenaire)',
    x: 'Les deux formes (patiente ou patient partenaire)',
  },
  roles: 'Rôles',
  rolesHint: 'Un rôle n’est publié que validé par l’établissement (pas de titre autoproclamé).',
  roleValidated: (role: string) => `${role} : validé par l’établissement`,
  validatedBy: 'Validé par',
  validatedOn: 'Date de validation',
  domains: 'Domaines (guide HAS)',
  missions: (domain: string) => `Missions — ${domain}`,
  territory: 'Territoire',
  departement: 'Département (code)',
  departementHint: 'Par exemple 13, 2A, 974.',
  commune: 'Commune (facultative)',
  remote: 'Accepte de participer à distance',
  load: 'Sollicitation',
  activeMissions: 'Missions en cours',
  maxMissions: 'Missions au plus en même temps (facultatif)',
  // « gestionnaire de l'établissement ou du service » (guide HAS 3.3, l.537): the guide's example, the establishment's rule.
  manager:
    'Gestionnaire de l’établissement ou du service (règle de l’établissement, d’après l’exemple du guide HAS : ni publié ni proposé)',
  contact: 'Coordonnées personnelles',
  contactHint: 'Publiées seulement avec le consentement « coordonnées ».',
  email: 'Courriel',
  phone: 'Téléphone',
  url: 'Page personnelle (https://…)',
  kept: 'Les autres informations du profil (formations, expérience vécue, disponibilités…) sont gardées telles quelles.',
  create: 'Ajouter au registre',
  save: 'Enregistrer le profil',
  created: (id: string) => `Partenaire ${id} ajouté au registre.`,
  saved: 'Profil enregistré.',
  cancel: 'Annuler',
  back: 'Retour à la liste',

  delete: 'Supprimer du registre',
  deleteConfirm:
    'Supprimer entièrement ce partenaire du registre (et de ses projets) ? Aucune trace n’est gardée : pour un retrait de consentement, utilisez plutôt « Conservation : retiré ».',
  deleteButton: 'Oui, supprimer',
  deleted: (id: string) => `Partenaire ${id} supprimé du registre.`,

  withdrawalsHeading: 'Données effacées à la demande des personnes',
  withdrawalsIntro:
    'Ces personnes ont retiré leur consentement à la conservation : leur profil est effacé. Seuls leur identifiant et les dates de leurs consentements sont gardés, pour prouver le retrait et pour qu’un ancien fichier ne les réimporte pas.',
  withdrawal: (id: string, date: string) => `${id} — conservation retirée le ${date}`,
  deleteProof: (id: string) => `Supprimer la preuve du retrait de ${id}`,
  proofDeleted: (id: string) => `Preuve du retrait de ${id} supprimée.`,
  deleteProofConfirm: 'Supprimer cette preuve ? Faites-le à la fin de sa durée de conservation.',
  deleteProofButton: 'Oui, supprimer la preuve',

  date: (value: string) => formatDate(value, 'fr', { dateStyle: 'long' }),
};

export type RegistryMessages = typeof fr;

const en: RegistryMessages = {
  heading: 'Partner registry',
  privacy:
    'The registry stays in this browser (the extension’s IndexedDB database): nothing is sent. It holds health data (lived experience of illness): only what each person consented to publish leaves it, through “Publish”, in a file you download.',
  loading: 'Reading the registry…',
  empty: 'The registry is empty. Import your partners’ file, or give the establishment and then add them one by one.',
  count: (n) => plural(n, { one: '# partner', other: '# partners' }, 'en'),
  search: 'Search the registry',
  noResults: 'No partner matches.',

  importHeading: 'Import a registry',
  importFile: 'Registry file (CSV, XLSX or JSON)',
  importHint:
    'The file replaces the registry. A consent recorded here on a later date than the file’s is kept; a person who withdrew the consent to keep their data is not kept (only the proof of the withdrawal is).',
  importButton: 'Import',
  importing: 'Reading the file…',
  noFile: 'Choose a file.',
  tooLarge: 'This file is too large for a registry (20 MB at most).',
  importRefused: (n) =>
    plural(
      n,
      {
        one: 'The file was not imported: # problem to fix. The registry has not changed.',
        other: 'The file was not imported: # problems to fix. The registry has not changed.',
      },
      'en',
    ),
  tableNeedsEstablishment:
    'A CSV or XLSX file holds the partners only: first give the establishment below, then import the file.',
  imported: (partners, file) =>
    `${plural(partners, { one: '# partner imported', other: '# partners imported' }, 'en')} from “${file}”.`,
  importErased: (n) =>
    plural(
      n,
      {
        one: '# person withdrew the consent to keep their data: only the proof of the withdrawal is kept.',
        other: '# people withdrew the consent to keep their data: only the proof of the withdrawal is kept.',
      },
      'en',
    ),
  importKept: (n) =>
    plural(
      n,
      {
        one: 'More recent consents recorded here kept for # person.',
        other: 'More recent consents recorded here kept for # people.',
      },
      'en',
    ),
  importRemoved: (n) =>
    plural(
      n,
      {
        one: '# partner not in the file removed from the registry.',
        other: '# partners not in the file removed from the registry.',
      },
      'en',
    ),
  importedFrom: (file, date) => `Imported from “${file}” on ${date}.`,

  establishmentHeading: 'Establishment',
  establishmentName: 'Name of the establishment',
  establishmentEmail: 'Address of the partnership service (optional)',
  establishmentUrl: 'Contact page (optional, https://…)',
  establishmentHint:
    'Published with the directory: visitors reach a person who did not consent to publish their own details through the establishment.',
  establishmentSave: 'Save the establishment',
  establishmentSaved: 'Establishment saved.',
  establishmentEdit: 'Edit the establishment',

  publishHeading: 'Publish the directory',
  publishIntro:
    '“Check” shows, person by person, what will be published and what will not, and why. “Publish” downloads the partenaires.json file to put online in place of the previous one: the extension sends nothing.',
  check: 'Check',
  publish: 'Publish',
  published: (file, published, total) =>
    `File ${file} downloaded: ${published} of ${total} people published. Put it online in place of the previous one.`,
  reportHeading: 'Publish report',
  noEstablishment: 'First give the establishment (or import a registry).',

  partnerHeading: (who) => who,
  newPartner: 'Add a partner',
  newHeading: 'New partner',
  published_: 'published',
  notPublished: 'not published',
  proposable: 'may be proposed for projects',
  notProposable: 'not proposed for projects',
  consentsGlance: 'Consents',

  consentShort: {
    keepData: 'Keeping',
    listing: 'Directory',
    name: 'Name',
    photo: 'Photo',
    experience: 'Experience (public)',
    contact: 'Contact details',
    matching: 'Projects',
    projectExperience: 'Experience (teams)',
  },
  consentHint: {
    keepData: 'Keep the profile in the registry. Withdrawing it erases the profile: only the proof of the withdrawal is kept.',
    listing: 'Appear in the public directory.',
    name: 'Show the name in the directory (otherwise, the role only).',
    photo: 'Show the photo in the directory.',
    experience: 'Show the lived experience in the directory (which also shares it with project teams).',
    contact: 'Publish their own contact details (otherwise, through the establishment).',
    matching: 'Be proposed for the establishment’s projects.',
    projectExperience: 'Share the lived experience with project teams (finding partners), without publishing it.',
  },
  yes: 'yes',
  no: 'no',
  never: 'not collected',
  stateGranted: (date) => `given on ${date}`,
  stateNotGranted: (date) => `refused or withdrawn on ${date}`,
  stateAbsent: 'never collected (counts as refused)',
  consentsHeading: 'Consents',
  consentsIntro:
    'Each consent is dated. A withdrawal applies at once: to finding partners and to the next publication. Publish again to remove the person from the file online.',
  consentDate: 'Date of the consent or withdrawal',
  give: (what) => `Record: ${what} given`,
  giveShort: 'Given',
  withdraw: (what) => `Record: ${what} withdrawn`,
  withdrawShort: 'Withdrawn',
  consentGiven: (what, date) => `Consent “${what}” recorded as given on ${date}.`,
  consentWithdrawn: (what, date) => `Consent “${what}” recorded as withdrawn on ${date}.`,
  keepDataConfirm:
    'Withdrawing the consent to keep the data erases this person’s profile at once (name, experience, contact details…) and removes them from projects. Only their identifier and the dates of their consents are kept, to prove the withdrawal.',
  keepDataButton: 'Yes, erase the profile',
  erased: (id) => `Profile ${id} erased. The proof of the withdrawal is kept.`,

  edit: 'Edit the profile',
  editHeading: 'Edit the profile',
  id: 'Identifier in the registry',
  idHint: 'Public: it appears in contact messages. An opaque code (pp-042), not a name.',
  displayName: 'Display name (optional)',
  displayHint: 'Pseudonym, first name only…: published only with the name consent.',
  given: 'Given name',
  family: 'Family name',
  gender: 'Grammatical agreement of labels',
  genderNone: 'Not given (both forms)',
  genders: {
    f: 'Feminine (patiente partenaire)',
    m: 'Masculine (patient partenaire)',
    x: 'Both forms (patiente ou patient partenaire)',
  },
  roles: 'Roles',
  rolesHint: 'A role is published only once validated by the establishment (no self-proclaimed title).',
  roleValidated: (role) => `${role}: validated by the establishment`,
  validatedBy: 'Validated by',
  validatedOn: 'Date of validation',
  domains: 'Domains (HAS guide)',
  missions: (domain) => `Missions — ${domain}`,
  territory: 'Territory',
  departement: 'Département (code)',
  departementHint: 'For instance 13, 2A, 974.',
  commune: 'Town (optional)',
  remote: 'Accepts to take part remotely',
  load: 'Solicitation',
  activeMissions: 'Current missions',
  maxMissions: 'Most missions at once (optional)',
  manager:
    'Manager of the establishment or service (establishment rule, after the HAS guide’s example: neither published nor proposed)',
  contact: 'Personal contact details',
  contactHint: 'Published only with the contact consent.',
  email: 'Email',
  phone: 'Phone',
  url: 'Personal page (https://…)',
  kept: 'The profile’s other information (trainings, lived experience, availability…) is kept as it is.',
  create: 'Add to the registry',
  save: 'Save the profile',
  created: (id) => `Partner ${id} added to the registry.`,
  saved: 'Profile saved.',
  cancel: 'Cancel',
  back: 'Back to the list',

  delete: 'Delete from the registry',
  deleteConfirm:
    'Delete this partner from the registry entirely (and from their projects)? No trace is kept: for a withdrawn consent, use “Keeping: withdrawn” instead.',
  deleteButton: 'Yes, delete',
  deleted: (id) => `Partner ${id} deleted from the registry.`,

  withdrawalsHeading: 'Data erased at people’s request',
  withdrawalsIntro:
    'These people withdrew the consent to keep their data: their profile is erased. Only their identifier and the dates of their consents are kept, to prove the withdrawal and so that an older file does not import them again.',
  withdrawal: (id, date) => `${id} — keeping withdrawn on ${date}`,
  deleteProof: (id) => `Delete the proof of ${id}’s withdrawal`,
  proofDeleted: (id) => `Proof of ${id}’s withdrawal deleted.`,
  deleteProofConfirm: 'Delete this proof? Do so at the end of its retention period.',
  deleteProofButton: 'Yes, delete the proof',

  date: (value) => formatDate(value, 'en', { dateStyle: 'long' }),
};

export const REGISTRY_MESSAGES: Record<Locale, RegistryMessages> = { fr, en };
