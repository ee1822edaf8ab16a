/**
 * Long exports and imports, run so that the page stays responsive, shows progress and
 * can be cancelled:
 * - export: the chunks (export-formats.ts) are produced in slices of ~12 ms between two
 *   yields to the event loop; cancelling drops them — nothing is written anywhere;
 * - import: read → validate everything (nothing written) → write in ONE transaction,
 *   which cancelling aborts; the library is never half-imported.
 * Both cover the whole library: items, annotations, the project workspace and the partner registry (whole-library.ts).
 * A JSON backup may be sealed with a passphrase (shared/library/encrypted-backup.ts): the
 * export seals the finished text; the import opens it before anything else, so a wrong
 * passphrase or an altered file stops there, with nothing written.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { isEncryptedBackup, type OpenProblem, openBackup, sealBackup } from '../../../shared/library/encrypted-backup';
import { EXPORT_FILES, type ExportFormat, exportChunks, WORKSPACE_LISTS } from '../../../shared/library/export-formats';
import { type Backup, parseBackupText, validateBackup } from '../../../shared/library/import';
import { highlightMeaningLabels } from '../page-highlights/meaning-labels';
import type { LibraryStore } from '../store/library-store';
import { importWholeBackup, readWholeLibrary, type WholeImportSummary } from './whole-library';

export type TransferPhase = 'reading' | 'checking' | 'writing' | 'exporting' | 'encrypting' | 'decrypting';

export interface TransferOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (phase: TransferPhase, done: number, total: number) => void;
  /** JSON backup only: seal the export with it / open a sealed backup with it. */
  readonly passphrase?: string;
  /** PBKDF2 iterations when sealing (tests only; the default is encrypted-backup.ts's). */
  readonly iterations?: number;
}

const SLICE_MS = 12;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function cancelled(): DOMException {
  return new DOMException('Cancelled', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The export file of the library (or of `data`), built slice by slice. */
export async function buildExport(
  source: LibraryStore | Backup,
  format: ExportFormat,
  locale: Locale,
  { signal, onProgress, passphrase, iterations }: TransferOptions = {},
): Promise<Blob> {
  const data = 'db' in source ? await readWholeLibrary(source) : source;
  const workspaceCount = WORKSPACE_LISTS.reduce((sum, name) => sum + (data[name]?.length ?? 0), 0);
  const total =
    format === 'webannotation'
      ? data.annotations.length
      : data.items.length + (format === 'json' ? data.annotations.length + workspaceCount : 0);
  const parts: string[] = [];
  let done = -1; // the header chunk comes first
  let sliceStart = performance.now();
  onProgress?.('exporting', 0, total);
  const meaningLabels = await highlightMeaningLabels(locale);
  for (const chunk of exportChunks(format, data, { locale, meaningLabels })) {
    parts.push(chunk);
    done++;
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress?.('exporting', Math.min(Math.max(done, 0), total), total);
      await yieldToPage();
      if (signal?.aborted) throw cancelled();
      sliceStart = performance.now();
    }
  }
  if (signal?.aborted) throw cancelled();
  onProgress?.('exporting', total, total);
  if (format === 'json' && passphrase) {
    onProgress?.('encrypting', 0, 1);
    const sealed = await sealBackup(parts.join(''), passphrase, iterations ? { iterations } : {});
    if (signal?.aborted) throw cancelled();
    onProgress?.('encrypting', 1, 1);
    return new Blob([sealed], { type: EXPORT_FILES.json.mime });
  }
  return new Blob(parts, { type: EXPORT_FILES[format].mime });
}

export type ImportOutcome =
  | { readonly ok: true; readonly summary: WholeImportSummary; readonly encrypted: boolean }
  | {
      readonly ok: false;
      readonly problems: readonly string[];
      /** Set when a sealed backup could not be opened (the passphrase field is where to go next). */
      readonly sealed?: OpenProblem;
    };

/** Imports the text of a JSON backup, sealed or not: refused whole, with messages, if anything is wrong. */
export async function importBackupText(
  store: LibraryStore,
  text: string,
  locale: Locale,
  { signal, onProgress, passphrase = '' }: TransferOptions = {},
): Promise<ImportOutcome> {
  onProgress?.('reading', 0, 1);
  let parsed = parseBackupText(text, locale);
  if (!parsed.ok) return parsed;
  const encrypted = isEncryptedBackup(parsed.data);
  if (encrypted) {
    onProgress?.('decrypting', 0, 1);
    const opened = await openBackup(parsed.data, passphrase, locale);
    if (!opened.ok) return { ok: false, problems: [opened.message], sealed: opened.problem };
    if (signal?.aborted) throw cancelled();
    parsed = parseBackupText(opened.text, locale);
    if (!parsed.ok) return parsed;
  }
  if (signal?.aborted) throw cancelled();
  const check = await validateBackup(parsed.data, locale, {
    signal,
    onProgress: (done, total) => onProgress?.('checking', done, total),
  });
  if (!check.ok) return check;
  const summary = await importWholeBackup(store, check.backup, {
    signal,
    onProgress: (done, total) => onProgress?.('writing', done, total),
  });
  return { ok: true, summary, encrypted };
}

/** Reads a user-chosen file as text (size-capped: a backup of 10 000 items is ~20 MB). */
export async function readFileText(file: Blob, maxBytes = 200 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes) throw new RangeError(`file too large: ${file.size}`);
  return file.text();
}
