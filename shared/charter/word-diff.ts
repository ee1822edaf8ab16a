/**
 * Word-by-word difference between two texts, for showing how an establishment's charter
 * differs from the HAS model (guide l.738: « une charte type … que chaque équipe projet ou
 * organisation peut s'approprier et personnaliser »).
 *
 * Myers' O(ND) algorithm (« An O(ND) Difference Algorithm and Its Variations », 1986): a
 * shortest edit script, so the words shown as kept are a longest common subsequence. Ours
 * rather than a library: jsdiff's `diffArrays` alone weighs 3.0 KB gzip (diff 9.0.0, bundled
 * and minified, measured 2026-12-07); this module with model-diff.ts is 1.1 KB. Work is
 * bounded: past `maxEdits` differences the middle is reported as replaced as a whole (still
 * exact, just not minimal), so a text rewritten from end to end never stalls a page.
 */

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  kind: DiffKind;
  /** Tokens, in order; a paragraph break is the token PARAGRAPH_BREAK. */
  tokens: string[];
}

export const PARAGRAPH_BREAK = '\n';

/** The words of each paragraph (split on white space), paragraphs separated by PARAGRAPH_BREAK. */
export function tokenize(paragraphs: readonly string[]): string[] {
  const tokens: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) tokens.push(PARAGRAPH_BREAK);
    for (const word of paragraph.split(/\s+/)) if (word) tokens.push(word);
  });
  return tokens;
}

/**
 * The edit script from `before` to `after`: `same` parts are in both, `removed` only in
 * `before`, `added` only in `after`. Reading same + removed gives `before`, same + added
 * gives `after`; two neighbouring parts never have the same kind.
 */
export function diffTokens(before: readonly string[], after: readonly string[], maxEdits = 2000): DiffPart[] {
  const parts: DiffPart[] = [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  push(parts, 'same', before.slice(0, start));
  middle(before.slice(start, endBefore), after.slice(start, endAfter), maxEdits, parts);
  push(parts, 'same', before.slice(endBefore));
  return alignToParagraphs(parts);
}

/**
 * An inserted or removed run between two kept ones can often slide (« a ; ¶ - b ; » added
 * after « x » is the same edit as « - b ; ¶ » added after « x ; ¶ »). Among the equivalent
 * places, prefer one where the run starts a paragraph, else one where it ends with a break,
 * so that an added paragraph reads as a paragraph. Kept words stay the same in number.
 */
function alignToParagraphs(parts: DiffPart[]): DiffPart[] {
  for (let i = 1; i + 1 < parts.length; i++) {
    const [before, change, after] = [parts[i - 1], parts[i], parts[i + 1]] as [DiffPart, DiffPart, DiffPart];
    if (before.kind !== 'same' || after.kind !== 'same') continue;
    const all = [...before.tokens, ...change.tokens, ...after.tokens];
    const n = change.tokens.length;
    let lo = before.tokens.length;
    while (lo > 0 && all[lo - 1] === all[lo + n - 1]) lo--;
    let hi = before.tokens.length;
    while (hi + n < all.length && all[hi] === all[hi + n]) hi++;
    let at = before.tokens.length;
    for (let s = hi; s >= lo; s--) if (all[s + n - 1] === PARAGRAPH_BREAK) at = s;
    for (let s = hi; s >= lo; s--) if (s === 0 || all[s - 1] === PARAGRAPH_BREAK) at = s;
    before.tokens = all.slice(0, at);
    change.tokens = all.slice(at, at + n);
    after.tokens = all.slice(at + n);
  }
  const merged: DiffPart[] = [];
  for (const part of parts) push(merged, part.kind, part.tokens);
  return merged;
}

function push(parts: DiffPart[], kind: DiffKind, tokens: readonly string[]): void {
  if (!tokens.length) return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.tokens.push(...tokens);
  else parts.push({ kind, tokens: [...tokens] });
}

/** Myers' greedy forward search; `trace[d]` keeps the furthest x of each diagonal k ∈ [-d, d] before step d. */
function middle(a: readonly string[], b: readonly string[], maxEdits: number, parts: DiffPart[]): void {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(a, b, trace, d, parts);
        return;
      }
    }
  }
  push(parts, 'removed', a);
  push(parts, 'added', b);
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], edits: number, parts: DiffPart[]): void {
  const steps: [DiffKind, string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d--) {
    const before = trace[d] as Int32Array;
    const at = (k: number) => before[k + d] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      steps.push(['same', a[--x] as string]);
    }
    if (x === prevX) steps.push(['added', b[--y] as string]);
    else steps.push(['removed', a[--x] as string]);
  }
  while (x > 0) steps.push(['same', a[--x] as string]);
  for (let i = steps.length - 1; i >= 0; i--) {
    const [kind, token] = steps[i] as [DiffKind, string];
    push(parts, kind, [token]);
  }
}

/** One paragraph of a diff, as runs of words of one kind; a paragraph break that was added or removed ends its paragraph as '¶'. */
export type DiffParagraph = { kind: DiffKind; text: string }[];

/** The diff as paragraphs of runs, ready to be shown (text only, words joined by one space). */
export function diffParagraphs(parts: readonly DiffPart[]): DiffParagraph[] {
  const paragraphs: DiffParagraph[] = [[]];
  for (const part of parts) {
    let words: string[] = [];
    const flush = () => {
      const paragraph = paragraphs[paragraphs.length - 1] as DiffParagraph;
      if (words.length) paragraph.push({ kind: part.kind, text: words.join(' ') });
      words = [];
    };
    for (const token of part.tokens) {
      if (token !== PARAGRAPH_BREAK) {
        words.push(token);
        continue;
      }
      if (part.kind !== 'same') words.push('¶');
      flush();
      paragraphs.push([]);
    }
    flush();
  }
  return paragraphs.filter((p) => p.length);
}

/** How many words (not paragraph breaks) each side lost or gained. */
export function diffCounts(parts: readonly DiffPart[]): { removed: number; added: number } {
  const count = (kind: DiffKind) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + p.tokens.filter((t) => t !== PARAGRAPH_BREAK).length, 0);
  return { removed: count('removed'), added: count('added') };
}
