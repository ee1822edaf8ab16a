/**
 * Reads a published partnership summary for display without zod: the widget
 * `<pp-partnership-summary>` must stay small (≤ 10 KB gzip above Lit, issue 17)
 * and zod/mini alone is about 9 KB. It checks what rendering relies on — shape,
 * version, the small-count rule, text lengths — and test/unit/shared/summary/check.test.ts
 * proves it gives the same verdict as PartnershipSummarySchema on published
 * summaries and their corruptions.
 *
 * A count of 1 or 2 is refused, not shown: a file that breaks the rule was not
 * produced by `publishSummary()` (or was edited by hand), and showing it would
 * single people out.
 */
import type { PartnershipSummary, PublishedCount } from '../schemas/partnership-summary';

export type SummaryCheck =
  | { readonly ok: true; readonly summary: PartnershipSummary }
  /**
   * `not-summary`: not an object with `schemaVersion` (e.g. a registry or a directory feed);
   * `version`: another schema version; `invalid`: a field is wrong (`path` says which);
   * `small-count`: a count of 1 or 2 (`path` says which).
   */
  | { readonly ok: false; readonly reason: 'not-summary' | 'version' | 'invalid' | 'small-count'; readonly path: string };

class Bad extends Error {
  constructor(
    readonly reason: 'invalid' | 'small-count',
    readonly path: string,
  ) {
    super(path);
  }
}

type Obj = Record<string, unknown>;

function obj(value: unknown, path: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Bad('invalid', path);
  return value as Obj;
}

/** As the schemas' text(): trimmed, non-empty, bounded. */
function str(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') throw new Bad('invalid', path);
  const length = value.trim().length;
  if (length < 1 || length > max) throw new Bad('invalid', path);
  return value;
}

function optStr(value: unknown, path: string, max: number): void {
  if (value !== undefined) str(value, path, max);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function count(value: unknown, path: string): PublishedCount {
  if (value === 'few') return value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000) throw new Bad('invalid', path);
  if (value > 0 && value < 3) throw new Bad('small-count', path);
  return value;
}

function label(value: unknown, path: string): void {
  const o = obj(value, path);
  str(o.fr, `${path}.fr`, 500);
  str(o.en, `${path}.en`, 500);
}

function rows(value: unknown, path: string, withDomain: boolean): void {
  if (!Array.isArray(value)) throw new Bad('invalid', path);
  // An index loop, not forEach: a sparse array's holes must be refused, not skipped.
  for (let i = 0; i < value.length; i++) {
    const at = `${path}.${i}`;
    const o = obj(value[i], at);
    str(o.id, `${at}.id`, 128);
    str(o.fr, `${at}.fr`, 500);
    str(o.en, `${at}.en`, 500);
    if (withDomain) str(o.domain, `${at}.domain`, 128);
    else if (o.short !== undefined) label(o.short, `${at}.short`);
    count(o.count, `${at}.count`);
  }
}

function check(data: Obj): void {
  if (data.$schema !== undefined && (typeof data.$schema !== 'string' || data.$schema.length > 500))
    throw new Bad('invalid', '$schema');
  if (typeof data.generatedAt !== 'string' || !ISO_DATE_TIME.test(data.generatedAt)) throw new Bad('invalid', 'generatedAt');
  const establishment = obj(data.establishment, 'establishment');
  str(establishment.name, 'establishment.name', 300);
  optStr(establishment.contactEmail, 'establishment.contactEmail', 320);
  optStr(establishment.contactUrl, 'establishment.contactUrl', 2000);
  if (data.threshold !== 3) throw new Bad('invalid', 'threshold');
  if (data.period !== undefined) {
    const period = obj(data.period, 'period');
    for (const key of ['start', 'end'] as const) {
      if (typeof period[key] !== 'string' || !ISO_DATE.test(period[key])) throw new Bad('invalid', `period.${key}`);
    }
  }
  const partners = obj(data.partners, 'partners');
  count(partners.total, 'partners.total');
  rows(partners.byDomain, 'partners.byDomain', false);
  rows(partners.byMission, 'partners.byMission', true);
  if (data.activity !== undefined) {
    const activity = obj(data.activity, 'activity');
    count(activity.projects, 'activity.projects');
    rows(activity.projectsByDomain, 'activity.projectsByDomain', false);
    count(activity.meetings, 'activity.meetings');
    count(activity.checklistsRenewed, 'activity.checklistsRenewed');
  }
}

export function checkSummary(data: unknown): SummaryCheck {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('schemaVersion' in data || 'partners' in data)) {
    return { ok: false, reason: 'not-summary', path: '' };
  }
  const o = data as Obj;
  // A directory feed or a registry has `partners` as a list: say it is not a summary rather than « invalid ».
  if (Array.isArray(o.partners)) return { ok: false, reason: 'not-summary', path: 'partners' };
  if (o.schemaVersion !== 1) return { ok: false, reason: 'version', path: 'schemaVersion' };
  try {
    check(o);
  } catch (error) {
    if (error instanceof Bad) return { ok: false, reason: error.reason, path: error.path };
    throw error;
  }
  return { ok: true, summary: data as PartnershipSummary };
}
