/**
 * Export (five formats) and import (JSON backup) of the library, with progress and a
 * Cancel button. Used by the library page and the options page.
 *
 * The full backup can be encrypted with a passphrase (shared/library/encrypted-backup.ts),
 * and is by default when the library holds contacts or the partner registry (data about
 * people, health data among it): the box is ticked then, and the user may untick it. The
 * import recognises an encrypted file as soon as it is chosen and asks for its passphrase;
 * a wrong one is said in words and nothing is written.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { looksEncrypted, sealByDefault, sealedFileName } from '../../../shared/library/encrypted-backup';
import { EXPORT_FORMATS, type ExportFormat, exportFileName } from '../../../shared/library/export-formats';
import { checkNewPassphrase, type NewPassphraseProblem, passphraseStrength } from '../../../shared/library/passphrase';
import type { Platform } from '../platform/platform';
import { LibraryChanges } from '../store/changes';
import type { LibraryStore } from '../store/library-store';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale, messages } from '../ui/locale';
import { OpenPassphraseField, SealFields } from '../ui/passphrase-fields';
import { buildExport, importBackupText, isAbort, readFileText, type TransferPhase } from './transfer';
import { countWholeLibrary } from './whole-library';

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
  /** An export or import starts: the page clears what it said before (« La bibliothèque a été vidée »). */
  readonly onStart?: () => void;
}

