/** The Platform of the real extension (Chrome MV3 and Firefox MV2). */

import { ext, extensionUrl, toolbarAction } from './ext';
import { downloadWithLink, type Platform } from './platform';
import { readTabPage } from './read-page';
import { loadSettings, onSettingsChanged, SETTINGS_KEY } from './settings';

export const SAVE_COMMAND = 'save-page';

export { loadSettings, onSettingsChanged };

export async function setBadge(tabId: number, saved: boolean, title: string): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  try {
    // The badge is a character, not only a colour (RGAA: no information by colour alone).
    await action.setBadgeText({ tabId, text: saved ? '✓' : '' });
    if (saved) await action.setBadgeBackgroundColor({ tabId, color: '#18753c' });
    await action.setTitle({ tabId, title });
  } catch {
    // The tab may have closed meanwhile.
  }
}

/** The tab named by `?tab=<id>` in the page's address (the popup, or a test opening the panel in a tab). */
function pinnedTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tab');
  return param && /^\d+$/.test(param) ? Number(param) : undefined;
}

/**
 * Follows the active tab of this page's window. tabs.onActivated and tabs.onUpdated need no
 * `tabs` permission (only the address in `changeInfo.url` does): without it, `status: 'complete'`
 * still reports a navigation.
 */
export function onActiveTabChanged(listener: (tabId: number) => void): () => void {
  if (pinnedTabId() !== undefined) return () => {};
  let windowId: number | undefined;
  let stopped = false;
  const ready = ext.windows
    .getCurrent()
    .then((w) => {
      windowId = w.id;
    })
    .catch(() => undefined);
  const sameWindow = (id: number) => windowId === undefined || id === windowId;
  const activated = (info: { tabId: number; windowId: number }) => {
    void ready.then(() => {
      if (!stopped && sameWindow(info.windowId)) listener(info.tabId);
    });
  };
  const updated = (tabId: number, change: { status?: string; url?: string }, tab: chrome.tabs.Tab) => {
    if (!tab.active || (change.status !== 'complete' && change.url === undefined)) return;
    void ready.then(() => {
      if (!stopped && sameWindow(tab.windowId)) listener(tabId);
    });
  };
  ext.tabs.onActivated.addListener(activated);
  ext.tabs.onUpdated.addListener(updated);
  return () => {
    stopped = true;
    ext.tabs.onActivated.removeListener(activated);
    ext.tabs.onUpdated.removeListener(updated);
  };
}

export const browserPlatform: Platform = {
  async targetTabId() {
    const pinned = pinnedTabId();
    if (pinned !== undefined) return pinned;
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  readPage: readTabPage,
  onTargetTabChange: onActiveTabChanged,
  // Loaded when used (the contacts section, the popup's offer): the cards' checker and
  // schemas are no part of a page's first screen.
  readPartners: (tabId) => import('./read-partners').then((m) => m.readTabPartners(tabId)),
  setSavedBadge: setBadge,
  async openLibrary(tabId) {
    const sidePanel = (ext as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } })
      .sidePanel;
    const sidebar = (globalThis as unknown as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser?.sidebarAction;
    try {
      if (sidePanel && tabId !== undefined) return await sidePanel.open({ tabId });
      if (sidebar) return await sidebar.open();
    } catch {
      // No user gesture, or no side panel here: open the library in a tab instead.
    }
    await ext.tabs.create({ url: extensionUrl('/sidepanel.html') });
  },
  async openFullPage() {
    await ext.tabs.create({ url: extensionUrl('/sidepanel.html?view=page') });
  },
  async openOptions() {
    await ext.runtime.openOptionsPage();
  },
  async saveShortcut() {
    try {
      const commands = await ext.commands.getAll();
      return commands.find((c) => c.name === SAVE_COMMAND)?.shortcut || undefined;
    } catch {
      return undefined;
    }
  },
  getSettings: loadSettings,
  async setSettings(settings) {
    const current = await loadSettings();
    await ext.storage.local.set({ [SETTINGS_KEY]: { ...current, ...settings } });
  },
  onSettingsChange: onSettingsChanged,
  async hasTabsPermission() {
    return ext.permissions.contains({ permissions: ['tabs'] });
  },
  async requestTabsPermission() {
    return ext.permissions.request({ permissions: ['tabs'] });
  },
  async removeTabsPermission() {
    await ext.permissions.remove({ permissions: ['tabs'] });
  },
  download: downloadWithLink,
};
