import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractMetadata } from '../../shared/library/metadata';

// Injected on demand (activeTab + scripting) when the user saves a page; never on every page.
// Its return value is what executeScript hands back to the extension, which validates it.
export default defineUnlistedScript(() => extractMetadata(document));
