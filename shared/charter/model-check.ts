/**
 * Is a record's text the HAS model? Asked by the verifier only (verify.ts), so it lives
 * apart from the text a page shows first (text.ts).
 */
import type { Locale } from '../i18n/locale';
import { type CharterFormat, charterParagraphs } from './text';

/** True when the paragraphs are exactly the HAS model for the title and language, as records of `format` hold it. */
export function matchesModel(
  charter: { projectTitle: string; locale: Locale; paragraphs: readonly string[] },
  format: CharterFormat = 2,
): boolean {
  const model = charterParagraphs(charter.projectTitle, charter.locale, format).map((p) => p.text);
  return model.length === charter.paragraphs.length && model.every((text, i) => text === charter.paragraphs[i]);
}
