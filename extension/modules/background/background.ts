/**
 * The service worker (Chrome) / background page (Firefox): context menus, the save
 * shortcut, the "already saved" badge. It opens the library database itself (extension
 * origin) — never a content script.
 *
 * The badge needs the tab's address. Without the optional `tabs` permission the browser
 * only tells it for a tab where the user invoked the extension (activeTab); with it
 * (opt-in in the options), for every tab.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { resolveSetting } from '../i18n/resolve';
import { createHighlightMenus, startHighlights } from '../page-highlights/background-highlights';
import { loadSettings, onSettingsChanged, SAVE_COMMAND, setBadge } from '../platform/browser-platform';
import { ext } from '../platform/ext';
import { readTabPage } from '../platform/read-page';
import { LibraryStore } from '../store/library-store';
import { quickSave, refreshBadge } from './quick-save';

const MENU = { page: 'binome-save-page', selection: 'binome-save-selection', link: 'binome-save-link' } as const;

let storePromise: Promise<LibraryStore> | null = null;
function library(): Promise<LibraryStore> {
  storePromise ??= LibraryStore.open().then((store) => {
    store.onChange(() => void refreshAllBadges());
    return store;
  });
  return storePromise;
}

async function currentLocale(): Promise<Locale> {
  return resolveSetting((await loadSettings()).locale);
}

async function createMenus(): Promise<void> {
  const m = MESSAGES[await currentLocale()].background;
  await ext.contextMenus.removeAll();
  ext.contextMenus.create({ id: MENU.page, title: m.menuPage, contexts: ['page'] });
  ext.contextMenus.create({ id: MENU.selection, title: m.menuSelection, contexts: ['selection'] });
  ext.contextMenus.create({ id: MENU.link, title: m.menuLink, contexts: ['link'] });
  await createHighlightMenus(await currentLocale());
}

async function save(
  tabId: number | undefined,
  request: { selectionText?: string; linkUrl?: string; linkText?: string } = {},
): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const [store, locale] = await Promise.all([library(), currentLocale()]);
  await quickSave({ store, readPage: readTabPage, setBadge, locale }, { tabId, ...request });
}

async function refreshTab(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  const [store, locale] = await Promise.all([library(), currentLocale()]);
  await refreshBadge(store, setBadge, locale, tabId, url);
}

async function refreshAllBadges(): Promise<void> {
  const tabs = await ext.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id !== undefined ? refreshTab(tab.id, tab.url) : undefined)));
}

export function startBackground(): void {
  // Chrome: the toolbar button keeps its popup; the side panel opens from the popup or the menu.
  const sidePanel = (
    ext as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});

  ext.runtime.onInstalled.addListener(() => void createMenus());
  ext.runtime.onStartup?.addListener(() => void createMenus());
  onSettingsChanged(() => void createMenus().catch(() => {}));
  // Highlights: page events, a menu entry per meaning, Alt+Shift+H, per-site scripts (docs/highlights.md).
  startHighlights({ library, locale: currentLocale }, () => void createMenus().catch(() => {}));

  ext.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.link) {
      void save(tab?.id, { linkUrl: info.linkUrl, linkText: (info as { linkText?: string }).linkText });
    } else if (info.menuItemId === MENU.selection) {
      void save(tab?.id, { selectionText: info.selectionText });
    } else if (info.menuItemId === MENU.page) {
      void save(tab?.id);
    }
  });

  ext.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    if (tab?.id !== undefined) void save(tab.id);
    else void ext.tabs.query({ active: true, currentWindow: true }).then(([active]) => save(active?.id));
  });

  ext.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' || change.url) void refreshTab(tabId, tab.url);
  });
  ext.tabs.onActivated.addListener(({ tabId }) => {
    void ext.tabs.get(tabId).then(
      (tab) => refreshTab(tabId, tab.url),
      () => {},
    );
  });
}
