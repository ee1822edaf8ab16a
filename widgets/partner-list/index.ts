import { defineElement } from '../internal/define.js';
import { PpPartnerList } from './partner-list.js';

export { PpPartnerList };

defineElement('pp-partner-list', PpPartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-list': PpPartnerList;
  }
}
