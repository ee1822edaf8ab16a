/**
 * Talking to the highlighter script in a tab, from the background or an extension page
 * (popup, side panel). `ensureHighlighter` is what "the user opened the extension on this
 * page" does: ping the script, inject `/highlighter.js` if it is not there (activeTab +
 * scripting: no host permission), then `render` the page's highlights with the meanings
 * and the interface language, and store the orphan flags it reports.
 * Every reply is validated with protocol.ts before use.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { isHttpUrl } from '../../../shared/schemas/common';
import type { Meaning } from '../highlights/meanings';
import {
  type AnchorReport,
  type HighlighterCommand,
  HighlighterReplySchemas,
  HL,
  PageAnnotationSchema,
  type ReplyOf,
} from '../highlights/protocol';
import type { HighlightStore } from '../store/highlight-store';

export interface TabApi {
  /** tabs.sendMessage; rejects when nothing listens in the tab. */
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  /** scripting.executeScript({ target: { tabId }, files }). */
  inject(tabId: number, file: string): Promise<void>;
  /** The tab's address (known with activeTab, the `tabs` permission or a host permission). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /**
   * Follows the anchoring results a page reports on its own after it changed (`report`
   * events; the background stores their orphan flags). Extension pages only; returns the unsubscription.
   */
  onReport?(listener: (tabId: number, results: readonly AnchorReport[]) => void): () => void;
}

export interface HighlighterDeps {
  readonly tabs: TabApi;
  readonly highlights: HighlightStore;
  readonly meanings: () => Promise<Meaning[]>;
  readonly locale: () => Promise<Locale>;
}

export const HIGHLIGHTER_FILE = '/highlighter.js';

/** Sends a command and validates the reply; `undefined` when there is no script or the reply is malformed. */
export async function sendCommand<C extends HighlighterCommand>(
  tabs: TabApi,
  tabId: number,
  command: C,
): Promise<ReplyOf<C['type']> | undefined> {
  let reply: unknown;
  try {
    reply = await tabs.sendMessage(tabId, command);
  } catch {
    return undefined;
  }
  const schema = HighlighterReplySchemas[command.type];
  const parsed = schema.safeParse(reply);
  return parsed.success ? (parsed.data as ReplyOf<C['type']>) : undefined;
}

export type EnsureResult =
  | { readonly ok: true; readonly url: string; readonly reply: ReplyOf<`${typeof HL}render`>; readonly injected: boolean }
  | { readonly ok: false; readonly reason: 'not-web-page' | 'no-access' | 'no-reply' };

/** Makes sure the script runs in the tab (injecting it if needed). */
export async function ensureScript(tabs: TabApi, tabId: number): Promise<{ ok: boolean; injected: boolean }> {
  if (await sendCommand(tabs, tabId, { type: `${HL}ping` })) return { ok: true, injected: false };
  try {
    await tabs.inject(tabId, HIGHLIGHTER_FILE);
  } catch {
    return { ok: false, injected: false };
  }
  return { ok: Boolean(await sendCommand(tabs, tabId, { type: `${HL}ping` })), injected: true };
}

/** The render command for a page: its annotations (validated one by one), meanings and language. */
export async function renderCommandFor(deps: HighlighterDeps, url: string) {
  const [{ annotations }, meanings, locale] = await Promise.all([deps.highlights.ofPage(url), deps.meanings(), deps.locale()]);
  const pageAnnotations = annotations.flatMap((a) => {
    const parsed = PageAnnotationSchema.safeParse(a);
    return parsed.success ? [parsed.data] : [];
  });
  return { type: `${HL}render` as const, annotations: pageAnnotations, meanings, locale };
}

/** Renders the page's highlights in the tab and stores the orphan flags; used by `ready` and by `ensureHighlighter`. */
export async function renderTab(deps: HighlighterDeps, tabId: number, url: string) {
  const reply = await sendCommand(deps.tabs, tabId, await renderCommandFor(deps, url));
  if (reply) await deps.highlights.setOrphanFlags(reply.results);
  return reply;
}

/** Ping, else inject; then render the page's highlights. */
export async function ensureHighlighter(deps: HighlighterDeps, tabId: number): Promise<EnsureResult> {
  const url = await deps.tabs.tabUrl(tabId).catch(() => undefined);
  // No address: the browser gives no access to this tab (the user has not invoked the extension on it).
  if (url === undefined) return { ok: false, reason: 'no-access' };
  if (!isHttpUrl(url)) return { ok: false, reason: 'not-web-page' };
  const script = await ensureScript(deps.tabs, tabId);
  if (!script.ok) return { ok: false, reason: 'no-access' };
  const pageUrl = url;
  const reply = await renderTab(deps, tabId, pageUrl);
  if (!reply) return { ok: false, reason: 'no-reply' };
  return { ok: true, url: pageUrl, reply, injected: script.injected };
}
