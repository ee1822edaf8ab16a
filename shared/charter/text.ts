/**
 * The text that is signed. By default Annex 1 of the HAS guide (vocab/charter-model.ts) with
 * the project title in place of the placeholder, the corrected 226-13 reference, the guide's
 * footnote 46 (the quoted article) kept with its marker, and the establishment's own
 * clauses kept apart. An establishment may also sign its own adaptation of the model: the
 * guide offers it as « un socle minimum » (003, l.615) « que chaque équipe projet ou
 * organisation peut s'approprier et personnaliser » (l.738); the record then says so.
 *
 * Record format 2 hashes everything the signer reads in the text: list items keep the
 * guide's « - » (l.987–990), and the note explaining the 226-13 correction is a paragraph
 * of the text, called by CORRECTION_MARK right where the reference was corrected. Format 1
 * (older records) had neither; its text is still rebuilt here so those records verify.
 */
import type { Locale } from '../i18n/locale';
import type { SignedCharterText } from '../schemas/charter';
import { charterBlocksIn } from '../vocab/charter-model';
import { charterTexts } from './texts';

/** The guide's footnote number (l.994, l.998). */
export const FOOTNOTE_MARK = '⁴⁶';
/** Calls the note on the 226-13 correction, after the corrected number (format 2). */
export const CORRECTION_MARK = '*';
/** The corrected number, after which CORRECTION_MARK stands (the same in every language). */
export const CORRECTED_ARTICLE = '226-13';

export type CharterFormat = 1 | 2;
export type ParagraphKind = 'paragraph' | 'item' | 'closing' | 'footnote' | 'note';

export interface CharterParagraph {
  kind: ParagraphKind;
  text: string;
}

/** Where the guide puts its footnote call: right after the penal-code reference. */
const FOOTNOTE_ANCHOR: Record<Locale, string> = { fr: 'du Code pénal', en: 'Criminal Code' };
const ITEM = '- ';

/** Annex 1 as typed paragraphs, in the order of the guide, footnote (and, in format 2, the correction note) last. */
export function charterParagraphs(projectTitle: string, locale: Locale, format: CharterFormat = 2): CharterParagraph[] {
  const texts = charterTexts(locale);
  const blocks: CharterParagraph[] = charterBlocksIn(texts, projectTitle, locale).map(({ kind, text, footnote }) => {
    if (footnote) {
      const anchor = FOOTNOTE_ANCHOR[locale];
      const at = text.indexOf(anchor) + anchor.length;
      text = at < anchor.length ? `${text}${FOOTNOTE_MARK}` : `${text.slice(0, at)}${FOOTNOTE_MARK}${text.slice(at)}`;
      if (format === 2) text = text.replace(CORRECTED_ARTICLE, CORRECTED_ARTICLE + CORRECTION_MARK);
    }
    return { kind, text: format === 2 && kind === 'item' ? ITEM + text : text };
  });
  blocks.push({ kind: 'footnote', text: `${FOOTNOTE_MARK} ${texts.footnote}` });
  if (format === 2) blocks.push({ kind: 'note', text: `${CORRECTION_MARK} ${texts.correctionNote}` });
  return blocks;
}

/** Said by the record's source when the text is the establishment's adaptation. */
const ADAPTED_FROM: Record<Locale, string> = { fr: 'Adapté du modèle de la HAS — ', en: 'Adapted from the HAS model — ' };

/** The record's `source`: the guide's citation, prefixed with « Adapté du modèle de la HAS » for an adapted text. */
export function charterSource(locale: Locale, origin: 'model' | 'adapted'): string {
  const source = charterTexts(locale).source;
  return origin === 'adapted' ? ADAPTED_FROM[locale] + source : source;
}

/**
 * The charter part of a record (format 2), before its hash is computed. `text`: the
 * establishment's paragraphs (adaptedParagraphs()), the model's placeholder in them
 * replaced by the title as in the model; the same paragraphs as the model make a model record.
 */
export function charterContent(
  projectTitle: string,
  locale: Locale,
  extraClauses: readonly string[] = [],
  text?: readonly string[],
): Omit<SignedCharterText, 'textHash'> {
  const title = projectTitle.trim();
  const model = charterParagraphs(title, locale).map((p) => p.text);
  const { placeholder } = charterTexts(locale);
  const quoted = title === '' ? placeholder : locale === 'en' ? `"${title}"` : `« ${title} »`;
  // split/join, not replace(): a title containing "$&" must stay as typed.
  const paragraphs = text ? text.map((p) => p.split(placeholder).join(quoted)) : model;
  const origin = paragraphs.length === model.length && paragraphs.every((p, i) => p === model[i]) ? 'model' : 'adapted';
  return {
    projectTitle: title,
    locale,
    origin,
    paragraphs,
    extraClauses: extraClauses.map((c) => c.trim()).filter((c) => c !== ''),
    source: charterSource(locale, origin),
  };
}

/**
 * Kinds of a record's paragraphs (a record carries plain strings): the model's kind when a
 * paragraph is the model's, else from its start — « - » an item, « ⁴⁶ » the footnote,
 * « * » a note.
 */
export function paragraphKinds(
  paragraphs: readonly string[],
  projectTitle: string,
  locale: Locale,
  format: CharterFormat = 2,
): ParagraphKind[] {
  const model = new Map(charterParagraphs(projectTitle, locale, format).map((p) => [p.text, p.kind]));
  return paragraphs.map(
    (text) =>
      model.get(text) ??
      (text.startsWith(FOOTNOTE_MARK)
        ? 'footnote'
        : text.startsWith(`${CORRECTION_MARK} `)
          ? 'note'
          : format === 2 && text.startsWith(ITEM)
            ? 'item'
            : 'paragraph'),
  );
}

/** An item's text without its « - » (shown as a list bullet instead). */
export function itemText(text: string): string {
  return text.startsWith(ITEM) ? text.slice(ITEM.length) : text;
}
