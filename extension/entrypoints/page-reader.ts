import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Injected on demand (activeTab + scripting) when the user saves a page; never on every page.
export default defineUnlistedScript(() => ({ title: document.title, url: location.href }));
