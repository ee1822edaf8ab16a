/**
 * Re-anchoring: finding a highlight again in a page that may have changed since it was made.
 *
 * Cheapest first, each step accepted only when it is clearly right:
 * 1. `hint`     — the structural hint (CSS path of the block) resolved by the DOM layer,
 *                 and the quote found inside that block;
 * 2. `position` — the quote found exactly at the TextPositionSelector (or at the position
 *                 predicted from the highlights anchored before it, when the page shifted);
 * 3. `quote`    — exact occurrences of the quote anywhere, told apart by their context;
 * 4. `fuzzy`    — approximate matches (Myers' bit-parallel algorithm): ≤ 25 % errors (at
 *                 most 256) near the hinted block and within a few hundred characters of
 *                 the expected place, then ≤ 12.5 % anywhere in the page (exact-piece
 *                 filter, see farCandidates), scored on quote similarity, context
 *                 similarity and distance. A match that runs
 *                 past the edge of a searched window is followed to its real end (bestEnd),
 *                 so a shifted page never cuts a quote short; the chosen match's edges are
 *                 then settled where its context resumes (edges.ts).
 * All comparisons use the normalised text (normalize.ts) and results are mapped back to
 * the original text.
 *
 * Short or repeated quotes must never attach to a wrong place: a quote shorter than 32
 * code points, found more than once, or found only approximately must have its context
 * (prefix/suffix) agree. The one exception is a near-identical match (≥ 90 %) where the
 * passage was: the place itself is the evidence. Away from that place similarity proves
 * nothing (a deleted sentence often has a near twin elsewhere in the page), so the context
 * must agree there too. Two candidates scoring within 0.05 of each other make the
 * highlight ambiguous. Anything not clearly found is an orphan, with the reason.
 */
