import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, approximateEnds, approximateEndsIn, describeRange, preparePageText } from '../../../../shared/anchoring';
import { buildGramIndex, GRAM, gramOccurrences } from '../../../../shared/anchoring/gram-index';
import { SYLLABLES, seededWords } from '../../../fixtures/pseudo-words';

const syllables = [...SYLLABLES, ' ', ', '];
const prose = fc.array(fc.constantFrom(...syllables), { minLength: 10, maxLength: 400 }).map((a) => a.join(''));

/** A long page of pseudo-words (seeded) where passages do not repeat. */
function longPage(paragraphs: number): string[] {
  const next = seededWords(11);
  return Array.from({ length: paragraphs }, () => next(120).join(' '));
}

describe('exact-piece index', () => {
  it('finds the same occurrences as indexOf (property)', () => {
    fc.assert(
      fc.property(prose, fc.nat(), fc.integer({ min: GRAM, max: 12 }), (text, at, length) => {
        fc.pre(text.length >= length);
        const piece = text.slice(at % (text.length - length + 1), (at % (text.length - length + 1)) + length);
        const expected: number[] = [];
        for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) expected.push(i);
        expect(gramOccurrences(buildGramIndex(text), text, piece)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('searches several ranges as the one-range search does, range by range', () => {
    fc.assert(
      fc.property(prose, fc.nat(), (text, cut) => {
        const pattern = 'sanpro co';
        const c = cut % (text.length + 1);
        const split = approximateEndsIn(text, pattern, 2, [
          [0, c],
          [c, text.length],
        ]);
        const first = approximateEnds(text, pattern, 2, 0, c);
        const second = approximateEnds(text, pattern, 2, c, text.length);
        expect(split).toEqual({ ends: [...first.ends, ...second.ends], errors: [...first.errors, ...second.errors] });
      }),
    );
  });
});

describe('search far from the expected place', () => {
  const paragraphs = longPage(40);
  const text = paragraphs.join('\n');
  const quote = (paragraphs[3] as string).slice(100, 260);
  const start = text.indexOf(quote);
  const described = describeRange(preparePageText(text), start, start + quote.length);
  if (!described.ok) throw new Error('cannot describe');

  const edited = `${quote.slice(0, 40)}X${quote.slice(41, 120)}YZ${quote.slice(120)}`;

  it('finds a passage moved far away with its paragraph, with a few edits (≤ 1/8 of the quote)', () => {
    const carried = (paragraphs[3] as string).replace(quote, edited);
    const moved = [...paragraphs.slice(0, 3), ...paragraphs.slice(4), carried].join('\n');
    const result = anchor(preparePageText(moved), described.selectors);
    expect(result).toMatchObject({
      status: 'anchored',
      method: 'fuzzy',
      start: moved.indexOf(edited),
      end: moved.indexOf(edited) + edited.length,
    });
  });

  it('does not take the edited passage far away without its context (an orphan, not a guess)', () => {
    const moved = [
      ...paragraphs.slice(0, 3),
      (paragraphs[3] as string).replace(quote, ''),
      ...paragraphs.slice(4),
      `Fin : ${edited}.`,
    ].join('\n');
    expect(anchor(preparePageText(moved), described.selectors)).toEqual({ status: 'orphan', reason: 'context-mismatch' });
  });

  it('leaves as an orphan a moved passage rewritten beyond that budget', () => {
    let rewritten = quote;
    for (let i = 5; i < rewritten.length; i += 6) rewritten = `${rewritten.slice(0, i)}#${rewritten.slice(i + 1)}`;
    const moved = [
      ...paragraphs.slice(0, 3),
      (paragraphs[3] as string).replace(quote, ''),
      ...paragraphs.slice(4),
      rewritten,
    ].join('\n');
    expect(anchor(preparePageText(moved), described.selectors)).toMatchObject({ status: 'orphan' });
  });
});
