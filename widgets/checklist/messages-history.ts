import type { Trend } from '../../shared/checklist/history';
import type { Locale } from '../../shared/i18n/locale';

/** Words of the history view, in both languages: loaded with it (views-history.ts), only for projects with past evaluations. */
export const historyMessages = {
  fr: {
    history: 'Évolution dans le temps',
    timeline: 'Chronologie des réponses par critère (8 dernières évaluations) ; le tableau qui suit donne le détail.',
    showTable: 'Tableau des évolutions',
    tableCaption: 'Réponse à chaque critère, par date d’évaluation',
    evolution: 'Évolution',
    trend: { up: 'progrès', down: 'recul', same: 'stable', none: 'pas de réponse' } satisfies Record<Trend, string>,
    notAsked: 'non posé',
    current: '(actuelle)',
  },
  en: {
    history: 'Progress over time',
    timeline: 'Timeline of the answers per criterion (last 8 evaluations); the table below gives the details.',
    showTable: 'Table of changes',
    tableCaption: 'Answer to each criterion, by evaluation date',
    evolution: 'Change',
    trend: { up: 'progress', down: 'setback', same: 'stable', none: 'no answer' } satisfies Record<Trend, string>,
    notAsked: 'not asked',
    current: '(current)',
  },
} satisfies Record<Locale, unknown>;
