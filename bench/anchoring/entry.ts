/**
 * In-page workload of bench/70-anchoring.bench.mjs, bundled by that bench with Vite and
 * loaded in the built demo site (same origin, so the strict CSP allows it).
 *
 * A 200 000-character article-like page (pseudo-French words from a seeded generator,
 * paragraphs with inline elements) and 200 highlights of 20–200 characters, described by
 * the real capture path. Versions of the page:
 * - `unchanged`;
 * - `edited`: every highlighted passage edited (a letter changed and a word inserted);
 * - `shifted`: edited, and a paragraph of 150–450 characters inserted before each highlighted
 *   one, so the shift learned from the highlight before is off by that much every time
 *   (the whole edited passage must be found, not a piece cut at a search window's edge);
 * - `deleted`: every highlighted passage deleted (nothing should be found: orphans, not
 *   wrong places);
 * - `elsewhere`: deleted, and a near-identical copy of each (one letter changed) put in
 *   the middle of a paragraph far away, another context: still orphans, not the copy.
 * Each run re-anchors all 200 from the page's DOM: text map, anchoring, DOM ranges. The
 * `Prepared` variants time the matching alone, on a page whose text map (and, for ours,
 * normalised copy) was built before the clock starts.
 * The baseline does what Hypothesis' client does with a quote (github.com/hypothesis/client,
 * src/annotator/anchoring/match-quote.ts — re-implemented here from its description):
 * exact indexOf, else approx-string-match with min(256, quote/2) errors, then every
 * candidate scored on quote (50), prefix (20), suffix (20) and position (2).
 */
import search from 'approx-string-match';
import {
  buildTextMap,
  hintRange,
  rangeFromOffsets,
  structuralHint,
  type TextMap,
} from '../../extension/modules/highlights/text-map';
import { type AnchorResult, anchorAll, describeRange, type PageText, preparePageText } from '../../shared/anchoring';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../shared/schemas/annotation';

const PAGE_CHARS = 200_000;
const HIGHLIGHTS = 200;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'pa,te,na,ri,at,san,té,pro,jet,co,mi,soin,ex,pé,rien,ce,par,ta,ge,for,ma,tion,vé,cu,ma,la,die,é,qui,pe,é,tu,de,gui,de,ré,seau,mé,de,cin,in,fir,mier,u,sa,ger,char,te,bi,nô,me,ac,cueil,lieu,sor,tie,ré,fé,rent,pa,ti,ent'.split(
    ',',
  );

interface Paragraph {
  text: string;
}

interface Planned {
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
}

interface Scenario {
  readonly html: DocumentFragment;
  /** Expected range of each highlight in this version's page text (null: it should be an orphan). */
  readonly expected: ({ start: number; end: number } | null)[];
}

type ScenarioName = 'unchanged' | 'edited' | 'shifted' | 'deleted' | 'elsewhere';

interface Setup {
  container: HTMLElement;
  annotations: { selectors: Selector[] }[];
  scenarios: Record<ScenarioName, Scenario>;
  /** The page shown, read outside the timed runs (for the Prepared variants). */
  shown?: { map: TextMap; page: PageText };
}

let state: Setup | undefined;

function makeVocabulary(random: () => number): string[] {
  const vocabulary: string[] = [];
  for (let i = 0; i < 6000; i++) {
    let w = '';
    const n = 1 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    vocabulary.push(w);
  }
  return vocabulary;
}

function makeParagraphs(random: () => number, vocabulary: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let total = 0;
  while (total < PAGE_CHARS) {
    paragraphs.push({ text: makeParagraph(random, vocabulary, 300 + Math.floor(random() * 600)) });
    total += (paragraphs[paragraphs.length - 1] as Paragraph).text.length + 1;
  }
  return paragraphs;
}

