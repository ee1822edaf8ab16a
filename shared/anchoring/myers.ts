/**
 * Approximate string matching with a bound of k errors (insertions, deletions,
 * substitutions): Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector algorithm
 * for approximate string matching based on dynamic programming", J. ACM 46(3), 1999),
 * in its blocked form for patterns longer than a machine word, with Ukkonen's cut-off
 * (only the blocks that can still hold a cell ≤ k are computed), on 32-bit words since
 * JavaScript's bitwise operators work on 32 bits.
 *
 * The dynamic-programming matrix D[i][j] (pattern row i, text column j) is encoded per
 * column by its vertical deltas (+1 / −1 bit vectors Pv, Mv); one text character
 * advances a whole 32-row block in a handful of word operations.
 * Written for this project; verified against a plain DP in test/unit/shared/anchoring/.
 */

const WORD = 32;

// Scratch table: UTF-16 code → slot in the current pattern's alphabet, −1 when absent.
// Shared (JS is single-threaded) and reset after each use, so a search costs O(m) to set up.
let slotOf: Int32Array | undefined;

interface PreparedPattern {
  readonly m: number;
  readonly blocks: number;
  /** peq[slot * blocks + b]: bit i set when pattern[b * 32 + i] is that slot's character. */
  readonly peq: Int32Array;
  readonly chars: number[];
  readonly slots: Int32Array;
}

function preparePattern(pattern: string): PreparedPattern {
  slotOf ??= new Int32Array(65536).fill(-1);
  const slots = slotOf;
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const chars: number[] = [];
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if ((slots[code] as number) < 0) {
      slots[code] = chars.length;
      chars.push(code);
    }
  }
  const peq = new Int32Array(chars.length * blocks);
  for (let i = 0; i < m; i++) {
    const at = (slots[pattern.charCodeAt(i)] as number) * blocks + (i >> 5);
    peq[at] = (peq[at] as number) | (1 << (i & 31));
  }
  return { m, blocks, peq, chars, slots };
}

function releasePattern(p: PreparedPattern): void {
  for (const code of p.chars) p.slots[code] = -1;
}

/** Bit of the pattern's last row inside block b (bit 31 for every block but the last). */
function lastRowBit(p: PreparedPattern, b: number): number {
  return b === p.blocks - 1 ? 1 << ((p.m - 1) & 31) : 1 << 31;
}

/** Rows of the pattern in block b. */
function rowsIn(p: PreparedPattern, b: number): number {
  return b === p.blocks - 1 ? p.m - WORD * (p.blocks - 1) : WORD;
}

/**
 * Advances block b by one text character whose match vector is `eq`, with the
 * horizontal delta `hin` entering at the block's top; returns the delta leaving its bottom.
 */
function advanceBlock(P: Int32Array, M: Int32Array, b: number, eqIn: number, hin: number, highBit: number): number {
  const pv = P[b] as number;
  const mv = M[b] as number;
  let eq = eqIn;
  const xv = eq | mv;
  if (hin < 0) eq |= 1;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  let hout = 0;
  if (ph & highBit) hout = 1;
  else if (mh & highBit) hout = -1;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  P[b] = mh | ~(xv | ph);
  M[b] = ph & xv;
  return hout;
}

export interface ApproximateEnds {
  /** Exclusive end indexes in the text of substrings within the error bound, ascending. */
  readonly ends: number[];
  /** Errors (edit distance) of the best substring ending at each end. */
  readonly errors: number[];
}

/**
 * Every end position j in text[from, to) such that some substring of the text ending at j
 * is within `maxErrors` edits of `pattern`, with that minimal number of edits.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproximateEnds {
  return approximateEndsIn(text, pattern, maxErrors, [[from, to]]);
}

/**
 * The same over several ranges of the text (ascending, not overlapping), each searched as
 * if it were the whole text; the pattern is prepared once.
 */
export function approximateEndsIn(
  text: string,
  pattern: string,
  maxErrors: number,
  ranges: ReadonlyArray<readonly [number, number]>,
): ApproximateEnds {
  const ends: number[] = [];
  const errors: number[] = [];
  const m = pattern.length;
  if (m === 0) return { ends, errors };
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m - 1));
  const p = preparePattern(pattern);
  try {
    for (const [from, to] of ranges) {
      const start = Math.max(0, from);
      const stop = Math.min(text.length, to);
      if (p.blocks === 1) searchOneBlock(text, p, k, start, stop, ends, errors);
      else searchBlocks(text, p, k, start, stop, ends, errors);
    }
  } finally {
    releasePattern(p);
  }
  return { ends, errors };
}

/** Patterns of at most 32 characters: the whole column in one word, held in locals (the hot path). */
function searchOneBlock(
  text: string,
  p: PreparedPattern,
  k: number,
  start: number,
  stop: number,
  ends: number[],
  errors: number[],
): void {
  const { peq, slots, m } = p;
  const high = 1 << ((m - 1) & 31);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = start; j < stop; j++) {
    const slot = slots[text.charCodeAt(j)] as number;
    const eq = slot < 0 ? 0 : (peq[slot] as number);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // Search mode: no horizontal delta enters the top row.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) {
      ends.push(j + 1);
      errors.push(score);
    }
  }
}

