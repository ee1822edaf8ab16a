/**
 * Regression tests for issue 16 (re-anchoring):
 * - a fuzzy match far from where the passage was must agree with the quote's context,
 *   else the highlight is an orphan (a deleted passage must not jump to a near-identical
 *   sentence elsewhere in the page);
 * - an edited quote whose page also shifted by a few hundred characters is found whole,
 *   not cut at the edge of the search window around its expected place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange, MAX_ERROR_RATE, preparePageText, SHIFT_ALLOWANCE } from '../../../../shared/anchoring';
import type { Selector } from '../../../../shared/schemas/annotation';
import { seededWords } from '../../../fixtures/pseudo-words';

/** 40 paragraphs of seeded pseudo-words (about 700 characters each) where long passages do not repeat. */
const PARAGRAPHS = (() => {
  const next = seededWords(23);
  return Array.from({ length: 40 }, () => next(120).join(' '));
})();
const PAGE = PARAGRAPHS.join('\n');
const once = (quote: string) => PAGE.indexOf(quote) === PAGE.lastIndexOf(quote);
const FILLER = seededWords(97)(400).join(' ');

/** Word-aligned passage of paragraph `p`, starting after about `from` characters, about `length` long. */
function passage(p: number, from: number, length: number): string {
  const text = PARAGRAPHS[p] as string;
  const start = text.indexOf(' ', from) + 1;
  const end = text.lastIndexOf(' ', start + length);
  return text.slice(start, end);
}

function describePassage(paragraphs: readonly string[], p: number, quote: string): Selector[] {
  const text = paragraphs.join('\n');
  const at = text.indexOf(quote, paragraphs.slice(0, p).join('\n').length);
  const d = describeRange(preparePageText(text), at, at + quote.length);
  if (!d.ok) throw new Error(d.reason);
  return d.selectors;
}

/**
 * The quote with a letter changed at one third and a word inserted at two thirds, as the
 * bench does: often just before the last word, where edit distance alone prefers to drop
 * that word (the context must settle the end).
 */
function edit(quote: string): string {
  const letter = Math.floor(quote.length / 3);
  const changed = `${quote.slice(0, letter)}${quote[letter] === 'x' ? 'y' : 'x'}${quote.slice(letter + 1)}`;
  const space = changed.indexOf(' ', Math.floor((quote.length * 2) / 3));
  return space > 0 ? `${changed.slice(0, space)} bien${changed.slice(space)}` : changed;
}

/** Inserts `text` in the middle of paragraph `p` (at a word boundary: another context). */
function insertInto(paragraphs: string[], p: number, text: string): void {
  const target = paragraphs[p] as string;
  const at = target.indexOf(' ', Math.floor(target.length / 2)) + 1;
  paragraphs[p] = `${target.slice(0, at)}${text} ${target.slice(at)}`;
}

const quoteOnly = (selectors: Selector[]) => selectors.filter((s) => s.type === 'TextQuoteSelector');