function makeParagraph(random: () => number, vocabulary: readonly string[], target: number): string {
  const words: string[] = [];
  let length = 0;
  let sentenceStart = true;
  while (length < target) {
    let w = vocabulary[Math.floor(random() * vocabulary.length)] as string;
    if (sentenceStart) w = w[0]?.toUpperCase() + w.slice(1);
    sentenceStart = false;
    const r = random();
    if (r < 0.08) {
      w += '.';
      sentenceStart = true;
    } else if (r < 0.14) w += ',';
    words.push(w);
    length += w.length + 1;
  }
  return `${words.join(' ')}.`;
}

/** A paragraph as DOM: the text with one inline <em> in the middle (nested markup, as real pages have). */
function paragraphNode(text: string, doc: Document): HTMLParagraphElement {
  const p = doc.createElement('p');
  const cut1 = text.indexOf(' ', Math.floor(text.length / 3));
  const cut2 = text.indexOf(' ', cut1 + 20);
  if (cut1 > 0 && cut2 > cut1) {
    const em = doc.createElement('em');
    em.textContent = text.slice(cut1, cut2);
    p.append(text.slice(0, cut1), em, text.slice(cut2));
  } else p.textContent = text;
  return p;
}

function fragmentOf(paragraphs: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const text of paragraphs) fragment.append(paragraphNode(text, document), '\n');
  return fragment;
}

/** Page-text offset of each paragraph's start (paragraph texts joined by "\n"). */
function starts(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.length + 1;
  }
  return out;
}

