import { defineElement } from '../internal/define.js';
import { PpChecklist } from './checklist.js';

export { type ChecklistStore, PpChecklist } from './checklist.js';

defineElement('pp-checklist', PpChecklist);
