/**
 * Creating and changing evaluations without a schema at hand: every function returns a
 * new object (the element and the extension keep old ones as history) and only ever
 * produces data the shared ChecklistEvaluationSchema accepts — apart from an empty
 * project title, which the person filling the sheet is still to type.
 */
import type { ChecklistEvaluation, ExtraCriterion } from '../schemas/checklist';
import { CHECKLIST_CRITERION_IDS, type ChecklistAnswer } from '../vocab/checklist';

export type Person = ChecklistEvaluation['filledBy'][number];

/** A local calendar day as YYYY-MM-DD (the day the people sat together, not UTC's). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A random id IdSchema accepts; randomUUID needs a secure context, getRandomValues does not. */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewEvaluationOptions {
  projectTitle?: string;
  date?: string;
  filledBy?: readonly Person[];
  extraCriteria?: readonly ExtraCriterion[];
  id?: string;
}

/** A blank sheet: every criterion present with no answer yet. */
export function createEvaluation(options: NewEvaluationOptions = {}): ChecklistEvaluation {
  const extraCriteria = (options.extraCriteria ?? []).map((c) => ({ ...c }));
  const answers: ChecklistEvaluation['answers'] = {};
  for (const id of [...CHECKLIST_CRITERION_IDS, ...extraCriteria.map((c) => c.id)]) answers[id] = { answer: null };
  return {
    schemaVersion: 1,
    id: options.id ?? newId(),
    projectTitle: options.projectTitle ?? '',
    date: options.date ?? todayIso(),
    filledBy: (options.filledBy ?? []).map((p) => ({ ...p })),
    answers,
    extraCriteria,
  };
}

export function withAnswer(evaluation: ChecklistEvaluation, id: string, answer: ChecklistAnswer | null): ChecklistEvaluation {
  const entry = { ...evaluation.answers[id], answer };
  return { ...evaluation, answers: { ...evaluation.answers, [id]: entry } };
}

/** An empty comment is dropped rather than stored as "". */
export function withComment(evaluation: ChecklistEvaluation, id: string, comment: string): ChecklistEvaluation {
  const entry: ChecklistEvaluation['answers'][string] = { answer: evaluation.answers[id]?.answer ?? null };
  if (comment.trim()) entry.comment = comment;
  return { ...evaluation, answers: { ...evaluation.answers, [id]: entry } };
}

/**
 * Nothing typed or ticked yet: such a sheet may be replaced without losing anyone's work.
 * `givenTitle` is the title the host page gave (`project-title`): nobody typed it, so a
 * sheet holding it is still blank (else the page's own title would lock the sheet).
 */
export function isPristine(evaluation: ChecklistEvaluation, givenTitle = ''): boolean {
  const title = evaluation.projectTitle.trim();
  return (
    (!title || title === givenTitle.trim()) &&
    evaluation.filledBy.length === 0 &&
    Object.values(evaluation.answers).every((a) => a.answer === null && !a.comment)
  );
}

export interface ChecklistState {
  /** The evaluation being filled in (or shown): the latest by date. */
  readonly current: ChecklistEvaluation;
  /** Earlier evaluations of the same project, oldest first. */
  readonly history: readonly ChecklistEvaluation[];
}

/** Oldest first; stable for equal dates (as ChecklistHistorySchema requires). */
export function byDate<T extends { date: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The same evaluation as it should leave the widget: the title trimmed as the schema would. */
export function published(evaluation: ChecklistEvaluation): ChecklistEvaluation {
  return { ...evaluation, projectTitle: evaluation.projectTitle.trim() };
}