describe('a deleted passage with a near-identical sentence elsewhere', () => {
  const quote = passage(5, 200, 160);
  const selectors = describePassage(PARAGRAPHS, 5, quote);
  const copy = edit(quote);

  function deletedWithCopyIn(p: number): string[] {
    const paragraphs = [...PARAGRAPHS];
    paragraphs[5] = (paragraphs[5] as string).replace(`${quote} `, '');
    insertInto(paragraphs, p, copy);
    return paragraphs;
  }

  it('is an orphan when the copy is far away, in another context', () => {
    const page = preparePageText(deletedWithCopyIn(30).join('\n'));
    expect(anchor(page, selectors)).toEqual({ status: 'orphan', reason: 'context-mismatch' });
    // Without a position, every place is "far": the same rule applies.
    expect(anchor(page, quoteOnly(selectors))).toEqual({ status: 'orphan', reason: 'context-mismatch' });
  });

  it('is an orphan when the copy is a few paragraphs away, in another context', () => {
    expect(anchor(preparePageText(deletedWithCopyIn(7).join('\n')), selectors)).toMatchObject({ status: 'orphan' });
  });

  it('is found when the near-identical passage is where it was, with its context', () => {
    const paragraphs = [...PARAGRAPHS];
    paragraphs[5] = (paragraphs[5] as string).replace(quote, copy);
    const text = paragraphs.join('\n');
    expect(anchor(preparePageText(text), selectors)).toMatchObject({
      status: 'anchored',
      method: 'fuzzy',
      start: text.indexOf(copy),
      end: text.indexOf(copy) + copy.length,
    });
  });

  it('is found far away when its paragraph moved there with it (the context came along)', () => {
    const moved = (PARAGRAPHS[5] as string).replace(quote, copy);
    const paragraphs = [...PARAGRAPHS.slice(0, 5), ...PARAGRAPHS.slice(6), moved];
    const text = paragraphs.join('\n');
    for (const s of [selectors, quoteOnly(selectors)]) {
      expect(anchor(preparePageText(text), s)).toMatchObject({
        status: 'anchored',
        method: 'fuzzy',
        start: text.indexOf(copy),
        end: text.indexOf(copy) + copy.length,
      });
    }
  });

  it('never takes a near-identical copy placed in another paragraph (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 38 }),
        fc.nat(400),
        fc.integer({ min: 40, max: 300 }),
        fc.integer({ min: 2, max: 37 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (p, from, length, distance, edits) => {
          const q = passage(p, from, length);
          fc.pre(once(q));
          const described = describePassage(PARAGRAPHS, p, q);
          // A few substitutions (at most 1/10 of the quote, ends untouched): ≥ 90 % similar.
          let near = q;
          for (const e of edits.slice(0, Math.max(1, Math.floor(q.length / 10)))) {
            const at = 3 + (e % (q.length - 6));
            near = `${near.slice(0, at)}${near[at] === 'x' ? 'y' : 'x'}${near.slice(at + 1)}`;
          }
          fc.pre(near !== q);
          const paragraphs = [...PARAGRAPHS];
          paragraphs[p] = (paragraphs[p] as string).replace(q, '');
          insertInto(paragraphs, (p + distance) % PARAGRAPHS.length, near);
          const result = anchor(preparePageText(paragraphs.join('\n')), described);
          expect(result).toMatchObject({ status: 'orphan' });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('an edited quote on a page that also shifted', () => {
  /**
   * The page with the passage of paragraph `p` replaced by `edited`, and `shift` characters
   * inserted (or, negative, deleted) in paragraph 8, well before it. With `rewrite`, the
   * word before or after the passage is rewritten too (the context no longer says where the
   * passage begins or ends).
   */
  function shifted(p: number, quote: string, edited: string, shift: number, rewrite?: 'before' | 'after'): string {
    const paragraphs = [...PARAGRAPHS];
    const z = (word: string) => 'z'.repeat(word.length);
    paragraphs[p] = (paragraphs[p] as string)
      .replace(quote, edited)
      .replace(new RegExp(`([^ ]+) ${edited}`), (all, word: string) => (rewrite === 'before' ? `${z(word)} ${edited}` : all))
      .replace(new RegExp(`${edited} ([^ ]+)`), (all, word: string) => (rewrite === 'after' ? `${edited} ${z(word)}` : all));
    const text = paragraphs.join('\n');
    const at = PARAGRAPHS.slice(0, 8).join('\n').length + 100;
    return shift >= 0 ? text.slice(0, at) + FILLER.slice(0, shift) + text.slice(at) : text.slice(0, at) + text.slice(at - shift);
  }

  const quote = passage(20, 150, 200);
  const selectors = describePassage(PARAGRAPHS, 20, quote);
  const edited = edit(quote);
  // The search around the expected place reaches 2k + 64 characters (k: a quarter of the quote) and the shift allowance.
  const window = 2 * Math.floor(quote.length * MAX_ERROR_RATE) + 64 + SHIFT_ALLOWANCE;

  it.each([
    ['a few hundred characters after', 300, undefined],
    ['just past the window', window + 20, undefined],
    ['just past the window, the word after the passage rewritten', window + 20, 'after'],
    ['a few hundred characters before', -300, undefined],
    ['just before the window', -(window + 20), undefined],
    ['just before the window, the word before the passage rewritten', -(window + 20), 'before'],
  ] as const)('is found whole when the page shifted %s', (_, shift, rewrite) => {
    const text = shifted(20, quote, edited, shift, rewrite);
    const start = text.indexOf(edited);
    expect(anchor(preparePageText(text), selectors)).toMatchObject({
      status: 'anchored',
      start,
      end: start + edited.length,
    });
  });

  it('is not cut inside its last word when the word after it was rewritten too (found by the property below)', () => {
    // A short quote with a word inserted before its last one: edit distance alone ends the match
    // two letters into that last word, and the rewritten suffix gives no place to settle on.
    const q = passage(20, 0, 49);
    const e = edit(q);
    const text = shifted(20, q, e, 0, 'after');
    const start = text.indexOf(e);
    expect(anchor(preparePageText(text), describePassage(PARAGRAPHS, 20, q))).toMatchObject({
      status: 'anchored',
      start,
      end: start + e.length,
    });
  });

  it('is found whole, shifted or not, when the word after it repeats its last word and was rewritten (found by the property below)', () => {
    // The suffix begins with the quote's own last word (« … riensan » + « riensan ri ex … »): its seed
    // met right after the shorter match hid the whole one, which costs as many edits (the quote's
    // inserted word, or the suffix's rewritten one). Only a page shifted 608 characters found it whole.
    const q = passage(16, 105, 51);
    const e = edit(q);
    const described = describePassage(PARAGRAPHS, 16, q);
    for (const shift of [0, -608]) {
      const text = shifted(16, q, e, shift, 'after');
      const start = text.indexOf(e);
      expect(anchor(preparePageText(text), described)).toMatchObject({ status: 'anchored', start, end: start + e.length });
    }
  });

  it('is found, not orphaned, when edit distance ends it a word short of its context (found by the property below)', () => {
    // 72 characters, a word inserted before its repeated last words, the word before it rewritten,
    // and the page shifted just beyond where a strong match needs no context: judged at its first
    // edges (one « riensan » short) neither side of its context agreed. Judged at the settled edges, the suffix does.
    const q = passage(16, 88, 72);
    const e = edit(q);
    const text = shifted(16, q, e, -101, 'before');
    const start = text.indexOf(e);
    expect(anchor(preparePageText(text), describePassage(PARAGRAPHS, 16, q))).toMatchObject({
      status: 'anchored',
      start,
      end: start + e.length,
    });
  });

  it('is found whole, never cut short, whatever the shift and the quote (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 15, max: 25 }),
        fc.nat(400),
        fc.integer({ min: 30, max: 400 }),
        fc.integer({ min: -1200, max: 1500 }),
        fc.constantFrom(undefined, 'before' as const, 'after' as const),
        (p, from, length, shift, rewrite) => {
          const q = passage(p, from, length);
          fc.pre(once(q));
          const e = edit(q);
          const described = describePassage(PARAGRAPHS, p, q);
          const unshifted = anchor(preparePageText(shifted(p, q, e, 0, rewrite)), described);
          const text = shifted(p, q, e, shift, rewrite);
          const start = text.indexOf(e);
          const result = anchor(preparePageText(text), described);
          // A short quote may lose too much to its edits to be found (its edits beyond 1/8 once far
          // from where it was expected); it is then an orphan, never a piece.
          if (result.status === 'orphan') expect(q.length).toBeLessThan(64);
          else {
            // Found as on the page that did not shift: the search windows changed nothing.
            expect(unshifted).toMatchObject({ status: 'anchored' });
            if (unshifted.status === 'anchored')
              expect([result.start - shift, result.end - shift]).toEqual([unshifted.start, unshifted.end]);
            // And whole, when the context around the passage is intact.
            if (!rewrite) expect([result.start, result.end]).toEqual([start, start + e.length]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the edges of an edited quote', () => {
  const text =
    'En juin, une patiente partenaire a présenté au comité des usagers le bilan des ateliers de diabétologie. ' +
    "Ses propositions sur les horaires des consultations ont été retenues pour la rentrée, ce qui n'était jamais arrivé auparavant.";
  const quote = 'Ses propositions sur les horaires des consultations ont été retenues pour la rentrée';
  const selectors = (() => {
    const d = describeRange(preparePageText(text), text.indexOf(quote), text.indexOf(quote) + quote.length);
    if (!d.ok) throw new Error(d.reason);
    return d.selectors;
  })();

  it.each([
    ['keeps its last word when a word is inserted before it', 'pour la rentrée', 'pour la prochaine rentrée'],
    ['keeps its first word when a word is inserted after it', 'Ses propositions', 'Ses nouvelles propositions'],
  ])('%s', (_, from, to) => {
    const changed = text.replace(from, to);
    const now = quote.replace(from, to);
    expect(anchor(preparePageText(changed), selectors)).toMatchObject({
      status: 'anchored',
      method: 'fuzzy',
      start: changed.indexOf(now),
      end: changed.indexOf(now) + now.length,
    });
  });
});
