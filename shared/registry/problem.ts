/** What goes wrong when a registry file is read, located as the coordinator will look for it. */
import type { TableProblemCode } from './words';

export type EstablishmentField = 'name' | 'contactEmail' | 'contactUrl';

export interface RegistryProblem {
  /** Row as the spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** Column name as written in the header (or the spreadsheet letter of an untitled column). */
  readonly column?: string;
  /** An establishment field, given outside the file (CLI options, page fields). */
  readonly field?: `establishment.${EstablishmentField}`;
  readonly code?: TableProblemCode;
  /**
   * What is wrong, without the row and column (« oui, non ou une date attendue (lu : « peut-être ») »):
   * `problemLine()` (words.ts) gives the whole line, « ligne 14, colonne consentement_nom : … ».
   */
  readonly message: string;
}

/**
 * The establishment given beside a CSV or XLSX file (which cannot hold it), or
 * overriding the one of a JSON registry: empty values are ignored.
 */
export interface EstablishmentInput {
  readonly name?: string | undefined;
  readonly contactEmail?: string | undefined;
  readonly contactUrl?: string | undefined;
}
