/** The files a coordinator downloads (the widget loads this module when one is asked for). */
import type { Locale } from '../i18n/locale';
import { byDate, type ChecklistState, published } from './evaluation';
import { CHECKLIST_FORMAT } from './records';

export { evaluationsToCsv } from './csv';

/** Every evaluation, oldest first, as a ChecklistHistory (shared schema) that parseImport reads back. */
export function exportJson(state: ChecklistState, now: Date = new Date()): string {
  const evaluations = byDate([...state.history, published(state.current)]);
  const file = {
    format: CHECKLIST_FORMAT,
    exportedAt: now.toISOString(),
    projectTitle: published(state.current).projectTitle,
    evaluations,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** « check-list-Projet-des-urgences-2026-05-28.json »: accents kept, nothing a file system refuses. */
export function exportFileName(state: ChecklistState, extension: 'json' | 'csv', locale: Locale): string {
  const base = locale === 'en' ? 'checklist' : 'check-list';
  const title = state.current.projectTitle
    .trim()
    .replace(/[\\/:*?"<>|\s.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${[base, title, state.current.date].filter(Boolean).join('-')}.${extension}`;
}
