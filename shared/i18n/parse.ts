/**
 * Validation in two steps, for code that must stay small: `safeParseIssues`
 * says whether data fits a schema and keeps the raw issues, and
 * `loadValidationMessages` fetches the fr/en formatter (validation.ts) only
 * when something has to be explained. Valid data — the usual case on a
 * hospital page — never downloads the messages. validation.ts's
 * `safeParseWithMessage` is the one-step form, for code that has them anyway.
 */
import { type core, type output, safeParse } from 'zod/mini';
import type { Locale } from './locale';

export type IssuesResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: readonly unknown[]; readonly input: unknown };

/** Validates `data`. Never throws: a refinement that throws becomes a failure without issues (« Données invalides »). */
export function safeParseIssues<S extends core.$ZodType>(schema: S, data: unknown): IssuesResult<output<S>> {
  try {
    const result = safeParse(schema, data);
    return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues, input: data };
  } catch {
    return { ok: false, issues: [], input: data };
  }
}

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
