import { describe, expect, it } from 'vitest';
import { settleEdges } from '../../../../shared/anchoring/edges';
import { editDistance } from '../../../../shared/anchoring/similarity';

const BEFORE = 'le bilan des ateliers de diabétologie. ';
const AFTER = ", ce qui n'était jamais arrivé auparavant.";
const QUOTE = 'Ses propositions sur les horaires ont été retenues pour la rentrée';
const PREFIX = BEFORE.slice(-32);
const SUFFIX = AFTER.slice(0, 32);

function page(passage: string): { text: string; start: number; end: number } {
  return { text: BEFORE + passage + AFTER, start: BEFORE.length, end: BEFORE.length + passage.length };
}

describe('settling the edges of an approximate match', () => {
  it('moves the end to where the suffix resumes, past a word edit distance dropped', () => {
    const { text, start, end } = page(QUOTE.replace('la rentrée', 'la prochaine rentrée'));
    const cut = text.indexOf(' rentrée');
    expect(settleEdges(text, QUOTE, PREFIX, SUFFIX, start, cut, 30)).toEqual({
      start,
      end,
      errors: editDistance(QUOTE, text.slice(start, end)),
    });
  });

  it('moves the start to where the prefix stops, before a word edit distance dropped', () => {
    const { text, start, end } = page(QUOTE.replace('Ses propositions', 'Ses nouvelles propositions'));
    const cut = text.indexOf('nouvelles');
    expect(settleEdges(text, QUOTE, PREFIX, SUFFIX, cut, end, 30)).toMatchObject({ start, end });
  });

  it('keeps the edges (null) when the context does not say better: rewritten, or none stored', () => {
    const passage = QUOTE.replace('la rentrée', 'la prochaine rentrée');
    const text = `${BEFORE}${passage} — zzz qqq www.`;
    const start = BEFORE.length;
    const cut = text.indexOf(' rentrée');
    expect(settleEdges(text, QUOTE, PREFIX, SUFFIX, start, cut, 30)).toBeNull();
    expect(settleEdges(page(passage).text, QUOTE, '', '', start, cut, 30)).toBeNull();
  });

  it('leaves a match that meets its context as it is', () => {
    const { text, start, end } = page(QUOTE);
    expect(settleEdges(text, QUOTE, PREFIX, SUFFIX, start, end, 30)).toBeNull();
  });
});
