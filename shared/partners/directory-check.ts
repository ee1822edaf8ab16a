/**
 * Reading a partners feed for display, without the validation messages in the
 * module graph (they are imported when a feed has a problem to explain; the
 * synchronous one-step forms are in directory.ts). The shared schema (schemas/feed.ts)
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
import { type FormatValidationError, type IssuesResult, loadValidationMessages, safeParseIssues } from '../i18n/parse';
import { type PartnerProfile, PartnerProfileSchema } from '../schemas/partner';
import { type Establishment, EstablishmentSchema, PartnerRegistrySchema } from '../schemas/registry';

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

/** A profile left out, before its message is written: its issues, or `duplicate`. */
interface RejectedIssues {
  readonly index: number;
  readonly id?: string;
  readonly failure: Extract<IssuesResult<unknown>, { ok: false }> | 'duplicate';
}

/** A feed checked against the schema, its problems kept as raw issues (no message yet). */
export type CheckedDirectory =
  | {
      readonly ok: true;
      readonly establishment: Establishment;
      readonly partners: readonly PartnerProfile[];
      readonly rejected: readonly RejectedIssues[];
    }
  | { readonly ok: false; readonly failure: Extract<IssuesResult<unknown>, { ok: false }> };

/**
 * Validates a partners feed for display. Never throws. `ok: false` only when
 * the feed itself is unusable (not an object, no valid establishment, no
 * partner list); otherwise invalid or duplicate profiles are listed in
 * `rejected` and left out. Nothing is worded yet: see describeDirectory.
 */
export function checkPartnerDirectory(json: unknown): CheckedDirectory {
  const whole = safeParseIssues(PartnerRegistrySchema, json);
  if (whole.ok) return { ok: true, establishment: whole.data.establishment, partners: whole.data.partners, rejected: [] };
  if (!isRecord(json)) return { ok: false, failure: whole };
  const establishment = safeParseIssues(EstablishmentSchema, json.establishment);
  if (!establishment.ok || !Array.isArray(json.partners) || (json.schemaVersion !== undefined && json.schemaVersion !== 1)) {
    return { ok: false, failure: whole };
  }
  const partners: PartnerProfile[] = [];
  const rejected: RejectedIssues[] = [];
  const seen = new Set<string>();
  json.partners.forEach((raw, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const parsed = safeParseIssues(PartnerProfileSchema, raw);
    if (!parsed.ok) {
      rejected.push({ index, ...(rawId ? { id: rawId } : {}), failure: parsed });
    } else if (seen.has(parsed.data.id)) {
      rejected.push({ index, id: parsed.data.id, failure: 'duplicate' });
    } else {
      seen.add(parsed.data.id);
      partners.push(parsed.data);
    }
  });
  return { ok: true, establishment: establishment.data, partners, rejected };
}

/** True when describing `checked` needs the validation messages (something was refused). */
export function directoryNeedsMessages(checked: CheckedDirectory): boolean {
  return !checked.ok || checked.rejected.some((r) => r.failure !== 'duplicate');
}

/** Words a checked feed's problems in `locale` with `format` (validation.ts's formatValidationError). */
export function describeDirectory(checked: CheckedDirectory, locale: Locale, format: FormatValidationError): DirectoryResult {
  if (!checked.ok) return { ok: false, message: format(checked.failure.issues, locale, checked.failure.input) };
  const rejected = checked.rejected.map(({ index, id, failure }): RejectedProfile => {
    const where = `partners[${index}]${id ? ` (${id})` : ''}`;
    const why =
      failure === 'duplicate'
        ? locale === 'en'
          ? 'duplicate identifier'
          : 'identifiant en double'
        : format(failure.issues, locale, failure.input);
    return { index, ...(id ? { id } : {}), message: `${where} — ${why}` };
  });
  return { ok: true, establishment: checked.establishment, partners: checked.partners, rejected };
}

/** The same, for widgets: the validation messages are downloaded only when the feed has a problem to explain. */
export async function parsePartnerDirectoryLazily(json: unknown, locale: Locale = 'fr'): Promise<DirectoryResult> {
  const checked = checkPartnerDirectory(json);
  const format: FormatValidationError = directoryNeedsMessages(checked) ? await loadValidationMessages() : () => '';
  return describeDirectory(checked, locale, format);
}
