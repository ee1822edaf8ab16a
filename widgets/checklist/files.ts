/** Downloading exports and reading an imported file (loaded when one of those buttons is used). */
import type { ChecklistState } from '../../shared/checklist/evaluation';
import { evaluationsToCsv, exportFileName, exportJson } from '../../shared/checklist/export';
import type { Locale } from '../../shared/i18n/locale';

/** A Blob URL download: works under a strict CSP (no data: URL) and sends nothing anywhere. */
export function download(state: ChecklistState, kind: 'json' | 'csv', locale: Locale): void {
  const text = kind === 'json' ? exportJson(state) : evaluationsToCsv([...state.history, state.current], locale);
  const url = URL.createObjectURL(new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(state, kind, locale);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
