/** How evaluations are kept (storage, files) and combined (import). */
import type { ChecklistEvaluation } from '../schemas/checklist';
import { byDate, type ChecklistState, createEvaluation, isPristine, newId, todayIso } from './evaluation';

/** Marks files and stored records written by Binôme (ignored by the schema, which strips unknown keys). */
export const CHECKLIST_FORMAT = 'binome-checklist';

/** What the widget keeps in storage: the sheet being filled in and the earlier ones. */
export interface StoredChecklist extends ChecklistState {
  readonly format: typeof CHECKLIST_FORMAT;
  readonly schemaVersion: 1;
}

export function toStored(state: ChecklistState): StoredChecklist {
  return { format: CHECKLIST_FORMAT, schemaVersion: 1, current: state.current, history: state.history };
}

/**
 * Adds imported evaluations to what is there: same id → the imported version replaces
 * it; new id → added. A blank current sheet (`givenTitle`: the title the page gave it, see
 * isPristine) is dropped rather than kept as a dated evaluation. The latest evaluation
 * becomes the current one. Nothing else is lost.
 */
export function mergeEvaluations(
  state: ChecklistState,
  imported: readonly ChecklistEvaluation[],
  givenTitle?: string,
): ChecklistState {
  const all = new Map<string, ChecklistEvaluation>();
  for (const e of state.history) all.set(e.id, e);
  if (!isPristine(state.current, givenTitle)) all.set(state.current.id, state.current);
  for (const e of imported) {
    all.delete(e.id); // an updated evaluation takes its new date's place
    all.set(e.id, e);
  }
  const sorted = byDate([...all.values()]);
  const current = sorted.pop();
  return current ? { current, history: sorted } : state;
}

/**
 * The next dated evaluation of the same project: it starts from the previous answers
 * (a team reviews what moved rather than starting over) but not from its comments,
 * which described the situation on the previous date.
 */
export function nextEvaluation(previous: ChecklistEvaluation, date = todayIso()): ChecklistEvaluation {
  const next = createEvaluation({ ...previous, id: newId(), date });
  for (const [id, entry] of Object.entries(previous.answers)) next.answers[id] = { answer: entry.answer };
  return next;
}
