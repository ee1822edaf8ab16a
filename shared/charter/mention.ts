/**
 * The mention « lu et approuvé » that precedes each signature (Annex 1, l.996). People
 * type it as they would write it: any case, with or without accents or quotes, with a
 * final full stop — all accepted. English charters also accept "read and approved".
 */
import type { Locale } from '../i18n/locale';
import { normalizeText } from '../text/normalize';

const ACCEPTED: Record<Locale, readonly string[]> = {
  fr: ['lu et approuve'],
  en: ['lu et approuve', 'read and approved'],
};

export function isApprovalMention(value: string, locale: Locale = 'fr'): boolean {
  const core = normalizeText(value)
    .replace(/^[\s"'«»“”‹›.,;:!-]+|[\s"'«»“”‹›.,;:!-]+$/g, '')
    .trim();
  return ACCEPTED[locale].includes(core);
}
