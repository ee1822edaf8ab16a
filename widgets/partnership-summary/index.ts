import { defineElement } from '../internal/define.js';
import {
  type PartnershipSummaryErrorDetail,
  type PartnershipSummaryLoadDetail,
  PpPartnershipSummary,
} from './partnership-summary.js';

// What a host passes (the data type) and the details of the pp-* events.
export type { PartnershipSummary, PublishedCount } from '../../shared/schemas/partnership-summary';
// The typed pp-* events (HTMLElementEventMap).
export type {} from '../events.js';
export type { PartnershipSummaryErrorDetail, PartnershipSummaryLoadDetail };
export { PpPartnershipSummary };

defineElement('pp-partnership-summary', PpPartnershipSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partnership-summary': PpPartnershipSummary;
  }
}
