/** The establishment's own criteria, after the 10 HAS ones (which no function here can touch). */
import type { ChecklistEvaluation } from '../schemas/checklist';
import { newId } from './evaluation';

/** Appends an establishment's own criterion (after the 10 HAS ones, which cannot be touched). */
export function withExtraCriterion(evaluation: ChecklistEvaluation, label: string, id = newId('etab-')): ChecklistEvaluation {
  return {
    ...evaluation,
    extraCriteria: [...evaluation.extraCriteria, { id, label: label.trim() }],
    answers: { ...evaluation.answers, [id]: { answer: null } },
  };
}

/** Removes an extra criterion and its answer; HAS criteria are left alone whatever the id. */
export function withoutExtraCriterion(evaluation: ChecklistEvaluation, id: string): ChecklistEvaluation {
  if (!evaluation.extraCriteria.some((c) => c.id === id)) return evaluation;
  const answers = { ...evaluation.answers };
  delete answers[id];
  return { ...evaluation, extraCriteria: evaluation.extraCriteria.filter((c) => c.id !== id), answers };
}
