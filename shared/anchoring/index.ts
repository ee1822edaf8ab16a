/** Describing a passage of a page with W3C Web Annotation selectors and finding it again (pure, no DOM). */

export {
  AMBIGUITY_MARGIN,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorResult,
  type AnchorTarget,
  anchor,
  anchorAll,
  anchorSequence,
  FAR_ERROR_RATE,
  MAX_ERROR_RATE,
  MAX_ERRORS,
  type OrphanReason,
  SHIFT_ALLOWANCE,
  SHORT_QUOTE,
} from './anchor';
export { CONTEXT_CODE_POINTS, type DescribeResult, describeRange, MAX_QUOTE_LENGTH } from './describe';
export { type ApproximateEnds, anchoredDistances, approximateEnds, approximateEndsIn, bestEnd, bestStart } from './myers';
export {
  type NormalizedText,
  normalizeForMatch,
  normalizeWithMap,
  originalEnd,
  originalStart,
  toNormalizedIndex,
} from './normalize';
export { codePointFromUtf16, type PageText, preparePageText, utf16FromCodePoint } from './page-text';
export { editDistance, similarity } from './similarity';
