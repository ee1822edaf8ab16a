import type { Locale } from '../../shared/i18n/locale';

/**
 * The element's own words, before any mode is loaded: both languages here, since the English
 * words of the form come with a mode's code (messages-en.ts), and these say that it is loading
 * or could not be.
 */
export const SHELL_WORDS: Record<Locale, { loading: string; failed: string; invalidMode: (v: string) => string }> = {
  fr: {
    loading: 'Chargement du formulaire…',
    failed: 'Le formulaire n’a pas pu être chargé. Rechargez la page.',
    invalidMode: (v) => `Mode « ${v} » inconnu : « need » (besoin d’un projet) ou « candidate » (candidature) attendu.`,
  },
  en: {
    loading: 'Loading the form…',
    failed: 'The form could not be loaded. Please reload the page.',
    invalidMode: (v) => `Unknown mode “${v}”: expected “need” (a project’s need) or “candidate” (an application).`,
  },
};
