import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoWithOffset, isoWithOffset } from '../../../../shared/charter/time';

describe('timestamps', () => {
  it('are ISO 8601 with the local offset and name the same instant (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (date) => {
        const iso = isoWithOffset(date);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(isIsoWithOffset(iso)).toBe(true);
        expect(Date.parse(iso)).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
    );
  });

  it('refuse dates without an offset', () => {
    expect(isIsoWithOffset('2026-06-02T14:03:11')).toBe(false);
    expect(isIsoWithOffset('2026-06-02T14:03:11Z')).toBe(true);
  });
});
