/**
 * Validation in two steps, for code that must stay small: `safeParseIssues`
 * says whether data fits a schema and keeps the raw issues, and
 * `loadValidationMessages` fetches the fr/en formatter (validation.ts) only
 * when something has to be explained. Valid data — the usual case on a
 * hospital page — never downloads the messages. validation.ts's
 * `safeParseWithMessage` is the one-step form, for code that has them anyway.
 */
import { type core, type output, safeParse } from 'zod/mini';

export { type FormatValidationError, loadValidationMessages } from './load-validation-messages';

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
