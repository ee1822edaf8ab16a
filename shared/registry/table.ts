/**
 * A registry table (header row + one row per partner, see columns.ts) → a validated
 * registry, or every problem with its row and column. Each row is turned into a
 * profile, then the whole registry goes through `PartnerRegistrySchema`: zod issues
 * are mapped back to the row and column they came from and worded in French or English
 * (shared/i18n/validation.ts). Nothing is returned unless the whole table is valid.
 */
import type { Locale } from '../i18n/locale';
import { issueText } from '../i18n/validation';
import type { ConsentField, PartnerProfileInput } from '../schemas/partner';
import { type PartnerRegistry, PartnerRegistrySchema, REGISTRY_VERSION } from '../schemas/registry';
import {
  type Cell,
  type CellResult,
  cellText,
  isEmptyCell,
  readBool,
  readConsent,
  readDate,
  readInt,
  readNumber,
  splitAligned,
  splitList,
} from './cells';
import {
  COLUMNS,
  CONSENT_COLUMNS,
  columnDef,
  isNoteColumn,
  normalizeHeader,
  TRAINING_FIELDS,
  type TrainingSuffix,
  trainingColumn,
} from './columns';
import { establishmentProblems, mergeEstablishment } from './establishment';
import type { EstablishmentInput, RegistryProblem } from './problem';
import { matchVocab, VOCAB_HINTS, type VocabName } from './vocab-match';
import { alreadyOnRow, establishmentPlaceholder, possibleValues, problemText, readValue, type TableProblemCode } from './words';

/** A sheet as read: `rows[0]` is the header (spreadsheet row 1), `rows[i]` is spreadsheet row i + 1. */
export type TableRows = readonly (readonly Cell[])[];

export type TableResult =
  | { readonly ok: true; readonly registry: PartnerRegistry; readonly establishmentMissing?: true }
  | { readonly ok: false; readonly problems: readonly RegistryProblem[] };

/** A, B, … Z, AA… — to point at a column that has no title. */
function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Collects the problems of one row; knows which columns already have one (zod issues on them are then redundant). */
class RowProblems {
  readonly flagged = new Set<string>();
  constructor(
    private readonly out: RegistryProblem[],
    private readonly row: number,
    readonly locale: Locale,
  ) {}

  add(column: string, code: TableProblemCode, detail?: string, extra?: string): void {
    this.flagged.add(column);
    let text = problemText(code, this.locale);
    if (detail) text += ` ${readValue(detail, this.locale)}`;
    if (extra) text += ` — ${extra}`;
    this.out.push({ row: this.row, column, code, message: text });
  }

  /** The value of a cell reader, or undefined after recording its problem. */
  take<T>(column: string, result: CellResult<T>): T | undefined {
    if ('problem' in result) {
      this.add(column, result.problem, result.detail);
      return undefined;
    }
    return result.value;
  }
}

/** Where in the profile each training group landed, for mapping issues back to `formation_<n>_…`. */
interface RowMeta {
  readonly row: number;
  readonly trainingGroups: number[];
  readonly problems: RowProblems;
}

function text(cell: Cell): string | undefined {
  return cellText(cell) || undefined;
}

/** `7` → `07`: Excel drops the leading zero of a département typed as a number. */
function departement(cell: Cell): string | undefined {
  const value = cellText(cell);
  return /^\d$/.test(value) ? `0${value}` : value || undefined;
}

/** A French phone number typed in a number cell loses its leading 0: `612345678` → `0612345678`. */
function phone(cell: Cell): string | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && String(cell).length === 9) return `0${cell}`;
  return text(cell);
}

function vocabList(cell: Cell, vocab: VocabName, column: string, p: RowProblems): string[] {
  const ids: string[] = [];
  for (const value of splitList(cell)) {
    const found = matchVocab(vocab, value);
    if ('id' in found) ids.push(found.id);
    else if (found.error === 'ambiguous') p.add(column, 'vocab_ambiguous', value);
    else p.add(column, 'vocab_unknown', value, possibleValues(VOCAB_HINTS[vocab], p.locale));
  }
  return ids;
}

