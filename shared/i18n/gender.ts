/**
 * Gendered labels (roles, statuses of a person). Apart from locale.ts because only the partner
 * data use them: locale.ts sits in the chunk every widget loads first, this goes with those data.
 */
import type { Gender, GenderedText, Locale } from './locale';

/**
 * Picks the gendered form of a label. A label names one person: the form the
 * person's data gives ('f', 'm'); both forms, spelt out (`x`: « Patiente ou patient
 * partenaire »), when the person chose neither or the data says nothing, so that
 * nobody is named in a gender that may not be theirs (docs/ecriture.md).
 */
export function genderedLabel(text: GenderedText, locale: Locale, gender?: Gender | null): string {
  if (locale === 'en') return text.en;
  return text.fr[genderForm(gender)];
}

/** The French form for a person: their own when the data gives it, else both forms (`x`). */
export function genderForm(gender?: Gender | null): Gender {
  return gender === 'f' || gender === 'm' ? gender : 'x';
}
