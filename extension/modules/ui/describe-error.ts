import { formatValidationError } from '../../../shared/i18n/validation';
import { WORKSPACE_MESSAGES } from '../i18n/workspace';
import { LibraryValidationError } from '../store/library-store';
import { locale } from './locale';

/** What to tell the user when a write failed: the invalid field, or the error's text. Nothing was written either way. */
export function describeError(error: unknown): string {
  const m = WORKSPACE_MESSAGES[locale.value];
  // Fields named as the forms label them (« Fin »), not by the record's paths (« dates.end »).
  if (error instanceof LibraryValidationError)
    return m.invalid(formatValidationError(error.issues, locale.value, undefined, m.fields));
  return m.failed(error instanceof Error ? error.message : String(error));
}
