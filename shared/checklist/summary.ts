/**
 * What the sheet says at a glance: how many criteria are answered Oui / Non / En cours,
 * and which are still open. The HAS guide gives no score nor threshold (4.5: the list
 * lets one « visualiser rapidement », and « l'ensemble des critères peut plus
 * difficilement être réuni » in an emerging phase), so none is computed here.
 */
import type { ChecklistEvaluation } from '../schemas/checklist';
import type { ChecklistAnswer } from '../vocab/checklist';
import { answerOf, type CriterionView, criteriaOf } from './criteria';

export interface OpenCriterion {
  readonly criterion: CriterionView;
  /** null: not answered yet. */
  readonly answer: Exclude<ChecklistAnswer, 'oui'> | null;
}

export interface ChecklistSummary {
  readonly counts: Readonly<Record<ChecklistAnswer | 'unanswered', number>>;
  readonly total: number;
  readonly answered: number;
  /** Every criterion has an answer (whatever it is): the sheet is filled in. */
  readonly complete: boolean;
  /** Criteria not (yet) answered Oui, in sheet order. */
  readonly open: readonly OpenCriterion[];
}

type Answers = Pick<ChecklistEvaluation, 'answers' | 'extraCriteria'>;

export function summarize(evaluation: Answers): ChecklistSummary {
  const counts = { oui: 0, non: 0, en_cours: 0, unanswered: 0 };
  const open: OpenCriterion[] = [];
  const criteria = criteriaOf(evaluation);
  for (const criterion of criteria) {
    const answer = answerOf(evaluation, criterion.id);
    counts[answer ?? 'unanswered']++;
    if (answer !== 'oui') open.push({ criterion, answer });
  }
  const total = criteria.length;
  return { counts, total, answered: total - counts.unanswered, complete: counts.unanswered === 0, open };
}
