/**
 * Export (five formats) and import (JSON backup) of the library, with progress and a
 * Cancel button. Used by the library page and the options page.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat, exportFileName } from '../../../shared/library/export-formats';
import type { Platform } from '../platform/platform';
import type { LibraryStore } from '../store/library-store';
import { buildExport, importBackupText, isAbort, readFileText, type TransferPhase } from '../transfer/transfer';
import { LiveStatus, type StatusMessage } from './live-status';
import { locale, messages } from './locale';

interface Job {
  readonly kind: 'export' | 'import';
  readonly phase: TransferPhase;
  readonly done: number;
  readonly total: number;
}

export interface TransferPanelProps {
  readonly store: LibraryStore;
  readonly platform: Platform;
  /** Prefix for element ids (two panels may not share ids on one page). */
  readonly idPrefix: string;
}

export function TransferPanel({ store, platform, idPrefix }: TransferPanelProps) {
  const format = useSignal<ExportFormat>('json');
  const job = useSignal<Job | null>(null);
  const status = useSignal<StatusMessage | null>(null);
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const m = messages.value;
  const t = m.transfer;
  const busy = job.value !== null;

  const start = (kind: Job['kind'], phase: TransferPhase) => {
    controller.current = new AbortController();
    job.value = { kind, phase, done: 0, total: 0 };
    status.value = null;
    // The start button is disabled while the job runs: keep the keyboard focus on Cancel.
    queueMicrotask(() => cancelButton.current?.focus());
    return controller.current.signal;
  };
  const progress = (phase: TransferPhase, done: number, total: number) => {
    if (job.value) job.value = { ...job.value, phase, done, total };
  };
  const finish = (focusId: string) => {
    job.value = null;
    controller.current = null;
    queueMicrotask(() => document.getElementById(focusId)?.focus());
  };

  const onExport = async (event: Event) => {
    event.preventDefault();
    const signal = start('export', 'exporting');
    const started = performance.now();
    try {
      const blob = await buildExport(store, format.value, locale.value, { signal, onProgress: progress });
      const name = exportFileName(format.value);
      await platform.download(blob, name);
      performance.measure('binome:export', { start: started });
      status.value = { text: t.exported(name), tone: 'success' };
    } catch (error) {
      status.value = isAbort(error) ? { text: t.cancelledExport } : { text: t.failed(String(error)), tone: 'error' };
    } finally {
      finish(`${idPrefix}-export`);
    }
  };

  const onImport = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      status.value = { text: t.noFile, tone: 'error' };
      fileInput.current?.focus();
      return;
    }
    const signal = start('import', 'reading');
    const started = performance.now();
    try {
      const text = await readFileText(file);
      const outcome = await importBackupText(store, text, locale.value, { signal, onProgress: progress });
      if (outcome.ok) {
        performance.measure('binome:import', { start: started });
        const { added, updated, unchanged, conflicts } = outcome.summary;
        status.value = {
          text: `${t.imported(added, updated, unchanged)}${conflicts ? ` ${t.conflicts(conflicts)}` : ''}`,
          tone: 'success',
        };
        if (fileInput.current) fileInput.current.value = '';
      } else {
        status.value = { text: t.refused, tone: 'error', details: outcome.problems };
      }
    } catch (error) {
      if (isAbort(error)) status.value = { text: t.cancelledImport };
      else if (error instanceof RangeError) status.value = { text: t.tooLarge, tone: 'error' };
      else status.value = { text: t.failed(String(error)), tone: 'error' };
    } finally {
      finish(`${idPrefix}-import`);
    }
  };

  const current = job.value;
  const progressText =
    current &&
    (current.phase === 'reading'
      ? t.reading
      : current.phase === 'checking'
        ? t.checking(current.done, current.total)
        : current.phase === 'writing'
          ? t.writing(current.done, current.total)
          : t.exporting(current.done, current.total));

  return (
    <div class="transfer">
      <form onSubmit={onExport}>
        <fieldset>
          <legend>{t.exportLegend}</legend>
          <div class="field">
            <label for={`${idPrefix}-format`}>{t.format}</label>
            <select
              id={`${idPrefix}-format`}
              value={format.value}
              onChange={(e) => (format.value = (e.currentTarget as HTMLSelectElement).value as ExportFormat)}
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t.formats[f]}
                </option>
              ))}
            </select>
          </div>
          {/* Said before saving, not after: the full backup is the one export that holds health data. */}
          {format.value === 'json' ? (
            <p class="notice" id={`${idPrefix}-health`} data-testid="backup-health-warning">
              {t.healthData}
            </p>
          ) : null}
          <button
            id={`${idPrefix}-export`}
            class="button primary"
            type="submit"
            disabled={busy}
            aria-describedby={format.value === 'json' ? `${idPrefix}-health` : undefined}
          >
            {t.exportButton}
          </button>
        </fieldset>
      </form>

      <form onSubmit={onImport}>
        <fieldset>
          <legend>{t.importLegend}</legend>
          <div class="field">
            <label for={`${idPrefix}-file`}>
              {t.file}
              <span class="hint" id={`${idPrefix}-file-hint`}>
                {t.importHint}
              </span>
            </label>
            <input
              id={`${idPrefix}-file`}
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              aria-describedby={`${idPrefix}-file-hint`}
              disabled={busy}
            />
          </div>
          <button id={`${idPrefix}-import`} class="button primary" type="submit" disabled={busy}>
            {t.importButton}
          </button>
        </fieldset>
      </form>

      {current ? (
        <div class="field" data-testid="transfer-progress">
          <label for={`${idPrefix}-progress`}>{progressText}</label>
          <progress id={`${idPrefix}-progress`} max={current.total || 1} value={current.done} />
          <div class="actions">
            <button ref={cancelButton} type="button" class="button" onClick={() => controller.current?.abort()}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}

      <LiveStatus id={`${idPrefix}-status`} message={status.value} />
    </div>
  );
}
