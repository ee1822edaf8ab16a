/**
 * Reads a registry file as a coordinator has it: JSON (the registry format), CSV as
 * French Excel writes it, or XLSX (the table of columns.ts). Never throws; nothing is
 * returned unless the whole file is valid (no partial registry): every problem comes
 * back with its row and column, worded in French or English.
 *
 * A CSV or XLSX table holds partners only: its establishment comes from
 * `options.establishment` (the CLI's `--etablissement` options or `etablissement.json`,
 * the page's fields). Without it, the registry read from a table has a placeholder
 * establishment and the result says `establishmentMissing: true` — enough for a caller
 * that needs the partners (an import into a registry that keeps its own establishment,
 * the matching form) — or, with `requireEstablishment` (publishing), an
 * `establishment_missing` problem. With a JSON registry, the values given replace the file's.
 *
 * A problem's `message` is the words without the location: `problemLine()` (words.ts)
 * prefixes « ligne 14, colonne consentement_nom : ».
 *
 * The CSV and XLSX readers (papaparse, read-excel-file, the vocabularies that read
 * labels) are loaded with `import()`, only for those formats: the JSON path stays light.
 */
import type { Locale } from '../i18n/locale';
import { formatIssue } from '../i18n/validation';
import { type PartnerRegistry, PartnerRegistrySchema } from '../schemas/registry';
import { establishmentProblems, mergeEstablishment } from './establishment';
import type { EstablishmentInput, RegistryProblem } from './problem';
import { problemText } from './words';

export type { EstablishmentInput, RegistryProblem } from './problem';
export { problemLine } from './words';

export type RegistryFormat = 'json' | 'csv' | 'xlsx';

export type RegistryReadResult =
  | {
      readonly ok: true;
      readonly registry: PartnerRegistry;
      readonly format: RegistryFormat;
      /** A table read without an establishment: `registry.establishment` is a placeholder, never to be published. */
      readonly establishmentMissing?: true;
    }
  | { readonly ok: false; readonly problems: readonly RegistryProblem[]; readonly format?: RegistryFormat };

export interface ReadRegistryOptions {
  /** The establishment, for a CSV or XLSX table; replaces a JSON registry's values. */
  readonly establishment?: EstablishmentInput;
  /** A table without an establishment name is a problem (to publish), rather than a placeholder. */
  readonly requireEstablishment?: boolean;
}

/** The format a file name says (`.json`, `.csv`, `.xlsx`), if any. */
export function registryFormatOf(fileName: string): RegistryFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'csv' || ext === 'xlsx' ? ext : undefined;
}

function readJson(bytes: Uint8Array, locale: Locale, options: ReadRegistryOptions): RegistryReadResult {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      format: 'json',
      problems: [{ code: 'invalid', message: formatIssue({ code: 'custom', path: [], params: { code: 'json' } }, locale) }],
    };
  }
  const object =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (object?.schemaVersion === 2) {
    return {
      ok: false,
      format: 'json',
      problems: [{ code: 'feed_not_registry', message: problemText('feed_not_registry', locale) }],
    };
  }
  const establishment = object ? mergeEstablishment(object.establishment, options.establishment) : undefined;
  const input = object ? { ...object, establishment } : data;
  const result = PartnerRegistrySchema.safeParse(input);
  if (result.success) return { ok: true, registry: result.data, format: 'json' };
  const issues = result.error.issues;
  const problems: RegistryProblem[] = [
    ...establishmentProblems(issues, establishment, locale),
    ...issues
      .filter((i) => i.path[0] !== 'establishment')
      .map((i) => ({ code: 'invalid' as const, message: formatIssue(i, locale, input) })),
  ];
  return { ok: false, format: 'json', problems };
}

export async function readRegistryFile(
  bytes: Uint8Array,
  fileName: string,
  locale: Locale = 'fr',
  options: ReadRegistryOptions = {},
): Promise<RegistryReadResult> {
  const format = registryFormatOf(fileName);
  try {
    if (format === 'json') return readJson(bytes, locale, options);
    if (format === 'csv' || format === 'xlsx') {
      const { readTableFile } = await import('./table-file');
      const table = await readTableFile(bytes, format, locale, options.establishment, options.requireEstablishment ?? false);
      return table.ok ? { ...table, format } : { ok: false, problems: table.problems, format };
    }
  } catch {
    // A library that failed to load, or a bug: the caller gets a problem, never an exception.
    const message = locale === 'en' ? `${fileName}: the file could not be read` : `${fileName} : le fichier n'a pas pu être lu`;
    return { ok: false, problems: [{ message }], ...(format ? { format } : {}) };
  }
  const sep = locale === 'en' ? ': ' : ' : ';
  return { ok: false, problems: [{ code: 'unsupported', message: `${fileName}${sep}${problemText('unsupported', locale)}` }] };
}
