/** Downloading exports and reading an imported file (loaded when one of those buttons is used). */
import type { ChecklistState } from '../../shared/checklist/evaluation';
import { evaluationsToCsv, exportFileName, exportJson } from '../../shared/checklist/export';
import type { Locale } from '../../shared/i18n/locale';
import { downloadBlob } from '../internal/download';

/** The evaluations as a JSON or CSV file, offered by the kit's Blob download. */
export function download(state: ChecklistState, kind: 'json' | 'csv', locale: Locale): void {
  const text = kind === 'json' ? exportJson(state) : evaluationsToCsv([...state.history, state.current], locale);
  const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  downloadBlob(new Blob([text], { type }), exportFileName(state, kind, locale));
}