import type { CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../schemas/annotation';
import { settleEdges } from './edges';
import { buildGramIndex, GRAM, type GramIndex, gramOccurrences } from './gram-index';
import { approximateEndsIn, bestEnd, bestStart } from './myers';
import { normalizeForMatch, originalEnd, originalStart, toNormalizedIndex } from './normalize';
import { type PageText, utf16FromCodePoint } from './page-text';
import { similarity } from './similarity';

export type AnchorMethod = 'hint' | 'position' | 'quote' | 'fuzzy';

/**
 * - `no-quote`: the highlight has no usable TextQuoteSelector, nothing to verify against;
 * - `not-found`: no place in the page is close enough to the quote;
 * - `context-mismatch`: the quote (short, repeated or approximate) was found, but not in its context;
 * - `ambiguous`: several places fit equally well.
 */
export type OrphanReason = 'no-quote' | 'not-found' | 'context-mismatch' | 'ambiguous';

export type AnchorResult =
  | {
      readonly status: 'anchored';
      /** UTF-16 indexes in page.text (what a DOM Range needs), end exclusive. */
      readonly start: number;
      readonly end: number;
      readonly method: AnchorMethod;
      /** 0–1: 0.6 × quote similarity + 0.3 × context similarity + 0.1 × closeness to the expected position. */
      readonly score: number;
    }
  | { readonly status: 'orphan'; readonly reason: OrphanReason };

export interface AnchorOptions {
  /** Resolves the structural hint to the UTF-16 range [start, end) of its element in page.text, or null. */
  readonly resolveHint?: (selector: CssSelector) => { readonly start: number; readonly end: number } | null;
  /** How far (UTF-16) the page shifted before this highlight, learned from its neighbours (anchorAll). */
  readonly shift?: number;
}

/** Quotes shorter than this (code points, normalised) always need their context to agree. */
export const SHORT_QUOTE = 32;
/** Error budget of fuzzy matching near the expected place: a quarter of the quote, at most 256 edits. */
export const MAX_ERROR_RATE = 0.25;
export const MAX_ERRORS = 256;
/** …and anywhere else in the page: an eighth of the quote. */
export const FAR_ERROR_RATE = 0.125;
/** Candidates closer than this in score are indistinguishable. */
export const AMBIGUITY_MARGIN = 0.05;
/** Fuzzy matches at least this similar, where the passage was, stand on their own when they are the only candidate. */
const STRONG_QUOTE = 0.9;
/**
 * The shift learned from the highlights before is a guess: this one may have moved a few
 * hundred characters more (a paragraph inserted between them). The search around the
 * expected place covers that much with the full error budget, before the page-wide one.
 */
export const SHIFT_ALLOWANCE = 512;
/** Characters at which closeness to the expected position halves. */
const POSITION_SCALE = 1000;
const MAX_CANDIDATES = 12;
const MAX_OCCURRENCES = 1000;

interface Query {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly short: boolean;
  readonly maxErrors: number;
  /** Expected start in the normalised text, if any. */
  readonly expected: number | undefined;
  /** How far (normalised characters) from the expected start a match is still where the passage was. */
  readonly reach: number;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quoteSimilarity: number;
  readonly prefixSimilarity: number;
  readonly suffixSimilarity: number;
  readonly score: number;
  /** Its edges were settled by its context (edges.ts): not to be moved again. */
  readonly settled?: true;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Similarity of a stored context side with the page; an empty stored side says nothing (0.5) unless the page is empty there too. */
function sideSimilarity(stored: string, actual: string): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
  return similarity(stored, actual);
}

/** Near the expected start: a near-identical match here needs no context (see the module header). */
function inPlace(c: Candidate, q: Query): boolean {
  return q.expected !== undefined && Math.abs(c.start - q.expected) <= q.reach;
}

function contextAgrees(c: Candidate): boolean {
  return Math.max(c.prefixSimilarity, c.suffixSimilarity) >= 0.8 || (c.prefixSimilarity + c.suffixSimilarity) / 2 >= 0.6;
}

function evaluate(norm: string, q: Query, start: number, end: number, errors: number): Candidate {
  const quoteSimilarity = 1 - errors / q.quote.length;
  const prefixSimilarity = sideSimilarity(q.prefix, norm.slice(Math.max(0, start - q.prefix.length), start));
  const suffixSimilarity = sideSimilarity(q.suffix, norm.slice(end, end + q.suffix.length));
  const context = (prefixSimilarity + suffixSimilarity) / 2;
  const score =
    q.expected === undefined
      ? (0.6 * quoteSimilarity + 0.3 * context) / 0.9
      : 0.6 * quoteSimilarity + 0.3 * context + 0.1 / (1 + Math.abs(start - q.expected) / POSITION_SCALE);
  return { start, end, quoteSimilarity, prefixSimilarity, suffixSimilarity, score };
}

/** An approximate winner with its edges settled by its context (edges.ts), scored again. */
function settled(norm: string, q: Query, c: Candidate): Candidate {
  if (c.quoteSimilarity === 1 || c.settled) return c;
  // An edge can be off by the inserted text plus the word it hides: each at most k characters.
  const edges = settleEdges(norm, q.quote, q.prefix, q.suffix, c.start, c.end, 2 * q.maxErrors + 16);
  return { ...(edges ? evaluate(norm, q, edges.start, edges.end, edges.errors) : c), settled: true };
}

function anchored(page: PageText, c: Candidate, method: AnchorMethod): AnchorResult {
  const { normalized } = page;
  return {
    status: 'anchored',
    start: originalStart(normalized, c.start),
    end: originalEnd(normalized, c.end),
    method,
    score: Math.round(c.score * 1000) / 1000,
  };
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks the best candidate or says why none is safe. `candidates` hold every place
 * considered (exact or approximate) so that repetition is visible.
 */
function decide(
  candidates: Candidate[],
  q: Query,
  settle: (c: Candidate) => Candidate,
): { ok: true; best: Candidate } | { ok: false; reason: OrphanReason } {
  if (candidates.length === 0) return { ok: false, reason: 'not-found' };
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  let best = sorted[0] as Candidate;
  const rival = sorted.find((c) => c !== best && !overlaps(c, best));
  const approximate = best.quoteSimilarity < 1;
  const needsContext =
    q.short || rival !== undefined || (approximate && (best.quoteSimilarity < STRONG_QUOTE || !inPlace(best, q)));
  if (needsContext && !contextAgrees(best)) {
    // Edit distance may have ended the match a word short of its context (a word inserted near
    // its edge): judge the context at the settled edges, as the highlight would be drawn.
    best = settle(best);
    if (!contextAgrees(best)) return { ok: false, reason: 'context-mismatch' };
  }
  if (rival && best.score - rival.score < AMBIGUITY_MARGIN) {
    // Same text, same context (a repeated paragraph): only the position can tell them apart.
    const clearlyNearer = q.expected !== undefined && 2 * Math.abs(best.start - q.expected) < Math.abs(rival.start - q.expected);
    if (!clearlyNearer) return { ok: false, reason: 'ambiguous' };
  }
  return { ok: true, best };
}

function exactOccurrences(norm: string, quote: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = norm.indexOf(quote, from); i >= 0 && i + quote.length <= to; i = norm.indexOf(quote, i + 1)) {
    found.push(i);
    if (found.length >= MAX_OCCURRENCES) break;
  }
  return found;
}

/**
 * Approximate matches of the quote ending in `ranges` (ascending, disjoint) of the normalised
 * text. `open`: a range may end inside a match (a window around a guessed place, where the
 * passage may have moved further), so matches reaching its end are followed past it.
 */
function fuzzyCandidates(norm: string, q: Query, ranges: ReadonlyArray<readonly [number, number]>, open = false): Candidate[] {
  const { ends, errors } = approximateEndsIn(norm, q.quote, q.maxErrors, ranges);
  // Each match shows as a run of consecutive end positions; keep the best end of each run.
  const runs: Array<{ end: number; errors: number }> = [];
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    const e = errors[i] as number;
    const last = runs[runs.length - 1];
    if (last && end - (ends[i - 1] as number) <= 1) {
      if (e < last.errors) {
        last.end = end;
        last.errors = e;
      }
    } else runs.push({ end, errors: e });
  }
  runs.sort((a, b) => a.errors - b.errors);
  // Finding a start costs O(m²/32): for very long quotes only the most promising runs get one.
  return runs.slice(0, q.quote.length > 1000 ? 3 : MAX_CANDIDATES).map((run) => {
    // The start is looked for beyond the range too: a match that began before it is taken whole.
    const found = bestStart(norm, q.quote, run.end, q.maxErrors);
    const to = ranges.find((r) => r[1] >= run.end)?.[1] ?? norm.length;
    if (open && to < norm.length && run.end > to - 1 - q.maxErrors) {
      // The range may have ended inside the match (its missing tail counted as errors): follow it to
      // its real end. Only an end the search could not see counts; the others were weighed already.
      const { end } = bestEnd(norm, q.quote, found.start, q.maxErrors);
      const whole = bestStart(norm, q.quote, end, q.maxErrors);
      if (end > to && whole.errors < found.errors) return evaluate(norm, q, whole.start, end, whole.errors);
    }
    return evaluate(norm, q, found.start, run.end, found.errors);
  });
}

