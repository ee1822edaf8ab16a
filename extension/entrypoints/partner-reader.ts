import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPagePartners } from '../modules/contacts/page-partners';

// Injected on demand (activeTab + scripting) when the popup opens on a page; never on every page.
// It returns what each partner card of the page shows, as the widget wrote it on the card
// (`data-pp-shown`): no request, no feed read again. The extension validates that answer
// card by card before any use.
export default defineUnlistedScript(() => readPagePartners(document));
