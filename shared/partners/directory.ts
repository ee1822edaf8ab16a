/**
 * Reading a partners feed for display, in one synchronous step: the checks of
 * directory-check.ts (re-exported here) with their messages worded at once.
 * Widgets use directory-check.ts, which loads the messages only when needed.
 */
import type { Locale } from '../i18n/locale';
import { type FormatValidationError, type IssuesResult, safeParseIssues } from '../i18n/parse';
import { formatValidationError, type ParseResult } from '../i18n/validation';
import { type PartnerProfile, PartnerProfileSchema } from '../schemas/partner';
import { type Establishment, EstablishmentSchema } from '../schemas/registry';
import { checkPartnerDirectory, type DirectoryResult, describeDirectory } from './directory-check';

export * from './directory-check';

/** Validates a partners feed for display and words its problems (checkPartnerDirectory + describeDirectory). */
export function parsePartnerDirectory(json: unknown, locale: Locale = 'fr'): DirectoryResult {
  return describeDirectory(checkPartnerDirectory(json), locale, formatValidationError);
}

/** Validates one profile given directly (the card's `partner` property). */
export function parsePartnerProfile(json: unknown, locale: Locale = 'fr'): ParseResult<PartnerProfile> {
  return withMessage(safeParseIssues(PartnerProfileSchema, json), locale, formatValidationError);
}

/** Validates an establishment given directly (the card's `establishment` property). */
export function parseEstablishment(json: unknown, locale: Locale = 'fr'): ParseResult<Establishment> {
  return withMessage(safeParseIssues(EstablishmentSchema, json), locale, formatValidationError);
}

/** A two-step result with its message, for code that validates synchronously and has the formatter at hand. */
export function withMessage<T>(result: IssuesResult<T>, locale: Locale, format: FormatValidationError): ParseResult<T> {
  return result.ok ? result : { ok: false, message: format(result.issues, locale, result.input), issues: result.issues };
}