export function setup(seed = 42): { chars: number; highlights: number } {
  const random = prng(seed);
  const vocabulary = makeVocabulary(random);
  const paragraphs = makeParagraphs(random, vocabulary).map((p) => p.text);
  // 200 highlights in 200 different paragraphs, word-aligned, 20–200 characters.
  const chosen = new Set<number>();
  while (chosen.size < HIGHLIGHTS) chosen.add(Math.floor(random() * paragraphs.length));
  const plans: Planned[] = [...chosen]
    .sort((a, b) => a - b)
    .map((paragraph) => {
      const text = paragraphs[paragraph] as string;
      const length = 20 + Math.floor(random() * 180);
      let from = text.indexOf(' ', Math.floor(random() * Math.max(1, text.length - length - 1))) + 1;
      if (from <= 0) from = 0;
      let to = text.lastIndexOf(' ', Math.min(text.length, from + length));
      if (to <= from + 10) to = Math.min(text.length, from + length);
      return { paragraph, from, to };
    });

  // The edited page: inside each quote, one letter changed and one word inserted.
  const edited = [...paragraphs];
  const editedPlans = plans.map((plan) => {
    const text = edited[plan.paragraph] as string;
    const quote = text.slice(plan.from, plan.to);
    const letter = Math.floor(quote.length / 3);
    const space = quote.indexOf(' ', Math.floor((quote.length * 2) / 3));
    let changed = `${quote.slice(0, letter)}${quote[letter] === 'x' ? 'y' : 'x'}${quote.slice(letter + 1)}`;
    if (space > 0) changed = `${changed.slice(0, space)} bien${changed.slice(space)}`;
    edited[plan.paragraph] = text.slice(0, plan.from) + changed + text.slice(plan.to);
    return { ...plan, to: plan.from + changed.length };
  });

  // The shifted page: the edited one, with a new paragraph of 150–450 characters before each highlighted one.
  const shifted: string[] = [];
  const shiftedAt = new Map<number, number>();
  edited.forEach((text, i) => {
    const plan = editedPlans.find((p) => p.paragraph === i);
    if (plan) {
      shifted.push(makeParagraph(random, vocabulary, 150 + Math.floor(random() * 300)));
      shiftedAt.set(i, shifted.length);
    }
    shifted.push(text);
  });

  // The deleted page: every highlighted passage removed (all 200 should become orphans).
  const deleted = [...paragraphs];
  for (const plan of plans) {
    const text = deleted[plan.paragraph] as string;
    deleted[plan.paragraph] = text.slice(0, plan.from) + text.slice(plan.to);
  }

  // …and a near-identical copy of each (one letter changed), mid-paragraph, half a page away.
  const elsewhere = [...deleted];
  for (const plan of plans) {
    const quote = (paragraphs[plan.paragraph] as string).slice(plan.from, plan.to);
    const letter = Math.floor(quote.length / 3);
    const copy = `${quote.slice(0, letter)}${quote[letter] === 'x' ? 'y' : 'x'}${quote.slice(letter + 1)}`;
    const target = (plan.paragraph + Math.floor(paragraphs.length / 2)) % paragraphs.length;
    const text = elsewhere[target] as string;
    const at = text.indexOf(' ', Math.floor(text.length / 2)) + 1;
    elsewhere[target] = at > 0 ? `${text.slice(0, at)}${copy} ${text.slice(at)}` : `${text} ${copy}`;
  }

  const container = document.createElement('div');
  container.id = 'bench-article';
  document.body.append(container);
  container.append(fragmentOf(paragraphs));
  const map = buildTextMap(container);
  const page = preparePageText(map.text);
  const unchangedStarts = starts(paragraphs);
  const annotations = plans.map((plan) => {
    const start = (unchangedStarts[plan.paragraph] as number) + plan.from;
    const end = (unchangedStarts[plan.paragraph] as number) + plan.to;
    const range = rangeFromOffsets(map, start, end) as Range;
    const described = describeRange(page, start, end, structuralHint(map, range));
    if (!described.ok) throw new Error('cannot describe');
    return { selectors: described.selectors };
  });
  const editedStarts = starts(edited);
  const shiftedStarts = starts(shifted);
  const at = (paragraphStarts: number[], paragraph: number, plan: Planned) => ({
    start: (paragraphStarts[paragraph] as number) + plan.from,
    end: (paragraphStarts[paragraph] as number) + plan.to,
  });
  state = {
    container,
    annotations,
    scenarios: {
      unchanged: { html: fragmentOf(paragraphs), expected: plans.map((p) => at(unchangedStarts, p.paragraph, p)) },
      edited: { html: fragmentOf(edited), expected: editedPlans.map((p) => at(editedStarts, p.paragraph, p)) },
      shifted: {
        html: fragmentOf(shifted),
        expected: editedPlans.map((p) => at(shiftedStarts, shiftedAt.get(p.paragraph) as number, p)),
      },
      deleted: { html: fragmentOf(deleted), expected: plans.map(() => null) },
      elsewhere: { html: fragmentOf(elsewhere), expected: plans.map(() => null) },
    },
  };
  return { chars: map.text.length, highlights: annotations.length };
}

/** Puts one version of the page in the container and reads it (outside the timed runs). */
export function show(name: ScenarioName): void {
  const s = state as Setup;
  s.container.replaceChildren(s.scenarios[name].html.cloneNode(true));
  const map = buildTextMap(s.container);
  s.shown = { map, page: preparePageText(map.text) };
}

export interface RunResult {
  ms: number;
  anchored: number;
  /** Anchored where the passage starts. */
  correct: number;
  /** …and ending where it ends (not cut short, not overrunning). */
  whole: number;
  /** Why the others were not anchored (ours only). */
  orphans?: string[];
}

type Found = { start: number; end: number } | undefined;

function check(name: ScenarioName, found: readonly Found[]): { anchored: number; correct: number; whole: number } {
  const expected = (state as Setup).scenarios[name].expected;
  let anchored = 0;
  let correct = 0;
  let whole = 0;
  found.forEach((f, i) => {
    if (f === undefined) return;
    anchored++;
    const e = expected[i];
    if (!e || Math.abs(f.start - e.start) > 1) return;
    correct++;
    if (Math.abs(f.end - e.end) <= 1) whole++;
  });
  return { anchored, correct, whole };
}

