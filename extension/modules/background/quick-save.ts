/**
 * Saving without the popup: the keyboard shortcut and the context menu. Same code path
 * as the popup (page-reader.js, classification, one store transaction); the suggested
 * type and domains are taken as they are (the user can change them in the library), an
 * item already saved keeps the user's classification and only gains the new excerpt.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { type CaptureChoices, metadataFromAddress } from '../../../shared/library/capture';
import { classifyPage } from '../../../shared/library/classify';
import type { PageMetadata } from '../../../shared/library/metadata';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { isHttpUrl } from '../../../shared/schemas/common';
import { MESSAGES } from '../i18n/messages';
import type { ReadPageResult } from '../platform/platform';
import type { LibraryStore } from '../store/library-store';

export interface QuickSaveDeps {
  readonly store: LibraryStore;
  readonly readPage: (tabId: number) => Promise<ReadPageResult>;
  readonly setBadge: (tabId: number, saved: boolean, title: string) => Promise<void>;
  readonly locale: Locale;
}

export interface QuickSaveRequest {
  readonly tabId: number;
  /** Text selected in the page (context menu "save the selection"). */
  readonly selectionText?: string;
  /** A link to save instead of the page (context menu on a link, e.g. a PDF). */
  readonly linkUrl?: string;
  readonly linkText?: string;
}

export type QuickSaveResult =
  | { readonly ok: true; readonly item: LibraryItem; readonly created: boolean }
  | { readonly ok: false; readonly reason: string };

export async function quickSave(deps: QuickSaveDeps, request: QuickSaveRequest): Promise<QuickSaveResult> {
  const m = MESSAGES[deps.locale].background;
  let meta: PageMetadata;
  if (request.linkUrl) {
    if (!isHttpUrl(request.linkUrl)) return fail(deps, request.tabId, 'unsupported');
    meta = metadataFromAddress(request.linkUrl, request.linkText);
  } else {
    const read = await deps.readPage(request.tabId);
    if (!read.ok) return fail(deps, request.tabId, read.reason);
    meta = read.meta;
  }
  // The page's own selection keeps line breaks; the menu's selectionText is flattened.
  const excerpt = request.linkUrl ? undefined : (meta.selection ?? request.selectionText)?.trim() || undefined;
  try {
    const existing = await deps.store.findByUrl(meta.url);
    let choices: CaptureChoices;
    if (existing) {
      const kept = { resourceType: existing.resourceType, domains: existing.domains, tags: existing.tags, note: existing.note };
      choices = { ...kept, excerpt, base: kept };
    } else {
      const suggestion = classifyPage(meta, deps.locale);
      choices = { resourceType: suggestion.resourceType, domains: suggestion.domains.map((d) => d.id), tags: [], excerpt };
    }
    const result = await deps.store.saveFromPage(meta, choices);
    // A saved link is not the page on screen: the badge is about the tab's page.
    if (!request.linkUrl) await deps.setBadge(request.tabId, true, m.savedTitle);
    return { ok: true, item: result.item, created: result.created };
  } catch (error) {
    return fail(deps, request.tabId, error instanceof Error ? error.message : String(error));
  }
}

async function fail(deps: QuickSaveDeps, tabId: number, reason: string): Promise<QuickSaveResult> {
  await deps.setBadge(tabId, false, MESSAGES[deps.locale].background.failedTitle(reason));
  return { ok: false, reason };
}

/** The badge of a tab whose address is known: ✓ when the page is in the library. */
export async function refreshBadge(
  store: LibraryStore,
  setBadge: QuickSaveDeps['setBadge'],
  locale: Locale,
  tabId: number,
  url: string | undefined,
): Promise<boolean> {
  const saved = Boolean(url && isHttpUrl(url) && (await store.findByUrl(url)));
  const m = MESSAGES[locale].background;
  await setBadge(tabId, saved, saved ? m.alreadyTitle : MESSAGES[locale].appName);
  return saved;
}
