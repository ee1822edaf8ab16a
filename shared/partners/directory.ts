/**
 * Reading a partners feed for display. The shared schema (schemas/feed.ts)
 * is the contract; this module adds what a directory of hundreds of people
 * needs on top of it:
 * - one malformed profile must not blank a whole regional directory: when
 *   the feed as a whole does not validate, valid profiles are kept and each
 *   rejected one is reported with a readable message (a profile whose
 *   consents cannot be read is never shown: rejection is the safe side);
 * - feeds may give photo and project addresses relative to the feed's own
 *   URL, as an HTML page would (« photos/ana.svg »); they are made absolute
 *   before validation, so the schema's http(s)-only rule still applies.
 */
import type { Locale } from '../i18n/locale';
import { safeParseWithMessage } from '../i18n/validation';
import { type Establishment, EstablishmentSchema, PartnerFeedSchema } from '../schemas/feed';
import { type PartnerProfile, PartnerProfileSchema } from '../schemas/partner';

export interface RejectedProfile {
  readonly index: number;
  readonly id?: string;
  readonly message: string;
}

export type DirectoryResult =
  | {
      readonly ok: true;
      readonly establishment: Establishment;
      readonly partners: readonly PartnerProfile[];
      readonly rejected: readonly RejectedProfile[];
    }
  | { readonly ok: false; readonly message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `value` made absolute against `base` when it is a relative reference; anything else is returned unchanged. */
function absolutise(value: unknown, base: string): unknown {
  if (typeof value !== 'string' || value.length === 0) return value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return value; // absolute: the schema judges it
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * A copy of a raw feed (or profile list) where relative `photo.url` and
 * `projects[].url` are resolved against `baseUrl` (the feed's URL). Other
 * values are untouched; nothing is validated here.
 */
export function resolveFeedUrls(json: unknown, baseUrl: string): unknown {
  if (!isRecord(json) || !Array.isArray(json.partners)) return json;
  const partners = json.partners.map((partner) => {
    if (!isRecord(partner)) return partner;
    const copy: Record<string, unknown> = { ...partner };
    if (isRecord(partner.photo)) copy.photo = { ...partner.photo, url: absolutise(partner.photo.url, baseUrl) };
    if (Array.isArray(partner.projects)) {
      copy.projects = partner.projects.map((p) => (isRecord(p) ? { ...p, url: absolutise(p.url, baseUrl) } : p));
    }
    return copy;
  });
  return { ...json, partners };
}

/**
 * Validates a partners feed for display. Never throws. `ok: false` only when
 * the feed itself is unusable (not an object, no valid establishment, no
 * partner list); otherwise invalid or duplicate profiles are listed in
 * `rejected` and left out.
 */
export function parsePartnerDirectory(json: unknown, locale: Locale = 'fr'): DirectoryResult {
  const whole = safeParseWithMessage(PartnerFeedSchema, json, locale);
  if (whole.ok) return { ok: true, establishment: whole.data.establishment, partners: whole.data.partners, rejected: [] };
  if (!isRecord(json)) return { ok: false, message: whole.message };
  const establishment = safeParseWithMessage(EstablishmentSchema, json.establishment, locale);
  if (!establishment.ok || !Array.isArray(json.partners) || (json.schemaVersion !== undefined && json.schemaVersion !== 1)) {
    return { ok: false, message: whole.message };
  }
  const partners: PartnerProfile[] = [];
  const rejected: RejectedProfile[] = [];
  const seen = new Set<string>();
  json.partners.forEach((raw, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const parsed = safeParseWithMessage(PartnerProfileSchema, raw, locale);
    const where = `partners[${index}]${rawId ? ` (${rawId})` : ''}`;
    if (!parsed.ok) {
      rejected.push({ index, ...(rawId ? { id: rawId } : {}), message: `${where} — ${parsed.message}` });
    } else if (seen.has(parsed.data.id)) {
      const duplicate = locale === 'en' ? 'duplicate identifier' : 'identifiant en double';
      rejected.push({ index, id: parsed.data.id, message: `${where} — ${duplicate}` });
    } else {
      seen.add(parsed.data.id);
      partners.push(parsed.data);
    }
  });
  return { ok: true, establishment: establishment.data, partners, rejected };
}

/** Validates one profile given directly (the card's `partner` property). */
export function parsePartnerProfile(json: unknown, locale: Locale = 'fr') {
  return safeParseWithMessage(PartnerProfileSchema, json, locale);
}

/** Validates an establishment given directly (the card's `establishment` property). */
export function parseEstablishment(json: unknown, locale: Locale = 'fr') {
  return safeParseWithMessage(EstablishmentSchema, json, locale);
}
