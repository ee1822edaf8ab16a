import { defineElement } from '../internal/define.js';
import { PpPartnerCard } from './partner-card.js';

export { PpPartnerCard };

defineElement('pp-partner-card', PpPartnerCard);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-card': PpPartnerCard;
  }
}
