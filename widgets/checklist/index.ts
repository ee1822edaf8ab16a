import { defineElement } from '../internal/define.js';
import { PpChecklist } from './checklist.js';

// What a host passes or reads (the data types), and the typed pp-* events (HTMLElementEventMap).
export type { CriterionView } from '../../shared/checklist/criteria';
export type { ChecklistAnswerEntry, ChecklistEvaluation, ExtraCriterion } from '../../shared/schemas/checklist';
export type { ChecklistEventDetail } from '../events.js';
export { type ChecklistStore, PpChecklist } from './checklist.js';

defineElement('pp-checklist', PpChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'pp-checklist': PpChecklist;
  }
}
