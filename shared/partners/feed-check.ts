/**
 * The public feed's validation (shared/schemas/public-feed.ts), written out by hand
 * for the widgets that show it on public pages.
 *
 * Why not zod here: the budget of issue 13 (Lit and validation code included) is
 * 20 KB gzip for a page with one card and 25 KB for « Nos patients partenaires ».
 * Measured with bench/10-sizes.bench.mjs: zod/mini with this schema alone is
 * 8.6 KB gzip, which with Lit (5.6) leaves less than 6 KB for the card itself;
 * this checker is about 1.5 KB. The zod schema stays THE contract (JSON Schema,
 * publish(), the CLI): this module mirrors it rule for rule, its types are
 * derived from the zod types (a field added to the schema is a compile error
 * here), and test/unit/shared/partners/feed-check.test.ts proves with fast-check that it
 * accepts exactly what `PublicFeedSchema` accepts and returns the same data
 * (strings trimmed, unknown keys dropped), on generated valid and broken feeds.
 *
 * Issues have the shape of zod's (code, path, expected, origin, minimum, maximum,
 * format, params.code), so the same lazily loaded fr/en messages
 * (shared/i18n/validation.ts) explain them.
 */
import type { Establishment } from '../schemas/establishment';
import type {
  ContactRouteEntry,
  DomainTerm,
  Label,
  MissionTerm,
  PublicFeed,
  PublicPartnerEntry,
  PublicTrainingEntry,
  Term,
  Theme,
} from '../schemas/public-feed';
import { isHttpUrl, isRelativeRef, isSafeUrl } from '../schemas/safe-url';

/** A zod-shaped issue (`inclusive` is said only when false: the messages read a missing one as inclusive). */
export interface FeedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly params?: { readonly code: string };
}

/** Where a value sits, as a linked list (cheap to extend; turned into an array only for an issue). */
type Path = { readonly key: string | number; readonly up: Path } | null;

function pathArray(path: Path): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.up) out.unshift(p.key);
  return out;
}

/** Returns the checked (and normalised) value; problems are pushed to `issues`. */
type Check<T> = ((value: unknown, path: Path, issues: FeedIssue[]) => T) & { optional?: true };

function fail(issues: FeedIssue[], path: Path, issue: Omit<FeedIssue, 'path'>): undefined {
  issues.push({ ...issue, path: pathArray(path) });
  return undefined;
}

// ——— the building blocks, each mirroring one zod/mini construct ———

const ISSUE_CODE = (code: string) => ({ code: 'custom', params: { code } });

/** z.string() with optional checks. */
function string(checks: (s: string, path: Path, issues: FeedIssue[]) => string = (s) => s): Check<string> {
  return (value, path, issues) =>
    typeof value === 'string'
      ? checks(value, path, issues)
      : (fail(issues, path, { code: 'invalid_type', expected: 'string' }) as never);
}

/** common.ts text(max): z.string().check(z.trim(), z.minLength(1), z.maxLength(max)) — lengths of the trimmed text. */
function text(max: number): Check<string> {
  return string((raw, path, issues) => {
    const s = raw.trim();
    if (s.length < 1) fail(issues, path, { code: 'too_small', origin: 'string', minimum: 1 });
    if (s.length > max) fail(issues, path, { code: 'too_big', origin: 'string', maximum: max });
    return s;
  });
}

/** z.string().check(z.refine(test, issueCode(code))). */
function refined(test: (s: string) => boolean, code: string): Check<string> {
  return string((s, path, issues) => {
    if (!test(s)) fail(issues, path, ISSUE_CODE(code));
    return s;
  });
}

/** A zod string format (z.email(), z.iso.datetime()): the same regular expression. */
function format(pattern: RegExp, name: string): Check<string> {
  return string((s, path, issues) => {
    if (!pattern.test(s)) fail(issues, path, { code: 'invalid_format', format: name });
    return s;
  });
}

function optional<T>(check: Check<T>): Check<T | undefined> {
  const wrapped: Check<T | undefined> = (value, path, issues) => (value === undefined ? undefined : check(value, path, issues));
  wrapped.optional = true;
  return wrapped;
}

const boolean: Check<boolean> = (value, path, issues) =>
  typeof value === 'boolean' ? value : (fail(issues, path, { code: 'invalid_type', expected: 'boolean' }) as never);

