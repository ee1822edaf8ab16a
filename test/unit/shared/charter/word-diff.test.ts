import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DiffPart,
  diffCounts,
  diffParagraphs,
  diffTokens,
  PARAGRAPH_BREAK,
  tokenize,
} from '../../../../shared/charter/word-diff';

const side = (parts: readonly DiffPart[], drop: 'added' | 'removed') =>
  parts.filter((p) => p.kind !== drop).flatMap((p) => p.tokens);

/** Length of a longest common subsequence, by dynamic programming: the reference a shortest edit script must reach. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++)
      next.push(x === b[j] ? (row[j] as number) + 1 : Math.max(row[j + 1] as number, next[j] as number));
    row = next;
  }
  return row[b.length] as number;
}

// Few distinct words, so that random texts share many of them (the interesting case).
const word = fc.constantFrom('le', 'la', 'charte', 'patients', 'partenaires', 'soins', PARAGRAPH_BREAK, 'é', '«', '»');
const words = fc.array(word, { maxLength: 40 });

describe('word diff (Myers)', () => {
  it('gives back both texts: same + removed is the model, same + added the adapted text (property)', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffTokens(a, b);
        expect(side(parts, 'added')).toEqual(a);
        expect(side(parts, 'removed')).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a longest common subsequence: the fewest words marked as changed (property)', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const kept = diffTokens(a, b)
          .filter((p) => p.kind === 'same')
          .reduce((n, p) => n + p.tokens.length, 0);
        expect(kept).toBe(lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('never puts two parts of the same kind side by side, nor an empty part (property)', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = diffTokens(a, b);
        for (const [i, part] of parts.entries()) {
          expect(part.tokens.length).toBeGreaterThan(0);
          if (i > 0) expect(part.kind).not.toBe(parts[i - 1]?.kind);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports identical texts as one kept part, and stays exact past its work bound (property)', () => {
    fc.assert(
      fc.property(words, words, fc.nat(6), (a, b, bound) => {
        expect(diffTokens(a, [...a]).every((p) => p.kind === 'same')).toBe(true);
        const rough = diffTokens(a, b, bound);
        expect(side(rough, 'added')).toEqual(a);
        expect(side(rough, 'removed')).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a changed word in context, by paragraph, and counts words only', () => {
    const model = tokenize(['Les signataires reconnaissent la charte.', 'Ce cadre repose sur un constat partagé.']);
    const adapted = tokenize(['Les signataires approuvent la charte.', 'Ce cadre repose sur un constat partagé et écrit.']);
    const parts = diffTokens(model, adapted);
    expect(diffParagraphs(parts)).toEqual([
      [
        { kind: 'same', text: 'Les signataires' },
        { kind: 'removed', text: 'reconnaissent' },
        { kind: 'added', text: 'approuvent' },
        { kind: 'same', text: 'la charte.' },
      ],
      [
        { kind: 'same', text: 'Ce cadre repose sur un constat' },
        { kind: 'removed', text: 'partagé.' },
        { kind: 'added', text: 'partagé et écrit.' },
      ],
    ]);
    expect(diffCounts(parts)).toEqual({ removed: 2, added: 4 });
  });

  it('marks a paragraph break that was added or removed with ¶', () => {
    const parts = diffTokens(tokenize(['un deux', 'trois']), tokenize(['un deux trois']));
    expect(diffParagraphs(parts)).toEqual([
      [
        { kind: 'same', text: 'un deux' },
        { kind: 'removed', text: '¶' },
      ],
      [{ kind: 'same', text: 'trois' }],
    ]);
    expect(diffCounts(parts)).toEqual({ removed: 0, added: 0 });
  });

  it('shows an added paragraph as one run that starts the paragraph, not across two', () => {
    const model = tokenize(['- un ;', '- deux ;', '- trois.']);
    const adapted = tokenize(['- un ;', '- deux ;', '- deux bis ;', '- trois.']);
    expect(
      diffParagraphs(diffTokens(model, adapted))
        .flat()
        .filter((run) => run.kind !== 'same'),
    ).toEqual([{ kind: 'added', text: '- deux bis ; ¶' }]);
    const removed = diffTokens(adapted, model).filter((p) => p.kind !== 'same');
    expect(removed).toEqual([{ kind: 'removed', tokens: ['-', 'deux', 'bis', ';', PARAGRAPH_BREAK] }]);
  });

  it('handles a whole charter rewritten from end to end quickly', () => {
    const a = Array.from({ length: 8000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 8000 }, (_, i) => `b${i}`);
    const started = performance.now();
    const parts = diffTokens(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});
