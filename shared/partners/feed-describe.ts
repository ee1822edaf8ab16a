/**
 * Words for a feed that has something to explain (a refusal, an unusable feed, entries
 * left out): apart from feed-read.ts because a feed read without a problem never needs
 * them (the widgets import this module only then).
 */
import type { Locale } from '../i18n/locale';
import type { RejectedEntry } from './feed-check';
import type { CheckedFeed, FeedReading, FormatIssues, RejectedPartner } from './feed-read';

function describeRejected({ index, id, failure }: RejectedEntry, locale: Locale, format: FormatIssues): RejectedPartner {
  const where = `partners[${index}]${id ? ` (${id})` : ''}`;
  const why =
    failure === 'duplicate'
      ? locale === 'en'
        ? 'duplicate identifier'
        : 'identifiant en double'
      : format(failure.issues, locale, failure.input);
  return { index, ...(id ? { id } : {}), message: `${where} — ${why}` };
}

/** Words `checked` in `locale` (a refusal's words are the widget's: `message` is empty then). */
export function describeFeed(checked: CheckedFeed, locale: Locale, format: FormatIssues): FeedReading {
  if (checked.kind === 'refused') return { ok: false, refusal: checked.refusal, message: '' };
  const check = checked.check;
  if (!check.ok) return { ok: false, message: format(check.failure.issues, locale, check.failure.input) };
  return {
    ok: true,
    feed: {
      establishment: check.head.establishment,
      generatedAt: check.head.generatedAt,
      partners: check.partners,
      rejected: check.rejected.map((r) => describeRejected(r, locale, format)),
    },
  };
}
