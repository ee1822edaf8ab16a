import { defineElement } from '../internal/define.js';
import { PpMatchingForm } from './matching-form.js';

// What a host passes or reads (the data types), and the typed pp-* events (HTMLElementEventMap).
export type { PartnerProfile, PartnerProfileInput } from '../../shared/schemas/partner';
export type { ProjectNeed } from '../../shared/schemas/project';
export type { Establishment, PartnerRegistry, PartnerRegistryInput } from '../../shared/schemas/registry';
export type {
  MatchingErrorDetail,
  MatchingSearchDetail,
  MatchingSelectDetail,
  MatchingSentDetail,
  MatchingSubmitDetail,
} from '../events.js';
export type { MatchingMode } from './matching-form.js';
export { PpMatchingForm };

defineElement('pp-matching-form', PpMatchingForm);

declare global {
  interface HTMLElementTagNameMap {
    'pp-matching-form': PpMatchingForm;
  }
}
