/**
 * The words of a project's page around its panels (projects/project-sections.tsx): the
 * « Sur cette page » contents and the parts opened on request. French first.
 */
import type { Locale } from '../../../shared/i18n/locale';

const fr = {
  toc: 'Sur cette page',
  backToToc: 'Revenir au sommaire du projet',
  checklistShow: 'Afficher la check-list',
  checklistHide: 'Masquer la check-list',
  checklistHint: (n: number) => `Ses ${n} critères et l’historique de ses évaluations s’affichent sous ce bouton.`,
};

export type ProjectPageWords = typeof fr;

const en: ProjectPageWords = {
  toc: 'On this page',
  backToToc: 'Back to the project’s contents',
  checklistShow: 'Show the checklist',
  checklistHide: 'Hide the checklist',
  checklistHint: (n: number) => `Its ${n} criteria and the history of its evaluations show under this button.`,
};

export const PROJECT_PAGE_WORDS: Record<Locale, ProjectPageWords> = { fr, en };
