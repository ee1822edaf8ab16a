/**
 * The criteria an evaluation asks about: the 10 HAS ones (Annex 2, l.1008–1018), always
 * first and never editable, then the establishment's own, in the order they were added.
 */

import { type Locale, type LocalizedText, localized } from '../i18n/locale';
import type { ChecklistEvaluation, ExtraCriterion } from '../schemas/checklist';
import { CHECKLIST_CRITERIA, type ChecklistAnswer, HAS_CRITERION_PREFIX } from '../vocab/checklist';

export type CriterionOrigin = 'has' | 'extra';

export interface CriterionView {
  readonly id: string;
  /** 1-based position in the sheet (HAS 1–10, then 11, 12… for extra criteria). */
  readonly number: number;
  readonly origin: CriterionOrigin;
  /** HAS criteria are bilingual; an extra criterion is in the words its author typed. */
  readonly label: LocalizedText | string;
}

export const HAS_CRITERIA: readonly CriterionView[] = CHECKLIST_CRITERIA.map((c, i) => ({
  id: c.id,
  number: i + 1,
  origin: 'has',
  label: c.label,
}));

/** HAS criteria, then `extraCriteria` (any extra that tries to reuse a HAS id is ignored). */
export function criteriaOf(evaluation: { readonly extraCriteria: readonly ExtraCriterion[] }): CriterionView[] {
  const extras = evaluation.extraCriteria
    .filter((c) => !c.id.startsWith(HAS_CRITERION_PREFIX))
    .map((c, i): CriterionView => ({ id: c.id, number: HAS_CRITERIA.length + i + 1, origin: 'extra', label: c.label }));
  return [...HAS_CRITERIA, ...extras];
}

export function criterionText(criterion: Pick<CriterionView, 'label'>, locale: Locale): string {
  return typeof criterion.label === 'string' ? criterion.label : localized(criterion.label, locale);
}

/** The answer given to a criterion, null when none (own keys only: ids come from data). */
export function answerOf(evaluation: Pick<ChecklistEvaluation, 'answers'>, id: string): ChecklistAnswer | null {
  const entry = Object.hasOwn(evaluation.answers, id) ? evaluation.answers[id] : undefined;
  return entry?.answer ?? null;
}
