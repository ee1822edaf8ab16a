/**
 * The registry's tools above its list: import a file (CSV, XLSX or JSON: all or
 * nothing, every problem shown with its row and column), the establishment, and the
 * publish step (« Vérifier » shows the report, « Publier » downloads the public feed —
 * the download is the only output: nothing is sent).
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { PublishReport } from '../../../shared/publish/publish';
import { describeReport } from '../../../shared/publish/report-messages';
import type { Platform } from '../platform/platform';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import type { WorkspaceState } from '../workspace/workspace-state';
import { rm } from './messages';

const MAX_FILE = 20 * 1024 * 1024;
export const FEED_FILE = 'partenaires.json';

interface ToolProps {
  readonly workspace: WorkspaceState;
  readonly say: Say;
}

export function ImportPanel({ workspace, say }: ToolProps) {
  const R = rm.value;
  const input = useRef<HTMLInputElement>(null);
  const busy = useSignal(false);
  const problems = useSignal<readonly string[]>([]);

  const onImport = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    problems.value = [];
    if (!file) {
      say({ text: R.noFile, tone: 'error' });
      input.current?.focus();
      return;
    }
    if (file.size > MAX_FILE) {
      say({ text: R.tooLarge, tone: 'error' });
      return;
    }
    busy.value = true;
    say({ text: R.importing });
    try {
      // The readers (CSV, XLSX) are loaded only when a file is imported.
      const { problemLine, readRegistryFile, registryFormatOf } = await import('../../../shared/registry/read-file');
      // A CSV or XLSX table holds partners only: the registry's establishment goes with it.
      const table = registryFormatOf(file.name) !== 'json';
      const stored = workspace.registry.value.info?.establishment;
      if (table && !stored) {
        say({ text: R.tableNeedsEstablishment, tone: 'error' });
        document.getElementById('registry-establishment-name')?.focus();
        return;
      }
      const result = await readRegistryFile(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        locale.value,
        table && stored ? { establishment: stored } : {},
      );
      if (!result.ok) {
        problems.value = result.problems.map((p) => problemLine(p, locale.value));
        say({ text: R.importRefused(result.problems.length), tone: 'error' });
        return;
      }
      // A placeholder establishment (a table read without one) is never written over the registry's.
      if (result.establishmentMissing) {
        say({ text: R.tableNeedsEstablishment, tone: 'error' });
        return;
      }
      const summary = await workspace.store.registry.importRegistry(result.registry, { fileName: file.name });
      const removed = summary.removed.filter((id) => !summary.erased.includes(id)).length;
      const lines = [
        R.imported(summary.partners, file.name),
        summary.erased.length ? R.importErased(summary.erased.length) : '',
        summary.keptConsents.length ? R.importKept(summary.keptConsents.length) : '',
        removed ? R.importRemoved(removed) : '',
      ].filter(Boolean);
      say({ text: lines.join(' '), tone: 'success' });
      if (input.current) input.current.value = '';
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="panel registry-tool" aria-labelledby="registry-import-heading">
      <h3 id="registry-import-heading">{R.importHeading}</h3>
      <form onSubmit={onImport}>
        <div class="field">
          <label for="registry-file">
            {R.importFile}
            <span class="hint" id="registry-file-hint">
              {R.importHint}
            </span>
          </label>
          <input
            id="registry-file"
            ref={input}
            type="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="registry-file-hint"
            disabled={busy.value}
          />
        </div>
        <button type="submit" class="button primary" disabled={busy.value}>
          {R.importButton}
        </button>
      </form>
      {problems.value.length ? (
        <ul class="notice error problems" data-testid="registry-problems">
          {problems.value.map((p, i) => (
            <li key={`${i}-${p}`}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function EstablishmentPanel({ workspace, say }: ToolProps) {
  const R = rm.value;
  const info = workspace.registry.value.info;
  const editing = useSignal(false);
  const name = useSignal(info?.establishment.name ?? '');
  const email = useSignal(info?.establishment.contactEmail ?? '');
  const url = useSignal(info?.establishment.contactUrl ?? '');
  const open = editing.value || !info;

  const startEditing = () => {
    name.value = info?.establishment.name ?? '';
    email.value = info?.establishment.contactEmail ?? '';
    url.value = info?.establishment.contactUrl ?? '';
    editing.value = true;
    queueMicrotask(() => document.getElementById('registry-establishment-name')?.focus());
  };

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await workspace.store.registry.setEstablishment({
        name: name.value.trim(),
        ...(email.value.trim() ? { contactEmail: email.value.trim() } : {}),
        ...(url.value.trim() ? { contactUrl: url.value.trim() } : {}),
      });
      editing.value = false;
      say({ text: R.establishmentSaved, tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <section class="panel registry-tool" aria-labelledby="registry-establishment-heading">
      <h3 id="registry-establishment-heading">{R.establishmentHeading}</h3>
      {info && !open ? (
        <>
          <p>
            <strong>{info.establishment.name}</strong>
            {info.establishment.contactEmail ? ` · ${info.establishment.contactEmail}` : ''}
            {info.establishment.contactUrl ? ` · ${info.establishment.contactUrl}` : ''}
          </p>
          {info.importedFrom && info.importedAt ? (
            <p class="muted">{R.importedFrom(info.importedFrom, R.date(info.importedAt))}</p>
          ) : null}
          <button type="button" class="button small" onClick={startEditing}>
            {R.establishmentEdit}
          </button>
        </>
      ) : (
        <form onSubmit={save}>
          <p class="hint">{R.establishmentHint}</p>
          <div class="field">
            <label for="registry-establishment-name">{R.establishmentName}</label>
            <input
              id="registry-establishment-name"
              required
              maxLength={300}
              value={name.value}
              onInput={(e) => (name.value = e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="registry-establishment-email">{R.establishmentEmail}</label>
            <input
              id="registry-establishment-email"
              type="email"
              value={email.value}
              onInput={(e) => (email.value = e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="registry-establishment-url">{R.establishmentUrl}</label>
            <input
              id="registry-establishment-url"
              type="url"
              value={url.value}
              onInput={(e) => (url.value = e.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button type="submit" class="button primary">
              {R.establishmentSave}
            </button>
            {info ? (
              <button type="button" class="button" onClick={() => (editing.value = false)}>
                {R.cancel}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}

export function PublishPanel({ workspace, platform, say }: ToolProps & { readonly platform: Platform }) {
  const R = rm.value;
  const report = useSignal<PublishReport | null>(null);
  const busy = useSignal(false);
  const ready = Boolean(workspace.registry.value.info);

  const run = async (download: boolean) => {
    if (busy.value) return;
    busy.value = true;
    try {
      const published = await workspace.store.registry.publish(new Date().toISOString());
      if (!published) {
        say({ text: R.noEstablishment, tone: 'error' });
        return;
      }
      report.value = published.report;
      if (download) {
        // The public feed, and nothing else, leaves the registry: as a file the coordinator downloads.
        const blob = new Blob([`${JSON.stringify(published.feed, null, 2)}\n`], { type: 'application/json' });
        await platform.download(blob, FEED_FILE);
        say({ text: R.published(FEED_FILE, published.report.published, published.report.total), tone: 'success' });
      } else {
        queueMicrotask(() => document.getElementById('registry-report-heading')?.focus());
      }
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    } finally {
      busy.value = false;
    }
  };

  const lines = report.value ? describeReport(report.value, locale.value) : [];
  return (
    <section class="panel registry-tool" aria-labelledby="registry-publish-heading">
      <h3 id="registry-publish-heading">{R.publishHeading}</h3>
      <p class="hint">{R.publishIntro}</p>
      {ready ? (
        <div class="actions">
          <button type="button" class="button" disabled={busy.value} onClick={() => void run(false)}>
            {R.check}
          </button>
          <button type="button" class="button primary" disabled={busy.value} onClick={() => void run(true)}>
            {R.publish}
          </button>
        </div>
      ) : (
        <p>{R.noEstablishment}</p>
      )}
      {lines.length ? (
        <div class="publish-report" data-testid="publish-report">
          <h4 id="registry-report-heading" tabIndex={-1}>
            {R.reportHeading}
          </h4>
          <p>{lines[0]}</p>
          <ul class="plain-list">
            {lines.slice(1).map((line, i) => (
              <li key={`${i}-${line}`}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
