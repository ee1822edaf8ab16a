/**
 * Is a record's text the HAS model? Asked by the verifier only (verify.ts), so it lives
 * apart from the text a page shows first (text.ts).
 */
import type { SignedCharterText } from '../schemas/charter';
import { charterParagraphs } from './text';

/** True when the record's paragraphs are exactly the HAS model for its title and language. */
export function matchesModel(charter: Pick<SignedCharterText, 'projectTitle' | 'locale' | 'paragraphs'>): boolean {
  const model = charterParagraphs(charter.projectTitle, charter.locale).map((p) => p.text);
  return model.length === charter.paragraphs.length && model.every((text, i) => text === charter.paragraphs[i]);
}
