/**
 * Highlights in the background (service worker / background page):
 * - the highlighter script's events (events.ts), on `runtime.onMessage`;
 * - a context-menu entry per meaning on a selection: capture → store → `add`;
 * - the `highlight-selection` command (Alt+Shift+H): opens the toolbar on the selection;
 * - per-site automatic highlights: registered scripts kept in step with the granted
 *   optional host permissions (site-access.ts) at start-up and on every change.
 * Menus and commands grant activeTab on the tab, so the script can be injected there.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { HL } from '../highlights/protocol';
import { ext } from '../platform/ext';
import { HighlightStore } from '../store/highlight-store';
import type { LibraryStore } from '../store/library-store';
import { browserPermissions, browserScripting, browserTabs, localArea } from './browser-apis';
import { handleHighlighterEvent, isHighlighterEvent } from './events';
import { allMeanings, loadUserMeanings, MEANINGS_KEY } from './meaning-settings';
import { pageHighlightMessages } from './messages';
import { syncRegistrations } from './site-access';
import { ensureHighlighter, HIGHLIGHTER_FILE, type HighlighterDeps, sendCommand } from './tab-highlighter';

export const HIGHLIGHT_COMMAND = 'highlight-selection';
const MENU_PARENT = 'binome-hl';
const MENU_PREFIX = 'binome-hl:';

export interface BackgroundContext {
  readonly library: () => Promise<LibraryStore>;
  readonly locale: () => Promise<Locale>;
}

function depsOf(context: BackgroundContext, library: LibraryStore, locale: Locale): HighlighterDeps {
  return {
    tabs: browserTabs,
    highlights: new HighlightStore(library, locale),
    meanings: async () => allMeanings(await loadUserMeanings(localArea), locale),
    locale: context.locale,
  };
}

async function deps(context: BackgroundContext): Promise<HighlighterDeps> {
  const [library, locale] = await Promise.all([context.library(), context.locale()]);
  return depsOf(context, library, locale);
}

/** The highlight entries of the context menu (called by background.ts after `removeAll`). */
export async function createHighlightMenus(locale: Locale): Promise<void> {
  const t = pageHighlightMessages(locale);
  const meanings = allMeanings(await loadUserMeanings(localArea), locale);
  ext.contextMenus.create({ id: MENU_PARENT, title: t.menuParent, contexts: ['selection'] });
  for (const meaning of meanings)
    ext.contextMenus.create({
      id: `${MENU_PREFIX}${meaning.id}`,
      parentId: MENU_PARENT,
      title: t.menuMeaning(meaning.label),
      contexts: ['selection'],
    });
}

/** Context menu: highlight the selection with one meaning, without the toolbar. */
export async function highlightSelection(d: HighlighterDeps, tabId: number, colour: string): Promise<boolean> {
  const ready = await ensureHighlighter(d, tabId);
  if (!ready.ok) return false;
  const capture = await sendCommand(d.tabs, tabId, { type: `${HL}capture` });
  if (!capture?.ok) return false;
  const saved = await d.highlights.save({ url: capture.url, title: capture.title, selectors: capture.selectors, colour });
  const { id, selectors, note } = saved.annotation;
  await sendCommand(d.tabs, tabId, { type: `${HL}add`, annotation: { id, selectors, colour, ...(note ? { note } : {}) } });
  return true;
}

/** Keyboard shortcut: the toolbar, focused, on the current selection. */
export async function openToolbar(d: HighlighterDeps, tabId: number): Promise<boolean> {
  const ready = await ensureHighlighter(d, tabId);
  if (!ready.ok) return false;
  const reply = await sendCommand(d.tabs, tabId, { type: `${HL}toolbar`, locale: await d.locale() });
  return Boolean(reply?.ok);
}

export async function syncSiteScripts(): Promise<void> {
  await syncRegistrations(browserPermissions, browserScripting, HIGHLIGHTER_FILE).catch((error) =>
    console.warn('[binome] could not update the per-site highlighter scripts', error),
  );
}

export function startHighlights(context: BackgroundContext, rebuildMenus: () => void): void {
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isHighlighterEvent(message)) return false;
    void deps(context)
      .then((d) => handleHighlighterEvent(d, message, sender))
      .then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });

  ext.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (!id.startsWith(MENU_PREFIX) || tab?.id === undefined) return;
    const tabId = tab.id;
    void deps(context).then((d) => highlightSelection(d, tabId, id.slice(MENU_PREFIX.length)));
  });

  ext.commands.onCommand.addListener((command, tab) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    const run = (tabId: number | undefined) =>
      tabId === undefined ? undefined : deps(context).then((d) => openToolbar(d, tabId));
    if (tab?.id !== undefined) void run(tab.id);
    else void ext.tabs.query({ active: true, currentWindow: true }).then(([active]) => run(active?.id));
  });

  // New or deleted meanings: the menu follows.
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[MEANINGS_KEY]) rebuildMenus();
  });

  ext.permissions.onAdded.addListener(() => void syncSiteScripts());
  ext.permissions.onRemoved.addListener(() => void syncSiteScripts());
  void syncSiteScripts();
}
