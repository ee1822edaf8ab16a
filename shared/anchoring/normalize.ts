/**
 * Text normalisation for re-anchoring, with a map back to the original offsets.
 *
 * Pages change their typography without changing their words: a CMS update turns
 * straight quotes into curly ones, a space before « : » into a non-breaking one,
 * "fi" into the ligature "ﬁ", or re-indents the HTML. Matching is therefore done on a
 * normalised copy of the page text, and every match is mapped back to the original
 * text so the highlight covers what the page really shows.
 *
 * Rules (one original character → zero, one or several normalised characters):
 * - a run of whitespace (incl. non-breaking and thin spaces, line breaks) → one " ";
 * - zero-width characters and soft hyphens → removed;
 * - curly/typographic apostrophes and single quotes → "'";
 *   curly double quotes and French guillemets → '"';
 * - hyphens and dashes (‐ ‑ ‒ – — −) → "-"; ellipsis "…" → "...";
 * - ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ œ Œ æ Æ → their letters;
 * - a letter followed by a combining accent (decomposed Unicode) → the precomposed letter.
 * Case and accents are kept: they are meaningful, and fuzzy matching absorbs the rest.
 */

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4`';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2212';
const REMOVED = '\u200B\u200C\u200D\u2060\u00AD\uFEFF';

const REPLACEMENTS = /* @__PURE__ */ buildReplacements();

function buildReplacements(): Map<number, string> {
  const map = new Map<number, string>();
  for (const c of SINGLE_QUOTES) map.set(c.charCodeAt(0), "'");
  for (const c of DOUBLE_QUOTES) map.set(c.charCodeAt(0), '"');
  for (const c of DASHES) map.set(c.charCodeAt(0), '-');
  for (const c of REMOVED) map.set(c.charCodeAt(0), '');
  const expansions: Record<string, string> = {
    '\u2026': '...',
    '\uFB00': 'ff',
    '\uFB01': 'fi',
    '\uFB02': 'fl',
    '\uFB03': 'ffi',
    '\uFB04': 'ffl',
    '\uFB05': 'st',
    '\uFB06': 'st',
    œ: 'oe',
    Œ: 'OE',
    æ: 'ae',
    Æ: 'AE',
  };
  for (const [c, to] of Object.entries(expansions)) map.set(c.charCodeAt(0), to);
  return map;
}

/** JS `\s` (which includes NBSP U+00A0, U+202F, U+2000–U+200A, U+3000, line/paragraph separators). */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * For each UTF-16 index i of `text` (0 ≤ i ≤ text.length), the UTF-16 index in the
   * original text of the character that produced it; `toOriginal[text.length]` is the
   * original length. Non-decreasing.
   */
  readonly toOriginal: Uint32Array;
  /** Length of the original text. */
  readonly originalLength: number;
}

const CHUNK = 8192;

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Normalises `original` and keeps, for every normalised character, where it came from. */
export function normalizeWithMap(original: string): NormalizedText {
  const n = original.length;
  // Worst case: every character expands to 3 ("…" → "...", "ﬃ" → "ffi").
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let map = new Uint32Array(capacity + 1);
  let length = 0;
  let lastWasSpace = false;

  const push = (code: number, from: number) => {
    if (length >= capacity) {
      capacity = capacity * 2 + 16;
      const grownCodes = new Uint16Array(capacity);
      grownCodes.set(codes);
      codes = grownCodes;
      const grownMap = new Uint32Array(capacity + 1);
      grownMap.set(map);
      map = grownMap;
    }
    codes[length] = code;
    map[length] = from;
    length++;
  };

  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    // Fast path: plain printable ASCII.
    if (code > 0x20 && code < 0x7f && code !== 0x60) {
      push(code, i);
      lastWasSpace = false;
      continue;
    }
    if (isSpace(code)) {
      if (!lastWasSpace) push(0x20, i);
      lastWasSpace = true;
      continue;
    }
    const replacement = REPLACEMENTS.get(code);
    if (replacement !== undefined) {
      for (let r = 0; r < replacement.length; r++) push(replacement.charCodeAt(r), i);
      if (replacement.length > 0) lastWasSpace = false;
      continue;
    }
    if (isCombiningMark(code) && length > 0 && !lastWasSpace) {
      const composed = (String.fromCharCode(codes[length - 1] as number) + original[i]).normalize('NFC');
      if (composed.length === 1) {
        codes[length - 1] = composed.charCodeAt(0);
        continue;
      }
    }
    push(code, i);
    lastWasSpace = false;
  }
  map[length] = n;
  return { text: codesToString(codes, length), toOriginal: map.subarray(0, length + 1), originalLength: n };
}

/** The normalised form of a short string (quote, prefix, suffix). */
export function normalizeForMatch(s: string): string {
  return normalizeWithMap(s).text;
}

/** First normalised index whose original index is ≥ `originalIndex` (binary search). */
export function toNormalizedIndex(normalized: NormalizedText, originalIndex: number): number {
  const map = normalized.toOriginal;
  let lo = 0;
  let hi = normalized.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((map[mid] as number) < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original index where the normalised character at `index` starts. */
export function originalStart(normalized: NormalizedText, index: number): number {
  return normalized.toOriginal[Math.min(Math.max(index, 0), normalized.text.length)] as number;
}

/**
 * Original index just after the normalised range ending at `end` (exclusive): the end of
 * the original character (or whitespace run, or ligature) that produced `end - 1`.
 */
export function originalEnd(normalized: NormalizedText, end: number): number {
  const map = normalized.toOriginal;
  const length = normalized.text.length;
  if (end <= 0) return map[0] as number;
  if (end >= length) return normalized.originalLength;
  const last = map[end - 1] as number;
  let k = end;
  while (k < length && (map[k] as number) === last) k++;
  return map[k] as number;
}
