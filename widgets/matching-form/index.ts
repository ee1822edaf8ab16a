import { defineElement } from '../internal/define.js';
import { PpMatchingForm } from './matching-form.js';

export type { MatchingMode } from './matching-form.js';
export { PpMatchingForm };

defineElement('pp-matching-form', PpMatchingForm);

declare global {
  interface HTMLElementTagNameMap {
    'pp-matching-form': PpMatchingForm;
  }
}
