/**
 * A review table as a CSV file French Excel opens as it should — the checklist export's
 * writer (shared/checklist/csv.ts: BOM, « ; », CRLF, every field quoted, formulas
 * defused) — and the file's name, which says what it is, of what, and over which period.
 */
import { toCsv } from '../checklist/csv';
import { normalizeText } from '../text/normalize';
import type { ReviewTable } from './model';
import type { Period } from './period';

export function tableToCsv(table: ReviewTable): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows.map((row) => [...row])]);
}

/** « bilan-atelier-diabete-2025-12-08-2026-12-07-actions.csv »: letters, digits and dashes only. */
export function csvFileName(subject: string, period: Period, tableId: string): string {
  const slug = (s: string) =>
    normalizeText(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  const name = slug(subject) || 'projet';
  return `bilan-${name}-${period.from}-${period.to}-${slug(tableId.replace(/([A-Z])/g, '-$1'))}.csv`;
}
