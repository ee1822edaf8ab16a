/**
 * The extension's interface text, French first. Plurals and dates go through the shared
 * i18n layer (Intl), labels of types and domains come from the shared vocabularies.
 */
import { formatDate, formatNumber, plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';

// Where the classifier found a cue: the same union as shared/library/classify.ts, not a copy.
import type { EvidenceField } from '../../../shared/library/classify';

export type { EvidenceField };

/** What an import wrote besides resources (transfer/whole-library.ts RestoredCounts). */
interface Restored {
  readonly projects: number;
  readonly contacts: number;
  readonly checklists: number;
  readonly charters: number;
  readonly meetings: number;
  /** Effect indicators (optional: a summary from before them has none). */
  readonly effects?: number;
  readonly registry: number;
}

/** Everything stored, for the options page's storage line (resources always said, the rest when present). */
export interface StoredCounts {
  readonly items: number;
  readonly annotations: number;
  readonly projects: number;
  readonly contacts: number;
  readonly checklists: number;
  readonly charters: number;
  readonly meetings: number;
  /** Effect indicators (each with its measurements). */
  readonly effects?: number;
  readonly registryPartners: number;
}

function storedFr(c: StoredCounts): string {
  return [
    plural(c.items, { one: '# ressource', other: '# ressources' }, 'fr'),
    c.annotations ? plural(c.annotations, { one: '# surlignage', other: '# surlignages' }, 'fr') : '',
    c.projects ? plural(c.projects, { one: '# projet', other: '# projets' }, 'fr') : '',
    c.contacts ? plural(c.contacts, { one: '# contact', other: '# contacts' }, 'fr') : '',
    c.checklists ? plural(c.checklists, { one: '# check-list', other: '# check-lists' }, 'fr') : '',
    c.charters ? plural(c.charters, { one: '# dossier de charte', other: '# dossiers de charte' }, 'fr') : '',
    c.meetings ? plural(c.meetings, { one: '# réunion', other: '# réunions' }, 'fr') : '',
    c.effects ? plural(c.effects, { one: '# indicateur d’effets', other: '# indicateurs d’effets' }, 'fr') : '',
    c.registryPartners
      ? plural(
          c.registryPartners,
          { one: '# fiche du registre des partenaires', other: '# fiches du registre des partenaires' },
          'fr',
        )
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function storedEn(c: StoredCounts): string {
  return [
    plural(c.items, { one: '# resource', other: '# resources' }, 'en'),
    c.annotations ? plural(c.annotations, { one: '# highlight', other: '# highlights' }, 'en') : '',
    c.projects ? plural(c.projects, { one: '# project', other: '# projects' }, 'en') : '',
    c.contacts ? plural(c.contacts, { one: '# contact', other: '# contacts' }, 'en') : '',
    c.checklists ? plural(c.checklists, { one: '# checklist', other: '# checklists' }, 'en') : '',
    c.charters ? plural(c.charters, { one: '# charter record', other: '# charter records' }, 'en') : '',
    c.meetings ? plural(c.meetings, { one: '# meeting', other: '# meetings' }, 'en') : '',
    c.effects ? plural(c.effects, { one: '# effect indicator', other: '# effect indicators' }, 'en') : '',
    c.registryPartners
      ? plural(c.registryPartners, { one: '# partner registry record', other: '# partner registry records' }, 'en')
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const fr = {
  appName: 'Binôme',
  close: 'Fermer',
  cancel: 'Annuler',
  openLibrary: 'Ouvrir la bibliothèque',
  openFullPage: 'Ouvrir en pleine page',
  optionsLink: 'Options',
  loadingLibrary: 'Chargement de la bibliothèque…',
  dbError: (detail: string) => `La bibliothèque n'a pas pu être ouverte (${detail}).`,
  privacy: "Votre bibliothèque reste dans ce navigateur : l'extension ne fait aucune requête réseau.",

  popup: {
    heading: 'Enregistrer depuis cette page',
    pageHeading: 'La page dans votre bibliothèque',
    reading: 'Lecture de la page…',
    unsupported: "Cette page ne peut pas être enregistrée : seules les pages web (adresses http ou https) peuvent l'être.",
    partial: "Le contenu de la page n'a pas pu être lu : elle sera enregistrée avec son titre et son adresse.",
    already: (date: string) =>
      `Déjà dans votre bibliothèque (enregistrée le ${date}). Enregistrer à nouveau met la fiche à jour.`,
    title: 'Titre',
    type: 'Type de ressource',
    suggested: 'suggéré',
    suggestedType: (label: string) => `Type suggéré : ${label}.`,
    domains: 'Domaines du partenariat (guide HAS)',
    why: 'Pourquoi ces suggestions ?',
    evidence: (cue: string, field: EvidenceField, count: number) =>
      `« ${cue} » dans ${{ title: 'le titre', summary: 'le résumé', text: 'le texte', metadata: 'les métadonnées', type: 'le type suggéré' }[field]}${count > 1 ? ` (${count} fois)` : ''}`,
    noEvidence: 'Pas assez d’indices dans la page pour suggérer un type ou un domaine : choisissez vous-même.',
    offTopic: 'La page ne semble pas parler de santé : rien n’est suggéré, choisissez vous-même.',
    evidenceLine: (label: string, found: readonly string[]) => `${label} : ${found.join(' ; ')}`,
    typeEvidence: 'Type',
    tags: 'Étiquettes',
    tagsHint: 'Séparées par des virgules.',
    tagSuggestions: "Suggestions d'étiquettes",
    addTag: (tag: string) => `Ajouter l'étiquette ${tag}`,
    keepExcerpt: 'Garder le texte sélectionné comme extrait',
    excerpt: 'Texte sélectionné',
    note: 'Note',
    // Named by what they do: the popup may also offer « Enregistrer 2 contacts » below.
    save: 'Enregistrer la page dans la bibliothèque',
    update: 'Mettre à jour la page dans la bibliothèque',
    saving: 'Enregistrement…',
    saved: 'Enregistrée dans votre bibliothèque.',
    updated: 'Fiche mise à jour dans votre bibliothèque.',
    saveFailed: (detail: string) => `L'enregistrement a échoué (${detail}). Rien n'a été modifié.`,
    shortcut: (keys: string) => `Pour enregistrer sans ouvrir cette fenêtre : ${keys}.`,
    pdf: 'Document PDF',
  },

  library: {
    heading: 'Ma bibliothèque',
    count: (n: number) => plural(n, { one: '# ressource', other: '# ressources' }, 'fr'),
    search: 'Rechercher',
    searchHint: 'Titre, extraits, notes, étiquettes, surlignages ; accents et majuscules ignorés.',
    results: (n: number) => plural(n, { one: '# résultat', other: '# résultats' }, 'fr'),
    resultsHeading: 'Résultats',
    sort: 'Trier par',
    sorts: {
      relevance: 'Pertinence',
      recent: 'Ajout le plus récent',
      oldest: 'Ajout le plus ancien',
      title: 'Titre (A → Z)',
      published: 'Date de publication',
    },
    filters: 'Filtres',
    facets: { domain: 'Domaine', type: 'Type', tag: 'Étiquette', site: 'Site', year: 'Année de publication' },
    noYear: 'Sans date',
    clearFilters: 'Effacer les filtres',
    showMore: (n: number) => `Afficher ${formatNumber(n, 'fr')} de plus`,
    empty: "Votre bibliothèque est vide. Enregistrez une page avec le bouton Binôme de la barre d'outils.",
    noResults: 'Aucun résultat.',
    details: (title: string) => `Détails : ${title}`,
    back: 'Retour à la liste',
    openPage: 'Ouvrir la page',
    openPageNamed: (title: string) => `Ouvrir la page : ${title} (nouvel onglet)`,
    fields: {
      type: 'Type',
      domains: 'Domaines',
      tags: 'Étiquettes',
      authors: 'Auteurs',
      published: 'Publication',
      consulted: 'Consultée le',
      added: 'Ajoutée le',
      modified: 'Modifiée le',
      site: 'Site',
      doi: 'DOI',
      pmid: 'PMID',
      journal: 'Revue',
      event: 'Événement',
      description: 'Résumé',
      excerpts: 'Extraits',
      note: 'Note',
      highlights: 'Surlignages',
      address: 'Adresse',
    },
    pdf: 'PDF',
    orphan: 'Passage introuvable sur la page lors de la dernière visite.',
    edit: 'Modifier',
    editHeading: (title: string) => `Modifier : ${title}`,
    delete: 'Supprimer',
    saveChanges: 'Enregistrer les modifications',
    edited: 'Modifications enregistrées.',
    deleted: (title: string) => `« ${title} » a été supprimée.`,
    undo: 'Annuler la suppression',
    restored: 'Ressource rétablie.',
    notRestored: 'Cette page a été enregistrée à nouveau entre-temps : la version supprimée n’a pas été rétablie.',
    dismiss: 'Masquer ce message',
    transfer: 'Exporter, importer',
  },

  transfer: {
    exportLegend: 'Exporter la bibliothèque',
    format: 'Format',
    formats: {
      json: 'Sauvegarde complète (JSON)',
      csv: 'Tableur (CSV)',
      markdown: 'Markdown',
      ris: 'RIS (Zotero, EndNote…)',
      bibtex: 'BibTeX',
      webannotation: 'Surlignages (W3C Web Annotation, JSON-LD)',
    },
    exportButton: 'Exporter',
    healthData:
      'La sauvegarde complète contient des données de santé : l’expérience vécue des partenaires du registre et de vos contacts, leurs consentements. Celle-ci n’est pas chiffrée : gardez-la sur un support protégé, ne l’envoyez pas par courriel, supprimez les anciennes copies (une copie faite avant un retrait de consentement contient encore les données retirées).',
    seal: 'Chiffrer la sauvegarde avec une phrase de passe',
    sealRecommended:
      'Recommandé : votre bibliothèque contient des données sur des personnes (contacts, registre des partenaires, équipes, signatures, réunions ou évaluations des projets).',
    sealAdvised: 'Conseillé dès que la sauvegarde contient des données sur des personnes.',
    passphrase: 'Phrase de passe',
    passphraseHint:
      '12 caractères au moins ; quelques mots faciles à retenir valent mieux qu’un mot compliqué. Binôme ne la garde nulle part : sans elle, la sauvegarde ne peut pas être relue.',
    confirm: 'Confirmer la phrase de passe',
    strength: {
      empty: 'Estimation de la solidité : saisissez une phrase de passe.',
      short: (n: number) =>
        `Estimation de la solidité : trop courte (${plural(n, { one: '# caractère', other: '# caractères' }, 'fr')} sur 12 au moins).`,
      weak: 'Estimation de la solidité : facile à deviner (répétitions ou suites) ; ajoutez des mots.',
      fair: 'Estimation de la solidité : correcte ; un ou deux mots de plus la rendraient solide.',
      strong: 'Estimation de la solidité : solide.',
    },
    passphraseProblems: {
      empty: 'Saisissez une phrase de passe, ou décochez le chiffrement.',
      short: 'La phrase de passe doit compter au moins 12 caractères.',
      weak: 'Cette phrase de passe serait trop facile à deviner : ajoutez des mots ou des caractères variés.',
      mismatch: 'Les deux phrases de passe ne sont pas identiques.',
    },
    sealedNotice:
      'La sauvegarde sera chiffrée (AES-256-GCM, clé dérivée de la phrase de passe). Gardez la phrase de passe à part : sans elle, personne, ni vous ni Binôme, ne pourra relire la sauvegarde. Supprimez les anciennes copies : une copie faite avant un retrait de consentement contient encore les données retirées.',
    encrypting: 'Chiffrement…',
    decrypting: 'Déchiffrement…',
    exportedSealed: (file: string) => `Sauvegarde chiffrée « ${file} » enregistrée dans vos téléchargements.`,
    openPassphrase: 'Phrase de passe de la sauvegarde',
    openHint: 'Ce fichier est une sauvegarde chiffrée : saisissez la phrase de passe choisie à l’export.',
    exporting: (done: number, total: number) => `Export : ${formatNumber(done, 'fr')} sur ${formatNumber(total, 'fr')}`,
    exported: (file: string) => `Fichier « ${file} » enregistré dans vos téléchargements.`,
    importLegend: 'Importer une sauvegarde (JSON, chiffrée ou non)',
    importHint: 'Les doublons sont fusionnés (même identifiant ou même adresse) en gardant la modification la plus récente.',
    file: 'Fichier de sauvegarde',
    importButton: 'Importer',
    noFile: "Choisissez d'abord un fichier.",
    reading: 'Lecture du fichier…',
    checking: (done: number, total: number) => `Vérification : ${formatNumber(done, 'fr')} sur ${formatNumber(total, 'fr')}`,
    writing: (done: number, total: number) => `Écriture : ${formatNumber(done, 'fr')} sur ${formatNumber(total, 'fr')}`,
    imported: (a: number, u: number, k: number) =>
      `Import terminé : ${plural(a, { one: '# ressource ajoutée', other: '# ressources ajoutées' }, 'fr')}, ${plural(u, { one: '# mise à jour', other: '# mises à jour' }, 'fr')}, ${plural(k, { one: '# inchangée', other: '# inchangées' }, 'fr')}.`,
    // Said after the resources: a backup also brings back the project workspace and the registry.
    restored: (r: Restored) => {
      const parts = [
        r.projects ? plural(r.projects, { one: '# projet', other: '# projets' }, 'fr') : '',
        r.contacts ? plural(r.contacts, { one: '# contact', other: '# contacts' }, 'fr') : '',
        r.checklists ? plural(r.checklists, { one: '# check-list', other: '# check-lists' }, 'fr') : '',
        r.charters ? plural(r.charters, { one: '# dossier de charte', other: '# dossiers de charte' }, 'fr') : '',
        r.meetings ? plural(r.meetings, { one: '# réunion', other: '# réunions' }, 'fr') : '',
        r.effects ? plural(r.effects, { one: '# indicateur d’effets', other: '# indicateurs d’effets' }, 'fr') : '',
        r.registry
          ? plural(
              r.registry,
              { one: '# élément du registre des partenaires', other: '# éléments du registre des partenaires' },
              'fr',
            )
          : '',
      ].filter(Boolean);
      return parts.length
        ? `Restauré aussi : ${parts.join(', ')}.`
        : 'Aucun projet, contact, check-list, dossier de charte, réunion, indicateur d’effets ni élément du registre nouveau dans ce fichier.';
    },
    conflicts: (n: number) =>
      plural(
        n,
        {
          one: '# élément laissé de côté (conflit d’identifiant et d’adresse).',
          other: '# éléments laissés de côté (conflit d’identifiant et d’adresse).',
        },
        'fr',
      ),
    refused: "Import refusé, la bibliothèque n'a pas été modifiée :",
    failed: (detail: string) => `L'opération a échoué (${detail}). La bibliothèque n'a pas été modifiée.`,
    cancel: 'Annuler',
    cancelledExport: 'Export annulé.',
    cancelledImport: "Import annulé. La bibliothèque n'a pas été modifiée.",
    tooLarge: 'Ce fichier est trop volumineux pour une sauvegarde Binôme.',
    progressLabel: 'Progression',
  },

  options: {
    heading: 'Options de Binôme',
    language: "Langue de l'interface",
    languages: { auto: 'Langue du navigateur', fr: 'Français', en: 'English' },
    storage: 'Stockage',
    // Everything the extension keeps, not only resources: contacts and the registry weigh too.
    storageUsed: (counts: StoredCounts, size: string) =>
      `${storedFr(counts)} ; environ ${size} utilisés par l'extension sur cet appareil.`,
    storageUnknown: (counts: StoredCounts) => `${storedFr(counts)}.`,
    persisted: 'Stockage persistant : oui (le navigateur ne supprimera pas la bibliothèque pour faire de la place).',
    notPersisted: "Stockage persistant : non (en cas de manque d'espace, le navigateur pourrait supprimer des données).",
    requestPersist: 'Demander un stockage persistant',
    quarantine: (n: number) =>
      plural(
        n,
        {
          one: '# enregistrement illisible a été mis de côté lors d’une mise à jour (il n’a pas été supprimé).',
          other: '# enregistrements illisibles ont été mis de côté lors d’une mise à jour (ils n’ont pas été supprimés).',
        },
        'fr',
      ),
    badge: 'Pastille « déjà enregistrée »',
    badgeExplain:
      "Le bouton Binôme affiche ✓ sur une page déjà dans votre bibliothèque dès que vous ouvrez l'extension sur cette page. Pour le voir sur toutes les pages sans rien ouvrir, l'extension doit pouvoir lire l'adresse des onglets (permission facultative, révocable ici).",
    badgeToggle: "Afficher la pastille sur toutes les pages déjà enregistrées (permission : lire l'adresse des onglets)",
    badgeRefused: "La permission n'a pas été accordée.",
    shortcut: 'Raccourci clavier',
    shortcutIs: (keys: string) => `Enregistrer la page courante : ${keys}.`,
    shortcutNone: "Aucun raccourci n'est défini pour enregistrer la page.",
    shortcutHow: 'Modifiable dans la page des raccourcis des extensions du navigateur (chrome://extensions/shortcuts).',
    danger: 'Tout effacer',
    deleteAll: 'Supprimer toute la bibliothèque…',
    confirm: (n: number) =>
      `Supprimer définitivement ${plural(n, { one: '# ressource', other: '# ressources' }, 'fr')} et leurs surlignages ? Cette action ne peut pas être annulée : exportez d'abord une sauvegarde si besoin.`,
    confirmDelete: 'Oui, tout supprimer',
    deletedAll: 'La bibliothèque a été vidée.',
  },

  background: {
    savedTitle: 'Binôme — page enregistrée dans votre bibliothèque',
    alreadyTitle: 'Binôme — page déjà dans votre bibliothèque',
    failedTitle: (detail: string) => `Binôme — enregistrement impossible : ${detail}`,
    menuPage: 'Enregistrer la page dans Binôme',
    menuSelection: 'Enregistrer la sélection dans Binôme',
    menuLink: 'Enregistrer le lien dans Binôme',
  },

  date: (value: string) => formatDate(value, 'fr', { dateStyle: 'long' }),
  /** An event's date and time as the page wrote them (its own time zone, not the reader's). */
  wallClock: (value: string) => {
    const time = /T(\d{2}):(\d{2})/.exec(value);
    return `${formatDate(value.slice(0, 10), 'fr', { dateStyle: 'long' })}${time ? ` à ${time[1]}:${time[2]}` : ''}`;
  },
  dateTime: (value: string) => formatDate(value, 'fr', { dateStyle: 'long', timeStyle: 'short' }),
};

export type Messages = typeof fr;

const en: Messages = {
  appName: 'Binôme',
  close: 'Close',
  cancel: 'Cancel',
  openLibrary: 'Open the library',
  openFullPage: 'Open as a full page',
  optionsLink: 'Options',
  loadingLibrary: 'Loading the library…',
  dbError: (detail) => `The library could not be opened (${detail}).`,
  privacy: 'Your library stays in this browser: the extension makes no network request.',

  popup: {
    heading: 'Save from this page',
    pageHeading: 'The page in your library',
    reading: 'Reading the page…',
    unsupported: 'This page cannot be saved: only web pages (http or https addresses) can.',
    partial: 'The content of the page could not be read: it will be saved with its title and address.',
    already: (date) => `Already in your library (saved on ${date}). Saving again updates the record.`,
    title: 'Title',
    type: 'Type of resource',
    suggested: 'suggested',
    suggestedType: (label) => `Suggested type: ${label}.`,
    domains: 'Partnership domains (HAS guide)',
    why: 'Why these suggestions?',
    evidence: (cue, field, count) =>
      `"${cue}" in ${{ title: 'the title', summary: 'the summary', text: 'the text', metadata: 'the metadata', type: 'the suggested type' }[field]}${count > 1 ? ` (${count} times)` : ''}`,
    noEvidence: 'Not enough clues in the page to suggest a type or a domain: choose yourself.',
    offTopic: 'The page does not seem to be about health: nothing is suggested, choose yourself.',
    evidenceLine: (label, found) => `${label}: ${found.join('; ')}`,
    typeEvidence: 'Type',
    tags: 'Tags',
    tagsHint: 'Separated by commas.',
    tagSuggestions: 'Suggested tags',
    addTag: (tag) => `Add the tag ${tag}`,
    keepExcerpt: 'Keep the selected text as an excerpt',
    excerpt: 'Selected text',
    note: 'Note',
    save: 'Save the page to the library',
    update: 'Update the page in the library',
    saving: 'Saving…',
    saved: 'Saved in your library.',
    updated: 'Record updated in your library.',
    saveFailed: (detail) => `Saving failed (${detail}). Nothing was changed.`,
    shortcut: (keys) => `To save without opening this window: ${keys}.`,
    pdf: 'PDF document',
  },

  library: {
    heading: 'My library',
    count: (n) => plural(n, { one: '# resource', other: '# resources' }, 'en'),
    search: 'Search',
    searchHint: 'Title, excerpts, notes, tags, highlights; accents and capitals ignored.',
    results: (n) => plural(n, { one: '# result', other: '# results' }, 'en'),
    resultsHeading: 'Results',
    sort: 'Sort by',
    sorts: {
      relevance: 'Relevance',
      recent: 'Most recently added',
      oldest: 'First added',
      title: 'Title (A → Z)',
      published: 'Publication date',
    },
    filters: 'Filters',
    facets: { domain: 'Domain', type: 'Type', tag: 'Tag', site: 'Site', year: 'Publication year' },
    noYear: 'Undated',
    clearFilters: 'Clear filters',
    showMore: (n) => `Show ${formatNumber(n, 'en')} more`,
    empty: 'Your library is empty. Save a page with the Binôme button in the toolbar.',
    noResults: 'No results.',
    details: (title) => `Details: ${title}`,
    back: 'Back to the list',
    openPage: 'Open the page',
    openPageNamed: (title) => `Open the page: ${title} (new tab)`,
    fields: {
      type: 'Type',
      domains: 'Domains',
      tags: 'Tags',
      authors: 'Authors',
      published: 'Published',
      consulted: 'Consulted on',
      added: 'Added on',
      modified: 'Modified on',
      site: 'Site',
      doi: 'DOI',
      pmid: 'PMID',
      journal: 'Journal',
      event: 'Event',
      description: 'Summary',
      excerpts: 'Excerpts',
      note: 'Note',
      highlights: 'Highlights',
      address: 'Address',
    },
    pdf: 'PDF',
    orphan: 'Passage not found on the page at the last visit.',
    edit: 'Edit',
    editHeading: (title) => `Edit: ${title}`,
    delete: 'Delete',
    saveChanges: 'Save changes',
    edited: 'Changes saved.',
    deleted: (title) => `"${title}" was deleted.`,
    undo: 'Undo deletion',
    restored: 'Resource restored.',
    notRestored: 'This page was saved again meanwhile: the deleted version was not restored.',
    dismiss: 'Dismiss this message',
    transfer: 'Export, import',
  },

  transfer: {
    exportLegend: 'Export the library',
    format: 'Format',
    formats: {
      json: 'Full backup (JSON)',
      csv: 'Spreadsheet (CSV)',
      markdown: 'Markdown',
      ris: 'RIS (Zotero, EndNote…)',
      bibtex: 'BibTeX',
      webannotation: 'Highlights (W3C Web Annotation, JSON-LD)',
    },
    exportButton: 'Export',
    healthData:
      'The full backup holds health data: the lived experience of your registry partners and contacts, and their consents. This one is not encrypted: keep it on protected storage, do not send it by email, delete old copies (a copy made before a consent was withdrawn still holds the withdrawn data).',
    seal: 'Encrypt the backup with a passphrase',
    sealRecommended:
      'Recommended: your library holds data about people (contacts, partner registry, project teams, signatures, meetings or evaluations).',
    sealAdvised: 'Advised whenever the backup holds data about people.',
    passphrase: 'Passphrase',
    passphraseHint:
      'At least 12 characters; a few easy-to-remember words beat one complicated word. Binôme keeps it nowhere: without it, the backup cannot be read.',
    confirm: 'Confirm the passphrase',
    strength: {
      empty: 'Strength estimate: enter a passphrase.',
      short: (n) =>
        `Strength estimate: too short (${plural(n, { one: '# character', other: '# characters' }, 'en')} of at least 12).`,
      weak: 'Strength estimate: easy to guess (repeats or sequences); add words.',
      fair: 'Strength estimate: fair; one or two more words would make it strong.',
      strong: 'Strength estimate: strong.',
    },
    passphraseProblems: {
      empty: 'Enter a passphrase, or untick encryption.',
      short: 'The passphrase must have at least 12 characters.',
      weak: 'This passphrase would be too easy to guess: add words or varied characters.',
      mismatch: 'The two passphrases are not the same.',
    },
    sealedNotice:
      'The backup will be encrypted (AES-256-GCM, key derived from the passphrase). Keep the passphrase apart: without it nobody, neither you nor Binôme, can read the backup again. Delete old copies: a copy made before a consent was withdrawn still holds the withdrawn data.',
    encrypting: 'Encrypting…',
    decrypting: 'Decrypting…',
    exportedSealed: (file) => `Encrypted backup "${file}" saved to your downloads.`,
    openPassphrase: 'Backup passphrase',
    openHint: 'This file is an encrypted backup: enter the passphrase chosen at export.',
    exporting: (done, total) => `Exporting: ${formatNumber(done, 'en')} of ${formatNumber(total, 'en')}`,
    exported: (file) => `File "${file}" saved to your downloads.`,
    importLegend: 'Import a backup (JSON, encrypted or not)',
    importHint: 'Duplicates (same identifier or same address) are merged, keeping the most recent edit.',
    file: 'Backup file',
    importButton: 'Import',
    noFile: 'Choose a file first.',
    reading: 'Reading the file…',
    checking: (done, total) => `Checking: ${formatNumber(done, 'en')} of ${formatNumber(total, 'en')}`,
    writing: (done, total) => `Writing: ${formatNumber(done, 'en')} of ${formatNumber(total, 'en')}`,
    imported: (a, u, k) =>
      `Import done: ${plural(a, { one: '# resource added', other: '# resources added' }, 'en')}, ${formatNumber(u, 'en')} updated, ${formatNumber(k, 'en')} unchanged.`,
    restored: (r) => {
      const parts = [
        r.projects ? plural(r.projects, { one: '# project', other: '# projects' }, 'en') : '',
        r.contacts ? plural(r.contacts, { one: '# contact', other: '# contacts' }, 'en') : '',
        r.checklists ? plural(r.checklists, { one: '# checklist', other: '# checklists' }, 'en') : '',
        r.charters ? plural(r.charters, { one: '# charter record', other: '# charter records' }, 'en') : '',
        r.meetings ? plural(r.meetings, { one: '# meeting', other: '# meetings' }, 'en') : '',
        r.effects ? plural(r.effects, { one: '# effect indicator', other: '# effect indicators' }, 'en') : '',
        r.registry ? plural(r.registry, { one: '# partner registry record', other: '# partner registry records' }, 'en') : '',
      ].filter(Boolean);
      return parts.length
        ? `Also restored: ${parts.join(', ')}.`
        : 'No new project, contact, checklist, charter record, meeting, effect indicator or registry record in this file.';
    },
    conflicts: (n) =>
      plural(
        n,
        {
          one: '# item left aside (identifier and address conflict).',
          other: '# items left aside (identifier and address conflict).',
        },
        'en',
      ),
    refused: 'Import refused, the library was not changed:',
    failed: (detail) => `The operation failed (${detail}). The library was not changed.`,
    cancel: 'Cancel',
    cancelledExport: 'Export cancelled.',
    cancelledImport: 'Import cancelled. The library was not changed.',
    tooLarge: 'This file is too large for a Binôme backup.',
    progressLabel: 'Progress',
  },

  options: {
    heading: 'Binôme options',
    language: 'Interface language',
    languages: { auto: 'Browser language', fr: 'Français', en: 'English' },
    storage: 'Storage',
    storageUsed: (counts, size) => `${storedEn(counts)}; about ${size} used by the extension on this device.`,
    storageUnknown: (counts) => `${storedEn(counts)}.`,
    persisted: 'Persistent storage: yes (the browser will not delete the library to free space).',
    notPersisted: 'Persistent storage: no (if space runs out, the browser might delete data).',
    requestPersist: 'Ask for persistent storage',
    quarantine: (n) =>
      plural(
        n,
        {
          one: '# unreadable record was set aside during an update (it was not deleted).',
          other: '# unreadable records were set aside during an update (they were not deleted).',
        },
        'en',
      ),
    badge: '"Already saved" badge',
    badgeExplain:
      'The Binôme button shows ✓ on a page already in your library as soon as you open the extension on that page. To see it on every page without opening anything, the extension must be able to read the address of tabs (optional permission, revocable here).',
    badgeToggle: 'Show the badge on every page already saved (permission: read the address of tabs)',
    badgeRefused: 'The permission was not granted.',
    shortcut: 'Keyboard shortcut',
    shortcutIs: (keys) => `Save the current page: ${keys}.`,
    shortcutNone: 'No shortcut is set to save the page.',
    shortcutHow: "Change it in the browser's extension shortcuts page (chrome://extensions/shortcuts).",
    danger: 'Delete everything',
    deleteAll: 'Delete the whole library…',
    confirm: (n) =>
      `Permanently delete ${plural(n, { one: '# resource', other: '# resources' }, 'en')} and their highlights? This cannot be undone: export a backup first if needed.`,
    confirmDelete: 'Yes, delete everything',
    deletedAll: 'The library is now empty.',
  },

  background: {
    savedTitle: 'Binôme — page saved in your library',
    alreadyTitle: 'Binôme — page already in your library',
    failedTitle: (detail) => `Binôme — could not save: ${detail}`,
    menuPage: 'Save the page in Binôme',
    menuSelection: 'Save the selection in Binôme',
    menuLink: 'Save the link in Binôme',
  },

  date: (value) => formatDate(value, 'en', { dateStyle: 'long' }),
  wallClock: (value) => {
    const time = /T(\d{2}):(\d{2})/.exec(value);
    return `${formatDate(value.slice(0, 10), 'en', { dateStyle: 'long' })}${time ? `, ${time[1]}:${time[2]}` : ''}`;
  },
  dateTime: (value) => formatDate(value, 'en', { dateStyle: 'long', timeStyle: 'short' }),
};

export const MESSAGES: Record<Locale, Messages> = { fr, en };

/** Bytes as "12,3 Mo" / "12.3 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