/**
 * Approximate matches anywhere in the page, with a tighter budget than near the expected
 * place (1/8 of the quote instead of 1/4: the further from where it was, the closer the
 * text must be). That budget allows an exact filter: split the quote into k + 1 pieces;
 * a match with at most k edits leaves at least one piece intact (pigeonhole), so only the
 * neighbourhoods of the pieces' exact occurrences need the bit-parallel search.
 */
function farCandidates(page: PageText, q: Query): Candidate[] {
  const norm = page.normalized.text;
  const m = q.quote.length;
  const k = Math.min(q.maxErrors, Math.floor(m * FAR_ERROR_RATE));
  if (k === 0) return [];
  const far: Query = { ...q, maxErrors: k };
  const pieces = k + 1;
  const size = Math.floor(m / pieces);
  // Pieces shorter than the index's grams (short quotes): one bit-parallel pass is cheap enough.
  if (size < GRAM) return fuzzyCandidates(norm, far, [[0, norm.length]]);
  const index = gramIndexOf(page);
  const windows: Array<[number, number]> = [];
  let covered = 0;
  for (let i = 0; i < pieces; i++) {
    const piece = q.quote.slice(i * size, i === pieces - 1 ? m : (i + 1) * size);
    for (const at of gramOccurrences(index, norm, piece, norm.length)) {
      windows.push([at - i * size - k, at - i * size + m + k]);
      covered += m + 2 * k;
      // Pieces too common to filter anything: one pass over the page is cheaper.
      if (covered > norm.length / 2) return fuzzyCandidates(norm, far, [[0, norm.length]]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of windows) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([Math.max(0, from), Math.min(norm.length, to)]);
  }
  return merged.length ? fuzzyCandidates(norm, far, merged) : [];
}

/** Characters searched on each side of the expected place (and of the hinted block): room for the errors, and some. */
function localSlack(maxErrors: number): number {
  return 2 * maxErrors + 64;
}

const gramIndexes = new WeakMap<PageText, GramIndex>();

function gramIndexOf(page: PageText): GramIndex {
  let index = gramIndexes.get(page);
  if (!index) {
    index = buildGramIndex(page.normalized.text);
    gramIndexes.set(page, index);
  }
  return index;
}

function findSelector<T extends Selector['type']>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

/** Finds one highlight, described by its selectors, in the page text. */
export function anchor(page: PageText, selectors: readonly Selector[], options: AnchorOptions = {}): AnchorResult {
  const quoteSelector = findSelector(selectors, 'TextQuoteSelector') as TextQuoteSelector | undefined;
  const quote = quoteSelector ? normalizeForMatch(quoteSelector.exact).trim() : '';
  if (!quoteSelector || quote.length === 0) return { status: 'orphan', reason: 'no-quote' };
  const { normalized } = page;
  const norm = normalized.text;
  const positionSelector = findSelector(selectors, 'TextPositionSelector') as TextPositionSelector | undefined;
  const shift = options.shift ?? 0;
  const recorded = positionSelector ? utf16FromCodePoint(page, positionSelector.start) : undefined;
  const expectedOriginal = recorded === undefined ? undefined : Math.max(0, Math.min(page.text.length, recorded + shift));
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  const q: Query = {
    quote,
    prefix: normalizeForMatch(quoteSelector.prefix ?? ''),
    suffix: normalizeForMatch(quoteSelector.suffix ?? ''),
    short: codePointLength(quote) < SHORT_QUOTE,
    maxErrors,
    reach: localSlack(maxErrors),
    expected: expectedOriginal === undefined ? undefined : toNormalizedIndex(normalized, expectedOriginal),
  };

  // 1. Structural hint: the quote inside the block the hint points to.
  const hintSelector = findSelector(selectors, 'CssSelector') as CssSelector | undefined;
  const hintRange = hintSelector && options.resolveHint ? options.resolveHint(hintSelector) : null;
  let hintFrom = -1;
  let hintTo = -1;
  if (hintRange) {
    hintFrom = toNormalizedIndex(normalized, hintRange.start);
    hintTo = toNormalizedIndex(normalized, hintRange.end);
    const inBlock = exactOccurrences(norm, quote, hintFrom, hintTo);
    if (inBlock.length === 1) {
      const c = evaluate(norm, q, inBlock[0] as number, (inBlock[0] as number) + quote.length, 0);
      if (!q.short || contextAgrees(c)) return anchored(page, c, 'hint');
    }
  }

  // 2. Position: the quote exactly where it was (or where its neighbours say it moved to).
  const tried = new Set<number>();
  for (const original of [recorded, expectedOriginal]) {
    if (original === undefined) continue;
    let s = toNormalizedIndex(normalized, original);
    if (norm.charCodeAt(s) === 0x20 && quote.charCodeAt(0) !== 0x20) s++;
    if (tried.has(s)) continue;
    tried.add(s);
    if (norm.startsWith(quote, s)) {
      const c = evaluate(norm, q, s, s + quote.length, 0);
      if (!q.short || contextAgrees(c)) return anchored(page, c, 'position');
    }
  }

  // 3. Exact quote anywhere, disambiguated by context (and position).
  const exact = exactOccurrences(norm, quote, 0, norm.length).map((s) => evaluate(norm, q, s, s + quote.length, 0));
  const settle = (c: Candidate) => settled(norm, q, c);
  let verdict = decide(exact, q, settle);
  if (verdict.ok) return anchored(page, verdict.best, 'quote');

  // 4. Fuzzy: near the hinted block, near the expected place, then everywhere.
  if (q.maxErrors === 0) return { status: 'orphan', reason: verdict.reason };
  const slack = q.reach;
  const windows: Array<[number, number]> = [];
  if (hintTo > hintFrom) windows.push([hintFrom - slack, hintTo + slack]);
  if (q.expected !== undefined) {
    const around = slack + SHIFT_ALLOWANCE;
    windows.push([q.expected - around, q.expected + quote.length + around]);
  }
  for (const [from, to] of windows) {
    const local = fuzzyCandidates(norm, q, [[Math.max(0, from), Math.min(norm.length, to)]], true);
    const nearby = decide(mergeCandidates(exact, local), q, settle);
    if (nearby.ok && !exact.includes(nearby.best)) return anchored(page, settled(norm, q, nearby.best), 'fuzzy');
  }
  const everywhere = farCandidates(page, q);
  verdict = decide(mergeCandidates(exact, everywhere), q, settle);
  if (verdict.ok) {
    const { best } = verdict;
    return exact.includes(best) ? anchored(page, best, 'quote') : anchored(page, settled(norm, q, best), 'fuzzy');
  }
  return { status: 'orphan', reason: verdict.reason };
}

/** Exact candidates first; approximate ones that overlap an exact one are the same place. */
function mergeCandidates(exact: Candidate[], approximate: Candidate[]): Candidate[] {
  return [...exact, ...approximate.filter((a) => !exact.some((e) => overlaps(a, e)))];
}

export interface AnchorTarget {
  readonly selectors: readonly Selector[];
}

/**
 * Anchors many highlights of one page, one at a time (a generator, so that a caller in a
 * page can yield to the browser between highlights and never freeze it). They are
 * processed in the order of their recorded positions, and the shift observed on each
 * anchored one (e.g. a paragraph inserted above) predicts where the next one is: most of
 * a changed page is then re-found by the cheap position check instead of a search.
 */
export function* anchorSequence(
  page: PageText,
  targets: readonly AnchorTarget[],
  options: Omit<AnchorOptions, 'shift'> = {},
): Generator<{ readonly index: number; readonly result: AnchorResult }> {
  const recordedStart = targets.map((t) => {
    const position = findSelector(t.selectors, 'TextPositionSelector') as TextPositionSelector | undefined;
    return position ? utf16FromCodePoint(page, position.start) : undefined;
  });
  const order = targets.map((_, i) => i).sort((a, b) => (recordedStart[a] ?? Infinity) - (recordedStart[b] ?? Infinity));
  let shift = 0;
  for (const index of order) {
    const result = anchor(page, (targets[index] as AnchorTarget).selectors, { ...options, shift });
    const recorded = recordedStart[index];
    if (result.status === 'anchored' && recorded !== undefined) shift = result.start - recorded;
    yield { index, result };
  }
}

/** Anchors many highlights of one page (see anchorSequence); results in the input order. */
export function anchorAll(
  page: PageText,
  targets: readonly AnchorTarget[],
  options: Omit<AnchorOptions, 'shift'> = {},
): AnchorResult[] {
  const results: AnchorResult[] = new Array(targets.length);
  for (const { index, result } of anchorSequence(page, targets, options)) results[index] = result;
  return results;
}
