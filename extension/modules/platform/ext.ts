/**
 * The WebExtension API, typed with @types/chrome. WXT's `browser` is Firefox's
 * promise-based `browser` or Chrome's `chrome`; their shapes match for what we use.
 * MV2 (Firefox) names the toolbar button `browserAction` and has a `sidebarAction`.
 */
import { browser } from 'wxt/browser';

export const ext = browser as unknown as typeof chrome;

type Action = typeof chrome.action;
export function toolbarAction(): Action | undefined {
  const api = ext as unknown as { action?: Action; browserAction?: Action };
  return api.action ?? api.browserAction;
}

export function extensionUrl(path: string): string {
  return (ext.runtime as unknown as { getURL(path: string): string }).getURL(path);
}
