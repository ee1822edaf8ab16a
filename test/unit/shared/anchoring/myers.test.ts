import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateEnds, bestEnd, bestStart } from '../../../../shared/anchoring/myers';
import { editDistance } from '../../../../shared/anchoring/similarity';

/** Reference: Sellers' DP for approximate search (row 0 all zeros), best errors at each end. */
function referenceEnds(text: string, pattern: string, k: number): { ends: number[]; errors: number[] } {
  const m = pattern.length;
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: number[] = [];
  const errors: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min((column[i] as number) + 1, (next[i - 1] as number) + 1, (column[i - 1] as number) + cost);
    }
    column = next;
    if ((column[m] as number) <= k) {
      ends.push(j);
      errors.push(column[m] as number);
    }
  }
  return { ends, errors };
}

const alphabet = fc.constantFrom('a', 'b', 'c', 'd', ' ', 'é');
const word = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));

describe('Myers bit-parallel approximate matching', () => {
  it('finds the example of the literature: "annd" in "four score and seven" with one error', () => {
    const { ends, errors } = approximateEnds('four score and seven', 'annd', 1);
    expect(ends).toContain(14);
    expect(errors[ends.indexOf(14)]).toBe(1);
  });

  it('agrees with the dynamic-programming reference on short patterns (one block)', () => {
    fc.assert(
      fc.property(word(0, 120), word(1, 32), fc.integer({ min: 0, max: 10 }), (text, pattern, k) => {
        const kk = Math.min(k, pattern.length - 1);
        expect(approximateEnds(text, pattern, kk)).toEqual(referenceEnds(text, pattern, kk));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference on long patterns (several blocks, cut-off active)', () => {
    fc.assert(
      fc.property(word(0, 300), word(33, 140), fc.integer({ min: 0, max: 80 }), (text, pattern, k) => {
        const kk = Math.min(k, pattern.length - 1);
        expect(approximateEnds(text, pattern, kk)).toEqual(referenceEnds(text, pattern, kk));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees when the pattern is planted in the text with edits', () => {
    fc.assert(
      fc.property(word(0, 200), word(40, 100), word(0, 200), fc.integer({ min: 0, max: 30 }), (before, pattern, after, k) => {
        const edited = `${pattern.slice(0, 10)}${pattern.slice(12, 30)}xy${pattern.slice(30)}`;
        const text = before + edited + after;
        expect(approximateEnds(text, pattern, k)).toEqual(referenceEnds(text, pattern, k));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the start of a match with the same number of errors as the end', () => {
    fc.assert(
      fc.property(word(0, 80), word(5, 90), word(0, 80), (before, pattern, after) => {
        const edited = `${pattern.slice(0, 2)}x${pattern.slice(3)}`;
        const text = before + edited + after;
        const end = before.length + edited.length;
        const { start, errors } = bestStart(text, pattern, end, 10);
        expect(errors).toBe(editDistance(pattern, text.slice(start, end)));
        expect(errors).toBeLessThanOrEqual(editDistance(pattern, edited));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the end of a match from its start, as bestStart finds the start from the end', () => {
    fc.assert(
      fc.property(word(0, 80), word(5, 90), word(0, 80), fc.integer({ min: 0, max: 12 }), (before, pattern, after, k) => {
        const edited = `${pattern.slice(0, -3)}x${pattern.slice(-2)}`;
        const text = before + edited + after;
        const start = before.length;
        const { end, errors } = bestEnd(text, pattern, start, k);
        expect(errors).toBe(editDistance(pattern, text.slice(start, end)));
        // No end within the reach (m + k characters) does better.
        for (let e = start; e <= Math.min(text.length, start + pattern.length + k); e++)
          expect(editDistance(pattern, text.slice(start, e))).toBeGreaterThanOrEqual(errors);
      }),
      { numRuns: 300 },
    );
  });

  it('handles characters outside the Basic Latin range and an empty pattern', () => {
    expect(approximateEnds('partenariat en santé', 'santé', 0).ends).toEqual([20]);
    expect(approximateEnds('abc', '', 2)).toEqual({ ends: [], errors: [] });
  });
});
