import { defineElement } from '../internal/define.js';
import { type ListedPartner, type PartnerListLoadDetail, PpPartnerList } from './partner-list.js';

// What a host passes or reads (the data types), and the typed pp-* events (HTMLElementEventMap).
export type { PartnerCriteria } from '../../shared/partners/search';
export type { Establishment } from '../../shared/schemas/establishment';
export type { PublicFeed, PublicPartnerEntry } from '../../shared/schemas/public-feed';
export type { PartnerListErrorDetail, PartnerListFilterDetail } from '../events.js';
export type { ListedPartner, PartnerListLoadDetail };
export { PpPartnerList };

defineElement('pp-partner-list', PpPartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'pp-partner-list': PpPartnerList;
  }
}
