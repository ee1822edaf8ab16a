/**
 * From a range of the page text to W3C Web Annotation selectors
 * (https://www.w3.org/TR/annotation-model/#selectors):
 * - TextQuoteSelector: `exact` is the selected text as the page has it; `prefix` and
 *   `suffix` are up to 32 code points of context on each side (Hypothesis also keeps 32),
 *   whitespace runs collapsed to one space so that re-indented HTML does not eat the
 *   context;
 * - TextPositionSelector: start/end in code points of the page text (see page-text.ts);
 * - CssSelector: an optional structural hint (a short CSS path to the block that holds
 *   the passage), built by the DOM layer and passed in.
 */
import type { CssSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../schemas/annotation';
import { originalEnd, originalStart, toNormalizedIndex } from './normalize';
import { codePointFromUtf16, type PageText } from './page-text';

/** Code points of context kept on each side of a quote. */
export const CONTEXT_CODE_POINTS = 32;
/** Longest quote the schema accepts (UTF-16 code units). */
export const MAX_QUOTE_LENGTH = 20_000;
const MAX_CONTEXT_LENGTH = 500;
const MAX_HINT_LENGTH = 2000;

const TRIMMABLE = /[\s\u200B-\u200D\u2060\u00AD\uFEFF]/;

export type DescribeResult =
  | {
      readonly ok: true;
      readonly selectors: Selector[];
      readonly quote: TextQuoteSelector;
      readonly position: TextPositionSelector;
      /** The range actually described (UTF-16, whitespace trimmed from both ends). */
      readonly start: number;
      readonly end: number;
    }
  | { readonly ok: false; readonly reason: 'empty' | 'too-long' };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Describes text[start, end) (UTF-16 indexes of page.text) with quote, position and optional hint selectors. */
export function describeRange(page: PageText, startIndex: number, endIndex: number, hint?: string | null): DescribeResult {
  const { text, normalized } = page;
  let start = Math.max(0, Math.min(startIndex, text.length));
  let end = Math.max(start, Math.min(endIndex, text.length));
  while (start < end && TRIMMABLE.test(text[start] as string)) start++;
  while (end > start && TRIMMABLE.test(text[end - 1] as string)) end--;
  // Never split a surrogate pair.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  if (start >= end) return { ok: false, reason: 'empty' };
  if (end - start > MAX_QUOTE_LENGTH) return { ok: false, reason: 'too-long' };

  const norm = normalized.text;
  let prefixStart = toNormalizedIndex(normalized, start);
  for (let n = 0; n < CONTEXT_CODE_POINTS && prefixStart > 0; n++) {
    prefixStart--;
    if (prefixStart > 0 && isLowSurrogate(norm.charCodeAt(prefixStart)) && isHighSurrogate(norm.charCodeAt(prefixStart - 1)))
      prefixStart--;
  }
  const suffixFrom = toNormalizedIndex(normalized, end);
  let suffixEnd = suffixFrom;
  for (let n = 0; n < CONTEXT_CODE_POINTS && suffixEnd < norm.length; n++) {
    suffixEnd += isHighSurrogate(norm.charCodeAt(suffixEnd)) && isLowSurrogate(norm.charCodeAt(suffixEnd + 1)) ? 2 : 1;
  }
  const prefix = collapse(text.slice(Math.min(originalStart(normalized, prefixStart), start), start)).slice(-MAX_CONTEXT_LENGTH);
  const suffix = collapse(
    text.slice(end, Math.max(end, suffixEnd > suffixFrom ? originalEnd(normalized, suffixEnd) : end)),
  ).slice(0, MAX_CONTEXT_LENGTH);

  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix, suffix };
  const position: TextPositionSelector = {
    type: 'TextPositionSelector',
    start: codePointFromUtf16(page, start),
    end: codePointFromUtf16(page, end),
  };
  const selectors: Selector[] = [quote, position];
  if (hint && hint.length <= MAX_HINT_LENGTH) selectors.push({ type: 'CssSelector', value: hint } satisfies CssSelector);
  return { ok: true, selectors, quote, position, start, end };
}
