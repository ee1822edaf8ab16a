/**
 * The partner registry as a TABLE (CSV or XLSX): one row per partner, one column per
 * field, French column names. Every field of a `PartnerProfile` (schemas/partner.ts)
 * has its column, so a table says as much as the JSON registry.
 *
 * Cells: lists are separated by `|` (or line breaks); vocabulary columns take the ids
 * or the French/English labels (accents and case ignored: vocab-match.ts); yes/no
 * columns take `oui`/`non` (empty = non); dates are `JJ/MM/AAAA` (as French Excel
 * writes them) or `AAAA-MM-JJ`. Consent columns are described in cells.ts.
 *
 * Trainings are numbered column groups `formation_1_type`, `formation_1_organisme`…
 * (the template has two groups; add `formation_3_…` and so on for more): one cell,
 * one value, which a spreadsheet handles better than a compact list.
 *
 * `path` says which field of the profile a column fills (`*` = any list index):
 * validation errors on that field are reported on that column.
 */
import type { ConsentField } from '../schemas/partner';

export type ColumnKind =
  | 'text'
  | 'longText'
  | 'list'
  | 'vocabList'
  | 'vocab'
  | 'bool'
  | 'int'
  | 'number'
  | 'date'
  | 'dateList'
  | 'textList'
  | 'consent';

export interface ColumnDef {
  readonly name: string;
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  /** What to write, in French (the template's help sheet and the docs say it). */
  readonly help: string;
  /** The template's fictional example. */
  readonly example: string;
}

/** Consent columns and the consent each records. */
export const CONSENT_COLUMNS: Readonly<Record<ConsentField, string>> = {
  keepData: 'consentement_conservation',
  listing: 'consentement_annuaire',
  name: 'consentement_nom',
  photo: 'consentement_photo',
  experience: 'consentement_experience',
  projectExperience: 'consentement_experience_equipes',
  contact: 'consentement_coordonnees',
  matching: 'consentement_mise_en_relation',
};

const CONSENT_HELP: Readonly<Record<ConsentField, string>> = {
  keepData: 'conserver ses données dans le registre (le retirer retire tous les autres)',
  listing: "figurer dans l'annuaire public",
  name: 'publier son nom',
  photo: 'publier sa photo',
  experience: 'publier son expérience vécue (thèmes, récit, statut d’aidant)',
  projectExperience: "partager son expérience vécue avec les équipes projet de l'établissement, sans la publier",
  contact: 'publier ses coordonnées personnelles',
  matching: 'recevoir des propositions de projets (mise en relation)',
};

const CONSENT_EXAMPLES: Readonly<Record<ConsentField, string>> = {
  keepData: '15/01/2026',
  listing: '15/01/2026',
  name: '15/01/2026',
  photo: '15/01/2026',
  experience: '15/01/2026',
  projectExperience: '',
  contact: 'non 15/01/2026',
  matching: '15/01/2026',
};

/** The fields of one training group, in column order: `formation_<n>_<suffix>`. */
export const TRAINING_FIELDS = [
  {
    suffix: 'type',
    field: 'kind',
    kind: 'vocab',
    help: 'DU, DIU, CU, ETP 40 h, Formation conjointe ou Autre',
    example: 'ETP 40 h',
  },
  {
    suffix: 'intitule',
    field: 'label',
    kind: 'text',
    help: 'intitulé exact',
    example: "Formation de base à l'éducation thérapeutique du patient",
  },
  {
    suffix: 'organisme',
    field: 'issuer',
    kind: 'text',
    help: 'qui a délivré la formation (obligatoire pour chaque formation)',
    example: 'UTEP du centre hospitalier (fictive)',
  },
  { suffix: 'annee', field: 'year', kind: 'int', help: 'année', example: '2022' },
  { suffix: 'heures', field: 'hours', kind: 'number', help: "nombre d'heures", example: '40' },
  {
    suffix: 'validee_par',
    field: 'validatedBy.by',
    kind: 'text',
    help: "qui l'a validée pour l'établissement (sans validation, elle n'est pas publiée)",
    example: 'Coordination du partenariat en santé',
  },
  { suffix: 'validee_le', field: 'validatedBy.date', kind: 'date', help: 'date de la validation', example: '12/03/2026' },
] as const satisfies readonly { suffix: string; field: string; kind: ColumnKind; help: string; example: string }[];

export type TrainingSuffix = (typeof TRAINING_FIELDS)[number]['suffix'];

