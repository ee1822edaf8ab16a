/**
 * The matching form's one English module (messages-en.ts: every part's words), fetched with a
 * mode's code on English pages only; each part's French table stands in until it is here.
 */
import type { Locale } from '../../shared/i18n/locale';
import { lazy } from '../internal/lazy';
import { type FormMessages, formWordsFr } from './messages';
import type { EnglishMessages } from './messages-en';

const english = lazy(() => import('./messages-en'));

/**
 * The English words of every part, once fetched, on English pages; undefined
 * otherwise (each part then uses its French words, which stand in until the
 * English ones are here).
 */
export function englishMessages(locale: Locale): EnglishMessages | undefined {
  return locale === 'en' ? english.value?.en : undefined;
}

export function formMessagesFor(locale: Locale): FormMessages {
  return englishMessages(locale) ?? formWordsFr;
}

export function hasFormMessages(locale: Locale): boolean {
  return locale === 'fr' || english.value !== undefined;
}

/** Fetches the words of `locale` if needed (a failed fetch is retried next time). */
export function loadFormMessages(locale: Locale): Promise<unknown> {
  return hasFormMessages(locale) ? Promise.resolve() : english();
}
