import type { Locale } from '../../shared/i18n/locale';
import { type DirectoryResult, parsePartnerDirectoryLazily, resolveFeedUrls } from '../../shared/partners/directory-check';
import { type FetchJsonResult, fetchJson } from '../internal/fetch-json';
import { cardMessagesFor } from './messages';

export type FeedLoad = { ok: true; directory: Extract<DirectoryResult, { ok: true }> } | { ok: false; message: string };

/**
 * Raw feeds already fetched on this page, by absolute URL: an organigram page
 * with twelve cards reading the same feed fetches it once. Failures are not
 * kept, so a later element retries.
 */
const fetched = new Map<string, Promise<FetchJsonResult>>();

function fetchOnce(url: string): Promise<FetchJsonResult> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetchJson(url);
    fetched.set(url, pending);
    pending.then((result) => {
      if (!result.ok) fetched.delete(url);
    });
  }
  return pending;
}

/**
 * Fetches (credentials omitted, timeout, size cap: widgets/internal/fetch-json)
 * and validates a partners feed. Never throws; failures come back as a short
 * message in `locale`, for the widget to show.
 */
export async function loadPartnerFeed(src: string, locale: Locale): Promise<FeedLoad> {
  const messages = cardMessagesFor(locale);
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return { ok: false, message: messages.unreachable('status') };
  }
  const result = await fetchOnce(url);
  if (!result.ok) return { ok: false, message: messages.unreachable(result.reason) };
  const directory = await parsePartnerDirectoryLazily(resolveFeedUrls(result.data, url), locale);
  if (!directory.ok) return { ok: false, message: messages.invalidFeed(directory.message) };
  return { ok: true, directory };
}
