/**
 * Reading public feeds (schema version 2) for display — and refusing anything else.
 *
 * - A registry, or a file of the former format 1, holds consents and people who
 *   must not be shown: the widgets show NOTHING from it. It is recognised by the
 *   absence of `schemaVersion: 2`, or by a registry key (`consents`, `keepData`,
 *   `managesEstablishment`) anywhere in it (a feed edited by hand).
 * - One malformed entry must not blank a whole regional directory: valid entries
 *   are kept and each rejected one is reported with a readable message.
 * - Photo and project addresses may be relative to the feed's URL; they are
 *   resolved against it, then must be http(s) (otherwise the photo or the link
 *   is left out, never shown from another scheme).
 * - Several feeds can be read together (a GHT's establishments): each entry keeps
 *   its own feed, hence its own establishment; ids may repeat across feeds.
 *
 * Validation messages are worded lazily (shared/i18n/validation.ts is downloaded
 * only when there is a problem to explain).
 */

import { validationMessagesOrPlain } from '../i18n/load-validation-messages';
import type { Locale } from '../i18n/locale';
import type { Establishment } from '../schemas/establishment';
import type { PublicPartnerEntry } from '../schemas/public-feed';
import { isHttpUrl, isRelativeRef } from '../schemas/safe-url';
import { checkPublicFeed, type FeedCheck, type FeedIssue } from './feed-check';

/** Keys that only a registry (or a v1 file) holds. */
export const REGISTRY_KEYS: readonly string[] = ['consents', 'keepData', 'managesEstablishment'];

/**
 * The first registry key found anywhere in `value` (depth-first, bounded: host
 * objects may be deep or cyclic), or undefined.
 */
export function registryKeyIn(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = registryKeyIn(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (REGISTRY_KEYS.includes(key)) return key;
    const found = registryKeyIn((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Why data is refused outright: not a v2 feed, or a registry key inside. */
export type Refusal = { readonly reason: 'version' } | { readonly reason: 'registry'; readonly key: string };

/** Refusal of a whole feed (a registry, a v1 file, anything without `schemaVersion: 2`), or undefined. */
export function feedRefusal(json: unknown): Refusal | undefined {
  const key = registryKeyIn(json);
  if (key) return { reason: 'registry', key };
  if (
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    (json as { schemaVersion?: unknown }).schemaVersion !== 2
  )
    return { reason: 'version' };
  return undefined;
}

/** `url` resolved against `base` when relative, kept only if the result is http(s). */
export function resolveLink(url: string, base: string | undefined): string | undefined {
  // A relative reference (the usual case: « photos/p01.svg ») is tested first: parsing it
  // alone would throw, and a thousand exceptions show in a directory's render time.
  if (!isRelativeRef(url)) return isHttpUrl(url) ? url : undefined;
  if (!base) return undefined;
  try {
    const resolved = new URL(url, base).href;
    return isHttpUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entry (checked by feed-check.ts: its links are http(s) or relative) with its
 * relative photo and project links made absolute against `base`, or left out when they
 * cannot be made http(s).
 */
export function resolveEntryLinks(entry: PublicPartnerEntry, base: string | undefined): PublicPartnerEntry {
  const photo = entry.photo?.url;
  // An absolute link was checked to be http(s) already: not parsed again (a thousand cards).
  const photoUrl = photo === undefined || !isRelativeRef(photo) ? photo : resolveLink(photo, base);
  const needsProjects = entry.projects.some((p) => p.url !== undefined && isRelativeRef(p.url));
  if (photoUrl === photo && !needsProjects) return entry;
  const { photo: given, ...rest } = entry;
  return {
    ...rest,
    ...(given && photoUrl ? { photo: { ...given, url: photoUrl } } : {}),
    projects: needsProjects
      ? entry.projects.map(({ title, url }) => {
          const resolved = url === undefined ? undefined : resolveLink(url, base);
          return resolved ? { title, url: resolved } : { title };
        })
      : entry.projects,
  };
}

/** A feed checked for display, before any message is worded. */
export type CheckedFeed =
  | { readonly kind: 'refused'; readonly refusal: Refusal }
  | { readonly kind: 'checked'; readonly check: FeedCheck };

/** Refuses registries and v1 files, else checks the feed and resolves its links against `base` (the feed's URL). */
export function checkFeedForDisplay(json: unknown, base: string | undefined): CheckedFeed {
  const refusal = feedRefusal(json);
  if (refusal) return { kind: 'refused', refusal };
  const check = checkPublicFeed(json);
  if (!check.ok) return { kind: 'checked', check };
  return { kind: 'checked', check: { ...check, partners: check.partners.map((entry) => resolveEntryLinks(entry, base)) } };
}

/** True when wording `checked` needs the validation messages. */
export function feedNeedsMessages(checked: CheckedFeed): boolean {
  return checked.kind === 'checked' && (!checked.check.ok || checked.check.rejected.some((r) => r.failure !== 'duplicate'));
}

/** validation.ts's formatValidationError. */
export type FormatIssues = (issues: readonly FeedIssue[], locale: Locale, input?: unknown) => string;

export interface RejectedPartner {
  readonly index: number;
  readonly id?: string;
  /** « partners[5] (pp-x) — Champ name : texte attendu ». */
  readonly message: string;
}

/** A feed ready to show. */
export interface ReadFeed {
  readonly establishment: Establishment;
  readonly generatedAt: string;
  readonly partners: readonly PublicPartnerEntry[];
  readonly rejected: readonly RejectedPartner[];
}

export type FeedReading =
  | { readonly ok: true; readonly feed: ReadFeed }
  | { readonly ok: false; readonly refusal?: Refusal; readonly message: string };

/** The feed ready to show when nothing needs explaining (no refusal, no rejected entry), else undefined. */
export function cleanFeed(checked: CheckedFeed): ReadFeed | undefined {
  if (checked.kind !== 'checked' || !checked.check.ok || checked.check.rejected.length > 0) return undefined;
  const { head, partners } = checked.check;
  return { establishment: head.establishment, generatedAt: head.generatedAt, partners, rejected: [] };
}

/** feed-describe.ts's describeFeed, imported when a feed has something to explain. */
export function loadFeedDescriber(): Promise<typeof import('./feed-describe')> {
  return import('./feed-describe');
}

/** checkFeedForDisplay + describeFeed, the messages downloaded only when something must be explained. */
export async function readFeedForDisplay(json: unknown, base: string | undefined, locale: Locale): Promise<FeedReading> {
  const checked = checkFeedForDisplay(json, base);
  const clean = cleanFeed(checked);
  if (clean) return { ok: true, feed: clean };
  const { describeFeed } = await loadFeedDescriber();
  if (!feedNeedsMessages(checked)) return describeFeed(checked, locale, () => '');
  const format = await validationMessagesOrPlain(locale);
  return describeFeed(checked, locale, format);
}
