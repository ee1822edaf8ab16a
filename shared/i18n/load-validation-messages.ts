/**
 * The fr/en validation messages (validation.ts), fetched only when something must be
 * explained — valid data, the usual case on a hospital page, never downloads them — and
 * what a refusal says when they could not be fetched. Kept apart from parse.ts (zod) so
 * that the zod-free feed reader (partners/feed-read.ts) shares it.
 */
import type { Locale } from './locale';

/** validation.ts's formatValidationError. */
export type FormatValidationError = (error: unknown, locale: Locale, input?: unknown) => string;

let loading: Promise<FormatValidationError> | undefined;

/** The message formatter, imported on first use (a failed import is retried next time). */
export function loadValidationMessages(): Promise<FormatValidationError> {
  loading ??= import('./validation').then(
    (m) => m.formatValidationError,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const INVALID = { fr: 'données invalides', en: 'invalid data' };

/** A formatter that says only « données invalides » (« invalid data »). */
export function plainValidationMessages(locale: Locale): FormatValidationError {
  return () => INVALID[locale];
}

/** The formatter; if it cannot be fetched (a lost connection), the plain one. */
export function validationMessagesOrPlain(locale: Locale): Promise<FormatValidationError> {
  return loadValidationMessages().catch(() => plainValidationMessages(locale));
}