function vocabOne(cell: Cell, vocab: VocabName, column: string, p: RowProblems): string | undefined {
  const value = cellText(cell);
  if (!value) return undefined;
  return vocabList(value, vocab, column, p)[0];
}

/** Known vocabulary values become ids, anything else is kept as written (free-text themes, language tags). */
function idsOrText(cell: Cell, vocab: VocabName): string[] {
  return splitList(cell).map((value) => {
    const found = matchVocab(vocab, value);
    return 'id' in found ? found.id : value;
  });
}

/**
 * An aligned list (`roles_valides_par` for `roles`): one value for all items, or one per
 * item in the same order (empty = none for that item).
 */
function aligned(cell: Cell, count: number, column: string, p: RowProblems, oneForAll: boolean): (string | undefined)[] {
  const values = splitAligned(cell);
  if (values.length === 0) return new Array(count).fill(undefined);
  if (values.length === 1 && oneForAll) return new Array(count).fill(values[0] || undefined);
  if (values.length !== count) {
    p.add(column, oneForAll ? 'list_count' : 'links_count', cellText(cell));
    return new Array(count).fill(undefined);
  }
  return values.map((v) => v || undefined);
}

function dateOf(value: string | undefined, column: string, p: RowProblems): string | undefined {
  return value === undefined ? undefined : p.take(column, readDate(value));
}

function defined<T extends object>(value: T): T | undefined {
  return Object.values(value).some((v) => v !== undefined) ? value : undefined;
}

/** One row → a profile (before validation). `get(name)` is the cell of a column, undefined when the column is absent. */
function readRow(get: (name: string) => Cell, trainingGroups: readonly number[], meta: RowMeta): PartnerProfileInput {
  const p = meta.problems;

  const roles = vocabList(get('roles'), 'role', 'roles', p);
  const by = aligned(get('roles_valides_par'), roles.length, 'roles_valides_par', p, true);
  const on = aligned(get('roles_valides_le'), roles.length, 'roles_valides_le', p, true);
  const titles = roles.map((role, i) => {
    const date = dateOf(on[i], 'roles_valides_le', p);
    const validatedBy = by[i] !== undefined || on[i] !== undefined ? { by: by[i], date } : undefined;
    return { role, ...(validatedBy ? { validatedBy } : {}) };
  });

  const trainings: object[] = [];
  for (const group of trainingGroups) {
    const cell = (suffix: TrainingSuffix) => get(`formation_${group}_${suffix}`);
    const col = (suffix: TrainingSuffix) => `formation_${group}_${suffix}`;
    if (TRAINING_FIELDS.every((f) => isEmptyCell(cell(f.suffix)))) continue;
    const validatedBy = defined({
      by: text(cell('validee_par')),
      date: p.take(col('validee_le'), readDate(cell('validee_le'))),
    });
    trainings.push({
      kind: vocabOne(cell('type'), 'training', col('type'), p),
      label: text(cell('intitule')),
      issuer: text(cell('organisme')),
      year: p.take(col('annee'), readInt(cell('annee'))),
      hours: p.take(col('heures'), readNumber(cell('heures'))),
      ...(validatedBy ? { validatedBy } : {}),
    });
    meta.trainingGroups.push(group);
  }

  const projectTitles = splitList(get('projets'));
  const links = aligned(get('projets_liens'), projectTitles.length, 'projets_liens', p, false);

  const consentDay = p.take('consentements_le', readDate(get('consentements_le')));
  const consents: Partial<Record<ConsentField, unknown>> = {};
  for (const [field, column] of Object.entries(CONSENT_COLUMNS) as [ConsentField, string][]) {
    const value = p.take(column, readConsent(get(column), consentDay));
    if (value) consents[field] = value;
  }

  const associationName = text(get('association'));
  const mandated = p.take('association_mandat', readBool(get('association_mandat')));
  const name = defined({ given: text(get('prenom')), family: text(get('nom')), display: text(get('nom_affiche')) });
  const photo = defined({ url: text(get('photo')), alt: text(get('photo_texte')) });
  const contact = defined({ email: text(get('email')), phone: phone(get('telephone')), url: text(get('site')) });

  const profile = {
    id: text(get('id')),
    ...(name ? { name } : {}),
    gender: vocabOne(get('genre'), 'gender', 'genre', p),
    ...(photo ? { photo } : {}),
    titles,
    domains: vocabList(get('domaines'), 'domain', 'domaines', p),
    missions: vocabList(get('missions'), 'mission', 'missions', p),
    statuses: vocabList(get('statuts'), 'status', 'statuts', p),
    trainings,
    ...(associationName !== undefined || mandated !== undefined
      ? { association: { name: associationName, mandated: mandated ?? false } }
      : {}),
    territory: {
      departement: departement(get('departement')),
      commune: text(get('commune')),
      remote: p.take('distanciel', readBool(get('distanciel'))) ?? false,
    },
    languages: idsOrText(get('langues'), 'language'),
    projects: projectTitles.map((title, i) => ({ title, ...(links[i] ? { url: links[i] } : {}) })),
    experience: {
      themes: idsOrText(get('experience_themes'), 'theme'),
      caregiver: p.take('experience_aidant', readBool(get('experience_aidant'))) ?? false,
      text: text(get('experience_recit')),
    },
    abilities: splitList(get('competences')),
    availability: {
      slots: vocabList(get('disponibilites'), 'slot', 'disponibilites', p),
      commitment: vocabList(get('engagement'), 'commitment', 'engagement', p),
    },
    load: {
      activeMissions: p.take('missions_en_cours', readInt(get('missions_en_cours'))) ?? 0,
      maxMissions: p.take('missions_max', readInt(get('missions_max'))),
    },
    managesEstablishment: p.take('gestionnaire', readBool(get('gestionnaire'))) ?? false,
    ...(contact ? { contact } : {}),
    consents,
  };
  return dropUndefined(profile) as PartnerProfileInput;
}

