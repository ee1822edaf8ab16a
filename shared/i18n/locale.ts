/**
 * Locales and localized labels shared by the widgets and the extension.
 * French is the default: the product, its sources (the HAS guide) and its
 * users are French; English is a courtesy translation.
 */

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A text given in both locales. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/** Grammatical gender chosen by a person, used to pick a label form ('x' = neither: both forms, spelt out). */
export type Gender = 'f' | 'm' | 'x';

/**
 * A French label that agrees with the person's grammatical gender
 * (e.g. « Patient partenaire » / « Patiente partenaire »), English being invariable.
 */
export interface GenderedText {
  readonly fr: { readonly m: string; readonly f: string; readonly x: string };
  readonly en: string;
}

/**
 * 'en', 'en-GB', 'EN_us' → 'en'; anything else (including null, '', 'de') → 'fr'.
 * Only two locales exist, so a prefix test is enough.
 */
export function resolveLocale(value?: string | null): Locale {
  if (typeof value !== 'string') return DEFAULT_LOCALE;
  return /^en(?:[-_]|$)/i.test(value.trim()) ? 'en' : DEFAULT_LOCALE;
}

/** Picks the text of a {fr, en} pair, falling back to French when a translation is empty. */
export function localized(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : text.fr) || text.fr;
}

/**
 * The one form a counted group takes (docs/ecriture.md, rule 4): 'f' or 'm' when every
 * person counted has that form, undefined otherwise — mixed, someone who chose neither,
 * someone whose data says nothing, or nobody — and the words then spell both forms out.
 */
export function groupGender(genders: Iterable<Gender | null | undefined>): 'f' | 'm' | undefined {
  let form: 'f' | 'm' | undefined;
  for (const gender of genders) {
    if (gender !== 'f' && gender !== 'm') return undefined;
    if (form && gender !== form) return undefined;
    form = gender;
  }
  return form;
}

/** BCP 47 tag handed to Intl: day-month-year order in English too (a European product). */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}
