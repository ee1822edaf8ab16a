/**
 * A page's text prepared once for describing and re-anchoring many highlights:
 * its normalised copy (with the map back) and a code-point index.
 *
 * Offsets in TextPositionSelectors are Unicode code points (the W3C model counts
 * characters; code points are what every language agrees on, whereas JS indexes are
 * UTF-16 code units — see shared/schemas/annotation.ts). Converting with a linear scan
 * per highlight would cost O(page) each; here the positions of astral characters
 * (emoji, rare CJK — usually none) are listed once and conversions are binary searches.
 */
import { type NormalizedText, normalizeWithMap } from './normalize';

export interface PageText {
  /** The page text exactly as read from the page (UTF-16). */
  readonly text: string;
  readonly normalized: NormalizedText;
  /** UTF-16 indexes of the high surrogate of each astral character, ascending. */
  readonly astral: readonly number[];
}

export function preparePageText(text: string): PageText {
  const astral: number[] = [];
  // A regex scan is far faster than a JS loop when there is nothing to find.
  const surrogate = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = surrogate.exec(text); m; m = surrogate.exec(text)) astral.push(m.index);
  return { text, normalized: normalizeWithMap(text), astral };
}

/** UTF-16 index of the code-point offset `cp` (clamped to the text). Same result as codePointToUtf16Offset. */
export function utf16FromCodePoint(page: PageText, cp: number): number {
  const { astral, text } = page;
  if (cp <= 0) return 0;
  // Number of astral characters k whose code-point index (astral[k] - k) is below cp.
  let lo = 0;
  let hi = astral.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((astral[mid] as number) - mid < cp) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(cp + lo, text.length);
}

/** Code-point offset of the UTF-16 index `index`. Same result as utf16ToCodePointOffset. */
export function codePointFromUtf16(page: PageText, index: number): number {
  const { astral, text } = page;
  const i = Math.min(Math.max(index, 0), text.length);
  // Low surrogates strictly before i: those of pairs with astral[k] + 1 < i.
  let lo = 0;
  let hi = astral.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((astral[mid] as number) + 1 < i) lo = mid + 1;
    else hi = mid;
  }
  return i - lo;
}
