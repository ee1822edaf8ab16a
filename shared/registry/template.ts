/**
 * The registry templates (templates/registre-modele.csv and .xlsx): the header and one
 * fictional example row, from the column definitions, so that they cannot drift from
 * what the reader accepts. `binome modele <fichier>` writes them.
 */
import { COLUMNS } from './columns';

/** Header + the example row. */
export function templateRows(): string[][] {
  return [COLUMNS.map((c) => c.name), COLUMNS.map((c) => c.example)];
}

/** What each column takes, for the template's second sheet (« Colonnes »). */
export function templateHelpRows(): string[][] {
  return [['colonne', 'à remplir'], ...COLUMNS.map((c) => [c.name, c.help])];
}

/**
 * Rows as French Excel reads a CSV without asking: UTF-8 with a byte order mark (else
 * Excel reads Windows-1252), `;` between cells, CRLF line ends, quotes only where needed.
 */
export function toExcelCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
