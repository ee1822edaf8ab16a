import { defineElement } from '../internal/define.js';
import { type ListedPartner, type PartnerListLoadDetail, PpPartnerList } from './partner-list.js';

export type { ListedPartner, PartnerListLoadDetail };
export { PpPartnerList };

defineElement('pp-partner-list', PpPartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-list': PpPartnerList;
  }
}
