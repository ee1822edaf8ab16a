/**
 * Where an approximate match really begins and ends.
 *
 * Edit distance alone is blind at a match's edges: a word inserted before the quote's last
 * word makes a shorter alignment cheaper ("laré bien seau" for the quote "laré seau" costs
 * 5 edits whole, 4 as "laré bien"), and a word inserted after the first does the same at
 * the start. The highlight would then lose its last (or first) word. The stored context
 * tells: the passage ends where its suffix resumes and begins where its prefix stops. An
 * edge that does not meet its context is moved to such a place nearby when the quote's edits
 * plus the context's edits are fewer there than at the edge edit distance chose. The word
 * edges nearby are tried too, if the quote itself began or ended on one: the context may have
 * been rewritten (its seed nowhere near), or its seed may be met by chance (a suffix that
 * begins with the quote's own last word); the cost still weighs the context's edits, and a
 * highlight is not cut inside a word. Equal costs give the longer passage, whatever edge
 * edit distance chose first.
 */
import { anchoredDistances } from './myers';
import { editDistance } from './similarity';

/** Characters of the context that must be intact at a place for the edge to be tried there. */
const CONTEXT_SEED = 6;
/**
 * Characters of the context intact at an edge for it to be left alone: longer than a seed,
 * since a common word (" de la ") often follows a cut short match by chance.
 */
const CONTEXT_MET = 16;

export interface Edges {
  readonly start: number;
  readonly end: number;
  /** Edit distance of the quote against text[start, end). */
  readonly errors: number;
}

/**
 * Settles [start, end) of an approximate match of `quote` in `text` (all normalised),
 * looking up to `reach` characters either side of each edge; null when both edges already
 * meet their context (the usual case: edits inside the passage), or nothing better is found.
 */
export function settleEdges(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  start: number,
  end: number,
  reach: number,
): Edges | null {
  const suffixSeed = suffix.slice(0, CONTEXT_SEED);
  const prefixSeed = prefix.slice(-CONTEXT_SEED);
  const suffixMet = suffix.slice(0, CONTEXT_MET);
  const prefixMet = prefix.slice(-CONTEXT_MET);
  const endMeets = text.startsWith(suffixMet, end);
  const startMeets = text.slice(Math.max(0, start - prefixMet.length), start) === prefixMet;
  if (endMeets && startMeets) return null;
  let settled = { start, end };
  if (!endMeets) {
    // distances[L]: the quote against text[start, start + L).
    const distances = anchoredDistances(text, quote, start, 1, end - start + reach);
    const cost = (e: number) => (distances[e - start] as number) + editDistance(suffix, text.slice(e, e + suffix.length));
    const max = start + distances.length - 1;
    const places = placesWhere(text, suffixSeed, end, reach, start, max);
    if (endsWord(quote, suffix)) places.push(...wordEnds(text, end, reach, start, max));
    settled = { start, end: cheapest(end, cost, places, 1) };
  }
  let reversed = '';
  for (let i = quote.length - 1; i >= 0; i--) reversed += quote[i];
  // distances[L]: the quote against text[end − L, end).
  const { end: e } = settled;
  const distances = anchoredDistances(text, reversed, e, -1, e - settled.start + reach);
  if (!startMeets) {
    const cost = (s: number) =>
      (distances[e - s] as number) + editDistance(prefix, text.slice(Math.max(0, s - prefix.length), s));
    const seedAt = settled.start - prefixSeed.length;
    const min = e - distances.length + 1 - prefixSeed.length;
    const places = placesWhere(text, prefixSeed, seedAt, reach, min, e - prefixSeed.length).map((at) => at + prefixSeed.length);
    if (startsWord(quote, prefix))
      places.push(...wordStarts(text, settled.start, reach, Math.max(0, e - distances.length + 1), e));
    settled = { start: cheapest(settled.start, cost, places, -1), end: e };
  }
  if (settled.start === start && settled.end === end) return null;
  return { ...settled, errors: distances[e - settled.start] as number };
}

/** Positions in [around − reach, around + reach] ∩ [min, max] where `seed` occurs. */
function placesWhere(text: string, seed: string, around: number, reach: number, min: number, max: number): number[] {
  const places: number[] = [];
  const to = Math.min(max, around + reach);
  for (let i = text.indexOf(seed, Math.max(min, around - reach, 0)); i >= 0 && i <= to; i = text.indexOf(seed, i + 1))
    places.push(i);
  return places;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/** Whether the quote ended at the end of a word (its suffix does not go on with the word). */
function endsWord(quote: string, suffix: string): boolean {
  return isWord(quote[quote.length - 1]) && !isWord(suffix[0]);
}

/** Whether the quote began at the start of a word. */
function startsWord(quote: string, prefix: string): boolean {
  return isWord(quote[0]) && !isWord(prefix[prefix.length - 1]);
}

/** Positions in [around − reach, around + reach] ∩ [min, max] where a word ends. */
function wordEnds(text: string, around: number, reach: number, min: number, max: number): number[] {
  const places: number[] = [];
  for (let i = Math.max(min, around - reach, 1); i <= Math.min(max, around + reach, text.length); i++)
    if (isWord(text[i - 1]) && !isWord(text[i])) places.push(i);
  return places;
}

/** Positions in [around − reach, around + reach] ∩ [min, max] where a word starts. */
function wordStarts(text: string, around: number, reach: number, min: number, max: number): number[] {
  const places: number[] = [];
  for (let i = Math.max(min, around - reach, 0); i <= Math.min(max, around + reach, text.length - 1); i++)
    if (isWord(text[i]) && !isWord(text[i - 1])) places.push(i);
  return places;
}

/**
 * The place of least cost. Ties go to the longer passage (`outward`: +1 for an end, −1 for a
 * start), never to `current`: where edit distance first put the edge depends on the window
 * it searched, and the same page must give the same highlight wherever it was looked for.
 */
function cheapest(current: number, cost: (at: number) => number, places: readonly number[], outward: 1 | -1): number {
  let best = current;
  let bestCost = cost(current);
  for (const at of places) {
    if (at === best) continue;
    const c = cost(at);
    if (c < bestCost || (c === bestCost && (at - best) * outward > 0)) {
      best = at;
      bestCost = c;
    }
  }
  return best;
}
