/**
 * Readable French / English messages for zod validation errors.
 *
 * zod/mini ships no messages (every issue says "Invalid input") and we must
 * not install a global error map with z.config(): widgets run inside host
 * pages that may use zod themselves. So messages are built here, from the
 * issue codes, at the moment they are shown. Our own refinements carry a
 * `params.code` (CustomIssueCode) that maps to a message below.
 */
import { type core, type output, safeParse } from 'zod/mini';
import type { Locale } from './locale';

/** Codes carried by the project's refinements in `issue.params.code`. */
export type CustomIssueCode =
  | 'id'
  | 'unsafe_url'
  | 'http_url'
  | 'phone'
  | 'lang_tag'
  | 'departement'
  | 'name_empty'
  | 'mission_outside_domains'
  | 'mission_outside_domain'
  | 'end_before_start'
  | 'duplicate_id'
  | 'reserved_prefix'
  | 'unknown_criterion'
  | 'not_sorted'
  | 'typed_name_required'
  | 'drawing_required'
  | 'svg_path'
  | 'view_box'
  | 'sha256'
  | 'position_order'
  | 'doi'
  | 'pmid'
  | 'issn'
  | 'colour'
  | 'json'
  | 'effect_empty';

type Pair = readonly [fr: string, en: string];

const CUSTOM: Record<CustomIssueCode, Pair> = {
  id: ['identifiant invalide (lettres, chiffres, « . _ : - »)', 'invalid identifier (letters, digits, ". _ : -")'],
  unsafe_url: [
    'adresse non autorisée (https:, http:, mailto: ou tel: attendu)',
    'address not allowed (https:, http:, mailto: or tel: expected)',
  ],
  http_url: ['adresse web attendue (https: ou http:)', 'web address expected (https: or http:)'],
  phone: ['numéro de téléphone attendu', 'phone number expected'],
  lang_tag: ['code de langue attendu (ex. fr, en-GB)', 'language code expected (e.g. fr, en-GB)'],
  departement: ['code de département attendu (ex. 13, 2A, 971)', 'French département code expected (e.g. 13, 2A, 971)'],
  name_empty: [
    "indiquer au moins un prénom, un nom ou un nom d'usage",
    'give at least a given name, a family name or a display name',
  ],
  mission_outside_domains: ['mission hors des domaines choisis', 'mission outside the chosen domains'],
  mission_outside_domain: ['mission hors du domaine choisi', 'mission outside the chosen domain'],
  end_before_start: ['la date de fin précède la date de début', 'the end date is before the start date'],
  duplicate_id: ['identifiant en double', 'duplicate identifier'],
  effect_empty: ['indiquer une valeur ou une observation', 'give a value or an observation'],
  reserved_prefix: [
    'identifiant réservé aux critères HAS (préfixe « has. »)',
    'identifier reserved to HAS criteria ("has." prefix)',
  ],
  unknown_criterion: ['critère inconnu', 'unknown criterion'],
  not_sorted: ['les évaluations doivent être classées par date', 'evaluations must be sorted by date'],
  typed_name_required: ['nom saisi requis pour une signature tapée', 'typed name required for a typed signature'],
  drawing_required: ['tracé requis pour une signature dessinée', 'drawing required for a drawn signature'],
  svg_path: ['tracé SVG invalide', 'invalid SVG path'],
  view_box: ['viewBox invalide (4 nombres attendus)', 'invalid viewBox (4 numbers expected)'],
  sha256: ['empreinte SHA-256 attendue (64 caractères hexadécimaux)', 'SHA-256 hash expected (64 hexadecimal characters)'],
  position_order: ['la fin doit être supérieure ou égale au début', 'the end must not be before the start'],
  doi: ['DOI invalide (ex. 10.1234/abcd)', 'invalid DOI (e.g. 10.1234/abcd)'],
  pmid: ['identifiant PubMed invalide', 'invalid PubMed identifier'],
  issn: ['ISSN invalide (ex. 1234-567X)', 'invalid ISSN (e.g. 1234-567X)'],
  colour: ['identifiant de couleur invalide', 'invalid colour identifier'],
  json: ['JSON illisible', 'unreadable JSON'],
};

