/**
 * What a printed or PDF charter shows, from a record or — before anyone has signed, or
 * where Web Crypto is missing — from the charter alone, with a blank block for each
 * expected signatory so the paper can still be signed by hand.
 */
import { type Locale, localized } from '../i18n/locale';
import type { CharterRecord, Signatory, Signature } from '../schemas/charter';
import { CHARTER_TITLE } from '../vocab/charter-model';
import { sameSignatory } from './completion';
import { charterContent, itemText, type ParagraphKind, paragraphKinds } from './text';
import { charterTexts } from './texts';

export interface CharterDocument {
  /** The charter's title (the model's, without « Modèle de »). */
  title: string;
  projectTitle: string;
  locale: Locale;
  /** The HAS model, or the establishment's adaptation of it. */
  origin: 'model' | 'adapted';
  paragraphs: { kind: ParagraphKind; text: string }[];
  extraClauses: string[];
  source: string;
  /** Format 1 only: the note on the 226-13 correction, shown beside the text (format 2 has it in `paragraphs`). */
  correctionNote: string;
  signatures: Signature[];
  /** Expected signatories who have not signed. */
  pending: Signatory[];
  textHash?: string;
  recordHash?: string;
}

/** « Modèle de charte d'engagement… » → « Charte d'engagement… »: once adopted, it is no longer a model. */
export function charterTitle(locale: Locale): string {
  const model = localized(CHARTER_TITLE, locale);
  return locale === 'en' ? model.replace(/^Model charter/, 'Charter') : model.replace(/^Modèle de charte/, 'Charte');
}

export function charterDocument(options: {
  record?: CharterRecord | null;
  projectTitle: string;
  locale: Locale;
  extraClauses?: readonly string[];
  /** The establishment's own paragraphs (adaptedParagraphs()), when there is no record. */
  text?: readonly string[];
  expected?: readonly Signatory[];
}): CharterDocument {
  const { record } = options;
  const charter = record?.charter ?? charterContent(options.projectTitle, options.locale, options.extraClauses, options.text);
  const format = record?.schemaVersion ?? 2;
  const kinds = paragraphKinds(charter.paragraphs, charter.projectTitle, charter.locale, format);
  const signatures = record?.signatures ?? [];
  return {
    title: charterTitle(charter.locale),
    projectTitle: charter.projectTitle,
    locale: charter.locale,
    origin: 'origin' in charter ? charter.origin : 'model',
    paragraphs: charter.paragraphs.map((text, i) => {
      const kind = kinds[i] ?? 'paragraph';
      return { kind, text: kind === 'item' ? itemText(text) : text };
    }),
    extraClauses: [...(charter.extraClauses ?? [])],
    source: charter.source,
    correctionNote: format === 1 ? charterTexts(charter.locale).correctionNote : '',
    signatures,
    pending: (options.expected ?? []).filter((person) => !signatures.some((s) => sameSignatory(s.signatory, person))),
    ...(record ? { textHash: record.charter.textHash, recordHash: record.recordHash } : {}),
  };
}
