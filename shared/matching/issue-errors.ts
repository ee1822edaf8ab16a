/**
 * Schema issues worded for a form's fields: only needed once a form is
 * submitted (need-form.ts, candidate-form.ts), so the validation messages stay
 * out of the code a form needs to be shown (form-fields.ts).
 */
import type { Locale } from '../i18n/locale';
import { formatIssue } from '../i18n/validation';
import type { FieldError } from './form-fields';

/**
 * Schema issues the form did not catch itself, tied to a field through the
 * first path segments that `fieldOf` recognises (else to `fallback`).
 */
export function issuesToErrors(
  issues: readonly unknown[],
  fieldOf: (path: readonly (string | number)[]) => string | undefined,
  fallback: string,
  locale: Locale,
  input: unknown,
): FieldError[] {
  return issues.map((issue) => {
    const path = ((issue as { path?: unknown }).path ?? []) as (string | number)[];
    return { field: (Array.isArray(path) && fieldOf(path)) || fallback, message: formatIssue(issue, locale, input) };
  });
}
