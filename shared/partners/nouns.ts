/**
 * « 12 patients partenaires »: the counted noun of the directory's summary (the
 * directory's words, which a single card never uses).
 */
import type { Gender, Locale } from '../i18n/locale';
import { entryWords, pluralWords } from './labels';

/** Words for the gender-agreeing « patient(e)s partenaires » used in counts (English once loadEntryWords('en') is done). */
export function partnerNoun(count: number, locale: Locale, gender?: Gender | null): string {
  return pluralWords(count, entryWords(locale).summary.partners(gender ?? undefined), locale);
}
