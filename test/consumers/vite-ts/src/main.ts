// The element registers itself when its module is imported (a side effect: keep this import).
import 'binome/widgets/partner-card';
import type { PartnerCardLoadDetail, PpPartnerCard } from 'binome/widgets/partner-card';

const card = document.createElement('pp-partner-card');
// HTMLElementTagNameMap: the element's own class, with its typed properties.
const same: PpPartnerCard = card;
same.src = 'data/partenaires.json';
card.partnerId = 'pp-037';
card.headingLevel = 2;
// HTMLElementEventMap: the detail of pp-load is typed.
card.addEventListener('pp-load', (event) => {
  const detail: PartnerCardLoadDetail = event.detail as PartnerCardLoadDetail;
  document.documentElement.dataset.loaded = `${detail.id}:${detail.shown}`;
});
// @ts-expect-error — partnerId is a string, not a number.
card.partnerId = 37;
// @ts-expect-error — an event the widgets never fire is not in the map with a detail.
card.addEventListener('pp-unknown', (event) => event.detail);
card.partnerId = 'pp-037';
document.querySelector('main')?.append(card);
