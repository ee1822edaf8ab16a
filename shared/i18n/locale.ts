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

/** Grammatical gender chosen by a person, used to pick a label form ('x' = inclusive form). */
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
 * Picks the gendered form of a label. Without a gender, French uses the
 * masculine generic form, as the HAS guide does ("le patient partenaire").
 */
export function genderedLabel(text: GenderedText, locale: Locale, gender?: Gender | null): string {
  if (locale === 'en') return text.en;
  if (gender === 'f') return text.fr.f;
  if (gender === 'x') return text.fr.x;
  return text.fr.m;
}

/** BCP 47 tag handed to Intl: day-month-year order in English too (a European product). */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}
