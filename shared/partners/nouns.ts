/**
 * « 12 patients partenaires »: the counted noun of the directory's summary. Apart from
 * labels.ts because it needs shared/i18n/format (plurals through Intl), which a single
 * card never uses: the card's first render does not download it.
 */
import { plural } from '../i18n/format';
import type { Gender, Locale } from '../i18n/locale';

/** Words for the gender-agreeing « patient(e)s partenaires » used in counts. */
export function partnerNoun(count: number, locale: Locale, gender?: Gender | null): string {
  if (locale === 'en') return plural(count, { one: '# patient partner', other: '# patient partners' }, locale);
  if (gender === 'f') return plural(count, { one: '# patiente partenaire', other: '# patientes partenaires' }, locale);
  return plural(count, { one: '# patient partenaire', other: '# patients partenaires' }, locale);
}
