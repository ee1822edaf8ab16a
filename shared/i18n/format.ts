/** Plurals, numbers and dates through Intl — no message catalogue, nothing global. */
import { intlTag, type Locale } from './locale';

/** Forms keyed by Intl plural category; `#` is replaced by the formatted count. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly zero?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlTag(locale));
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * plural(2, { one: '# mission', other: '# missions' }, 'fr') → '2 missions'.
 * French puts 0 and 1 in "one" (« 0 mission »), English puts 0 in "other".
 */
export function plural(count: number, forms: PluralForms, locale: Locale): string {
  const category = rulesFor(locale).select(count) as keyof PluralForms;
  const form = forms[category] ?? forms.other;
  return form.replace(/#/g, formatNumber(count, locale));
}

/**
 * The colon after a label, punctuation being a word: French sets it off with a space
 * (« Date : … »), English does not (“Date: …”).
 */
export function colon(locale: Locale): string {
  return locale === 'fr' ? ' :' : ':';
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO date ("2026-05-28") or date-time, or a Date.
 * A date without time is a calendar day: it is formatted in UTC so that it
 * never shifts to the previous day west of Greenwich.
 * Returns the input unchanged when it cannot be read (never throws).
 */
export function formatDate(
  value: string | Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  let date: Date;
  let opts = options;
  if (typeof value === 'string') {
    const dateOnly = DATE_ONLY.exec(value);
    if (dateOnly) {
      date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
      opts = { ...options, timeZone: 'UTC' };
    } else {
      date = new Date(value);
    }
  } else {
    date = value;
  }
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  try {
    return new Intl.DateTimeFormat(intlTag(locale), opts).format(date);
  } catch {
    return date.toISOString();
  }
}
