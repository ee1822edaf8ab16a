import { type Locale, resolveLocale } from '../../../shared/i18n/locale';
import type { LocaleSetting } from '../platform/platform';

/** 'auto' follows the browser: English for an English browser, French otherwise (French first). */
export function resolveSetting(setting: LocaleSetting, browserLanguage = globalThis.navigator?.language): Locale {
  return setting === 'auto' ? resolveLocale(browserLanguage) : setting;
}
