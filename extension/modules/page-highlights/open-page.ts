/**
 * "The user opened the extension on this page" (popup): draw the page's highlights. By
 * default that is the only moment they are drawn (activeTab); sites granted a host
 * permission get them on every visit (site-access.ts). Never throws: the popup's own work
 * must not depend on it.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { HighlightStore } from '../store/highlight-store';
import type { LibraryStore } from '../store/library-store';
import { browserTabs, localArea } from './browser-apis';
import { allMeanings, loadUserMeanings } from './meaning-settings';
import { type EnsureResult, ensureHighlighter } from './tab-highlighter';

export async function drawHighlightsOnOpen(store: LibraryStore, tabId: number, locale: Locale): Promise<EnsureResult> {
  try {
    return await ensureHighlighter(
      {
        tabs: browserTabs,
        highlights: new HighlightStore(store, locale),
        meanings: async () => allMeanings(await loadUserMeanings(localArea), locale),
        locale: async () => locale,
      },
      tabId,
    );
  } catch {
    return { ok: false, reason: 'no-access' };
  }
}
