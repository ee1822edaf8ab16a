/** Starting the next dated evaluation: loaded when its button is used (views.ts). */
import { byDate, published } from '../../shared/checklist/evaluation';
import { nextEvaluation } from '../../shared/checklist/records';
import { formatDate } from '../../shared/i18n/format';
import { nextEvaluationStarted } from './new-evaluation-words';
import type { ViewHost } from './views';

/** Archives the current evaluation and starts the next one, dated today, from its answers. */
export function startNextEvaluation(host: ViewHost): void {
  const previous = published(host.state.current);
  const next = nextEvaluation(previous);
  host.commit({ current: next, history: byDate([...host.state.history, previous]) });
  host.say('status', nextEvaluationStarted[host.locale](formatDate(next.date, host.locale)));
}
