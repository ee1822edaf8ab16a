/**
 * Reads the partner cards a tab shows with partner-reader.js, injected on demand: needs
 * access to the tab — activeTab, granted when the user opens the extension on it — and no
 * host permission. The answer comes from a web page: it is validated card by card.
 */
import { coerceFoundPartners } from '../../../shared/contacts/found';
import type { FoundPartners } from '../../../shared/schemas/contact';
import { ext } from './ext';

export async function readTabPartners(tabId: number): Promise<FoundPartners | null> {
  try {
    const [injection] = await ext.scripting.executeScript({ target: { tabId }, files: ['/partner-reader.js'] });
    return coerceFoundPartners(injection?.result);
  } catch {
    // Not scriptable (PDF viewer, store pages, error pages), or no access: nothing to offer.
    return null;
  }
}
