/**
 * CSV → table rows, with papaparse (loaded on demand: the JSON path stays light).
 * Rows are records, numbered as a spreadsheet numbers them: a cell holding line breaks
 * (a story written over several lines) stays in one row.
 */
import type { Locale } from '../i18n/locale';
import { decodeText, detectDelimiter } from './decode';
import type { RegistryProblem } from './problem';
import type { TableRows } from './table';
import { problemText } from './words';

export type CsvResult =
  | { readonly ok: true; readonly rows: TableRows }
  | { readonly ok: false; readonly problems: RegistryProblem[] };

export async function readCsvRows(bytes: Uint8Array, locale: Locale): Promise<CsvResult> {
  const { default: Papa } = await import('papaparse');
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), header: false, skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
  if (quoteErrors.length > 0) {
    const problems = quoteErrors.map((e) => {
      const row = e.row === undefined ? undefined : e.row + 1;
      const why =
        e.code === 'MissingQuotes'
          ? locale === 'en'
            ? 'a quoted cell is not closed'
            : 'guillemet ouvert mais jamais fermé'
          : locale === 'en'
            ? 'misplaced quote'
            : 'guillemet mal placé';
      const text = `${problemText('csv_syntax', locale)} (${why})`;
      return { row, code: 'csv_syntax' as const, message: text };
    });
    return { ok: false, problems };
  }
  return { ok: true, rows: parsed.data };
}
