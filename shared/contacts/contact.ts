/**
 * Saved contacts: made from a card found on a page, refreshed when the same card is
 * saved again, keyed so that one person of one feed is one contact.
 */
import { normalizeUrl } from '../library/url';
import type { ContactSource, FoundPartner, SavedContact, ShownPartner } from '../schemas/contact';
import type { ContactRouteEntry } from '../schemas/public-feed';

/** The page a card was found on, and when. */
export interface SeenOn {
  readonly pageUrl: string;
  readonly pageTitle?: string;
  readonly seenAt: string;
}

/**
 * One person of one feed: the feed's address normalised (fragment, tracking parameters,
 * trailing slash ignored) and the feed's public identifier — the same formula as
 * version 1, so contacts saved before keep their keys. A card whose widget named no
 * single feed (given its data by script, or a directory of several feeds) is one person
 * of one establishment as one page showed them: ids are unique within an establishment
 * only, so its name is part of the key.
 */
export function contactKey(
  found: Pick<FoundPartner, 'feedUrl' | 'establishment'> & { shown: Pick<ShownPartner, 'id'> },
  pageUrl: string,
): string {
  if (found.feedUrl) return `${normalizeUrl(found.feedUrl)}#${found.shown.id}`;
  return `${normalizeUrl(pageUrl)}#${encodeURIComponent(found.establishment?.name ?? '')}#${found.shown.id}`;
}

export function sourceOf(found: FoundPartner, seen: SeenOn): ContactSource {
  const pageTitle = seen.pageTitle?.trim().slice(0, 1000);
  return {
    pageUrl: seen.pageUrl,
    ...(pageTitle ? { pageTitle } : {}),
    ...(found.feedUrl ? { feedUrl: found.feedUrl } : {}),
    ...(found.establishment ? { establishment: found.establishment } : {}),
    seenAt: seen.seenAt,
  };
}

/** A new contact (not validated: the store validates every record it writes). */
export function newContact(found: FoundPartner, seen: SeenOn, id: string): SavedContact {
  return {
    schemaVersion: 2,
    id,
    detail: found.detail,
    shown: found.shown,
    source: sourceOf(found, seen),
    savedAt: seen.seenAt,
    updatedAt: seen.seenAt,
    note: '',
  };
}

/** `before`'s routes and `now`'s, each once (a compact card shows one of several). */
function mergeRoutes(before: readonly ContactRouteEntry[], now: readonly ContactRouteEntry[]): ContactRouteEntry[] {
  const out = [...now];
  for (const route of before) if (!out.some((r) => r.kind === route.kind)) out.push(route);
  return out;
}

/**
 * The stored contact refreshed from a new reading of the same card. What the page shows
 * now replaces what it showed then — a withdrawn consent removes the field from the
 * contact too. A compact card only speaks for the compact fields (name, roles, domains,
 * territory, load, one own route): the others, read earlier from a full card, are kept.
 * The user's note and recorded agreement stay.
 */
export function refreshContact(existing: SavedContact, found: FoundPartner, seen: SeenOn): SavedContact {
  const incoming = found.shown;
  let shown: ShownPartner = incoming;
  let detail = found.detail;
  if (found.detail === 'compact' && existing.detail === 'full') {
    const { name: _n, gender: _g, ...rest } = existing.shown;
    const domains = new Set(incoming.domains.map((d) => d.id));
    shown = {
      ...rest,
      ...(incoming.name ? { name: incoming.name } : {}),
      ...(incoming.gender ? { gender: incoming.gender } : {}),
      roles: incoming.roles,
      domains: incoming.domains,
      // Missions outside the domains now shown would not be consistent any more.
      missions: rest.missions.filter((m) => domains.has(m.domain)),
      territory: incoming.territory,
      load: incoming.load,
      // A compact card shows one own route at most: none now means the consent was withdrawn.
      contact: incoming.contact.length ? mergeRoutes(rest.contact, incoming.contact) : [],
    };
    detail = 'full';
  }
  return {
    ...existing,
    detail,
    shown,
    source: sourceOf(found, seen),
    updatedAt: later(existing.updatedAt, seen.seenAt),
  };
}

/** `now`, or just after `previous` when the clock has not moved. */
export function later(previous: string, now: string): string {
  const p = Date.parse(previous);
  return Date.parse(now) > p ? now : new Date(p + 1).toISOString();
}

/** How a contact is named in lists: the consented name, else nothing (the caller shows the role-only title). */
export function contactName(contact: Pick<SavedContact, 'shown'>): string | undefined {
  return contact.shown.name;
}
