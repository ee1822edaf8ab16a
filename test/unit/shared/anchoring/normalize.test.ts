import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointFromUtf16,
  normalizeForMatch,
  normalizeWithMap,
  originalEnd,
  originalStart,
  preparePageText,
  toNormalizedIndex,
  utf16FromCodePoint,
} from '../../../../shared/anchoring';
import { codePointToUtf16Offset, utf16ToCodePointOffset } from '../../../../shared/schemas/annotation';

describe('normalisation for matching', () => {
  it('collapses whitespace runs, including non-breaking and narrow spaces', () => {
    expect(normalizeForMatch('a \u00a0\n\t b\u202f:\u2009c')).toBe('a b : c');
  });

  it('makes typographic quotes, apostrophes, dashes and ellipses plain', () => {
    expect(normalizeForMatch('l’été « oui » “non” ‘a’ – b — c…')).toBe(`l'été " oui " "non" 'a' - b - c...`);
  });

  it('expands ligatures and drops zero-width characters and soft hyphens', () => {
    expect(normalizeForMatch('conﬁance, ﬂeur, cœur, Œuvre, ex æquo')).toBe('confiance, fleur, coeur, OEuvre, ex aequo');
    expect(normalizeForMatch('parte\u00adna\u200briat\u2060')).toBe('partenariat');
  });

  it('composes decomposed accents but keeps case and accents', () => {
    expect(normalizeForMatch('comple\u0300te Éte\u0301')).toBe('complète Été');
  });

  it('maps every normalised character back to the original text', () => {
    const original = 'A\u00a0\u00a0 conﬁance…  “x”';
    const n = normalizeWithMap(original);
    expect(n.text).toBe('A confiance... "x"');
    // "fi" both come from the one ligature; "..." from the one ellipsis.
    const fi = n.text.indexOf('fi');
    expect(originalStart(n, fi)).toBe(original.indexOf('ﬁ'));
    expect(originalEnd(n, fi + 1)).toBe(original.indexOf('ﬁ') + 1);
    expect(originalEnd(n, n.text.indexOf('...') + 3)).toBe(original.indexOf('…') + 1);
    // A match ending on a collapsed space covers the whole run.
    expect(originalEnd(n, 2)).toBe(4);
    expect(toNormalizedIndex(n, original.indexOf('c'))).toBe(n.text.indexOf('c'));
  });

  it('keeps the map monotonic and consistent on any text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\u00a0', '\n', '’', '…', 'ﬁ', 'œ', '\u0301', '\u200b', '😀') }),
        (s) => {
          const n = normalizeWithMap(s);
          expect(n.toOriginal.length).toBe(n.text.length + 1);
          expect(n.toOriginal[n.text.length]).toBe(s.length);
          for (let i = 1; i < n.toOriginal.length; i++)
            expect(n.toOriginal[i]).toBeGreaterThanOrEqual(n.toOriginal[i - 1] as number);
          // Normalising is idempotent, and the whole original maps to the whole normalised text.
          expect(normalizeForMatch(n.text)).toBe(n.text);
          expect(originalEnd(n, n.text.length)).toBe(s.length);
        },
      ),
    );
  });
});

describe('code points', () => {
  it('converts like the shared helpers, with astral characters anywhere (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '😀', '𝔸', ' ', '\ud800') }), fc.nat(), (s, x) => {
        const page = preparePageText(s);
        const cp = x % (s.length + 2);
        expect(utf16FromCodePoint(page, cp)).toBe(codePointToUtf16Offset(s, cp));
        const i = x % (s.length + 1);
        expect(codePointFromUtf16(page, i)).toBe(utf16ToCodePointOffset(s, i));
      }),
      { numRuns: 500 },
    );
  });
});
