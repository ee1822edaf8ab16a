/**
 * Highlights and notes on a clipped page, anchored with W3C Web Annotation
 * Data Model selectors (https://www.w3.org/TR/annotation-model/#selectors):
 * a TextQuoteSelector (robust to page changes), a TextPositionSelector (fast
 * when the text did not change) and a structural hint (CssSelector) to narrow
 * the search. An annotation whose text can no longer be found is kept and
 * flagged `orphan`.
 *
 * TextPositionSelector offsets count Unicode CODE POINTS of the normalised
 * text, start included, end excluded. The W3C model leaves the unit open
 * (w3c/web-annotation#206); code points survive a move between UTF-8 and
 * UTF-16 tools, whereas JS string indexes are UTF-16 code units — convert
 * with codePointToUtf16Offset / utf16ToCodePointOffset.
 */
import { z } from 'zod/mini';
import { customIssue, HttpUrlSchema, IdSchema, IsoDateTimeSchema, longText, matching, text } from './common';

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(20_000)),
  prefix: z.optional(z.string().check(z.maxLength(500))),
  suffix: z.optional(z.string().check(z.maxLength(500))),
});

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    /** Code-point offset of the first selected character. */
    start: z.int().check(z.gte(0)),
    /** Code-point offset just after the last selected character (≥ start). */
    end: z.int().check(z.gte(0)),
  })
  .check(
    z.superRefine((selector, ctx) => {
      if (selector.end < selector.start) ctx.addIssue(customIssue('position_order', ['end'], selector.end));
    }),
  );

/** Structural hint: a CSS selector of the element holding the passage (e.g. "main article p:nth-of-type(3)"). */
export const CssSelectorSchema = z.object({
  type: z.literal('CssSelector'),
  value: text(2000),
});

export const SelectorSchema = z.discriminatedUnion('type', [
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
  CssSelectorSchema,
]);

export const AnnotationSchema = z.object({
  id: IdSchema,
  /** The LibraryItem the annotation belongs to. */
  itemId: IdSchema,
  /** The annotated page's address. */
  source: HttpUrlSchema,
  selectors: z.array(SelectorSchema).check(z.minLength(1), z.maxLength(10)),
  /** Highlight colour id, each colour standing for a meaning chosen in the extension (e.g. "yellow", "a-verifier"). */
  colour: matching(/^[a-z][a-z0-9_-]{0,31}$/, 'colour'),
  note: z.optional(longText(20_000)),
  created: IsoDateTimeSchema,
  modified: IsoDateTimeSchema,
  /** The passage could not be found again on the page. */
  orphan: z.optional(z.boolean()),
});

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type CssSelector = z.infer<typeof CssSelectorSchema>;
export type Selector = z.infer<typeof SelectorSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;

/** UTF-16 index (JS string index) of a code-point offset in `text` (clamped to the text's end). */
export function codePointToUtf16Offset(text: string, codePoints: number): number {
  let index = 0;
  for (let n = 0; n < codePoints && index < text.length; n++) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}

/** Code-point offset of a UTF-16 index in `text` (an index inside a surrogate pair counts its code point once). */
export function utf16ToCodePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  let index = 0;
  const stop = Math.min(Math.max(utf16Index, 0), text.length);
  while (index < stop) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
    count++;
  }
  return count;
}
