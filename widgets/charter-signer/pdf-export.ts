/**
 * Loaded only when someone clicks « Télécharger le PDF » (dynamic import): the PDF
 * writer costs nothing to pages that never use it.
 */
import type { CharterDocument } from '../../shared/charter/document';
import type { Locale } from '../../shared/i18n/locale';
import { charterPdf } from '../../shared/pdf/charter';
import { documentLabels } from './labels';
import type { CharterMessages } from './messages';

export function charterPdfBlob(doc: CharterDocument, messages: CharterMessages, locale: Locale): Blob {
  const bytes = charterPdf(doc, documentLabels(messages, locale));
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' });
}
