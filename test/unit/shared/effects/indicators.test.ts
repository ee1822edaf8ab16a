/** shared/effects/ and shared/schemas/effect.ts: categories, series, latest measurement, trend, summary per category. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFFECT_CATEGORY_INFO, EFFECT_CATEGORY_LIST } from '../../../../shared/effects/categories';
import {
  effectTrend,
  groupByCategory,
  latestMeasurement,
  measurementSeries,
  summarizeEffects,
} from '../../../../shared/effects/indicators';
import {
  EFFECT_CATEGORIES,
  type EffectDirection,
  type EffectIndicatorRecord,
  EffectIndicatorRecordSchema,
  type EffectMeasurement,
} from '../../../../shared/schemas/effect';

const assessedBy = { patientPartner: 'Camille F.', professional: 'Dr Martin' };
const measure = (id: string, date: string, value?: number, observation = ''): EffectMeasurement => ({
  id,
  date,
  ...(value === undefined ? {} : { value }),
  observation,
  source: 'Questionnaire de sortie',
  assessedBy,
});
const indicator = (
  measurements: EffectMeasurement[],
  direction: EffectDirection = 'decrease',
  extra: Partial<EffectIndicatorRecord> = {},
): EffectIndicatorRecord =>
  EffectIndicatorRecordSchema.parse({
    schemaVersion: 1,
    id: 'i-1',
    projectId: 'p-1',
    category: 'clinical',
    label: 'Durée moyenne de séjour',
    unit: 'jours',
    direction,
    measurements,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...extra,
  });

describe('the guide’s categories', () => {
  it('lists the six of chapter 5 in order, then the project’s own, each with its section and a line of help', () => {
    expect(EFFECT_CATEGORY_LIST.map((c) => c.id)).toEqual([...EFFECT_CATEGORIES]);
    expect(EFFECT_CATEGORY_LIST.map((c) => c.source)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', 'l.776']);
    expect(EFFECT_CATEGORY_INFO.clinical.label.fr).toBe('Effets cliniques');
    expect(EFFECT_CATEGORY_INFO.research.label.fr).toBe('Effets sur la recherche en santé');
    expect(EFFECT_CATEGORY_INFO.project.label.fr).toBe('Indicateurs propres au projet');
    for (const c of EFFECT_CATEGORY_LIST) {
      expect(c.help.fr.length).toBeGreaterThan(20);
      expect(c.help.en.length).toBeGreaterThan(20);
    }
  });

  it('quotes the guide word for word where it puts its words in « »', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../../fixtures/has-guide-2026.txt'), 'utf8').replace(/[’']/g, "'");
    let quotes = 0;
    for (const c of EFFECT_CATEGORY_LIST) {
      const quoted = /^« (.*) »$/.exec(c.help.fr)?.[1];
      if (!quoted) continue;
      quotes++;
      // The guide writes « coping » in italics (*coping*) and cites its sources by number.
      const plainGuide = guide.replace(/\*coping\*/g, 'coping').replace(/ \(\d+\)/g, '');
      expect(plainGuide, c.id).toContain(quoted.replace(/’/g, "'"));
    }
    expect(quotes).toBe(5);
    // The section titles of chapter 5 are the labels.
    for (const c of EFFECT_CATEGORY_LIST.slice(0, 6)) {
      const title = c.label.fr.replace(/’/g, "'").replace(/^Effets/, 'Les effets');
      expect(guide, c.id).toContain(`${c.source}. ${title}`);
    }
  });
});

