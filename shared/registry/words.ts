/**
 * The words of registry problems, French first, English second. Every problem a
 * coordinator sees says where (row and column, as the spreadsheet shows them) and what
 * to write instead: « ligne 14, colonne consentement_nom : oui, non ou une date attendue ».
 */
import type { Locale } from '../i18n/locale';
import type { CellProblemCode } from './cells';

type Pair = readonly [fr: string, en: string];
const pick = ([fr, en]: Pair, locale: Locale) => (locale === 'en' ? en : fr);

export type TableProblemCode =
  | CellProblemCode
  | 'links_count'
  | 'invalid'
  | 'duplicate_id'
  | 'unknown_column'
  | 'duplicate_column'
  | 'untitled_column'
  | 'no_id_column'
  | 'no_rows'
  | 'csv_syntax'
  | 'xlsx_unreadable'
  | 'unsupported'
  | 'establishment_missing'
  | 'feed_not_registry';

const WORDS: Record<TableProblemCode, Pair> = {
  consent: ['oui, non ou une date attendue', 'oui, non or a date expected'],
  consent_date_missing: [
    'date du consentement manquante : écrire « oui 15/01/2026 » ou remplir la colonne consentements_le',
    'consent date missing: write "oui 15/01/2026" or fill in the consentements_le column',
  ],
  date: ['date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)', 'date expected (DD/MM/YYYY or YYYY-MM-DD)'],
  bool: ['oui ou non attendu', 'oui or non expected'],
  int: ['nombre entier attendu', 'whole number expected'],
  number: ['nombre attendu', 'number expected'],
  vocab_unknown: ['valeur non reconnue', 'unrecognised value'],
  vocab_ambiguous: ['libellé ambigu, écrire l’identifiant', 'ambiguous label, write the id'],
  list_count: [
    'une seule valeur pour tous les rôles, ou une par rôle dans le même ordre (séparées par |)',
    'one value for all the roles, or one per role in the same order (separated by |)',
  ],
  links_count: [
    'un lien par projet, dans le même ordre (séparés par |, vide = sans lien)',
    'one link per project, in the same order (separated by |, empty = no link)',
  ],
  invalid: ['valeur invalide', 'invalid value'],
  duplicate_id: ['identifiant en double', 'duplicate identifier'],
  unknown_column: [
    'colonne inconnue (pour garder vos propres notes, faites commencer son nom par « note »)',
    'unknown column (to keep your own notes, start its name with "note")',
  ],
  duplicate_column: ['colonne en double', 'duplicate column'],
  untitled_column: ['colonne sans titre mais remplie', 'column without a title but with values'],
  no_id_column: [
    'colonne id manquante : chaque partenaire a un identifiant stable',
    'id column missing: every partner needs a stable identifier',
  ],
  no_rows: [
    'aucun partenaire dans le fichier (la première ligne doit être celle des titres de colonnes)',
    'no partner in the file (the first row must hold the column titles)',
  ],
  csv_syntax: ['fichier CSV mal formé', 'malformed CSV file'],
  xlsx_unreadable: [
    'fichier XLSX illisible (enregistrez-le depuis Excel ou LibreOffice au format .xlsx, ou exportez-le en CSV)',
    'unreadable XLSX file (save it from Excel or LibreOffice as .xlsx, or export it as CSV)',
  ],
  unsupported: [
    'type de fichier non pris en charge (JSON, CSV ou XLSX attendu)',
    'unsupported file type (JSON, CSV or XLSX expected)',
  ],
  establishment_missing: [
    'établissement manquant : un fichier CSV ou XLSX ne le contient pas, indiquez au moins son nom',
    'establishment missing: a CSV or XLSX file does not hold it, give at least its name',
  ],
  feed_not_registry: [
    'ce fichier est un flux public déjà publié (schemaVersion 2), pas un registre : publiez à partir du registre',
    'this file is an already published public feed (schemaVersion 2), not a registry: publish from the registry',
  ],
};

export function problemText(code: TableProblemCode, locale: Locale): string {
  return pick(WORDS[code], locale);
}

/** A cell's value quoted in a message, cut to 40 characters. */
export function quoteValue(value: string, locale: Locale): string {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return locale === 'en' ? `"${short}"` : `« ${short} »`;
}

/** « ligne 14, colonne consentement_nom : … » — row and/or column, either may be absent. */
export function locate(locale: Locale, text: string, row?: number, column?: string): string {
  const en = locale === 'en';
  const parts: string[] = [];
  if (row !== undefined) parts.push(en ? `row ${row}` : `ligne ${row}`);
  if (column !== undefined) parts.push(en ? `column ${column}` : `colonne ${column}`);
  if (parts.length === 0) return text;
  return `${parts.join(', ')}${en ? ':' : ' :'} ${text}`;
}

/** A problem as one line, located: « ligne 14, colonne consentement_nom : oui, non ou une date attendue ». */
export function problemLine(
  problem: { readonly row?: number; readonly column?: string; readonly message: string },
  locale: Locale,
): string {
  return locate(locale, problem.message, problem.row, problem.column);
}

/** « (lu : « peut-être ») » / `(read: "maybe")`. */
export function readValue(value: string, locale: Locale): string {
  return locale === 'en' ? `(read: ${quoteValue(value, locale)})` : `(lu : ${quoteValue(value, locale)})`;
}

/** « déjà ligne 5 » / "already on row 5". */
export function alreadyOnRow(row: number, locale: Locale): string {
  return locale === 'en' ? `already on row ${row}` : `déjà ligne ${row}`;
}

/** « valeurs possibles : … » / "possible values: …". */
export function possibleValues(hint: string, locale: Locale): string {
  return locale === 'en' ? `possible values: ${hint}` : `valeurs possibles : ${hint}`;
}

/**
 * The establishment's name in a registry read from a table when none was given and none
 * was required (a caller that needs only the partners): never published, since
 * `publishRegistryFile` requires the real one.
 */
export function establishmentPlaceholder(locale: Locale): string {
  return locale === 'en' ? 'Establishment not given' : 'Établissement non indiqué';
}

/** Words for the establishment fields (CLI options and page fields say the same). */
export const ESTABLISHMENT_FIELDS: Record<'name' | 'contactEmail' | 'contactUrl', Pair> = {
  name: ["nom de l'établissement", "establishment's name"],
  contactEmail: ["adresse e-mail de contact de l'établissement", "establishment's contact e-mail"],
  contactUrl: ["page de contact de l'établissement", "establishment's contact page"],
};

export function establishmentFieldName(field: keyof typeof ESTABLISHMENT_FIELDS, locale: Locale): string {
  return pick(ESTABLISHMENT_FIELDS[field], locale);
}

/** « … et 12 autres problèmes » / "… and 12 more problems". */
export function moreProblems(count: number, locale: Locale): string {
  if (locale === 'en') return `… and ${count} more ${count === 1 ? 'problem' : 'problems'}`;
  return `… et ${count} autre${count === 1 ? '' : 's'} problème${count === 1 ? '' : 's'}`;
}
