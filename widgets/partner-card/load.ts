import type { Locale } from '../../shared/i18n/locale';
import {
  checkFeedForDisplay,
  describeFeed,
  type FeedReading,
  type FormatIssues,
  feedNeedsMessages,
  loadFeedMessages,
  type ReadFeed,
  type Refusal,
  readFeedForDisplay,
} from '../../shared/partners/feed-read';
import { type FetchJsonResult, fetchJson } from '../internal/fetch-json';
import { cardMessagesFor } from './messages';

/** One feed of a directory, read or not. `label` names it in messages: its URL as written, or its rank. */
export type FeedOutcome =
  | { readonly ok: true; readonly label: string; readonly feed: ReadFeed }
  | { readonly ok: false; readonly label: string; readonly message: string; readonly refusal?: Refusal };

/** The command that turns a registry into a public feed (docs/widgets/partner-card.md, « Publier l'annuaire »). */
export const PUBLISH_COMMAND = 'npx binome publish registre.json -o partenaires.json';

/** The developer's warning when a registry or a v1 file is given to a widget: nothing is shown, here is the fix. */
export function refusalWarning(label: string, refusal: Refusal): string {
  const why = refusal.reason === 'registry' ? `clé « ${refusal.key} » d'un registre privé` : 'pas de « schemaVersion »: 2';
  return `« ${label} » n'est pas un annuaire public v2 (${why}) : rien n'en est affiché. Publiez le registre : ${PUBLISH_COMMAND} (docs/widgets/partner-card.md).`;
}

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

function outcome(label: string, reading: FeedReading, locale: Locale): FeedOutcome {
  if (reading.ok) return { ok: true, label, feed: reading.feed };
  const m = cardMessagesFor(locale);
  if (reading.refusal) return { ok: false, label, message: m.refused, refusal: reading.refusal };
  return { ok: false, label, message: m.invalidFeed(reading.message) };
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
  const messages = cardMessagesFor(locale);
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return { ok: false, label: src, message: messages.unreachable('status') };
  }
  const result = await fetchOnce(url);
  if (!result.ok) return { ok: false, label: src, message: messages.unreachable(result.reason) };
  return outcome(src, await readFeedForDisplay(result.data, url, locale), locale);
}

/** Every feed of `srcs`, in their order. */
export function loadFeeds(srcs: readonly string[], locale: Locale): Promise<FeedOutcome[]> {
  return Promise.all(srcs.map((src) => loadOne(src, locale)));
}

/**
 * Feeds a host loaded itself (the `feeds` property); relative links resolve against
 * the page. At once when nothing needs explaining (the element renders in the same
 * update), else once the validation messages are loaded.
 */
export function readGivenFeeds(feeds: readonly unknown[], locale: Locale): FeedOutcome[] | Promise<FeedOutcome[]> {
  const m = cardMessagesFor(locale);
  const checked = feeds.map((json) => checkFeedForDisplay(json, document.baseURI));
  const describeAll = (format: FormatIssues) =>
    checked.map((one, index) => outcome(m.givenFeed(index), describeFeed(one, locale, format), locale));
  if (!checked.some(feedNeedsMessages)) return describeAll(() => '');
  return loadFeedMessages().then(describeAll, () => describeAll(() => (locale === 'en' ? 'invalid data' : 'données invalides')));
}