function anchorOurs(map: TextMap, page: PageText): { found: Found[]; results: AnchorResult[] } {
  const s = state as Setup;
  const results = anchorAll(page, s.annotations, { resolveHint: (selector) => hintRange(map, selector.value) });
  const found = results.map((r) =>
    r.status === 'anchored' && rangeFromOffsets(map, r.start, r.end) ? { start: r.start, end: r.end } : undefined,
  );
  return { found, results };
}

function report(name: ScenarioName, ms: number, found: Found[], results: AnchorResult[]): RunResult {
  const s = state as Setup;
  const orphans = results.flatMap((r, i) =>
    r.status === 'orphan' ? [`${r.reason}: "${quoteOf(s.annotations[i]?.selectors ?? [])}"`] : [],
  );
  return { ms, ...check(name, found), orphans };
}

/** Ours: text map, anchoring (hint → position → quote → fuzzy), DOM ranges. */
export function ours(name: ScenarioName): RunResult {
  const s = state as Setup;
  const t0 = performance.now();
  const map = buildTextMap(s.container);
  const { found, results } = anchorOurs(map, preparePageText(map.text));
  const ms = performance.now() - t0;
  return report(name, ms, found, results);
}

/** Ours on a prepared page (text map and normalised copy built before the clock starts). */
export function oursPrepared(name: ScenarioName): RunResult {
  const { map, page } = (state as Setup).shown as { map: TextMap; page: PageText };
  const t0 = performance.now();
  const { found, results } = anchorOurs(map, page);
  const ms = performance.now() - t0;
  return report(name, ms, found, results);
}

function quoteOf(selectors: readonly Selector[]): string {
  return selectors.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector')?.exact ?? '';
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  return 1 - (matches[0]?.errors ?? str.length) / str.length;
}

function hypothesisMatch(text: string, quote: TextQuoteSelector, hint: number | undefined): Found {
  const exact = quote.exact;
  let matches: { start: number; end: number; errors: number }[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1))
    matches.push({ start: i, end: i + exact.length, errors: 0 });
  if (matches.length === 0) matches = search(text, exact, Math.min(256, exact.length / 2));
  if (matches.length === 0) return undefined;
  let best: { start: number; end: number; score: number } | undefined;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    const prefixScore = prefix ? textMatchScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}

function matchBaseline(map: TextMap): Found[] {
  return (state as Setup).annotations.map((a) => {
    const quote = a.selectors.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector') as TextQuoteSelector;
    const position = a.selectors.find((x): x is TextPositionSelector => x.type === 'TextPositionSelector');
    const match = hypothesisMatch(map.text, quote, position?.start);
    return match && rangeFromOffsets(map, match.start, match.end) ? match : undefined;
  });
}

/** Baseline: same text map and DOM ranges, Hypothesis-style quote matching. */
export function baseline(name: ScenarioName): RunResult {
  const s = state as Setup;
  const t0 = performance.now();
  const found = matchBaseline(buildTextMap(s.container));
  const ms = performance.now() - t0;
  return { ms, ...check(name, found) };
}

/** Baseline on a prepared page (text map built before the clock starts). */
export function baselinePrepared(name: ScenarioName): RunResult {
  const { map } = (state as Setup).shown as { map: TextMap };
  const t0 = performance.now();
  const found = matchBaseline(map);
  const ms = performance.now() - t0;
  return { ms, ...check(name, found) };
}

/** The text map and its normalised copy alone. */
export function textMapOnly(): RunResult {
  const s = state as Setup;
  const t0 = performance.now();
  const map = buildTextMap(s.container);
  preparePageText(map.text);
  return { ms: performance.now() - t0, anchored: 0, correct: 0, whole: 0 };
}

(globalThis as unknown as { __anchoringBench: unknown }).__anchoringBench = {
  setup,
  show,
  ours,
  oursPrepared,
  baseline,
  baselinePrepared,
  textMapOnly,
};
