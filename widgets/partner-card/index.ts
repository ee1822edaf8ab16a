import { defineElement } from '../internal/define.js';
import { type PartnerCardErrorDetail, type PartnerCardLoadDetail, PpPartnerCard } from './partner-card.js';

export type { PartnerCardErrorDetail, PartnerCardLoadDetail };
export { PpPartnerCard };

defineElement('pp-partner-card', PpPartnerCard);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-card': PpPartnerCard;
  }
}