export function TransferPanel({ store, platform, idPrefix, onStart }: TransferPanelProps) {
  const format = useSignal<ExportFormat>('json');
  const job = useSignal<Job | null>(null);
  const status = useSignal<StatusMessage | null>(null);
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  /** Whether the library holds people's data (then sealing is the default). */
  const personal = useSignal(false);
  /** The user's own choice, once they touch the box; until then the default. */
  const sealChoice = useSignal<boolean | null>(null);
  const strength = useSignal(passphraseStrength(''));
  const sealProblem = useSignal<NewPassphraseProblem | null>(null);
  const passphrase = useRef<HTMLInputElement>(null);
  const confirmation = useRef<HTMLInputElement>(null);
  /** The chosen file is an encrypted backup: its passphrase is asked. */
  const sealedFile = useSignal(false);
  const openInvalid = useSignal(false);
  const openPassphrase = useRef<HTMLInputElement>(null);
  const m = messages.value;
  const t = m.transfer;
  const busy = job.value !== null;
  const json = format.value === 'json';
  const seal = json && (sealChoice.value ?? personal.value);

  useEffect(() => {
    let live = true;
    const recount = () =>
      countWholeLibrary(store)
        .then((counts) => {
          if (live) personal.value = sealByDefault(counts);
        })
        .catch((error: unknown) => console.warn('[binome] backup counts', error));
    recount();
    // Contacts and the registry change on the workspace's channel, resources on the library's.
    const workspace = new LibraryChanges(`${store.name}:workspace`);
    const stopWorkspace = workspace.listen(recount);
    const stopLibrary = store.onChange(recount);
    return () => {
      live = false;
      stopWorkspace();
      stopLibrary();
      workspace.close();
    };
  }, [store]);

  const start = (kind: Job['kind'], phase: TransferPhase) => {
    controller.current = new AbortController();
    job.value = { kind, phase, done: 0, total: 0 };
    status.value = null;
    onStart?.();
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
    const secret = seal ? (passphrase.current?.value ?? '') : '';
    if (seal) {
      const problem = checkNewPassphrase(secret, confirmation.current?.value ?? '');
      sealProblem.value = problem;
      if (problem) {
        status.value = { text: t.passphraseProblems[problem], tone: 'error' };
        (problem === 'mismatch' ? confirmation : passphrase).current?.focus();
        return;
      }
    }
    const signal = start('export', 'exporting');
    const started = performance.now();
    try {
      const blob = await buildExport(store, format.value, locale.value, {
        signal,
        onProgress: progress,
        ...(secret ? { passphrase: secret } : {}),
      });
      const name = secret ? sealedFileName() : exportFileName(format.value);
      await platform.download(blob, name);
      performance.measure('binome:export', { start: started });
      status.value = { text: secret ? t.exportedSealed(name) : t.exported(name), tone: 'success' };
      // Written once, kept nowhere: the fields are emptied as soon as the file is made.
      if (passphrase.current) passphrase.current.value = '';
      if (confirmation.current) confirmation.current.value = '';
      strength.value = passphraseStrength('');
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
      const outcome = await importBackupText(store, text, locale.value, {
        signal,
        onProgress: progress,
        passphrase: openPassphrase.current?.value ?? '',
      });
      openInvalid.value = !outcome.ok && (outcome.sealed === 'passphrase' || outcome.sealed === 'no-passphrase');
      if (!outcome.ok && outcome.sealed) {
        // One sentence says it all (wrong passphrase, altered file…): no list under it.
        status.value = { text: outcome.problems[0] ?? t.refused, tone: 'error' };
        if (openInvalid.value) sealedFile.value = true;
      } else if (outcome.ok) {
        performance.measure('binome:import', { start: started });
        const { added, updated, unchanged, conflicts, restored } = outcome.summary;
        status.value = {
          text: `${t.imported(added, updated, unchanged)} ${t.restored(restored)}${conflicts ? ` ${t.conflicts(conflicts)}` : ''}`,
          tone: 'success',
        };
        if (fileInput.current) fileInput.current.value = '';
        if (openPassphrase.current) openPassphrase.current.value = '';
        sealedFile.value = false;
      } else {
        status.value = { text: t.refused, tone: 'error', details: outcome.problems };
      }
    } catch (error) {
      if (isAbort(error)) status.value = { text: t.cancelledImport };
      else if (error instanceof RangeError) status.value = { text: t.tooLarge, tone: 'error' };
      else status.value = { text: t.failed(String(error)), tone: 'error' };
    } finally {
      // After a passphrase problem, back to the passphrase field (selected, to be retyped).
      if (openInvalid.value) {
        job.value = null;
        controller.current = null;
        queueMicrotask(() => openPassphrase.current?.select());
      } else finish(`${idPrefix}-import`);
    }
  };

  /** Peeks at the chosen file's first bytes: an encrypted backup asks for its passphrase at once. */
  const onFileChosen = async () => {
    const file = fileInput.current?.files?.[0];
    openInvalid.value = false;
    sealedFile.value = file
      ? looksEncrypted(
          await file
            .slice(0, 512)
            .text()
            .catch(() => ''),
        )
      : false;
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
          : current.phase === 'encrypting'
            ? t.encrypting
            : current.phase === 'decrypting'
              ? t.decrypting
              : t.exporting(current.done, current.total));
  const noticeId = `${idPrefix}-${seal ? 'sealed' : 'health'}`;

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
          {json ? (
            <div class="seal-choice">
              <label class="check">
                <input
                  id={`${idPrefix}-seal`}
                  type="checkbox"
                  checked={seal}
                  disabled={busy}
                  aria-describedby={`${idPrefix}-seal-hint`}
                  onChange={(e) => {
                    sealChoice.value = e.currentTarget.checked;
                    sealProblem.value = null;
                  }}
                />
                <span>{t.seal}</span>
              </label>
              <span class="hint" id={`${idPrefix}-seal-hint`}>
                {personal.value ? t.sealRecommended : t.sealAdvised}
              </span>
            </div>
          ) : null}
          {seal ? (
            <SealFields
              idPrefix={idPrefix}
              passphrase={passphrase}
              confirmation={confirmation}
              strength={strength.value}
              onStrength={(s) => {
                strength.value = s;
                sealProblem.value = null;
              }}
              problem={sealProblem.value}
              disabled={busy}
            />
          ) : null}
          {/* Said before saving, not after: the full backup is the one export that holds health data. */}
          {json ? (
            <p class="notice" id={noticeId} data-testid={seal ? 'backup-sealed-notice' : 'backup-health-warning'}>
              {seal ? t.sealedNotice : t.healthData}
            </p>
          ) : null}
          <button
            id={`${idPrefix}-export`}
            class="button primary"
            type="submit"
            disabled={busy}
            aria-describedby={json ? noticeId : undefined}
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
              onChange={onFileChosen}
            />
          </div>
          {sealedFile.value ? (
            <OpenPassphraseField idPrefix={idPrefix} input={openPassphrase} invalid={openInvalid.value} disabled={busy} />
          ) : null}
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
