/** Starting the next dated evaluation: loaded when its button is used (views.ts). */
import { byDate, published } from '../../shared/checklist/evaluation';
import { nextEvaluation } from '../../shared/checklist/records';
import { formatDate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { ViewHost } from './views';

const started: Record<Locale, (date: string) => string> = {
  fr: (date) => `Nouvelle évaluation du ${date} : les réponses précédentes sont reprises, à mettre à jour.`,
  en: (date) => `New evaluation of ${date}: the previous answers are carried over, to be updated.`,
};

/** Archives the current evaluation and starts the next one, dated today, from its answers. */
export function startNextEvaluation(host: ViewHost): void {
  const previous = published(host.state.current);
  const next = nextEvaluation(previous);
  host.commit({ current: next, history: byDate([...host.state.history, previous]) });
  host.say('status', started[host.locale](formatDate(next.date, host.locale)));
}
