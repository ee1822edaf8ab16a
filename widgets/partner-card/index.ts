import { defineElement } from '../internal/define.js';
import { type PartnerCardErrorDetail, type PartnerCardLoadDetail, PpPartnerCard } from './partner-card.js';

// What a host passes or reads (the data types), and the typed pp-* events (HTMLElementEventMap).
export type { Establishment } from '../../shared/schemas/establishment';
export type { PublicFeed, PublicPartnerEntry } from '../../shared/schemas/public-feed';
export type {} from '../events.js';
export type { PartnerCardErrorDetail, PartnerCardLoadDetail };
export { PpPartnerCard };

defineElement('pp-partner-card', PpPartnerCard);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-card': PpPartnerCard;
  }
}
