/**
 * What the extension's pages need from the browser, behind one interface: the real
 * implementation (browser-platform.ts) in the extension, a fake in browser-mode tests
 * (which render the pages outside an extension).
 */
import type { PageMetadata } from '../../../shared/library/metadata';
import type { FoundPartners } from '../../../shared/schemas/contact';

export type LocaleSetting = 'auto' | 'fr' | 'en';

export interface Settings {
  readonly locale: LocaleSetting;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto' };

export type ReadPageResult =
  /** Read by page-reader.js in the page. */
  | { readonly ok: true; readonly meta: PageMetadata; readonly partial: false }
  /** The script could not run (PDF viewer, restricted page…): what the tab itself says. */
  | { readonly ok: true; readonly meta: PageMetadata; readonly partial: true }
  /** Not a web page, or no access to it. */
  | { readonly ok: false; readonly reason: 'unsupported' | 'no-tab' };

export interface Platform {
  /** The tab the popup acts on: `?tab=<id>` in the popup's address, else the active tab. */
  targetTabId(): Promise<number | undefined>;
  readPage(tabId: number): Promise<ReadPageResult>;
  /**
   * Calls `listener` with the new target tab when the side panel's window shows another page:
   * another tab activated, or its active tab navigated (new address or load complete). Nothing
   * when the target is pinned (`?tab=<id>`). Returns the unsubscribe function. Optional: absent,
   * the target is read once.
   */
  onTargetTabChange?(listener: (tabId: number) => void): () => void;
  setSavedBadge(tabId: number, saved: boolean, title: string): Promise<void>;
  /** Opens the library in the side panel (Chrome) or sidebar (Firefox), else in a tab. */
  openLibrary(tabId?: number): Promise<void>;
  openFullPage(): Promise<void>;
  openOptions(): Promise<void>;
  /** The keys of the "save page" command, if set. */
  saveShortcut(): Promise<string | undefined>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Partial<Settings>): Promise<void>;
  onSettingsChange(listener: (settings: Settings) => void): () => void;
  /** Optional `tabs` permission, for the "already saved" badge on every page. */
  hasTabsPermission(): Promise<boolean>;
  requestTabsPermission(): Promise<boolean>;
  removeTabsPermission(): Promise<void>;
  /** Saves a file in the user's downloads. */
  download(blob: Blob, fileName: string): Promise<void>;
  /**
   * The partner cards a tab shows (platform/read-partners.ts, partner-reader.js injected on
   * demand), validated; null when the page cannot be read. Optional: absent, no offer to save contacts.
   */
  readPartners?(tabId: number): Promise<FoundPartners | null>;
}

/** Downloads through an object URL and a temporary link: needs no `downloads` permission. */
export async function downloadWithLink(blob: Blob, fileName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
