/**
 * Publication dates as pages write them, turned into what the library stores:
 * a calendar date "2026-05-28", a date-time "2026-05-28T10:00:00+02:00", or — when the
 * page gives only a year or a month (common in `citation_publication_date`) — a partial
 * date "2021" / "2021-03", kept apart so that no false precision is invented.
 */

export interface ParsedDate {
  /** "YYYY-MM-DD" or an ISO date-time (with or without offset). */
  readonly date?: string;
  /** "YYYY" or "YYYY-MM" when that is all the page says. */
  readonly partial?: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  sept: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function day(year: number, month: number, d: number): ParsedDate {
  return validDay(year, month, d) ? { date: `${year}-${pad(month)}-${pad(d)}` } : {};
}

/** Reads a date written by a page; returns {} when it cannot be read with confidence. */
export function parsePageDate(raw: string | undefined): ParsedDate {
  if (!raw) return {};
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return {};
    const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return { date: `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec}${frac ?? ''}` : ''}${offset}` };
  }
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  // French order (28/05/2026) — the only order a French page uses with slashes.
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { partial: `${m[1]}-${pad(Number(m[2]))}` };
  m = /^(\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1000) return { partial: m[1] };
  const words = s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  // "28 mai 2026", "1er juin 2026", "May 28, 2026", "mai 2026".
  m = /(\d{1,2})(?:er)?\s+([a-z]+)\.?,?\s+(\d{4})/.exec(words);
  if (m && MONTHS[m[2] as string]) return day(Number(m[3]), MONTHS[m[2] as string] as number, Number(m[1]));
  m = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(words);
  if (m && MONTHS[m[1] as string]) return day(Number(m[3]), MONTHS[m[1] as string] as number, Number(m[2]));
  m = /^([a-z]+)\.?\s+(\d{4})$/.exec(words);
  if (m && MONTHS[m[1] as string]) return { partial: `${m[2]}-${pad(MONTHS[m[1] as string] as number)}` };
  return {};
}

/** The year of a stored date or partial date ("2026-05-28T…" → 2026), for the year facet. */
export function yearOf(value: string | undefined): number | undefined {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : undefined;
}
