import type { Trend } from '../../shared/checklist/history';

/**
 * Words of the history view, in French: loaded with it (views-history.ts), only for projects with past
 * evaluations. The English ones are in the widget's one English module (messages-en.ts, `en.history`).
 */
export const historyMessages = {
  history: 'Évolution dans le temps',
  timeline: 'Chronologie des réponses par critère (8 dernières évaluations) ; le tableau qui suit donne le détail.',
  showTable: 'Tableau des évolutions',
  tableCaption: 'Réponse à chaque critère, par date d’évaluation',
  evolution: 'Évolution',
  trend: { up: 'progrès', down: 'recul', same: 'stable', none: 'pas de réponse' } satisfies Record<Trend, string>,
  notAsked: 'non posé',
  current: '(actuelle)',
};

export type HistoryMessages = typeof historyMessages;