function searchBlocks(
  text: string,
  p: PreparedPattern,
  k: number,
  start: number,
  stop: number,
  ends: number[],
  errors: number[],
): void {
  const B = p.blocks;
  const { peq, slots } = p;
  const P = new Int32Array(B);
  const M = new Int32Array(B);
  const score = new Int32Array(B);
  const lastHigh = lastRowBit(p, B - 1);
  let y = Math.min(B - 1, Math.max(0, Math.ceil(k / WORD) - 1));
  for (let b = 0; b <= y; b++) {
    P[b] = -1;
    M[b] = 0;
    score[b] = Math.min(p.m, WORD * (b + 1));
  }
  for (let j = start; j < stop; j++) {
    const slot = slots[text.charCodeAt(j)] as number;
    const base = slot * B;
    let carry = 0;
    // advanceBlock, inlined: this loop runs for every character of the page.
    for (let b = 0; b <= y; b++) {
      let eq = slot < 0 ? 0 : (peq[base + b] as number);
      const pv = P[b] as number;
      const mv = M[b] as number;
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === B - 1 ? lastHigh : 0x80000000 | 0;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      score[b] = (score[b] as number) + out;
      carry = out;
    }
    const nextEq = y < B - 1 && slot >= 0 ? (peq[base + y + 1] as number) : 0;
    if ((score[y] as number) - carry <= k && y < B - 1 && ((nextEq & 1) !== 0 || carry < 0)) {
      // Ukkonen's cut-off: the block below may now hold cells ≤ k; start it fresh.
      y++;
      P[y] = -1;
      M[y] = 0;
      score[y] = (score[y - 1] as number) - carry + rowsIn(p, y);
      score[y] = (score[y] as number) + advanceBlock(P, M, y, nextEq, carry, y === B - 1 ? lastHigh : 0x80000000 | 0);
    } else {
      while (y > 0 && (score[y] as number) >= k + WORD) y--;
    }
    if (y === B - 1 && (score[y] as number) <= k) {
      ends.push(j + 1);
      errors.push(score[y] as number);
    }
  }
}

/**
 * Where the best match of `pattern` ending at `end` starts: runs the pattern reversed
 * over the text read backwards from `end` (edit distance of the pattern against each
 * suffix text[end − L, end), L ≤ m + maxErrors), keeping the L with the fewest errors
 * (ties: the length closest to the pattern's).
 */
export function bestStart(text: string, pattern: string, end: number, maxErrors: number): { start: number; errors: number } {
  let reversed = '';
  for (let i = pattern.length - 1; i >= 0; i--) reversed += pattern[i];
  const best = bestLength(text, reversed, end, -1, Math.min(end, pattern.length + Math.max(0, maxErrors)));
  return { start: end - best.length, errors: best.errors };
}

/**
 * Where the best match of `pattern` starting at `start` ends: the mirror of bestStart,
 * for a match whose end the search did not see (it ran past the searched range). Ties go
 * to the earliest end, as in the search (approximateEnds' runs keep their first best end).
 */
export function bestEnd(text: string, pattern: string, start: number, maxErrors: number): { end: number; errors: number } {
  const distances = anchoredDistances(text, pattern, start, 1, pattern.length + Math.max(0, maxErrors));
  let best = 0;
  for (let L = 1; L < distances.length; L++) if ((distances[L] as number) < (distances[best] as number)) best = L;
  return { end: start + best, errors: distances[best] as number };
}

/** The L ≤ limit with the fewest errors in anchoredDistances (ties: the length closest to the pattern's). */
function bestLength(text: string, pattern: string, at: number, step: 1 | -1, limit: number): { length: number; errors: number } {
  const m = pattern.length;
  const distances = anchoredDistances(text, pattern, at, step, limit);
  let best = { length: 0, errors: m };
  for (let L = 1; L < distances.length; L++) {
    const errors = distances[L] as number;
    if (errors < best.errors || (errors === best.errors && Math.abs(L - m) < Math.abs(best.length - m)))
      best = { length: L, errors };
  }
  return best;
}

/**
 * Edit distance of `pattern` against the text read from `at` one way, for every length
 * L ≤ limit (index L of the result): `step` +1 reads text[at, at + L), −1 reads
 * text[at − L, at) backwards (then give the pattern reversed). One column of the anchored
 * dynamic-programming matrix per character, a block of 32 rows per word operation.
 */
export function anchoredDistances(text: string, pattern: string, at: number, step: 1 | -1, limit: number): Int32Array {
  const m = pattern.length;
  const n = Math.max(0, Math.min(limit, step > 0 ? text.length - at : at));
  const distances = new Int32Array(n + 1);
  // Column 0: D[m][0] = m (the whole pattern against nothing).
  distances[0] = m;
  if (m === 0) return distances;
  const p = preparePattern(pattern);
  try {
    const B = p.blocks;
    const { peq, slots } = p;
    const P = new Int32Array(B).fill(-1);
    const M = new Int32Array(B);
    const highBits = new Int32Array(B);
    for (let b = 0; b < B; b++) highBits[b] = lastRowBit(p, b);
    let score = m;
    for (let L = 1; L <= n; L++) {
      const slot = slots[text.charCodeAt(step > 0 ? at + L - 1 : at - L)] as number;
      const base = slot * B;
      // Anchored at `at`: the top row is D[0][L] = L, so +1 enters block 0 at every column.
      let carry = 1;
      for (let b = 0; b < B; b++)
        carry = advanceBlock(P, M, b, slot < 0 ? 0 : (peq[base + b] as number), carry, highBits[b] as number);
      score += carry;
      distances[L] = score;
    }
    return distances;
  } finally {
    releasePattern(p);
  }
}