/** `formation_2_organisme` → { group: 2, suffix: 'organisme' }. */
export function trainingColumn(name: string): { group: number; suffix: TrainingSuffix } | undefined {
  const m = /^formation_(\d{1,2})_([a-z_]+)$/.exec(name);
  if (!m) return undefined;
  const group = Number(m[1]);
  const field = TRAINING_FIELDS.find((f) => f.suffix === m[2]);
  return field && group >= 1 ? { group, suffix: field.suffix } : undefined;
}

function trainingGroup(n: number): ColumnDef[] {
  return TRAINING_FIELDS.map((f) => ({
    name: `formation_${n}_${f.suffix}`,
    path: ['trainings', '*', ...f.field.split('.')],
    kind: f.kind,
    help: `formation n° ${n} : ${f.help}`,
    example: n === 1 ? f.example : '',
  }));
}

/** The columns of the template, in its order (training groups 1 and 2; more groups are accepted). */
export const COLUMNS: readonly ColumnDef[] = [
  {
    name: 'id',
    path: ['id'],
    kind: 'text',
    help: 'identifiant stable et unique (lettres, chiffres, « . _ : - »)',
    example: 'pp-exemple-01',
  },
  { name: 'prenom', path: ['name', 'given'], kind: 'text', help: 'prénom', example: 'Camille' },
  { name: 'nom', path: ['name', 'family'], kind: 'text', help: 'nom de famille', example: 'Exemple' },
  {
    name: 'nom_affiche',
    path: ['name', 'display'],
    kind: 'text',
    help: 'nom sous lequel la personne veut apparaître (prénom seul, pseudonyme…)',
    example: 'Camille E.',
  },
  {
    name: 'genre',
    path: ['gender'],
    kind: 'vocab',
    help: 'f, m ou x (accord des titres : « Patiente partenaire » ; x ou vide : « Patiente ou patient partenaire »)',
    example: 'f',
  },
  {
    name: 'photo',
    path: ['photo', 'url'],
    kind: 'text',
    help: 'adresse de la photo (https://…, ou chemin relatif au fichier public)',
    example: 'photos/camille.jpg',
  },
  {
    name: 'photo_texte',
    path: ['photo', 'alt'],
    kind: 'text',
    help: 'texte de remplacement de la photo',
    example: 'Portrait de Camille E.',
  },
  {
    name: 'roles',
    path: ['titles', '*', 'role'],
    kind: 'vocabList',
    help: 'rôles (identifiants ou libellés, séparés par |)',
    example: 'Patiente partenaire | Patiente formatrice',
  },
  {
    name: 'roles_valides_par',
    path: ['titles', '*', 'validatedBy', 'by'],
    kind: 'textList',
    help: "qui a validé les rôles : une valeur pour tous, ou une par rôle (séparées par |, vide = non validé) ; un rôle non validé n'est pas publié",
    example: 'Coordination du partenariat en santé',
  },
  {
    name: 'roles_valides_le',
    path: ['titles', '*', 'validatedBy', 'date'],
    kind: 'dateList',
    help: 'date de validation : une pour tous, ou une par rôle',
    example: '12/03/2026',
  },
  {
    name: 'domaines',
    path: ['domains'],
    kind: 'vocabList',
    help: 'domaines HAS (identifiants ou libellés)',
    example: 'Parcours de soins des personnes | Formation et enseignement',
  },
  {
    name: 'missions',
    path: ['missions'],
    kind: 'vocabList',
    help: 'missions HAS (identifiants ou libellés exacts) ; chacune dans un des domaines',
    example: 'parcours_soins.etp.1 | formation_enseignement.intervention.1',
  },
  {
    name: 'statuts',
    path: ['statuses'],
    kind: 'vocabList',
    help: 'bénévole, salarié, prestataire, vacataire',
    example: 'Bénévole',
  },
  ...trainingGroup(1),
  ...trainingGroup(2),
  {
    name: 'association',
    path: ['association', 'name'],
    kind: 'text',
    help: 'association dont la personne est membre',
    example: "Association fictive d'entraide",
  },
  {
    name: 'association_mandat',
    path: ['association', 'mandated'],
    kind: 'bool',
    help: "oui si l'association la mandate auprès de l'établissement (vide = non)",
    example: 'oui',
  },
  {
    name: 'departement',
    path: ['territory', 'departement'],
    kind: 'text',
    help: 'code du département (ex. 26, 2A, 971)',
    example: '26',
  },
  { name: 'commune', path: ['territory', 'commune'], kind: 'text', help: 'commune', example: 'Valence' },
  {
    name: 'distanciel',
    path: ['territory', 'remote'],
    kind: 'bool',
    help: 'accepte de participer à distance (oui/non)',
    example: 'oui',
  },
  {
    name: 'langues',
    path: ['languages'],
    kind: 'list',
    help: 'langues parlées (fr, en, es… ou français, anglais…)',
    example: 'fr | en',
  },
  {
    name: 'projets',
    path: ['projects', '*', 'title'],
    kind: 'list',
    help: 'projets auxquels la personne a contribué',
    example: 'Ateliers « Bien vivre avec son diabète »',
  },
  {
    name: 'projets_liens',
    path: ['projects', '*', 'url'],
    kind: 'textList',
    help: 'adresse de chaque projet, dans le même ordre (vide = sans lien)',
    example: 'https://www.example.org/projets/ateliers',
  },
  {
    name: 'experience_themes',
    path: ['experience', 'themes'],
    kind: 'list',
    help: "thèmes d'expérience vécue (libellés de la liste ou texte libre) — donnée de santé",
    example: 'Diabète',
  },
  {
    name: 'experience_aidant',
    path: ['experience', 'caregiver'],
    kind: 'bool',
    help: 'expérience de proche aidant (oui/non)',
    example: 'non',
  },
  {
    name: 'experience_recit',
    path: ['experience', 'text'],
    kind: 'longText',
    help: 'récit d’expérience, dans les mots de la personne — donnée de santé',
    example: "Je vis avec un diabète de type 1 depuis l'adolescence.",
  },
  { name: 'competences', path: ['abilities'], kind: 'list', help: 'compétences', example: 'animation de groupe | écoute active' },
  {
    name: 'disponibilites',
    path: ['availability', 'slots'],
    kind: 'vocabList',
    help: 'semaine, soirée, week-end, visio',
    example: 'semaine | visio',
  },
  { name: 'engagement', path: ['availability', 'commitment'], kind: 'vocabList', help: 'ponctuel, durable', example: 'durable' },
  {
    name: 'missions_en_cours',
    path: ['load', 'activeMissions'],
    kind: 'int',
    help: 'nombre de missions en cours (vide = 0)',
    example: '1',
  },
  {
    name: 'missions_max',
    path: ['load', 'maxMissions'],
    kind: 'int',
    help: 'nombre maximal de missions à la fois',
    example: '3',
  },
  {
    name: 'gestionnaire',
    path: ['managesEstablishment'],
    kind: 'bool',
    help: "oui si la personne est gestionnaire de l'établissement ou du service (direction ou encadrement) : par règle de l'établissement, d'après l'exemple du guide HAS (3.3), elle n'est alors ni publiée ni proposée",
    example: 'non',
  },
  {
    name: 'email',
    path: ['contact', 'email'],
    kind: 'text',
    help: 'adresse e-mail personnelle',
    example: 'camille.exemple@example.org',
  },
  { name: 'telephone', path: ['contact', 'phone'], kind: 'text', help: 'téléphone personnel', example: '06 00 00 00 00' },
  { name: 'site', path: ['contact', 'url'], kind: 'text', help: 'site personnel (https://…)', example: '' },
  {
    name: 'consentements_le',
    path: [],
    kind: 'date',
    help: 'date du recueil, pour les cellules de consentement qui disent seulement « oui » ou « non »',
    example: '',
  },
  ...(Object.keys(CONSENT_COLUMNS) as ConsentField[]).map(
    (field): ColumnDef => ({
      name: CONSENT_COLUMNS[field],
      path: ['consents', field],
      kind: 'consent',
      help: `consentement : ${CONSENT_HELP[field]} — une date (donné ce jour-là), « non JJ/MM/AAAA » ou « retiré JJ/MM/AAAA », vide = jamais recueilli`,
      example: CONSENT_EXAMPLES[field],
    }),
  ),
];

const BY_NAME = new Map(COLUMNS.map((c) => [c.name, c]));

/** The definition of a column name (training groups of any number included). */
export function columnDef(name: string): ColumnDef | undefined {
  const known = BY_NAME.get(name);
  if (known) return known;
  const training = trainingColumn(name);
  if (!training) return undefined;
  const field = TRAINING_FIELDS.find((f) => f.suffix === training.suffix)!;
  return {
    name,
    path: ['trainings', '*', ...field.field.split('.')],
    kind: field.kind,
    help: `formation n° ${training.group} : ${field.help}`,
    example: '',
  };
}

/** Columns kept for the coordinator's own use and never read: their name starts with `note`. */
export function isNoteColumn(name: string): boolean {
  return name.startsWith('note');
}

/**
 * « Prénom », « Nom affiché », « consentement-nom » → `prenom`, `nom_affiche`, `consentement_nom`:
 * headers are compared without accents, case or spacing, as a person types them.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[œŒ]/g, 'oe')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s'’.-]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}
