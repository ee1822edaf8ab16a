/**
 * An establishment's own version of the charter, as a page author writes it in the
 * `charter-text` attribute: plain text, one blank line between paragraphs, list items on
 * lines that start with « - » (as the guide prints them, l.987–990). Line breaks inside a
 * paragraph and runs of spaces count as one space — the page shows them so, and the record
 * must hold exactly what was shown.
 */

/** Limits of an adapted text (the record schema's: 200 paragraphs of 20 000 characters). */
export const MAX_TEXT_LENGTH = 50_000;
export const MAX_PARAGRAPHS = 200;

export type CharterTextProblem = 'not_text' | 'empty' | 'too_long' | 'too_many';

const ITEM = /^\s*[-–•]\s+/;

/** The paragraphs of a plain text; items keep a « - » in front. */
export function adaptedParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  const push = (paragraph: string | undefined) => {
    const clean = paragraph?.replace(/\s+/g, ' ').trim();
    if (clean && clean !== '-') paragraphs.push(clean);
  };
  for (const block of text.split(/\n[^\S\n]*\n/)) {
    let current: string | undefined;
    for (const line of block.split('\n')) {
      if (ITEM.test(line)) {
        push(current);
        current = line.replace(ITEM, '- ');
      } else current = current === undefined ? line : `${current} ${line}`;
    }
    push(current);
  }
  return paragraphs;
}

/** The paragraphs of `value`, or why it cannot be the charter's text. */
export function readAdaptedText(value: unknown): { paragraphs: string[] } | { problem: CharterTextProblem } {
  if (typeof value !== 'string') return { problem: 'not_text' };
  if (value.length > MAX_TEXT_LENGTH) return { problem: 'too_long' };
  const paragraphs = adaptedParagraphs(value.replace(/\r\n?/g, '\n'));
  if (!paragraphs.length) return { problem: 'empty' };
  return paragraphs.length > MAX_PARAGRAPHS ? { problem: 'too_many' } : { paragraphs };
}

/** Paragraphs as the plain text `charter-text` takes (the inverse of adaptedParagraphs). */
export function paragraphsText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
