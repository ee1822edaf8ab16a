import { plainValidationMessages, validationMessagesOrPlain } from '../../shared/i18n/load-validation-messages';
import type { Locale } from '../../shared/i18n/locale';
import {
  checkFeedForDisplay,
  cleanFeed,
  type FeedReading,
  feedNeedsMessages,
  loadFeedDescriber,
  type ReadFeed,
  type Refusal,
  readFeedForDisplay,
} from '../../shared/partners/feed-read';
import { type FetchJsonResult, fetchJson } from '../internal/fetch-json';
import { loadProblems, problemWords } from './messages';
import type { ProblemWords } from './problems';

/**
 * One feed of a directory, read or not. `label` names it: its URL as written, or its rank.
 * A failure carries its words already: `message` alone, `named` when the feed is one of
 * several, `warning` for the developer when the data was refused (a registry, a v1 file).
 */
export type FeedOutcome =
  | { readonly ok: true; readonly label: string; readonly feed: ReadFeed }
  | { readonly ok: false; readonly label: string; readonly message: string; readonly named: string; readonly warning?: string };

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

/** A failure in words (problems.ts, downloaded now that one is needed). */
async function failure(label: string, locale: Locale, say: (w: ProblemWords) => string, refusal?: Refusal): Promise<FeedOutcome> {
  const words = await problemWords(locale);
  const message = say(words);
  const warning = refusal
    ? await loadProblems().then(
        (m) => m.refusalWarning(label, refusal),
        () => undefined,
      )
    : undefined;
  return { ok: false, label, message, named: words.failedFeed(label, message), ...(warning ? { warning } : {}) };
}

function outcome(label: string, reading: FeedReading, locale: Locale): FeedOutcome | Promise<FeedOutcome> {
  if (reading.ok) return { ok: true, label, feed: reading.feed };
  const { refusal, message } = reading;
  if (refusal) return failure(label, locale, (w) => w.refused, refusal);
  return failure(label, locale, (w) => w.invalidFeed(message));
}

/** The URLs of a `src` attribute: several, separated by spaces (a GHT's establishments). */
export function sourceUrls(src: string | undefined): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Fetches (credentials omitted, timeout, size cap: widgets/internal/fetch-json) and
 * reads one feed. Never throws; failures come back as a short message in `locale`.
 */
async function loadOne(src: string, locale: Locale): Promise<FeedOutcome> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return failure(src, locale, (w) => w.unreachable('status'));
  }
  const result = await fetchOnce(url);
  if (!result.ok) return failure(src, locale, (w) => w.unreachable(result.reason));
  return outcome(src, await readFeedForDisplay(result.data, url, locale), locale);
}

/** Every feed of `srcs`, in their order. */
export function loadFeeds(srcs: readonly string[], locale: Locale): Promise<FeedOutcome[]> {
  return Promise.all(srcs.map((src) => loadOne(src, locale)));
}

/**
 * Feeds a host loaded itself (the `feeds` property); relative links resolve against
 * the page. At once when every feed is read without a problem (the element renders in
 * the same update), else once the words for the problems are loaded.
 */
export function readGivenFeeds(feeds: readonly unknown[], locale: Locale): FeedOutcome[] | Promise<FeedOutcome[]> {
  const checked = feeds.map((json) => checkFeedForDisplay(json, document.baseURI));
  const clean = checked.map(cleanFeed);
  if (clean.every((feed) => feed !== undefined)) {
    return clean.map((feed, index): FeedOutcome => ({ ok: true, label: String(index + 1), feed: feed as ReadFeed }));
  }
  return Promise.all([
    loadFeedDescriber(),
    checked.some(feedNeedsMessages) ? validationMessagesOrPlain(locale) : plainValidationMessages(locale),
    problemWords(locale),
  ]).then(([{ describeFeed }, format, words]) =>
    Promise.all(checked.map((one, index) => outcome(words.givenFeed(index), describeFeed(one, locale, format), locale))),
  );
}
