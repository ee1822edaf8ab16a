import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, normalizeForMatch, preparePageText } from '../../../../shared/anchoring';
import type { Selector } from '../../../../shared/schemas/annotation';

function describeText(text: string, quote: string, occurrence = 0, hint?: string): Selector[] {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  const d = describeRange(preparePageText(text), at, at + quote.length, hint);
  if (!d.ok) throw new Error(d.reason);
  return d.selectors;
}

const quoteOnly = (selectors: Selector[]) => selectors.filter((s) => s.type === 'TextQuoteSelector');

const TWICE =
  'Le projet de sortie a été suivi par les patients partenaires du service de cardiologie depuis janvier. ' +
  'Ailleurs, la formation initiale a réuni les patients partenaires du réseau régional avec les soignants. ';

describe('describing a range', () => {
  it('trims surrounding whitespace and refuses an empty or oversized selection', () => {
    const page = preparePageText('  un passage  choisi \n');
    const d = describeRange(page, 0, page.text.length);
    expect(d).toMatchObject({ ok: true, start: 2, end: 20, quote: { exact: 'un passage  choisi', prefix: ' ', suffix: ' ' } });
    expect(describeRange(page, 0, 2)).toEqual({ ok: false, reason: 'empty' });
    expect(describeRange(preparePageText('a'.repeat(20_001)), 0, 20_001)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const page = preparePageText('😀😀 merci 🙏 beaucoup');
    const start = page.text.indexOf('merci');
    const d = describeRange(page, start, start + 'merci 🙏 beaucoup'.length);
    expect(d).toMatchObject({ ok: true, position: { start: 3, end: 3 + [...'merci 🙏 beaucoup'].length } });
  });

  it('adds the structural hint when given one', () => {
    expect(describeText('du texte', 'texte', 0, 'main > p:nth-of-type(2)')).toContainEqual({
      type: 'CssSelector',
      value: 'main > p:nth-of-type(2)',
    });
  });
});

describe('a 3-word quote that appears twice with different context', () => {
  const first = describeText(TWICE, 'les patients partenaires', 0);
  const second = describeText(TWICE, 'les patients partenaires', 1);

  it('finds each occurrence by its context, even without a position', () => {
    const page = preparePageText(TWICE);
    expect(anchor(page, quoteOnly(first))).toMatchObject({
      status: 'anchored',
      start: TWICE.indexOf('les patients'),
      method: 'quote',
    });
    expect(anchor(page, quoteOnly(second))).toMatchObject({
      status: 'anchored',
      start: TWICE.lastIndexOf('les patients'),
      method: 'quote',
    });
  });

  it('is an orphan, not attached to the other occurrence, when its own sentence is gone', () => {
    const withoutFirst = TWICE.slice(TWICE.indexOf('Ailleurs'));
    expect(anchor(preparePageText(withoutFirst), first)).toEqual({ status: 'orphan', reason: 'context-mismatch' });
    const withoutSecond = TWICE.slice(0, TWICE.indexOf('Ailleurs'));
    expect(anchor(preparePageText(withoutSecond), second)).toEqual({ status: 'orphan', reason: 'context-mismatch' });
  });

  it('is not attached to a near-identical phrase in another sentence either', () => {
    const changed = `Le bilan annuel cite des patientes partenaires très impliquées. ${TWICE.slice(TWICE.indexOf('Ailleurs'))}`;
    expect(anchor(preparePageText(changed), first)).toMatchObject({ status: 'orphan' });
  });
});

describe('orphans and ambiguity', () => {
  it('calls a duplicated passage ambiguous without a position, and takes the clearly nearest with one', () => {
    const paragraph = 'Chaque binôme signe la charte du partenariat au début de sa mission. ';
    const four = paragraph.repeat(4);
    const selectors = describeText(four, 'la charte du partenariat', 1);
    expect(anchor(preparePageText(four), quoteOnly(selectors))).toEqual({ status: 'orphan', reason: 'ambiguous' });
    // Same page, the passage shifted by a few words: occurrence 1 is clearly the nearest to where it was.
    const shifted = `Intermède. ${four}`;
    expect(anchor(preparePageText(shifted), selectors)).toMatchObject({
      status: 'anchored',
      start: shifted.indexOf('la charte', shifted.indexOf('la charte') + 1),
    });
  });

  it('needs a quote to verify against', () => {
    const page = preparePageText('du texte');
    expect(anchor(page, [{ type: 'TextPositionSelector', start: 0, end: 2 }])).toEqual({ status: 'orphan', reason: 'no-quote' });
    expect(anchor(page, [{ type: 'TextQuoteSelector', exact: ' \u00a0 ' }])).toEqual({ status: 'orphan', reason: 'no-quote' });
  });

  it('does not take a short quote whose context changed completely', () => {
    const selectors = describeText('Le conseil de surveillance a voté le budget.', 'a voté le budget');
    expect(anchor(preparePageText('Hier soir, le maire a voté le budget sans débat.'), selectors)).toEqual({
      status: 'orphan',
      reason: 'context-mismatch',
    });
  });

  it('does not invent a match when the quote is gone', () => {
    const text = 'Les associations d’usagers siègent au conseil de surveillance. La commission se réunit chaque trimestre.';
    const selectors = describeText(text, 'La commission se réunit chaque trimestre.');
    expect(anchor(preparePageText(text.slice(0, text.indexOf(' La commission'))), selectors)).toEqual({
      status: 'orphan',
      reason: 'not-found',
    });
  });
});

describe('re-anchoring order', () => {
  const text = 'Premier paragraphe sur le comité. Deuxième paragraphe sur les patients partenaires. Troisième paragraphe.';
  const block = { start: text.indexOf('Deuxième'), end: text.indexOf(' Troisième') };
  const selectors = describeText(text, 'les patients partenaires', 0, 'p:nth-of-type(2)');

  it('tries the structural hint first', () => {
    const result = anchor(preparePageText(text), selectors, {
      resolveHint: (s) => (s.value === 'p:nth-of-type(2)' ? block : null),
    });
    expect(result).toMatchObject({ status: 'anchored', method: 'hint', start: text.indexOf('les patients') });
  });

  it('falls back on the position when the hint points elsewhere', () => {
    const result = anchor(preparePageText(text), selectors, { resolveHint: () => ({ start: 0, end: 20 }) });
    expect(result).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('matches approximately an edited quote, near where it was', () => {
    const long = describeText(text, 'Deuxième paragraphe sur les patients partenaires.');
    const edited = text.replace('Deuxième paragraphe sur les patients', 'Deuxième paragraphe, sur les patientes');
    expect(anchor(preparePageText(edited), long)).toMatchObject({
      status: 'anchored',
      method: 'fuzzy',
      start: edited.indexOf('Deuxième'),
      end: edited.indexOf(' Troisième'),
    });
  });

  it('learns the shift of a changed page from the highlights before', () => {
    const words = Array.from({ length: 60 }, (_, i) => `mot${i * 7919}`).join(' ');
    const targets = [5, 20, 40].map((n) => ({ selectors: describeText(words, `mot${n * 7919} mot${(n + 1) * 7919}`) }));
    const shifted = `Un paragraphe ajouté en tête. ${words}`;
    const results = anchorAll(preparePageText(shifted), targets);
    // The first is found by its quote; the next ones where the first one's shift predicts.
    expect(results.map((r) => r.status === 'anchored' && r.method)).toEqual(['quote', 'position', 'position']);
  });
});

describe('round trips (properties)', () => {
  const word = fc.constantFrom(
    'patient',
    'partenaire',
    'soin',
    'l’équipe',
    'cœur',
    'conﬁance',
    'comité',
    '😀',
    'HAS',
    'guide',
    '«',
    '»',
    '…',
  );
  const separator = fc.constantFrom(' ', ' ', '  ', '\n', '\u00a0', ', ', '. ');
  const textArb = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 80 }).map((parts) => parts.flat().join(''));

  it('describe → anchor gives back the same range on an unchanged text, by position', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const page = preparePageText(text);
        const d = describeRange(page, Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1));
        fc.pre(d.ok);
        if (!d.ok) return;
        expect(anchor(page, d.selectors)).toMatchObject({ status: 'anchored', start: d.start, end: d.end, method: 'position' });
      }),
      { numRuns: 400 },
    );
  });

  it('after text is inserted before it, a highlight is re-found shifted or reported as an orphan — never misplaced', () => {
    const unique = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàç'), minLength: 40, maxLength: 400 });
    fc.assert(
      fc.property(
        unique,
        fc.nat(),
        fc.nat(),
        fc.string({ unit: fc.constantFrom('0', '1', '2', ' '), minLength: 1, maxLength: 50 }),
        (text, a, b, inserted) => {
          const start = Math.min(a, b) % text.length;
          const end = start + 1 + (Math.max(a, b) % Math.min(60, text.length - start));
          const d = describeRange(preparePageText(text), start, end);
          fc.pre(d.ok);
          if (!d.ok) return;
          const at = a % (d.start + 1);
          const changed = text.slice(0, at) + inserted + text.slice(at);
          const result = anchor(preparePageText(changed), d.selectors);
          const quote = normalizeForMatch(d.quote.exact);
          const repeated = changed.indexOf(quote) !== changed.lastIndexOf(quote);
          if (result.status === 'anchored') {
            // Always on the quote itself; elsewhere than where it moved only if the quote repeats (e.g. "aaaa").
            expect(normalizeForMatch(changed.slice(result.start, result.end))).toBe(quote);
            if (!repeated) expect([result.start, result.end]).toEqual([d.start + inserted.length, d.end + inserted.length]);
          } else expect(repeated || quote.length < 4).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
