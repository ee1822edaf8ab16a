/**
 * « 12 patients partenaires »: the counted noun of the directory's summary (the
 * directory's words, which a single card never uses).
 */
import type { Gender, Locale } from '../i18n/locale';
import { entryWords, pluralWords } from './labels';

/** « 12 patientes partenaires » / « 12 patients partenaires » / « 12 patientes et patients partenaires » (English once loadEntryWords('en') is done). */
export function partnerNoun(count: number, locale: Locale, gender?: Gender | null): string {
  return pluralWords(count, entryWords(locale).summary.partners(gender ?? undefined), locale);
}
