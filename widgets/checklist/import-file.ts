/** Importing a JSON file: validated whole by the shared schema, merged only if valid (loaded on first import). */
import type { ChecklistState } from '../../shared/checklist/evaluation';
import { parseImport } from '../../shared/checklist/io';
import { mergeEvaluations } from '../../shared/checklist/records';
import type { Locale } from '../../shared/i18n/locale';
import { ioMessages } from './messages-io';

const MAX_BYTES = 2_000_000;

export type ImportResult = { ok: true; state: ChecklistState; message: string } | { ok: false; message: string };

/** `blankTitle`: the title the page gave the blank sheet (that sheet is not kept). */
export async function importFile(file: File, state: ChecklistState, locale: Locale, blankTitle: string): Promise<ImportResult> {
  const m = ioMessages[locale];
  let result: ReturnType<typeof parseImport>;
  try {
    result = file.size > MAX_BYTES ? { ok: false, message: m.tooLarge, issues: [] } : parseImport(await file.text(), locale);
  } catch (error) {
    result = { ok: false, message: String(error), issues: [] };
  }
  if (!result.ok) return { ok: false, message: m.importFailed(result.message) };
  return { ok: true, state: mergeEvaluations(state, result.data, blankTitle), message: m.imported(result.data.length) };
}
