/**
 * What an adapted charter changed in the HAS model, word by word: the model for the
 * record's title, language and format against the record's paragraphs. Used by the verify
 * view, loaded with it only when a record's text is not the model.
 */
import type { Locale } from '../i18n/locale';
import { type CharterFormat, charterParagraphs } from './text';
import { type DiffParagraph, diffCounts, diffParagraphs, diffTokens, tokenize } from './word-diff';

export interface ModelDiff {
  /** The text as paragraphs of runs: kept, removed from the model, added by the establishment. */
  paragraphs: DiffParagraph[];
  /** Words of the model left out, and words added. */
  removed: number;
  added: number;
}

export function modelDiff(
  charter: { projectTitle: string; locale: Locale; paragraphs: readonly string[] },
  format: CharterFormat = 2,
): ModelDiff {
  const model = charterParagraphs(charter.projectTitle, charter.locale, format).map((p) => p.text);
  const parts = diffTokens(tokenize(model), tokenize(charter.paragraphs));
  return { paragraphs: diffParagraphs(parts), ...diffCounts(parts) };
}
