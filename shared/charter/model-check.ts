/**
 * Is a record's text the HAS model? Asked by the verifier only (verify.ts), so it lives
 * apart from the text a page shows first (text.ts).
 */
import type { Locale } from '../i18n/locale';
import type { SignedCharterTextV1 } from '../schemas/charter';
import { type CharterFormat, charterContent, charterParagraphs } from './text';

/** True when the paragraphs are exactly the HAS model for the title and language, as records of `format` hold it. */
export function matchesModel(
  charter: { projectTitle: string; locale: Locale; paragraphs: readonly string[] },
  format: CharterFormat = 2,
): boolean {
  const model = charterParagraphs(charter.projectTitle, charter.locale, format).map((p) => p.text);
  return model.length === charter.paragraphs.length && model.every((text, i) => text === charter.paragraphs[i]);
}

/** The charter part of a format-1 record: what older records hashed, so they can be recognised. */
export function charterContentV1(
  projectTitle: string,
  locale: Locale,
  extraClauses: readonly string[] = [],
): Omit<SignedCharterTextV1, 'textHash'> {
  const { origin: _none, ...content } = charterContent(projectTitle, locale, extraClauses);
  return { ...content, paragraphs: charterParagraphs(content.projectTitle, locale, 1).map((p) => p.text) };
}
