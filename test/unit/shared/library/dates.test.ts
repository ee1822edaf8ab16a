import { describe, expect, it } from 'vitest';
import { parsePageDate, yearOf } from '../../../../shared/library/dates';
import { LooseDateSchema } from '../../../../shared/schemas/common';

describe('parsePageDate', () => {
  it.each([
    ['2026-05-28', { date: '2026-05-28' }],
    ['2021/03/15', { date: '2021-03-15' }],
    ['28/05/2026', { date: '2026-05-28' }],
    ['2026-05-28T09:00:00+02:00', { date: '2026-05-28T09:00:00+02:00' }],
    ['2026-05-28T09:00:00+0200', { date: '2026-05-28T09:00:00+02:00' }],
    ['2026-05-28 09:00', { date: '2026-05-28T09:00' }],
    ['2026-05-28T07:00:00.123Z', { date: '2026-05-28T07:00:00.123Z' }],
    ['28 mai 2026', { date: '2026-05-28' }],
    ['1er juin 2026', { date: '2026-06-01' }],
    ['Publié le 3 février 2025', { date: '2025-02-03' }],
    ['May 28, 2026', { date: '2026-05-28' }],
    ['2021', { partial: '2021' }],
    ['2021-3', { partial: '2021-03' }],
    ['mars 2024', { partial: '2024-03' }],
    ['2026-02-30', {}],
    ['31/13/2026', {}],
    ['bientôt', {}],
    ['', {}],
  ])('%s', (input, expected) => {
    expect(parsePageDate(input)).toEqual(expected);
  });

  it('gives only dates the library schema accepts', () => {
    for (const input of [
      '2026-05-28',
      '2026-05-28T09:00:00+0200',
      '2026-05-28 09:00',
      '28 mai 2026',
      '2026-05-28T07:00:00.123Z',
    ]) {
      const { date } = parsePageDate(input);
      expect(LooseDateSchema.safeParse(date).success, input).toBe(true);
    }
  });

  it('reads the year of a date or partial date', () => {
    expect(yearOf('2026-05-28T09:00:00Z')).toBe(2026);
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf(undefined)).toBeUndefined();
  });
});
