import type { Locale } from '../../shared/i18n/locale';

/** What is said when the next dated evaluation starts, in both languages: loaded with new-evaluation.ts. */
export const nextEvaluationStarted: Record<Locale, (date: string) => string> = {
  fr: (date) => `Nouvelle évaluation du ${date} : les réponses précédentes sont reprises, à mettre à jour.`,
  en: (date) => `New evaluation of ${date}: the previous answers are carried over, to be updated.`,
};
