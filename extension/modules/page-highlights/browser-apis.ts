/** The real browser APIs behind the small interfaces of tab-highlighter.ts and site-access.ts. */
import { ReportEvent } from '../highlights/protocol';
import { ext } from '../platform/ext';
import type { KeyValueArea } from './meaning-settings';
import type { PermissionsApi, ScriptingApi } from './site-access';
import type { TabApi } from './tab-highlighter';

export const browserTabs: TabApi = {
  sendMessage: (tabId, message) => ext.tabs.sendMessage(tabId, message),
  async inject(tabId, file) {
    await ext.scripting.executeScript({ target: { tabId }, files: [file] });
  },
  async tabUrl(tabId) {
    const tab = await ext.tabs.get(tabId);
    return tab.url || undefined;
  },
  onReport(listener) {
    // A page's `report` event reaches every extension page; the background answers it, not us.
    const handle = (message: unknown, sender: chrome.runtime.MessageSender) => {
      const parsed = ReportEvent.safeParse(message);
      if (parsed.success && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0)
        listener(sender.tab.id, parsed.data.results);
      return false;
    };
    // Rendered outside the extension (a page without extension APIs): there is no report to hear.
    const messages = ext.runtime?.onMessage;
    if (!messages) return () => {};
    messages.addListener(handle);
    return () => messages.removeListener(handle);
  },
};

export const browserPermissions: PermissionsApi = {
  request: (origins) => ext.permissions.request({ origins }),
  remove: (origins) => ext.permissions.remove({ origins }),
  async granted() {
    return (await ext.permissions.getAll()).origins ?? [];
  },
};

export const browserScripting: ScriptingApi = {
  async registered() {
    return (await ext.scripting.getRegisteredContentScripts()).map((s) => s.id);
  },
  async register(id, pattern, file) {
    await ext.scripting.registerContentScripts([
      { id, matches: [pattern], js: [file.replace(/^\//, '')], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  },
  async unregister(ids) {
    await ext.scripting.unregisterContentScripts({ ids });
  },
};

export const localArea: KeyValueArea = {
  get: (key) => ext.storage.local.get(key) as Promise<Record<string, unknown>>,
  set: (items) => ext.storage.local.set(items),
};
