/**
 * Reading a project's effect indicators over time (shared/schemas/effect.ts): each
 * indicator's measurements in date order, the latest one, the trend between the first and
 * the last figure, and a summary per category that the review (bilan) uses. Pure: no
 * storage, no DOM.
 *
 * The trend is Binôme's reading, not the guide's: HAS gives no indicator and no score. It
 * compares two figures against the direction the team chose (« a length of stay should
 * fall »). It says whether the figure moved the way the team hoped, never that the
 * partnership caused it — the guide itself notes that « les données directes sur les effets
 * strictement imputables au rôle formalisé des patients partenaires restent encore en
 * développement » (5.1, l.884) — so the words shown with
 * it (extension/modules/i18n/effects.ts) say « dans le sens souhaité », not « grâce à ».
 */
import type { EffectCategory, EffectDirection, EffectIndicatorRecord, EffectMeasurement } from '../schemas/effect';
import { EFFECT_CATEGORIES } from '../schemas/effect';

/** A window of calendar days, both ends included ("YYYY-MM-DD"); an absent end is open. */
export interface EffectPeriod {
  readonly from?: string;
  readonly to?: string;
}

const inPeriod = (date: string, period: EffectPeriod | undefined) =>
  (!period?.from || date >= period.from) && (!period?.to || date <= period.to);

/**
 * The measurements in date order. Two of the same day keep the order they were added in
 * (the record's order; the sort is stable): the later one is the latest.
 */
export function measurementSeries(
  indicator: Pick<EffectIndicatorRecord, 'measurements'>,
  period?: EffectPeriod,
): EffectMeasurement[] {
  return indicator.measurements
    .filter((m) => inPeriod(m.date, period))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The most recent measurement (by date, then the last added that day), if any. */
export function latestMeasurement(
  indicator: Pick<EffectIndicatorRecord, 'measurements'>,
  period?: EffectPeriod,
): EffectMeasurement | undefined {
  return measurementSeries(indicator, period).at(-1);
}

/** What the figures did, read against the direction the team chose. */
export type TrendReading = 'improved' | 'worsened' | 'stable' | 'not_comparable';

/** Why two figures could not be read as better or worse. */
export type NotComparableReason = 'too_few' | 'no_direction';

export interface EffectTrend {
  readonly reading: TrendReading;
  /** Set when the reading is not_comparable. */
  readonly reason?: NotComparableReason;
  /** The first and last measurements with a figure, when there are two. */
  readonly first?: EffectMeasurement & { value: number };
  readonly last?: EffectMeasurement & { value: number };
  /** Which way the figure went, whatever the direction (said even when no direction was chosen). */
  readonly movement?: 'up' | 'down' | 'same';
}

/** Figures equal but for the float noise of a sum typed by hand (0.1 + 0.2). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The first and the last measurement with a figure (in date order) compared: up or down,
 * and, read against `direction`, improved, worsened or stable. Observations without a
 * figure are not compared (words are read by people, not by Binôme). Fewer than two
 * figures, or no direction chosen, is « not comparable » — with the reason.
 */
export function effectTrend(
  indicator: Pick<EffectIndicatorRecord, 'measurements'> & { direction?: EffectDirection },
  period?: EffectPeriod,
): EffectTrend {
  const figures = measurementSeries(indicator, period).filter(
    (m): m is EffectMeasurement & { value: number } => typeof m.value === 'number',
  );
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last || figures.length < 2) return { reading: 'not_comparable', reason: 'too_few' };
  const movement = same(first.value, last.value) ? 'same' : last.value > first.value ? 'up' : 'down';
  const direction = indicator.direction ?? 'none';
  if (movement === 'same') return { reading: 'stable', first, last, movement };
  if (direction === 'none') return { reading: 'not_comparable', reason: 'no_direction', first, last, movement };
  const wanted = direction === 'increase' ? 'up' : 'down';
  return { reading: movement === wanted ? 'improved' : 'worsened', first, last, movement };
}

export interface CategorySummary {
  readonly category: EffectCategory;
  readonly indicators: number;
  readonly measurements: number;
  /** The date of the latest measurement in the category, if any. */
  readonly lastDate?: string;
  /** How many indicators read improved, worsened, stable or not comparable. */
  readonly trends: Readonly<Record<TrendReading, number>>;
}

/**
 * One line per category, in the guide's order (5.1 … 5.6, then the project's own), every
 * category present (zero when none): the review shows where the team measures and where
 * it does not. With a period, only the measurements of that period count.
 */
export function summarizeEffects(indicators: readonly EffectIndicatorRecord[], period?: EffectPeriod): CategorySummary[] {
  return EFFECT_CATEGORIES.map((category) => {
    const trends: Record<TrendReading, number> = { improved: 0, worsened: 0, stable: 0, not_comparable: 0 };
    let count = 0;
    let measurements = 0;
    let lastDate: string | undefined;
    for (const indicator of indicators) {
      if (indicator.category !== category) continue;
      count++;
      const series = measurementSeries(indicator, period);
      measurements += series.length;
      const latest = series.at(-1)?.date;
      if (latest && (!lastDate || latest > lastDate)) lastDate = latest;
      trends[effectTrend(indicator, period).reading]++;
    }
    return { category, indicators: count, measurements, ...(lastDate ? { lastDate } : {}), trends };
  });
}

/** The indicators grouped by category in the guide's order (empty categories left out), each group by label. */
export function groupByCategory<T extends Pick<EffectIndicatorRecord, 'category' | 'label'>>(
  indicators: readonly T[],
): { category: EffectCategory; indicators: T[] }[] {
  return EFFECT_CATEGORIES.map((category) => ({
    category,
    indicators: indicators
      .filter((i) => i.category === category)
      .sort((a, b) => a.label.localeCompare(b.label, 'fr', { sensitivity: 'base' })),
  })).filter((group) => group.indicators.length > 0);
}