/** z.number() (finite) or z.int() (safe integer), with inclusive/exclusive bounds. */
function number(options: { int?: boolean; min?: number; gt?: number; max?: number }): Check<number> {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fail(issues, path, { code: 'invalid_type', expected: 'number' }) as never;
    }
    if (options.int && !Number.isSafeInteger(value)) {
      if (!Number.isInteger(value)) return fail(issues, path, { code: 'invalid_type', expected: 'int' }) as never;
      return fail(
        issues,
        path,
        value > 0
          ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER }
          : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER },
      ) as never;
    }
    const origin = 'number';
    if (options.min !== undefined && value < options.min) fail(issues, path, { code: 'too_small', origin, minimum: options.min });
    if (options.gt !== undefined && value <= options.gt)
      fail(issues, path, { code: 'too_small', origin, minimum: options.gt, inclusive: false });
    if (options.max !== undefined && value > options.max) fail(issues, path, { code: 'too_big', origin, maximum: options.max });
    return value;
  };
}

/** z.enum([...]) and z.literal(v). */
function oneOf<const T>(values: readonly T[]): Check<T> {
  return (value, path, issues) =>
    values.includes(value as T) ? (value as T) : (fail(issues, path, { code: 'invalid_value', values }) as never);
}

function array<T>(item: Check<T>): Check<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, { code: 'invalid_type', expected: 'array' }) as never;
    const out: T[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = item(value[i], { key: i, up: path }, issues);
    return out;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * z.object(shape): a plain object; each key of the shape checked (optional keys may be
 * absent), unknown keys dropped from the result, as zod's default « strip » does.
 */
function object<T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, { code: 'invalid_type', expected: 'object' }) as never;
    const out = {} as T;
    for (const key of keys) {
      const check = shape[key] as Check<T[typeof key]>;
      // `in`, as zod: an optional key may be absent; a present key is checked and kept.
      const present = key in value;
      if (!present && check.optional) continue;
      out[key] = check(value[key], { key, up: path }, issues);
    }
    return out;
  };
}

// ——— the rules of shared/schemas (common.ts, establishment.ts, public-feed.ts) ———

/** common.ts ID_RE (a copy: common.ts imports zod; the equivalence test covers it). */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/;
/** zod's `regexes.email` (z.email()); test/unit/shared/partners/feed-check.test.ts checks they are the same. */
export const EMAIL_RE = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
/** zod's `regexes.datetime({ offset: true })` (z.iso.datetime({ offset: true })); checked by the same test. */
export const DATETIME_RE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

const id = refined((s) => ID_RE.test(s), 'id');
const safeUrl = refined(isSafeUrl, 'unsafe_url');
const httpUrl = refined(isHttpUrl, 'http_url');
const linkUrl = refined((s) => isHttpUrl(s) || isRelativeRef(s), 'http_url');
const t500 = text(500);
const t300 = text(300);
const t200 = text(200);
const t128 = text(128);

const label = object<Label>({ fr: t500, en: t500 });
const term = object<Term>({ id: t128, fr: t500, en: t500 });
const domainTerm = object<DomainTerm>({ id: t128, fr: t500, en: t500, short: optional(label) });
const missionTerm = object<MissionTerm>({ id: t128, fr: t500, en: t500, domain: t128 });
const theme = object<Theme>({ id: optional(t128), fr: t500, en: optional(t500) });

const training = object<PublicTrainingEntry>({
  kind: term,
  label: optional(t300),
  issuer: t300,
  year: optional(number({ int: true, min: 1950, max: 2100 })),
  hours: optional(number({ gt: 0, max: 5000 })),
});

const contactRoute = object<ContactRouteEntry>({
  kind: oneOf(['email', 'phone', 'url'] as const),
  href: safeUrl,
  text: t300,
});

export const checkEstablishment: Check<Establishment> = object<Establishment>({
  name: t300,
  contactEmail: optional(format(EMAIL_RE, 'email')),
  contactUrl: optional(httpUrl),
});

type Entry = PublicPartnerEntry;

