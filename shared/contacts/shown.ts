/**
 * What a card shows, as the widget writes it on the card itself: the attribute
 * `data-pp-shown` = `JSON.stringify({ partner, establishment, detail })`, where `partner` is a
 * public feed entry (shared/schemas/public-feed.ts) cut to exactly what that card
 * displays, `establishment` the feed's establishment and `detail` `full` or `compact`
 * (what the card displays at that moment). Reading it needs no request
 * and no consent rule of our own: the establishment applied it when it published
 * (shared/publish/), the card cut further. The value comes from a web page, so it is
 * validated here (and again by the extension, contacts/found.ts); a photo is dropped
 * (see shared/schemas/contact.ts).
 */
import { safeParse } from 'zod/mini';
import type { ContactDetail, ShownPartner } from '../schemas/contact';
import { type Establishment, EstablishmentSchema } from '../schemas/establishment';
import { PublicPartnerEntrySchema } from '../schemas/public-feed';

/** The attribute the partner widgets write on each card root (`article[part~="card"]`). */
export const SHOWN_ATTRIBUTE = 'data-pp-shown';

/** Longest attribute value read: a full card with a long story is a few KB; anything bigger is not a card. */
export const MAX_SHOWN_LENGTH = 100_000;

export type ShownReading =
  | {
      readonly ok: true;
      readonly shown: ShownPartner;
      readonly establishment: Establishment;
      /** What the card displays: every field (`full`) or the compact card's fields only. */
      readonly detail: ContactDetail;
    }
  | { readonly ok: false; readonly problem: string };

/** Parses and validates one `data-pp-shown` value. Never throws. */
export function readShownAttribute(value: string | null | undefined): ShownReading {
  if (!value) return { ok: false, problem: 'empty' };
  if (value.length > MAX_SHOWN_LENGTH) return { ok: false, problem: 'too long' };
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (!data || typeof data !== 'object') return { ok: false, problem: 'not an object' };
  const { partner, establishment, detail } = data as { partner?: unknown; establishment?: unknown; detail?: unknown };
  const entry = safeParse(PublicPartnerEntrySchema, partner);
  if (!entry.success) return { ok: false, problem: `partner: ${entry.error.issues[0]?.path.join('.') || 'invalid'}` };
  const from = safeParse(EstablishmentSchema, establishment);
  if (!from.success) return { ok: false, problem: 'establishment' };
  const { photo: _photo, ...shown } = entry.data;
  // Anything but an explicit `full` speaks for the compact fields only: the safe reading.
  return { ok: true, shown, establishment: from.data, detail: detail === 'full' ? 'full' : 'compact' };
}

/**
 * The same person shown twice on a page (the coordinator's card and the directory, or a
 * directory of several establishments): one contact, from the fuller showing, with the
 * feed's address when either widget named it.
 */
export function fullerOf<T extends { detail: ContactDetail; feedUrl?: string }>(a: T, b: T): T {
  const fuller = a.detail === 'compact' && b.detail === 'full' ? b : a;
  const feedUrl = a.feedUrl ?? b.feedUrl;
  return feedUrl && !fuller.feedUrl ? { ...fuller, feedUrl } : fuller;
}
