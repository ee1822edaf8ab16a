/**
 * The period a review covers: two calendar days, both included, as ISO dates (which
 * compare correctly as strings). The default is the last twelve months up to today, the
 * rhythm of a yearly review (HAS 2026, 4.4: the partnership is evaluated over time).
 */

export interface Period {
  /** First day included, YYYY-MM-DD. */
  readonly from: string;
  /** Last day included, YYYY-MM-DD. */
  readonly to: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The twelve months ending on `today`: from the day after the same date a year before. */
export function defaultPeriod(today: string): Period {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return { from: date.toISOString().slice(0, 10), to: today };
}

/** A period read from outside (the address, a form): null when a day is not a real date or ends before it starts. */
export function readPeriod(from: string | null | undefined, to: string | null | undefined): Period | null {
  if (!from || !to || !isDay(from) || !isDay(to) || to < from) return null;
  return { from, to };
}

export function inPeriod(day: string, period: Period): boolean {
  const d = day.slice(0, 10);
  return d >= period.from && d <= period.to;
}

/** A project runs during the period when it started by its end and has not ended before its start. */
export function activeDuring(dates: { readonly start: string; readonly end?: string }, period: Period): boolean {
  return dates.start <= period.to && (dates.end === undefined || dates.end >= period.from);
}

/** The day the states are read on: the period's last day, or today when the period is not over. */
export function readingDay(period: Period, today: string): string {
  return today < period.to ? today : period.to;
}