describe('effect schema', () => {
  it('needs a value or an observation, both assessors, and unique measurement ids', () => {
    const ok = indicator([measure('m1', '2026-01-10', 12)]);
    expect(ok.measurements[0]?.observation).toBe('');
    const empty = { ...ok, measurements: [{ ...measure('m1', '2026-01-10'), observation: '  ' }] };
    expect(EffectIndicatorRecordSchema.safeParse(empty).success).toBe(false);
    const oneSide = {
      ...ok,
      measurements: [{ ...measure('m1', '2026-01-10', 3), assessedBy: { ...assessedBy, professional: '' } }],
    };
    expect(EffectIndicatorRecordSchema.safeParse(oneSide).success).toBe(false);
    const twice = { ...ok, measurements: [measure('m1', '2026-01-10', 3), measure('m1', '2026-02-10', 4)] };
    expect(EffectIndicatorRecordSchema.safeParse(twice).success).toBe(false);
    expect(EffectIndicatorRecordSchema.safeParse({ ...ok, category: 'bonheur' }).success).toBe(false);
    expect(EffectIndicatorRecordSchema.safeParse({ ...ok, measurements: [measure('m1', '2026-02-30', 3)] }).success).toBe(false);
  });
});

describe('series and latest measurement', () => {
  it('sorts by date; two of the same day keep the order they were added in', () => {
    const i = indicator([
      measure('c', '2026-03-01', 9),
      measure('a', '2026-01-01', 12),
      measure('b1', '2026-02-01', 11),
      measure('b2', '2026-02-01', 10),
    ]);
    expect(measurementSeries(i).map((m) => m.id)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(latestMeasurement(i)?.id).toBe('c');
    expect(latestMeasurement(indicator([]))).toBeUndefined();
    expect(measurementSeries(i, { from: '2026-02-01', to: '2026-02-28' }).map((m) => m.id)).toEqual(['b1', 'b2']);
    expect(latestMeasurement(i, { to: '2026-02-15' })?.id).toBe('b2');
  });
});

describe('trend', () => {
  const series = [
    measure('a', '2026-01-10', 12),
    measure('o', '2026-02-10', undefined, 'Moins d’attente'),
    measure('b', '2026-03-10', 9),
  ];

  it('reads the first and last figures against the direction chosen', () => {
    expect(effectTrend(indicator(series, 'decrease'))).toMatchObject({
      reading: 'improved',
      movement: 'down',
      first: { id: 'a', value: 12 },
      last: { id: 'b', value: 9 },
    });
    expect(effectTrend(indicator(series, 'increase'))).toMatchObject({ reading: 'worsened', movement: 'down' });
    expect(effectTrend(indicator([measure('a', '2026-01-10', 0.3), measure('b', '2026-03-10', 0.1 + 0.2)]))).toMatchObject({
      reading: 'stable',
      movement: 'same',
    });
  });

  it('is not comparable with fewer than two figures, or with no direction (the movement is still said)', () => {
    expect(effectTrend(indicator([series[0]!, series[1]!]))).toEqual({ reading: 'not_comparable', reason: 'too_few' });
    expect(effectTrend(indicator([]))).toEqual({ reading: 'not_comparable', reason: 'too_few' });
    expect(effectTrend(indicator(series, 'none'))).toMatchObject({
      reading: 'not_comparable',
      reason: 'no_direction',
      movement: 'down',
    });
  });

  it('within a period, compares the figures of that period only', () => {
    const longer = [...series, measure('c', '2026-06-10', 14)];
    expect(effectTrend(indicator(longer))).toMatchObject({ reading: 'worsened' });
    expect(effectTrend(indicator(longer), { to: '2026-04-01' })).toMatchObject({ reading: 'improved' });
    expect(effectTrend(indicator(longer), { from: '2026-03-01' })).toMatchObject({ reading: 'worsened', first: { id: 'b' } });
  });

  const figure = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const measurements = fc
    .array(fc.record({ date: day, value: fc.option(figure, { nil: undefined }) }), { maxLength: 12 })
    .map((list) => list.map((m, i) => measure(`m${i}`, m.date, m.value, m.value === undefined ? 'Observation' : '')));

  it('property: the reading agrees with the sign of (last − first) and the direction; reversing the direction swaps improved and worsened', () => {
    fc.assert(
      fc.property(measurements, fc.constantFrom<EffectDirection>('increase', 'decrease', 'none'), (list, direction) => {
        const trend = effectTrend(indicator(list, direction));
        const figures = measurementSeries({ measurements: list }).filter((m) => m.value !== undefined);
        if (figures.length < 2) {
          expect(trend).toEqual({ reading: 'not_comparable', reason: 'too_few' });
          return;
        }
        const delta = (figures.at(-1)!.value as number) - (figures[0]!.value as number);
        expect(trend.first?.id).toBe(figures[0]!.id);
        expect(trend.last?.id).toBe(figures.at(-1)!.id);
        if (trend.movement === 'same') {
          expect(trend.reading).toBe('stable');
          return;
        }
        expect(Math.sign(delta)).toBe(trend.movement === 'up' ? 1 : -1);
        if (direction === 'none') {
          expect(trend.reading).toBe('not_comparable');
          return;
        }
        const other = effectTrend(indicator(list, direction === 'increase' ? 'decrease' : 'increase'));
        expect(new Set([trend.reading, other.reading])).toEqual(new Set(['improved', 'worsened']));
        // Order of the record does not matter, only the dates (and, on one day, the order added).
        const shuffledSameDates = effectTrend(indicator([...list].reverse(), direction));
        if (new Set(list.map((m) => m.date)).size === list.length) expect(shuffledSameDates.reading).toBe(trend.reading);
      }),
    );
  });

  it('property: the summary counts every indicator and measurement once, in one category each', () => {
    const indicators = fc.array(fc.record({ category: fc.constantFrom(...EFFECT_CATEGORIES), list: measurements }), {
      maxLength: 10,
    });
    fc.assert(
      fc.property(indicators, (specs) => {
        const records = specs.map((s, i) => indicator(s.list, 'increase', { id: `i${i}`, category: s.category }));
        const summary = summarizeEffects(records);
        expect(summary.map((s) => s.category)).toEqual([...EFFECT_CATEGORIES]);
        expect(summary.reduce((n, s) => n + s.indicators, 0)).toBe(records.length);
        expect(summary.reduce((n, s) => n + s.measurements, 0)).toBe(records.reduce((n, r) => n + r.measurements.length, 0));
        for (const s of summary) {
          expect(Object.values(s.trends).reduce((a, b) => a + b, 0)).toBe(s.indicators);
          const dates = records.filter((r) => r.category === s.category).flatMap((r) => r.measurements.map((m) => m.date));
          expect(s.lastDate).toBe(dates.length ? dates.sort().at(-1) : undefined);
        }
      }),
    );
  });
});

describe('summary per category and grouping', () => {
  it('gives every category in the guide’s order, with indicators, measurements, last date and trends', () => {
    const a = indicator([measure('a', '2026-01-10', 12), measure('b', '2026-03-10', 9)]);
    const b = indicator([measure('c', '2026-02-01', undefined, 'Les patients osent poser leurs questions')], 'none', {
      id: 'i-2',
      category: 'empowerment',
      label: 'Parole en consultation',
    });
    const summary = summarizeEffects([a, b]);
    expect(summary).toHaveLength(7);
    expect(summary[0]).toEqual({
      category: 'clinical',
      indicators: 1,
      measurements: 2,
      lastDate: '2026-03-10',
      trends: { improved: 1, worsened: 0, stable: 0, not_comparable: 0 },
    });
    expect(summary[4]).toMatchObject({ category: 'empowerment', indicators: 1, measurements: 1, lastDate: '2026-02-01' });
    expect(summary[6]).toEqual({
      category: 'project',
      indicators: 0,
      measurements: 0,
      trends: { improved: 0, worsened: 0, stable: 0, not_comparable: 0 },
    });
    // A period: only its measurements count (the indicator still does).
    expect(summarizeEffects([a, b], { from: '2026-03-01' })[4]).toMatchObject({ indicators: 1, measurements: 0 });
    expect(summarizeEffects([a, b], { from: '2026-03-01' })[4]?.lastDate).toBeUndefined();

    expect(
      groupByCategory([b, a, { ...a, id: 'i-3', label: 'Chutes' }]).map((g) => [g.category, g.indicators.map((i) => i.label)]),
    ).toEqual([
      ['clinical', ['Chutes', 'Durée moyenne de séjour']],
      ['empowerment', ['Parole en consultation']],
    ]);
  });
});
