/**
 * The interface text of the project workspace (projects, contacts, partners found on
 * pages), French first. The widgets shown inside (check-list, charter, matching form,
 * partner card) bring their own fr/en messages from widgets/: nothing of theirs is
 * repeated here. Plurals and dates go through the shared i18n layer.
 */
import { formatDate, plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import { SECTION_NAMES } from './sections';

const fr = {
  sections: SECTION_NAMES.fr,
  loadingWidgets: 'Chargement des outils…',
  widgetsFailed: 'Les outils du projet n’ont pas pu être chargés. Rechargez la page.',
  invalid: (detail: string) => `Rien n’a été enregistré : ${detail}.`,
  failed: (detail: string) => `L’opération a échoué (${detail}). Rien n’a été modifié.`,
  cancel: 'Annuler',
  remove: 'Retirer',
  save: 'Enregistrer',
  edit: 'Modifier',
  delete: 'Supprimer',
  back: 'Retour à la liste',

  projects: {
    heading: 'Projets',
    count: (n: number) => plural(n, { one: '# projet', other: '# projets' }, 'fr'),
    empty: 'Aucun projet pour l’instant. Un projet réunit sa check-list, ses chartes signées, ses partenaires et ses ressources.',
    create: 'Nouveau projet',
    newHeading: 'Nouveau projet',
    editHeading: (title: string) => `Modifier : ${title}`,
    title: 'Intitulé du projet',
    domain: 'Domaine du partenariat (guide HAS)',
    chooseDomain: 'Choisir un domaine',
    start: 'Début',
    end: 'Fin (facultative)',
    description: 'Description',
    descriptionHint: 'Ce que le projet cherche à faire, avec qui.',
    createButton: 'Créer le projet',
    created: (title: string) => `Projet « ${title} » créé.`,
    saved: 'Projet enregistré.',
    deleteConfirm:
      'Supprimer ce projet, sa check-list, ses chartes, ses réunions et ses indicateurs d’effets ? Les contacts et les ressources restent dans la bibliothèque. Téléchargez d’abord les chartes signées si besoin.',
    deleteButton: 'Oui, supprimer le projet',
    deleted: (title: string) => `Projet « ${title} » supprimé.`,
    dates: (start: string, end?: string) => (end ? `du ${start} au ${end}` : `depuis le ${start}`),
    facts: { domain: 'Domaine', dates: 'Dates', description: 'Description' },
  },

  partners: {
    heading: 'Partenaires du projet',
    none: 'Aucun partenaire relié à ce projet.',
    add: 'Ajouter un partenaire au projet',
    addButton: 'Ajouter',
    noContacts:
      'Aucun contact ni partenaire du registre : ouvrez Binôme sur la page d’un établissement qui présente ses patients partenaires, ou importez votre registre.',
    removeNamed: (name: string) => `Retirer ${name} du projet`,
    added: (n: number) => plural(n, { one: '# partenaire relié au projet.', other: '# partenaires reliés au projet.' }, 'fr'),
    removed: 'Partenaire retiré du projet.',
    fewerThanTwo:
      'La HAS recommande au moins deux patients partenaires par projet, pour limiter l’isolement et permettre l’entraide (3.1).',
    missing: 'Contact supprimé',
    missingPartner: 'Partenaire absent du registre',
    fromRegistry: 'registre des partenaires',
    contactsGroup: 'Mes contacts',
    registryGroup: 'Registre des partenaires',
  },

  matching: {
    heading: 'Trouver des partenaires',
    pool: 'Chercher parmi',
    registryPool: (total: number, matchable: number) =>
      `le registre des partenaires : ${plural(total, { one: '# personne', other: '# personnes' }, 'fr')}, dont ${plural(matchable, { one: '# accepte', other: '# acceptent' }, 'fr')} de recevoir des propositions de projets`,
    contactsPool: (total: number, agreed: number) =>
      `mes contacts : ${plural(total, { one: '# contact', other: '# contacts' }, 'fr')}, dont ${plural(agreed, { one: '# a donné son accord', other: '# ont donné leur accord' }, 'fr')}`,
    registryHint:
      'Seules les personnes qui ont consenti à être proposées pour des projets sont classées ; leur expérience vécue n’est prise en compte et montrée qu’avec leur consentement (partage avec les équipes projet, ou publication). Un retrait enregistré dans le registre s’applique aussitôt.',
    unplaced: (n: number) =>
      plural(
        n,
        {
          one: '# contact ne peut pas être classé : sa fiche ne donne pas de département français reconnu.',
          other: '# contacts ne peuvent pas être classés : leur fiche ne donne pas de département français reconnu.',
        },
        'fr',
      ),
    agreementHint:
      'Une fiche publique ne dit pas si la personne accepte d’être proposée : enregistrez son accord ci-dessous ou dans sa fiche contact. Sans accord, elle n’est ni classée ni nommée.',
    agreementsSummary: (n: number) =>
      plural(
        n,
        { one: 'Enregistrer l’accord de # contact sans réponse', other: 'Enregistrer l’accord de # contacts sans réponse' },
        'fr',
      ),
    agreementsHint:
      'Ne cochez que les personnes qui vous ont dit accepter d’être proposées à des projets : l’accord est daté et peut être retiré dans la fiche du contact.',
    agreementsLegend: 'Personnes qui ont donné leur accord',
    agreementsDateLabel: 'Date de l’accord',
    agreementsSave: (n: number) =>
      n === 0
        ? 'Enregistrer l’accord des personnes cochées'
        : plural(n, { one: 'Enregistrer l’accord de # personne', other: 'Enregistrer l’accord de # personnes' }, 'fr'),
    agreementsSaved: (n: number) =>
      plural(
        n,
        {
          one: 'Accord enregistré pour # contact : il peut être proposé.',
          other: 'Accord enregistré pour # contacts : ils peuvent être proposés.',
        },
        'fr',
      ),
    agreementsNone: 'Cochez au moins une personne qui a donné son accord.',
    agreementsDate: 'Indiquez la date de l’accord (jour, mois, année).',
    linked: (n: number) =>
      plural(
        n,
        { one: 'Sélection reliée au projet : # partenaire.', other: 'Sélection reliée au projet : # partenaires.' },
        'fr',
      ),
  },

  checklist: {
    heading: 'Check-list du partenariat (HAS, annexe 2)',
    intro:
      'La même check-list que sur les sites des établissements ; ses évaluations datées restent dans ce navigateur. « Nouvelle évaluation datée » garde la précédente dans l’historique.',
    history: 'Évaluations enregistrées',
    none: 'Aucune évaluation enregistrée.',
    evaluation: (date: string, yes: number, no: number, ongoing: number, open: number) =>
      `${date} : ${yes} oui, ${no} non, ${ongoing} en cours, ${open} sans réponse`,
    // Not « (en cours) »: that is also one of the checklist's answers.
    current: '(évaluation actuelle)',
  },

  charters: {
    heading: 'Charte d’engagement (HAS, annexe 1)',
    none: 'Aucune charte pour ce projet.',
    sign: 'Signer une nouvelle charte',
    signHint: 'Chaque personne signe à son tour sur cet appareil (en réunion par exemple) ; le dossier est gardé ici.',
    import: 'Importer un dossier signé',
    importHint:
      'Un dossier signé sur le site d’un établissement (fichier JSON) : il est vérifié (texte, signatures, journal) avant d’être ajouté.',
    item: (origin: 'signed' | 'imported', date: string) => (origin === 'signed' ? `Signée ici, ${date}` : `Importée le ${date}`),
    signatures: (n: number) => plural(n, { one: '# signature', other: '# signatures' }, 'fr'),
    complete: 'complète',
    incomplete: 'incomplète',
    open: 'Ouvrir',
    openNamed: (what: string) => `Ouvrir : ${what}`,
    deleteNamed: (what: string) => `Supprimer : ${what}`,
    deleted: 'Dossier de charte supprimé.',
    undo: 'Annuler la suppression',
    restored: 'Dossier rétabli.',
    addVerified: 'Ajouter ce dossier au projet',
    added: 'Dossier vérifié ajouté au projet.',
    duplicate: 'Ce dossier est déjà dans ce projet (même empreinte).',
    notAdded: 'Ce dossier ne se vérifie pas : il n’est pas ajouté au projet.',
    otherProject: (title: string) => `Attention : ce dossier porte sur « ${title} ».`,
    closeSigner: 'Fermer la charte',
  },

  resources: {
    heading: 'Ressources liées',
    none: 'Aucune ressource liée à ce projet.',
    search: 'Relier une ressource de la bibliothèque',
    searchHint: 'Titre, étiquettes, notes…',
    link: 'Relier',
    linkNamed: (title: string) => `Relier au projet : ${title}`,
    unlinkNamed: (title: string) => `Retirer du projet : ${title}`,
    noMatch: 'Aucune ressource ne correspond.',
    openNamed: (title: string) => `Ouvrir la page : ${title} (nouvel onglet)`,
  },

  contacts: {
    heading: 'Contacts',
    count: (n: number) => plural(n, { one: '# contact', other: '# contacts' }, 'fr'),
    empty:
      'Aucun contact. Ouvrez Binôme sur la page d’un établissement qui présente ses patients partenaires : il propose d’enregistrer leurs fiches publiques.',
    search: 'Rechercher un contact',
    noResults: 'Aucun contact ne correspond.',
    privacy:
      'Seules les informations que l’établissement publie avec l’accord de chaque personne sont gardées, avec la page et la date où vous les avez vues.',
    source: 'Source',
    seenOn: (page: string, date: string) => `Fiche lue sur « ${page} » le ${date}`,
    openSource: 'Ouvrir la page source (nouvel onglet)',
    compactNote:
      'Ce contact garde la fiche abrégée : ce que la liste montrait (nom s’il était affiché, rôles, domaines, territoire, sollicitation, un moyen de contact).',
    detailsKept: (parts: string) => `Ce contact garde aussi des détails de la fiche : ${parts}.`,
    dropDetails: 'Ne garder que la fiche abrégée',
    dropDetailsHint:
      'Retire ces détails du contact (ils ne sont pas nécessaires pour contacter la personne) ; la note et l’accord restent.',
    detailsDropped: 'Détails retirés : le contact ne garde que la fiche abrégée.',
    note: 'Note personnelle',
    saveNote: 'Enregistrer la note',
    noteSaved: 'Note enregistrée.',
    agreementLegend: 'Accord pour recevoir des propositions de projets',
    agreement: 'La personne a donné son accord pour être proposée à des projets',
    agreementDate: 'Date de l’accord',
    agreementSave: 'Enregistrer l’accord',
    agreementSaved: 'Accord enregistré.',
    agreementWithdrawn: 'Accord retiré.',
    agreementHint: 'Recueilli par vous (la fiche publique ne le dit pas). Retirer l’accord garde la date du retrait.',
    projects: 'Projets',
    noProject: 'Partenaire d’aucun projet.',
    deleteConfirm: 'Supprimer ce contact ? Il sera retiré des projets dont il est partenaire.',
    deleteButton: 'Oui, supprimer le contact',
    deleted: 'Contact supprimé.',
    agreedMark: 'accord enregistré',
  },

  found: {
    // The form of everyone counted when they share one, else both spelt out, feminine first (docs/ecriture.md, rule 4).
    heading: (n: number, gender?: 'f' | 'm') =>
      plural(
        n,
        gender === 'f'
          ? { one: '# patiente partenaire sur cette page', other: '# patientes partenaires sur cette page' }
          : gender === 'm'
            ? { one: '# patient partenaire sur cette page', other: '# patients partenaires sur cette page' }
            : {
                one: '# patiente ou patient partenaire sur cette page',
                other: '# patientes et patients partenaires sur cette page',
              },
        'fr',
      ),
    intro:
      'Enregistrez-les dans vos contacts : ce que la liste montre, avec l’adresse de la page et la date. Les détails d’une fiche ne sont gardés que si vous les ouvrez ici et choisissez de les garder.',
    already: 'déjà dans vos contacts',
    compact: 'fiche abrégée',
    detailsSummary: 'Détails affichés par la page',
    detailsAbout: (who: string) => ` : ${who}`,
    detailsList: (parts: string) => `La fiche montre aussi : ${parts}.`,
    keepDetails: 'Garder aussi ces détails dans le contact',
    keepDetailsHint: 'Ce sont des données personnelles, parfois de santé : gardez-les seulement si vous en avez besoin.',
    parts: {
      missions: 'missions',
      statuses: 'statut',
      trainings: 'formations validées',
      association: 'association',
      languages: 'langues',
      projects: 'projets',
      experience: 'expérience vécue',
      abilities: 'compétences',
      availability: 'disponibilités',
      contacts: 'autres moyens de contact',
    },
    keptBase:
      'Sera gardé : nom (s’il est affiché), rôles, domaines, territoire, sollicitation actuelle et un moyen de contact, avec l’adresse de la page et la date. Jamais la photo.',
    keptDetails: (people: number, parts: string) =>
      `S’y ajoutent, pour ${plural(people, { one: '# personne', other: '# personnes' }, 'fr')}, les détails choisis : ${parts}.`,
    keptNoDetails: 'Aucun détail de fiche (formations, expérience vécue…) n’est gardé.',
    filter: 'Filtrer les personnes (nom, rôle, territoire, domaine)',
    filterCount: (shown: number, all: number, chosen: number) =>
      `${shown === all ? plural(all, { one: '# personne affichée', other: '# personnes affichées' }, 'fr') : `${shown} sur ${all} affichées`}, ${plural(chosen, { one: '# cochée', other: '# cochées' }, 'fr')}.`,
    selectAll: 'Tout sélectionner',
    selectShown: (n: number) =>
      plural(n, { one: 'Sélectionner la personne affichée', other: 'Sélectionner les # personnes affichées' }, 'fr'),
    selectNone: 'Tout désélectionner',
    // Zero says what to do rather than « Enregistrer 0 contact ».
    save: (n: number) =>
      n === 0
        ? 'Enregistrer les personnes cochées comme contacts'
        : plural(n, { one: 'Enregistrer # contact', other: 'Enregistrer # contacts' }, 'fr'),
    saving: 'Enregistrement…',
    saved: (created: number, updated: number) =>
      `${[
        created ? plural(created, { one: '# contact ajouté', other: '# contacts ajoutés' }, 'fr') : '',
        updated ? plural(updated, { one: '# contact mis à jour', other: '# contacts mis à jour' }, 'fr') : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    none: 'Choisissez au moins une fiche.',
    problems: (n: number) =>
      plural(n, { one: '# annuaire n’a pas pu être lu.', other: '# annuaires n’ont pas pu être lus.' }, 'fr'),
    openContacts: 'Voir mes contacts',
  },

  /** Record paths as the forms label them, for validation messages (describe-error.ts). */
  fields: {
    title: 'Intitulé',
    domain: 'Domaine du partenariat',
    missions: 'Missions',
    'dates.start': 'Date de début',
    'dates.end': 'Date de fin',
    description: 'Description',
    note: 'Note',
    projectId: 'Projet',
  } as Record<string, string>,

  date: (value: string) => formatDate(value, 'fr', { dateStyle: 'long' }),
};

export type WorkspaceMessages = typeof fr;

const en: WorkspaceMessages = {
  sections: SECTION_NAMES.en,
  loadingWidgets: 'Loading the tools…',
  widgetsFailed: 'The project tools could not be loaded. Please reload the page.',
  invalid: (detail) => `Nothing was saved: ${detail}.`,
  failed: (detail) => `The operation failed (${detail}). Nothing was changed.`,
  cancel: 'Cancel',
  remove: 'Remove',
  save: 'Save',
  edit: 'Edit',
  delete: 'Delete',
  back: 'Back to the list',

  projects: {
    heading: 'Projects',
    count: (n) => plural(n, { one: '# project', other: '# projects' }, 'en'),
    empty: 'No project yet. A project brings together its checklist, its signed charters, its partners and its resources.',
    create: 'New project',
    newHeading: 'New project',
    editHeading: (title) => `Edit: ${title}`,
    title: 'Project title',
    domain: 'Partnership domain (HAS guide)',
    chooseDomain: 'Choose a domain',
    start: 'Start',
    end: 'End (optional)',
    description: 'Description',
    descriptionHint: 'What the project aims to do, and with whom.',
    createButton: 'Create the project',
    created: (title) => `Project “${title}” created.`,
    saved: 'Project saved.',
    deleteConfirm:
      'Delete this project, its checklist, its charters, its meetings and its effect indicators? Contacts and resources stay in the library. Download signed charters first if needed.',
    deleteButton: 'Yes, delete the project',
    deleted: (title) => `Project “${title}” deleted.`,
    dates: (start, end) => (end ? `from ${start} to ${end}` : `since ${start}`),
    facts: { domain: 'Domain', dates: 'Dates', description: 'Description' },
  },

  partners: {
    heading: 'Project partners',
    none: 'No partner linked to this project.',
    add: 'Add a partner to the project',
    addButton: 'Add',
    noContacts:
      'No contact and no registry partner: open Binôme on the page of an establishment that presents its patient partners, or import your registry.',
    removeNamed: (name) => `Remove ${name} from the project`,
    added: (n) => plural(n, { one: '# partner linked to the project.', other: '# partners linked to the project.' }, 'en'),
    removed: 'Partner removed from the project.',
    fewerThanTwo:
      'The HAS recommends at least two patient partners per project, to limit isolation and allow mutual support (3.1).',
    missing: 'Deleted contact',
    missingPartner: 'Partner no longer in the registry',
    fromRegistry: 'partner registry',
    contactsGroup: 'My contacts',
    registryGroup: 'Partner registry',
  },

  matching: {
    heading: 'Find partners',
    pool: 'Search among',
    registryPool: (total, matchable) =>
      `the partner registry: ${plural(total, { one: '# person', other: '# people' }, 'en')}, ${plural(matchable, { one: '# of whom accepts', other: '# of whom accept' }, 'en')} to be proposed for projects`,
    contactsPool: (total, agreed) =>
      `my contacts: ${plural(total, { one: '# contact', other: '# contacts' }, 'en')}, ${plural(agreed, { one: '# of whom agreed', other: '# of whom agreed' }, 'en')}`,
    registryHint:
      'Only people who consented to be proposed for projects are ranked; their lived experience is used and shown only with their consent (shared with project teams, or published). A withdrawal recorded in the registry applies at once.',
    unplaced: (n) =>
      plural(
        n,
        {
          one: '# contact cannot be ranked: their card gives no known French département.',
          other: '# contacts cannot be ranked: their cards give no known French département.',
        },
        'en',
      ),
    agreementHint:
      'A public card does not say whether the person accepts to be proposed: record their agreement below or in their contact card. Without it, they are neither ranked nor named.',
    agreementsSummary: (n) =>
      plural(
        n,
        { one: 'Record the agreement of # contact with no answer', other: 'Record the agreement of # contacts with no answer' },
        'en',
      ),
    agreementsHint:
      'Tick only the people who told you they accept to be proposed for projects: the agreement is dated and can be withdrawn in the contact card.',
    agreementsLegend: 'People who gave their agreement',
    agreementsDateLabel: 'Date of the agreement',
    agreementsSave: (n) =>
      n === 0
        ? 'Record the agreement of the ticked people'
        : plural(n, { one: 'Record the agreement of # person', other: 'Record the agreement of # people' }, 'en'),
    agreementsSaved: (n) =>
      plural(
        n,
        {
          one: 'Agreement recorded for # contact: they can be proposed.',
          other: 'Agreement recorded for # contacts: they can be proposed.',
        },
        'en',
      ),
    agreementsNone: 'Tick at least one person who gave their agreement.',
    agreementsDate: 'Give the date of the agreement (day, month, year).',
    linked: (n) =>
      plural(
        n,
        { one: 'Selection linked to the project: # partner.', other: 'Selection linked to the project: # partners.' },
        'en',
      ),
  },

  checklist: {
    heading: 'Partnership checklist (HAS, annex 2)',
    intro:
      'The same checklist as on the establishments’ sites; its dated evaluations stay in this browser. “New dated evaluation” keeps the previous one in the history.',
    history: 'Saved evaluations',
    none: 'No evaluation saved.',
    evaluation: (date, yes, no, ongoing, open) => `${date}: ${yes} yes, ${no} no, ${ongoing} in progress, ${open} unanswered`,
    current: '(current evaluation)',
  },

  charters: {
    heading: 'Charter of commitment (HAS, annex 1)',
    none: 'No charter for this project.',
    sign: 'Sign a new charter',
    signHint: 'Each person signs in turn on this device (at a meeting, for instance); the record is kept here.',
    import: 'Import a signed record',
    importHint:
      'A record signed on an establishment’s site (JSON file): it is verified (text, signatures, log) before it is added.',
    item: (origin, date) => (origin === 'signed' ? `Signed here, ${date}` : `Imported on ${date}`),
    signatures: (n) => plural(n, { one: '# signature', other: '# signatures' }, 'en'),
    complete: 'complete',
    incomplete: 'incomplete',
    open: 'Open',
    openNamed: (what) => `Open: ${what}`,
    deleteNamed: (what) => `Delete: ${what}`,
    deleted: 'Charter record deleted.',
    undo: 'Undo the deletion',
    restored: 'Record restored.',
    addVerified: 'Add this record to the project',
    added: 'Verified record added to the project.',
    duplicate: 'This record is already in this project (same hash).',
    notAdded: 'This record does not verify: it is not added to the project.',
    otherProject: (title) => `Note: this record is about “${title}”.`,
    closeSigner: 'Close the charter',
  },

  resources: {
    heading: 'Linked resources',
    none: 'No resource linked to this project.',
    search: 'Link a resource from the library',
    searchHint: 'Title, tags, notes…',
    link: 'Link',
    linkNamed: (title) => `Link to the project: ${title}`,
    unlinkNamed: (title) => `Remove from the project: ${title}`,
    noMatch: 'No resource matches.',
    openNamed: (title) => `Open the page: ${title} (new tab)`,
  },

  contacts: {
    heading: 'Contacts',
    count: (n) => plural(n, { one: '# contact', other: '# contacts' }, 'en'),
    empty:
      'No contact. Open Binôme on the page of an establishment that presents its patient partners: it offers to save their public cards.',
    search: 'Search contacts',
    noResults: 'No contact matches.',
    privacy: 'Only what the establishment publishes with each person’s consent is kept, with the page and the date you saw it.',
    source: 'Source',
    seenOn: (page, date) => `Card read on “${page}” on ${date}`,
    openSource: 'Open the source page (new tab)',
    compactNote:
      'This contact keeps the short card: what the list showed (the name if shown, roles, domains, area, load, one way to reach them).',
    detailsKept: (parts) => `This contact also keeps card details: ${parts}.`,
    dropDetails: 'Keep the short card only',
    dropDetailsHint:
      'Removes these details from the contact (they are not needed to reach the person); the note and the agreement stay.',
    detailsDropped: 'Details removed: the contact keeps the short card only.',
    note: 'Personal note',
    saveNote: 'Save the note',
    noteSaved: 'Note saved.',
    agreementLegend: 'Agreement to be proposed for projects',
    agreement: 'The person agreed to be proposed for projects',
    agreementDate: 'Date of the agreement',
    agreementSave: 'Save the agreement',
    agreementSaved: 'Agreement saved.',
    agreementWithdrawn: 'Agreement withdrawn.',
    agreementHint: 'Collected by you (the public card does not say). Withdrawing keeps the date of withdrawal.',
    projects: 'Projects',
    noProject: 'Partner of no project.',
    deleteConfirm: 'Delete this contact? It will be removed from the projects it is a partner of.',
    deleteButton: 'Yes, delete the contact',
    deleted: 'Contact deleted.',
    agreedMark: 'agreement recorded',
  },

  found: {
    heading: (n) => plural(n, { one: '# patient partner on this page', other: '# patient partners on this page' }, 'en'),
    intro:
      'Save them in your contacts: what the list shows, with the page’s address and the date. A card’s details are kept only if you open them here and choose to keep them.',
    already: 'already in your contacts',
    compact: 'short card',
    detailsSummary: 'Details shown by the page',
    detailsAbout: (who) => `: ${who}`,
    detailsList: (parts) => `The card also shows: ${parts}.`,
    keepDetails: 'Also keep these details in the contact',
    keepDetailsHint: 'This is personal data, sometimes health data: keep it only if you need it.',
    parts: {
      missions: 'missions',
      statuses: 'status',
      trainings: 'validated trainings',
      association: 'association',
      languages: 'languages',
      projects: 'projects',
      experience: 'lived experience',
      abilities: 'skills',
      availability: 'availability',
      contacts: 'other ways to reach them',
    },
    keptBase:
      'Kept: the name (if shown), roles, domains, area, current load and one way to reach them, with the page’s address and the date. Never the photo.',
    keptDetails: (people, parts) =>
      `Also, for ${plural(people, { one: '# person', other: '# people' }, 'en')}, the chosen details: ${parts}.`,
    keptNoDetails: 'No card details (trainings, lived experience…) are kept.',
    filter: 'Filter the people (name, role, area, domain)',
    filterCount: (shown, all, chosen) =>
      `${shown === all ? plural(all, { one: '# person shown', other: '# people shown' }, 'en') : `${shown} of ${all} shown`}, ${chosen} ticked.`,
    selectAll: 'Select all',
    selectShown: (n) => plural(n, { one: 'Select the person shown', other: 'Select the # people shown' }, 'en'),
    selectNone: 'Select none',
    save: (n) =>
      n === 0 ? 'Save the ticked people as contacts' : plural(n, { one: 'Save # contact', other: 'Save # contacts' }, 'en'),
    saving: 'Saving…',
    saved: (created, updated) =>
      `${[
        created ? plural(created, { one: '# contact added', other: '# contacts added' }, 'en') : '',
        updated ? plural(updated, { one: '# contact updated', other: '# contacts updated' }, 'en') : '',
      ]
        .filter(Boolean)
        .join(', ')}.`,
    none: 'Choose at least one card.',
    problems: (n) => plural(n, { one: '# directory could not be read.', other: '# directories could not be read.' }, 'en'),
    openContacts: 'See my contacts',
  },

  fields: {
    title: 'Title',
    domain: 'Partnership domain',
    missions: 'Missions',
    'dates.start': 'Start date',
    'dates.end': 'End date',
    description: 'Description',
    note: 'Note',
    projectId: 'Project',
  },

  date: (value) => formatDate(value, 'en', { dateStyle: 'long' }),
};

export const WORKSPACE_MESSAGES: Record<Locale, WorkspaceMessages> = { fr, en };