/** Removes undefined properties, deeply, so that zod reports a missing value as « valeur requise » on its column. */
function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
  return out;
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}

/** The column a zod issue path (inside one partner) comes from. */
export function columnForPath(path: readonly PropertyKey[], trainingGroups: readonly number[]): string | undefined {
  if (path[0] === 'trainings' && typeof path[1] === 'number') {
    const group = trainingGroups[path[1]] ?? path[1] + 1;
    const field = path.slice(2).map(String).join('.');
    const def =
      TRAINING_FIELDS.find((f) => f.field === field) ?? TRAINING_FIELDS.find((f) => field && f.field.startsWith(`${field}.`));
    return `formation_${group}_${def?.suffix ?? 'type'}`;
  }
  const key = path.map((k) => (typeof k === 'number' ? '*' : String(k)));
  let best: (typeof COLUMNS)[number] | undefined;
  for (const column of COLUMNS) {
    if (column.path.length > 0 && isPrefix(column.path, key) && (!best || column.path.length > best.path.length)) best = column;
  }
  return (best ?? COLUMNS.find((c) => c.path.length > 0 && isPrefix(key, c.path)))?.name;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface ZodIssueLike {
  readonly path?: readonly PropertyKey[];
  readonly params?: { readonly code?: unknown };
}

/**
 * Reads a registry table. `establishment` supplies what a table cannot hold. Without a
 * name, and when `requireEstablishment` is set (to publish), the result is a problem
 * (`establishment_missing`) reported with the rows' own; otherwise the registry gets a
 * placeholder name and `establishmentMissing: true` (a caller that needs the partners only).
 */
export function readRegistryTable(
  rows: TableRows,
  locale: Locale,
  establishment?: EstablishmentInput,
  requireEstablishment = false,
): TableResult {
  const problems: RegistryProblem[] = [];
  const header = rows[0] ?? [];
  const columns = new Map<string, number>();
  const fileProblem = (code: TableProblemCode, row?: number, column?: string, detail?: string) => {
    const text = detail ? `${problemText(code, locale)} ${readValue(detail, locale)}` : problemText(code, locale);
    problems.push({ row, column, code, message: text });
  };

  header.forEach((cell, index) => {
    const written = cellText(cell);
    const name = normalizeHeader(written);
    if (!name) {
      if (rows.some((row, i) => i > 0 && !isEmptyCell(row[index]))) fileProblem('untitled_column', 1, columnLetter(index));
      return;
    }
    if (isNoteColumn(name)) return;
    if (!columnDef(name)) fileProblem('unknown_column', 1, written);
    else if (columns.has(name)) fileProblem('duplicate_column', 1, written);
    else columns.set(name, index);
  });
  if (rows.length > 0 && !columns.has('id')) {
    fileProblem('no_id_column', 1);
    return { ok: false, problems };
  }

  const trainingGroups = [
    ...new Set([...columns.keys()].map((n) => trainingColumn(n)?.group).filter((g) => g !== undefined)),
  ].sort((a, b) => a - b);
  const partners: PartnerProfileInput[] = [];
  const metas: RowMeta[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if ([...columns.values()].every((index) => isEmptyCell(cells[index]))) continue;
    const row = i + 1;
    const meta: RowMeta = { row, trainingGroups: [], problems: new RowProblems(problems, row, locale) };
    const get = (name: string): Cell => {
      const index = columns.get(name);
      return index === undefined ? undefined : cells[index];
    };
    const profile = readRow(get, trainingGroups, meta);
    const id = typeof profile.id === 'string' ? profile.id : undefined;
    if (id !== undefined) {
      const first = firstRowOfId.get(id);
      if (first !== undefined) meta.problems.add('id', 'duplicate_id', undefined, alreadyOnRow(first, locale));
      else firstRowOfId.set(id, row);
    }
    partners.push(profile);
    metas.push(meta);
  }
  if (partners.length === 0) fileProblem('no_rows');

  const given = mergeEstablishment(undefined, establishment) as Record<string, unknown> | undefined;
  const establishmentMissing = !given?.name;
  const merged = establishmentMissing && !requireEstablishment ? { ...given, name: establishmentPlaceholder(locale) } : given;
  const input = { schemaVersion: REGISTRY_VERSION, establishment: merged, partners };
  const result = PartnerRegistrySchema.safeParse(input);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues as readonly ZodIssueLike[]) {
      const path = issue.path ?? [];
      if (path[0] === 'partners' && typeof path[1] === 'number') {
        const meta = metas[path[1]];
        if (!meta) continue;
        const inner = path.slice(2);
        const column = columnForPath(inner, meta.trainingGroups);
        if (issue.params?.code === 'duplicate_id' || (column && meta.problems.flagged.has(column))) continue;
        const missing = inner.length > 0 && valueAt(partners[path[1]], inner) === undefined;
        const words = issueText(issue, locale, missing);
        const key = `${meta.row}|${column}|${words}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ row: meta.row, column, code: 'invalid', message: words });
      }
    }
  }
  problems.push(...establishmentProblems(result.success ? [] : result.error.issues, merged, locale));

  if (problems.length > 0) {
    // Header problems (row 1) are already in the header's order; data rows sort by column position.
    const order = (p: RegistryProblem) =>
      p.column !== undefined && p.row !== undefined && p.row > 1 ? (columns.get(normalizeHeader(p.column)) ?? -1) : -1;
    // Rows in order (file-level problems first), columns in the file's order within a row.
    const sorted = problems
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || order(a.p) - order(b.p) || a.i - b.i)
      .map(({ p }) => p);
    return { ok: false, problems: sorted };
  }
  if (!result.success) return { ok: false, problems: [{ code: 'invalid', message: problemText('invalid', locale) }] };
  return { ok: true, registry: result.data, ...(establishmentMissing ? { establishmentMissing: true as const } : {}) };
}
