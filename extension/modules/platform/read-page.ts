/**
 * Reads the page of a tab with page-reader.js, injected on demand. Needs access to the
 * tab: activeTab (granted when the user clicks the toolbar button, uses the context
 * menu or the keyboard shortcut) — no host permission.
 */
import { coercePageMetadata, metadataFromAddress } from '../../../shared/library/capture';
import { isHttpUrl } from '../../../shared/schemas/common';
import { ext } from './ext';
import type { ReadPageResult } from './platform';

export async function readTabPage(tabId: number): Promise<ReadPageResult> {
  let tab: chrome.tabs.Tab;
  try {
    tab = await ext.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  try {
    const [injection] = await ext.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
    const meta = coercePageMetadata(injection?.result);
    if (meta && isHttpUrl(meta.url)) return { ok: true, meta, partial: false };
  } catch {
    // Not scriptable (PDF viewer, store pages, error pages): fall back on the tab's own title and address.
  }
  const url = tab.url ?? tab.pendingUrl;
  if (url && isHttpUrl(url)) return { ok: true, meta: metadataFromAddress(url, tab.title), partial: true };
  return { ok: false, reason: 'unsupported' };
}
