/**
 * CSV that French Excel opens as it should: a UTF-8 byte-order mark (without it Excel
 * reads the file as Windows-1252 and « Critère » becomes « CritÃ¨re »), « ; » as the
 * separator (the French list separator: a comma would put everything in column A),
 * CRLF line ends, every field quoted. One row per criterion and per evaluation (long
 * format), so a coordinator can filter and pivot the history directly.
 */

import type { Locale } from '../i18n/locale';
import type { ChecklistEvaluation } from '../schemas/checklist';
import { answerLabel } from '../vocab/checklist';
import { answerOf, criteriaOf, criterionText } from './criteria';
import { byDate } from './evaluation';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

/**
 * One quoted field. A text starting with = + - @ (or a tab / carriage return) is what a
 * spreadsheet runs as a formula — a comment typed by anyone could then run one on the
 * coordinator's computer — so it is prefixed with an apostrophe (OWASP "CSV injection").
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join(CSV_EOL) + CSV_EOL;
}

const HEADERS: Record<Locale, readonly string[]> = {
  fr: ['Projet', 'Date', 'Rempli par', 'N°', 'Critère', 'Origine', 'Réponse', 'Commentaire'],
  en: ['Project', 'Date', 'Filled in by', 'No.', 'Criterion', 'Origin', 'Answer', 'Comment'],
};
const ORIGIN: Record<Locale, Record<'has' | 'extra', string>> = {
  fr: { has: 'HAS (annexe 2)', extra: 'Établissement' },
  en: { has: 'HAS (appendix 2)', extra: 'Establishment' },
};

/** Every evaluation, oldest first; dates stay ISO (YYYY-MM-DD), which Excel reads as dates in every locale. */
export function evaluationsToCsv(evaluations: readonly ChecklistEvaluation[], locale: Locale): string {
  const rows: (string | number)[][] = [[...HEADERS[locale]]];
  for (const e of byDate(evaluations)) {
    const people = e.filledBy.map((p) => `${p.name} (${p.role})`).join(', ');
    for (const c of criteriaOf(e)) {
      const answer = answerOf(e, c.id);
      rows.push([
        e.projectTitle,
        e.date,
        people,
        c.number,
        criterionText(c, locale),
        ORIGIN[locale][c.origin],
        answer ? answerLabel(answer, locale) : '',
        e.answers[c.id]?.comment ?? '',
      ]);
    }
  }
  return toCsv(rows);
}