const TYPES: Record<string, Pair> = {
  string: ['texte attendu', 'expected text'],
  number: ['nombre attendu', 'expected a number'],
  int: ['nombre entier attendu', 'expected a whole number'],
  boolean: ['oui/non attendu', 'expected true or false'],
  object: ['objet attendu', 'expected an object'],
  array: ['liste attendue', 'expected a list'],
  record: ['objet attendu', 'expected an object'],
  date: ['date attendue', 'expected a date'],
  null: ['valeur vide attendue', 'expected null'],
};

const FORMATS: Record<string, Pair> = {
  date: ['date attendue au format AAAA-MM-JJ', 'expected a date as YYYY-MM-DD'],
  datetime: ['date et heure ISO 8601 avec fuseau attendues', 'expected an ISO 8601 date-time with offset'],
  email: ['adresse e-mail invalide', 'invalid e-mail address'],
  url: ['adresse web invalide', 'invalid web address'],
};

const FORMAT_DEFAULT: Pair = ['format invalide', 'invalid format'];
const MISSING: Pair = ['valeur requise', 'required value'];
const INVALID: Pair = ['valeur invalide', 'invalid value'];

/** The subset of a zod issue this module reads (kept loose: it may receive anything). */
interface IssueLike {
  readonly code?: unknown;
  readonly path?: unknown;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly format?: unknown;
  readonly values?: unknown;
  readonly keys?: unknown;
  readonly divisor?: unknown;
  readonly params?: unknown;
}

/** ['partners', 3, 'name'] → "partners[3].name". */
export function formatPath(path: unknown): string {
  if (!Array.isArray(path)) return '';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function pick(pair: Pair, locale: Locale): string {
  return locale === 'en' ? pair[1] : pair[0];
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
}

function sizeMessage(issue: IssueLike, locale: Locale, small: boolean): string {
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const fr = locale === 'fr';
  switch (issue.origin) {
    case 'string':
      if (small && bound <= 1) return fr ? 'ne doit pas être vide' : 'must not be empty';
      return small
        ? fr
          ? `au moins ${bound} caractères`
          : `at least ${bound} characters`
        : fr
          ? `au plus ${bound} caractères`
          : `at most ${bound} characters`;
    case 'array':
    case 'set':
      if (small && bound <= 1) return fr ? 'liste vide' : 'empty list';
      return small
        ? fr
          ? `au moins ${bound} éléments`
          : `at least ${bound} items`
        : fr
          ? `au plus ${bound} éléments`
          : `at most ${bound} items`;
    default:
      if (small) {
        return inclusive
          ? fr
            ? `doit être supérieur ou égal à ${bound}`
            : `must be at least ${bound}`
          : fr
            ? `doit être supérieur à ${bound}`
            : `must be greater than ${bound}`;
      }
      return inclusive
        ? fr
          ? `doit être inférieur ou égal à ${bound}`
          : `must be at most ${bound}`
        : fr
          ? `doit être inférieur à ${bound}`
          : `must be less than ${bound}`;
  }
}

function describeIssue(issue: IssueLike, locale: Locale, missing: boolean): string {
  const fr = locale === 'fr';
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return pick(MISSING, locale);
      return pick(TYPES[String(issue.expected)] ?? INVALID, locale);
    case 'too_small':
      return sizeMessage(issue, locale, true);
    case 'too_big':
      return sizeMessage(issue, locale, false);
    case 'invalid_format':
      return pick(FORMATS[String(issue.format)] ?? FORMAT_DEFAULT, locale);
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values : [];
      if (values.length === 0 || values.length > 6) return fr ? 'valeur non reconnue' : 'unrecognised value';
      return fr ? `valeur attendue : ${quoteList(values)}` : `expected one of: ${quoteList(values)}`;
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.keys) ? quoteList(issue.keys) : '';
      return fr ? `clés non reconnues : ${keys}` : `unrecognised keys: ${keys}`;
    }
    case 'invalid_union':
      return fr ? 'aucune des formes attendues' : 'matches none of the expected shapes';
    case 'invalid_key':
      return fr ? 'clé invalide' : 'invalid key';
    case 'invalid_element':
      return fr ? 'élément invalide' : 'invalid element';
    case 'not_multiple_of':
      return fr ? `doit être un multiple de ${String(issue.divisor)}` : `must be a multiple of ${String(issue.divisor)}`;
    case 'custom': {
      const params = issue.params as { code?: unknown } | undefined;
      const code = params && typeof params === 'object' ? params.code : undefined;
      const pair = typeof code === 'string' ? CUSTOM[code as CustomIssueCode] : undefined;
      return pick(pair ?? INVALID, locale);
    }
    default:
      return pick(INVALID, locale);
  }
}

