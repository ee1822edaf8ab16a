/**
 * A filled HAS partnership checklist (vocab/checklist.ts) and the history of
 * evaluations of one project, to show progress over time.
 */
import { z } from 'zod/mini';
import { CHECKLIST_ANSWER_IDS, CHECKLIST_CRITERION_IDS, HAS_CRITERION_PREFIX, isChecklistCriterionId } from '../vocab/checklist';
import { customIssue, duplicateIdIndexes, IdSchema, IsoDateSchema, issueCode, longText, text } from './common';

export const ChecklistAnswerSchema = z.object({
  /** null = not answered yet. */
  answer: z.nullable(z.enum(CHECKLIST_ANSWER_IDS)),
  comment: z.optional(longText(2000)),
});

/** A criterion a team adds to the 10 HAS ones; its id must not use the reserved "has." prefix. */
export const ExtraCriterionSchema = z.object({
  id: IdSchema.check(z.refine((id) => !id.startsWith(HAS_CRITERION_PREFIX), issueCode('reserved_prefix'))),
  label: text(500),
});

export const ChecklistEvaluationSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: IdSchema,
    projectTitle: text(300),
    date: IsoDateSchema,
    filledBy: z._default(z.array(z.object({ name: text(200), role: text(200) })), []),
    /** criterion id (has.1 … has.10, or an extra criterion id) → answer. */
    answers: z.record(z.string(), ChecklistAnswerSchema),
    extraCriteria: z._default(z.array(ExtraCriterionSchema), []),
  })
  .check(
    z.superRefine((evaluation, ctx) => {
      const extras = Array.isArray(evaluation.extraCriteria) ? evaluation.extraCriteria : [];
      for (const index of duplicateIdIndexes(extras)) {
        ctx.addIssue(customIssue('duplicate_id', ['extraCriteria', index, 'id'], extras[index]?.id));
      }
      const extraIds = new Set(extras.map((c) => c.id));
      for (const key of Object.keys(evaluation.answers ?? {})) {
        if (!isChecklistCriterionId(key) && !extraIds.has(key)) {
          ctx.addIssue(customIssue('unknown_criterion', ['answers', key], key));
        }
      }
    }),
  );

export const ChecklistHistorySchema = z
  .object({
    projectTitle: text(300),
    /** Oldest first. */
    evaluations: z.array(ChecklistEvaluationSchema),
  })
  .check(
    z.superRefine((history, ctx) => {
      const evaluations = history.evaluations;
      for (let i = 1; i < evaluations.length; i++) {
        const previous = evaluations[i - 1];
        const current = evaluations[i];
        if (previous && current && current.date < previous.date) {
          ctx.addIssue(customIssue('not_sorted', ['evaluations', i, 'date'], current.date));
        }
      }
      for (const index of duplicateIdIndexes(evaluations)) {
        ctx.addIssue(customIssue('duplicate_id', ['evaluations', index, 'id'], evaluations[index]?.id));
      }
    }),
  );

export type ChecklistAnswerEntry = z.infer<typeof ChecklistAnswerSchema>;
export type ExtraCriterion = z.infer<typeof ExtraCriterionSchema>;
export type ChecklistEvaluation = z.infer<typeof ChecklistEvaluationSchema>;
export type ChecklistHistory = z.infer<typeof ChecklistHistorySchema>;

/** Evaluations oldest first (stable for equal dates), as ChecklistHistory requires. */
export function sortEvaluationsByDate<T extends { date: string }>(evaluations: readonly T[]): T[] {
  return [...evaluations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** How many criteria (the 10 HAS ones and the extra ones) are answered oui / non / en cours, and how many are not. */
export function countAnswers(evaluation: Pick<ChecklistEvaluation, 'answers' | 'extraCriteria'>) {
  const counts = { oui: 0, non: 0, en_cours: 0, unanswered: 0 };
  const ids = [...CHECKLIST_CRITERION_IDS, ...evaluation.extraCriteria.map((c) => c.id)];
  for (const id of ids) {
    const answer = evaluation.answers[id]?.answer;
    if (answer) counts[answer]++;
    else counts.unanswered++;
  }
  return counts;
}