export const checkEntry: Check<Entry> = object<Entry>({
  id,
  name: optional(t200),
  gender: optional(oneOf(['f', 'm', 'x'] as const)),
  photo: optional(object<NonNullable<Entry['photo']>>({ url: linkUrl, alt: optional(t300) })),
  roles: array(term),
  domains: array(domainTerm),
  missions: array(missionTerm),
  statuses: array(term),
  trainings: array(training),
  association: optional(object<NonNullable<Entry['association']>>({ name: optional(t300), mandated: boolean })),
  territory: object<Entry['territory']>({ departement: term, commune: optional(t200), remote: boolean }),
  languages: array(term),
  projects: array(object<Entry['projects'][number]>({ title: t300, url: optional(linkUrl) })),
  experience: optional(
    object<NonNullable<Entry['experience']>>({ themes: array(theme), caregiver: boolean, text: optional(text(5000)) }),
  ),
  abilities: array(t200),
  availability: object<Entry['availability']>({ slots: array(term), commitment: array(term) }),
  load: object<Entry['load']>({
    activeMissions: number({ int: true, min: 0 }),
    maxMissions: optional(number({ int: true, min: 0 })),
    hasCapacity: boolean,
  }),
  contact: array(contactRoute),
});

/** Everything of the feed but its partners (checked one by one, so that one bad entry does not blank a directory). */
export type FeedHead = Omit<PublicFeed, 'partners'>;

const checkHead: Check<FeedHead> = object<FeedHead>({
  $schema: optional(
    string((s, path, issues) => {
      if (s.length > 500) fail(issues, path, { code: 'too_big', origin: 'string', maximum: 500 });
      return s;
    }),
  ),
  schemaVersion: oneOf([2] as const),
  generatedAt: format(DATETIME_RE, 'datetime'),
  establishment: checkEstablishment,
});

export type CheckResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: readonly FeedIssue[]; readonly input: unknown };

function run<T>(check: Check<T>, value: unknown): CheckResult<T> {
  const issues: FeedIssue[] = [];
  const data = check(value, null, issues);
  return issues.length === 0 ? { ok: true, data } : { ok: false, issues, input: value };
}

/** One entry, given alone (the card's `partner` property). */
export function checkPartnerEntry(value: unknown): CheckResult<Entry> {
  return run(checkEntry, value);
}

/** The establishment given alone (the card's `establishment` property). */
export function checkEstablishmentValue(value: unknown): CheckResult<Establishment> {
  return run(checkEstablishment, value);
}

/** A partner left out of an otherwise readable feed: its issues, or `duplicate`. */
export interface RejectedEntry {
  readonly index: number;
  readonly id?: string;
  readonly failure: Extract<CheckResult<unknown>, { ok: false }> | 'duplicate';
}

export type FeedCheck =
  | {
      readonly ok: true;
      readonly head: FeedHead;
      readonly partners: readonly Entry[];
      readonly rejected: readonly RejectedEntry[];
    }
  | { readonly ok: false; readonly failure: Extract<CheckResult<unknown>, { ok: false }> };

/**
 * Checks a public feed. `ok: false` only when the feed as a whole is unusable (not
 * an object, no valid head, no partner list); otherwise each invalid entry, and each
 * repeated id, is listed in `rejected` and left out. The feed is valid for
 * `PublicFeedSchema` exactly when `ok && rejected.length === 0`.
 */
export function checkPublicFeed(json: unknown): FeedCheck {
  const issues: FeedIssue[] = [];
  const head = checkHead(json, null, issues);
  const partners = isObject(json) ? json.partners : undefined;
  if (!Array.isArray(partners)) {
    if (isObject(json)) fail(issues, { key: 'partners', up: null }, { code: 'invalid_type', expected: 'array' });
    return { ok: false, failure: { ok: false, issues, input: json } };
  }
  if (issues.length > 0) return { ok: false, failure: { ok: false, issues, input: json } };
  const kept: Entry[] = [];
  const rejected: RejectedEntry[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < partners.length; index++) {
    const raw: unknown = partners[index];
    const rawId = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    // Issues relative to the entry (the message says « partners[i] (id) — … » before them).
    const result = run(checkEntry, raw);
    if (!result.ok) {
      rejected.push({ index, ...(rawId ? { id: rawId } : {}), failure: result });
    } else if (seen.has(result.data.id)) {
      rejected.push({ index, id: result.data.id, failure: 'duplicate' });
    } else {
      seen.add(result.data.id);
      kept.push(result.data);
    }
  }
  return { ok: true, head, partners: kept, rejected };
}
