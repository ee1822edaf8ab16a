import { describe, expect, it } from 'vitest';
import {
  type AnchorResult,
  anchorAll,
  describeRange,
  normalizeWithMap,
  originalEnd,
  originalStart,
  preparePageText,
} from '../../../../shared/anchoring';
import type { Selector } from '../../../../shared/schemas/annotation';
import { fixtureText } from './page-fixtures';

/** A passage of article.html: the quote, after a lead-in that makes it unique. */
interface Passage {
  readonly id: string;
  readonly lead: string;
  readonly quote: string;
}

const PASSAGES: readonly Passage[] = [
  { id: 'comite-1', lead: 'dans ses instances. Le ', quote: 'comité des usagers' },
  {
    id: 'savoir',
    lead: 'Les patients partenaires apportent leur ',
    quote: 'savoir expérientiel, issu du vécu de la maladie, aux équipes qui les acompagnent.',
  },
  {
    id: 'co-construire',
    lead: '',
    quote: `L'établissement s'engage à "co-construire" les parcours avec eux : c'est le sens du partenariat...`,
  },
  { id: 'charte', lead: 'ont été formés, et ', quote: 'la charte du partenariat a été signée par chaque binôme' },
  { id: 'comite-juin', lead: 'une patiente partenaire a présenté au ', quote: 'comité des usagers' },
  { id: 'propositions', lead: '', quote: 'Ses propositions sur les horaires des consultations ont été retenues pour la rentrée' },
  {
    id: 'citation',
    lead: '',
    quote: '« Nous ne venons pas donner notre avis sur tout ; nous venons dire ce que vit la personne',
  },
  {
    id: 'remuneration',
    lead: 'le sujet le plus délicat : ',
    quote: 'le guide recommande de la prévoir dès la conception du projet',
  },
  { id: 'confiance', lead: '', quote: 'afin de bâtir une relation de confiance durable' },
];

/** Where `quote` (after `lead`) is in `text`, comparing normalised forms; it must be there exactly once. */
function locate(text: string, lead: string, quote: string): { start: number; end: number } {
  const normalized = normalizeWithMap(text);
  const needle = normalizeWithMap(lead + quote).text;
  const at = normalized.text.indexOf(needle);
  expect(at, `"${lead}${quote}" is in the page`).toBeGreaterThanOrEqual(0);
  expect(normalized.text.indexOf(needle, at + 1), `"${lead}${quote}" is in the page once`).toBe(-1);
  const leadLength = normalizeWithMap(lead).text.length;
  return { start: originalStart(normalized, at + leadLength), end: originalEnd(normalized, at + needle.length) };
}

const original = fixtureText('article.html');
const described = new Map<string, Selector[]>();
for (const p of PASSAGES) {
  const { start, end } = locate(original, p.lead, p.quote);
  const d = describeRange(preparePageText(original), start, end, null);
  if (!d.ok) throw new Error(`cannot describe ${p.id}`);
  described.set(p.id, d.selectors);
}

function anchorFixture(file: string): Map<string, AnchorResult> {
  const page = preparePageText(fixtureText(file));
  const results = anchorAll(
    page,
    PASSAGES.map((p) => ({ selectors: described.get(p.id) as Selector[] })),
  );
  return new Map(PASSAGES.map((p, i) => [p.id, results[i] as AnchorResult]));
}

interface Expectation {
  readonly file: string;
  /** Passages that must come back as orphans, with the reason. */
  readonly orphans?: Readonly<Record<string, string>>;
  /** The passage's text in the changed page when it differs from the original quote. */
  readonly changed?: Readonly<Record<string, string>>;
  readonly methods?: Readonly<Record<string, string>>;
}

const EXPECTATIONS: readonly Expectation[] = [
  { file: 'article-inserted.html' },
  {
    file: 'article-typography.html',
    changed: {
      'co-construire': 'L’établissement s’engage à « co-construire » les parcours avec eux : c’est le sens du partenariat…',
    },
  },
  {
    file: 'article-typo-fixed.html',
    changed: { savoir: 'savoir expérientiel, issu du vécu de la maladie, aux équipes qui les accompagnent.' },
    methods: { savoir: 'fuzzy' },
  },
  { file: 'article-moved.html' },
  { file: 'article-deleted.html', orphans: { 'comite-juin': 'context-mismatch', propositions: 'not-found' } },
  // The sentence is gone; a near-identical one (« des » for « Ses ») closes the article: another context, not it.
  { file: 'article-elsewhere.html', orphans: { propositions: 'context-mismatch' } },
];

describe('selectors made on article.html', () => {
  it('carry the quote, 32 code points of context and code-point positions', () => {
    const selectors = described.get('savoir') as Selector[];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    expect(quote).toMatchObject({ exact: PASSAGES[1]?.quote, prefix: expect.stringMatching(/apportent leur $/) });
    expect(quote?.type === 'TextQuoteSelector' && [...(quote.prefix ?? '')].length).toBe(32);
    expect(quote?.type === 'TextQuoteSelector' && [...(quote.suffix ?? '')].length).toBe(32);
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
  });

  it('re-anchor exactly where they were on the unchanged page, by position', () => {
    const results = anchorFixture('article.html');
    for (const p of PASSAGES) {
      expect(results.get(p.id), p.id).toEqual({
        status: 'anchored',
        ...locate(original, p.lead, p.quote),
        method: 'position',
        score: 1,
      });
    }
  });
});

describe.each(EXPECTATIONS)('$file', ({ file, orphans = {}, changed = {}, methods = {} }) => {
  const text = fixtureText(file);
  const results = anchorFixture(file);

  it('anchors every surviving passage at its new place', () => {
    for (const p of PASSAGES.filter((p) => !(p.id in orphans))) {
      const result = results.get(p.id);
      const expected = locate(text, p.lead, changed[p.id] ?? p.quote);
      expect(result, p.id).toMatchObject({ status: 'anchored', ...expected });
      if (methods[p.id]) expect(result, p.id).toMatchObject({ method: methods[p.id] });
      if (result?.status === 'anchored') expect(result.score, p.id).toBeGreaterThan(0.8);
    }
  });

  it('reports the lost passages as orphans with their reason, never somewhere else', () => {
    for (const [id, reason] of Object.entries(orphans)) expect(results.get(id), id).toEqual({ status: 'orphan', reason });
  });
});
