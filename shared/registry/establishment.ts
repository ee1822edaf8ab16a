/**
 * The establishment of a registry read from a file. A CSV or XLSX table cannot hold
 * it: the CLI takes it from `--etablissement …` options or an `etablissement.json`
 * beside the table, the « Publier l'annuaire » page from its fields. Given with a
 * JSON registry, the values given replace the file's, field by field.
 */
import type { Locale } from '../i18n/locale';
import { issueText } from '../i18n/validation';
import type { EstablishmentField, EstablishmentInput, RegistryProblem } from './problem';
import { establishmentFieldName, problemText } from './words';

const FIELDS: readonly EstablishmentField[] = ['name', 'contactEmail', 'contactUrl'];

function clean(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The file's establishment (a JSON registry's, if any) with the given values over it;
 * undefined when neither gives anything. Unknown shapes are passed through for the
 * schema to report.
 */
export function mergeEstablishment(fromFile: unknown, given: EstablishmentInput | undefined): unknown {
  const overrides = Object.fromEntries(FIELDS.map((f) => [f, clean(given?.[f])]).filter(([, v]) => v !== undefined));
  if (Object.keys(overrides).length === 0) return fromFile;
  const base = fromFile !== null && typeof fromFile === 'object' && !Array.isArray(fromFile) ? fromFile : {};
  return { ...base, ...overrides };
}

interface IssueLike {
  readonly path?: readonly PropertyKey[];
}

/** The establishment's problems among a registry's zod issues, one per field, worded for the person filling the fields. */
export function establishmentProblems(issues: readonly unknown[], merged: unknown, locale: Locale): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const has = (field: EstablishmentField) =>
    merged !== null && typeof merged === 'object' && clean((merged as Record<string, unknown>)[field]) !== undefined;
  const sep = locale === 'en' ? ': ' : ' : ';
  let missing = false;
  const done = new Set<EstablishmentField>();
  for (const issue of issues as readonly IssueLike[]) {
    const path = issue.path ?? [];
    if (path[0] !== 'establishment') continue;
    const field = path[1] as EstablishmentField | undefined;
    if (field === undefined || (field === 'name' && !has('name'))) {
      missing = true;
      continue;
    }
    if (!FIELDS.includes(field) || done.has(field)) continue;
    done.add(field);
    problems.push({
      field: `establishment.${field}`,
      code: 'invalid',
      message: `${establishmentFieldName(field, locale)}${sep}${issueText(issue, locale, !has(field))}`,
    });
  }
  if (missing) {
    problems.unshift({
      field: 'establishment.name',
      code: 'establishment_missing',
      message: problemText('establishment_missing', locale),
    });
  }
  return problems;
}
