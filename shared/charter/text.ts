/**
 * The text that is signed: Annex 1 of the HAS guide (vocab/charter-model.ts) with the project
 * title in place of the placeholder, the corrected 226-13 reference, the guide's
 * footnote 46 (the quoted article) kept with its marker, and the establishment's own
 * clauses kept apart (they are not the HAS text).
 */
import type { Locale } from '../i18n/locale';
import type { SignedCharterText } from '../schemas/charter';
import { charterBlocksIn } from '../vocab/charter-model';
import { charterTexts } from './texts';

/** The guide's footnote number (l.994, l.998). */
export const FOOTNOTE_MARK = '⁴⁶';

export type ParagraphKind = 'paragraph' | 'item' | 'closing' | 'footnote';

export interface CharterParagraph {
  kind: ParagraphKind;
  text: string;
}

/** Where the guide puts its footnote call: right after the penal-code reference. */
const FOOTNOTE_ANCHOR: Record<Locale, string> = { fr: 'du Code pénal', en: 'Criminal Code' };

/** Annex 1 as typed paragraphs, in the order of the guide, footnote last (English: see texts.ts). */
export function charterParagraphs(projectTitle: string, locale: Locale): CharterParagraph[] {
  const texts = charterTexts(locale);
  const blocks: CharterParagraph[] = charterBlocksIn(texts, projectTitle, locale).map((block) => {
    if (!block.footnote) return { kind: block.kind, text: block.text };
    const anchor = FOOTNOTE_ANCHOR[locale];
    const at = block.text.indexOf(anchor);
    const text =
      at < 0
        ? `${block.text}${FOOTNOTE_MARK}`
        : `${block.text.slice(0, at + anchor.length)}${FOOTNOTE_MARK}${block.text.slice(at + anchor.length)}`;
    return { kind: block.kind, text };
  });
  blocks.push({ kind: 'footnote', text: `${FOOTNOTE_MARK} ${texts.footnote}` });
  return blocks;
}

/** The charter part of a record, before its hash is computed. */
export function charterContent(
  projectTitle: string,
  locale: Locale,
  extraClauses: readonly string[] = [],
): Omit<SignedCharterText, 'textHash'> {
  return {
    projectTitle: projectTitle.trim(),
    locale,
    paragraphs: charterParagraphs(projectTitle.trim(), locale).map((p) => p.text),
    extraClauses: extraClauses.map((c) => c.trim()).filter((c) => c !== ''),
    source: charterTexts(locale).source,
  };
}

/**
 * Kinds of a record's paragraphs, recognised against the model (a record carries plain
 * strings). Paragraphs that are not the model's keep the kind "paragraph".
 */
export function paragraphKinds(paragraphs: readonly string[], projectTitle: string, locale: Locale): ParagraphKind[] {
  const model = new Map(charterParagraphs(projectTitle, locale).map((p) => [p.text, p.kind]));
  return paragraphs.map((text) => model.get(text) ?? (text.startsWith(FOOTNOTE_MARK) ? 'footnote' : 'paragraph'));
}
