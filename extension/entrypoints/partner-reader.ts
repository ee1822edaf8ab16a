import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPagePartners } from '../modules/contacts/page-partners';

// Injected on demand (activeTab + scripting) when the popup opens on a page; never on every page.
// It returns (a promise of) the public data of the partner cards the page shows — the raw feed
// never leaves the page — and the extension validates that answer field by field before any use.
export default defineUnlistedScript(() => readPagePartners(document));