function valueAt(input: unknown, path: readonly unknown[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The words of one issue without its location (« valeur requise »), for callers that
 * locate it themselves (a registry table says the row and the column instead of the path).
 */
export function issueText(issue: unknown, locale: Locale, missing = false): string {
  const safe: IssueLike = issue !== null && typeof issue === 'object' ? (issue as IssueLike) : {};
  return describeIssue(safe, locale, missing);
}

/**
 * The words a form shows for its fields, by path (« dates.end » → « Fin »): a message
 * then names the field as the user sees it, never by the data's internal name.
 */
export type FieldNames = Readonly<Record<string, string>>;

/**
 * One issue as « Champ partners[3].name : texte attendu » /
 * "Field partners[3].name: expected text" (« Données : … » / "Data: …" at the root);
 * with `names` knowing the path, « Fin : la date de fin précède la date de début ».
 * Pass the validated input to tell a missing value (« valeur requise ») from a wrong type.
 */
export function formatIssue(issue: unknown, locale: Locale, input?: unknown, names?: FieldNames): string {
  const safe: IssueLike = issue !== null && typeof issue === 'object' ? (issue as IssueLike) : {};
  const pathArray = Array.isArray(safe.path) ? safe.path : [];
  const path = formatPath(pathArray);
  const missing = input !== undefined && pathArray.length > 0 && valueAt(input, pathArray) === undefined;
  const text = describeIssue(safe, locale, missing);
  const name = path && names && Object.hasOwn(names, path) ? names[path] : undefined;
  if (name) return locale === 'en' ? `${name}: ${text}` : `${name} : ${text}`;
  if (locale === 'en') return path ? `Field ${path}: ${text}` : `Data: ${text}`;
  return path ? `Champ ${path} : ${text}` : `Données : ${text}`;
}

/**
 * A short message for a zod error (or its issue list): the first issue, and how
 * many more there are. Never empty, never throws.
 */
export function formatValidationError(error: unknown, locale: Locale, input?: unknown, names?: FieldNames): string {
  let issues: readonly unknown[] = [];
  try {
    if (Array.isArray(error)) issues = error;
    else if (error !== null && typeof error === 'object' && Array.isArray((error as { issues?: unknown }).issues)) {
      issues = (error as { issues: unknown[] }).issues;
    }
    if (issues.length === 0) return locale === 'en' ? 'Invalid data' : 'Données invalides';
    const first = formatIssue(issues[0], locale, input, names);
    const more = issues.length - 1;
    if (more === 0) return first;
    if (locale === 'en') return `${first} (and ${more} more ${more === 1 ? 'error' : 'errors'})`;
    return `${first} (et ${more} autre${more === 1 ? '' : 's'} erreur${more === 1 ? '' : 's'})`;
  } catch {
    return locale === 'en' ? 'Invalid data' : 'Données invalides';
  }
}

export type ParseResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly message: string; readonly issues: readonly unknown[] };

/**
 * Validates `data` and, on failure, returns a localized message with the raw
 * issues. Never throws: a refinement that throws becomes a failure too.
 */
export function safeParseWithMessage<S extends core.$ZodType>(schema: S, data: unknown, locale: Locale): ParseResult<output<S>> {
  try {
    const result = safeParse(schema, data);
    if (result.success) return { ok: true, data: result.data };
    const issues = result.error.issues;
    return { ok: false, message: formatValidationError(issues, locale, data), issues };
  } catch {
    const message = locale === 'en' ? 'Invalid data' : 'Données invalides';
    return { ok: false, message, issues: [] };
  }
}
