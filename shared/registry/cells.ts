/**
 * One spreadsheet cell → one value of the profile. A cell is what the readers give:
 * text (CSV, and most XLSX cells), a number, a boolean or a Date (XLSX typed cells).
 * Each reader returns the value, nothing (empty cell), or the code of its problem.
 */

/** A cell as the CSV and XLSX readers hand it over. */
export type Cell = string | number | boolean | Date | null | undefined;

export type CellProblemCode =
  | 'consent'
  | 'consent_date_missing'
  | 'date'
  | 'bool'
  | 'int'
  | 'number'
  | 'vocab_unknown'
  | 'vocab_ambiguous'
  | 'list_count';

export type CellResult<T> = { readonly value: T | undefined } | { readonly problem: CellProblemCode; readonly detail?: string };

const ok = <T>(value: T | undefined): CellResult<T> => ({ value });
const fail = (problem: CellProblemCode, detail?: string): CellResult<never> => ({ problem, detail });

/** `2026-01-15` from an XLSX date cell (read-excel-file gives dates at 00:00 UTC). */
function isoOfDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** The cell as trimmed text ('' when empty); typed XLSX cells are written back as text. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfDate(cell) ?? '';
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.replace(/\u00A0/g, ' ').trim();
}

export function isEmptyCell(cell: Cell): boolean {
  return cellText(cell) === '';
}

/** A list cell: values separated by `|` or line breaks (Alt+Entrée in Excel), empty items dropped. */
export function splitList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[|\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Like splitList, but keeps empty items between separators: `A | | C` is 3 values, the
 * second empty (an aligned list where an item has no value, e.g. a role not validated).
 */
export function splitAligned(cell: Cell): string[] {
  const text = cellText(cell);
  if (!text) return [];
  return text.split(/\||\r?\n/).map((s) => s.trim());
}

const DATE_FR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `JJ/MM/AAAA` (also with `-` or `.`), `AAAA-MM-JJ`, or an XLSX date → `AAAA-MM-JJ`; undefined if not a real date. */
export function parseDateText(text: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const fr = DATE_FR.exec(text);
  const iso = fr ? null : DATE_ISO.exec(text);
  if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 30/02/2026 and 12/13/2026 (a month-first date): the round trip changes them.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return isoOfDate(date);
}

export function readDate(cell: Cell): CellResult<string> {
  if (cell instanceof Date) {
    const iso = isoOfDate(cell);
    return iso ? ok(iso) : fail('date');
  }
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const iso = parseDateText(text);
  return iso ? ok(iso) : fail('date', text);
}

const YES = new Set(['oui', 'o', 'vrai', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'faux', 'no', 'false', '0']);

function wordKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .trim();
}

/** oui/non (also vrai/faux, yes/no, 1/0, x); an empty cell is undefined (the caller's default applies). */
export function readBool(cell: Cell): CellResult<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const key = wordKey(text);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('bool', text);
}

/** A number as French Excel writes it: `1,5` or `1.5`, spaces as thousands separators. */
export function readNumber(cell: Cell): CellResult<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('number');
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const normal = text.replace(/[\s\u202F]/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(normal)) return fail('number', text);
  return ok(Number(normal));
}

export function readInt(cell: Cell): CellResult<number> {
  const result = readNumber(cell);
  if ('problem' in result) return fail('int', result.detail);
  if (result.value !== undefined && !Number.isInteger(result.value)) return fail('int', cellText(cell));
  return result;
}

/** A consent as the registry records it. */
export interface ConsentValue {
  readonly granted: boolean;
  readonly date: string;
}

const GRANTED_WORDS = new Set(['oui', 'accorde', 'accordee', 'donne', 'donnee', 'yes', 'granted']);
const REFUSED_WORDS = new Set(['non', 'refuse', 'refusee', 'retire', 'retiree', 'retrait', 'no', 'refused', 'withdrawn']);

/**
 * A consent cell:
 * - a date (`15/01/2026`, `2026-01-15`, an XLSX date): given that day;
 * - `oui 15/01/2026`: given that day; `non 15/01/2026` or `retiré 15/01/2026`: not given, or
 *   withdrawn, that day (`le` may come before the date: « retiré le 02/05/2026 »);
 * - bare `oui` / `non`: dated by the row's `consentements_le` column (`defaultDate`), an
 *   error without it — a consent is only worth what its date proves (RGPD art. 7.1);
 * - empty: never recorded (counts as not given).
 */
export function readConsent(cell: Cell, defaultDate: string | undefined): CellResult<ConsentValue> {
  if (cell instanceof Date) {
    const iso = isoOfDate(cell);
    return iso ? ok({ granted: true, date: iso }) : fail('consent');
  }
  if (typeof cell === 'boolean') {
    return defaultDate ? ok({ granted: cell, date: defaultDate }) : fail('consent_date_missing', cellText(cell));
  }
  const text = cellText(cell);
  if (!text) return ok(undefined);
  const asDate = parseDateText(text);
  if (asDate) return ok({ granted: true, date: asDate });
  const m = /^([\p{L}]+)(?:\s*[:,-]?\s*(?:le\s+|on\s+)?(.+))?$/u.exec(text);
  const word = m ? wordKey(m[1] ?? '') : '';
  const granted = GRANTED_WORDS.has(word) ? true : REFUSED_WORDS.has(word) ? false : undefined;
  if (granted === undefined) return fail('consent', text);
  const rest = m?.[2]?.trim();
  if (!rest) return defaultDate ? ok({ granted, date: defaultDate }) : fail('consent_date_missing', text);
  const date = parseDateText(rest);
  return date ? ok({ granted, date }) : fail('consent', text);
}
