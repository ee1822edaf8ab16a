/**
 * A project's charter records. Signing happens in `<pp-charter-signer>` — the element
 * hospital sites embed — with its record kept in the library's IndexedDB through its
 * `store` property (one record per storage key). A record signed on a hospital's site is
 * imported through the same element in `mode="verify"`: it is added only once its
 * report says it is intact.
 */
import { useSignal } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { charterCompletion } from '../../../shared/charter/completion';
import type { CharterVerification } from '../../../shared/charter/verify';
import type { CharterEntry, ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import type { Say } from '../ui/say';
import { wm } from '../workspace/messages';
import { useProjectRecords } from '../workspace/use-project-records';
import { WidgetsGate } from '../workspace/widgets-gate';
import type { WorkspaceState } from '../workspace/workspace-state';
import '../workspace/widget-jsx';

type Open = { kind: 'sign'; id: string } | { kind: 'verify' } | null;

export function ChartersPanel({ workspace, project, say }: { workspace: WorkspaceState; project: ProjectRecord; say: Say }) {
  const m = wm.value;
  const C = m.charters;
  const entries = useSignal<CharterEntry[]>([]);
  const open = useSignal<Open>(null);
  const report = useSignal<CharterVerification | null>(null);
  const undo = useSignal<CharterEntry | null>(null);
  const store = useMemo(() => workspace.store.charterStore(project.id), [workspace, project.id]);
  const openButton = useRef<HTMLButtonElement>(null);
  const widgetArea = useRef<HTMLDivElement>(null);
  const headingId = `charters-${project.id}`;

  useProjectRecords(
    workspace,
    project.id,
    'charters',
    () => workspace.store.charters(project.id),
    (list) => (entries.value = list),
  );

  const show = (next: Open) => {
    open.value = next;
    report.value = null;
    queueMicrotask(() => widgetArea.current?.focus());
  };
  const close = () => {
    open.value = null;
    report.value = null;
    queueMicrotask(() => openButton.current?.focus());
  };

  const describe = (entry: CharterEntry) => C.item(entry.origin, m.date(entry.createdAt));

  const remove = async (entry: CharterEntry) => {
    try {
      const removed = await workspace.store.deleteCharter(entry.id);
      if (open.value?.kind === 'sign' && open.value.id === entry.id) open.value = null;
      undo.value = removed ?? null;
      say({ text: C.deleted, tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const restore = async () => {
    const entry = undo.value;
    if (!entry) return;
    try {
      await workspace.store.restoreCharter(entry);
      undo.value = null;
      say({ text: C.restored, tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const addVerified = async () => {
    const record = report.value?.record;
    if (!report.value?.valid || !record) return;
    try {
      const { added } = await workspace.store.importCharter(project.id, record);
      say({ text: added ? C.added : C.duplicate, tone: added ? 'success' : 'info' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const current = open.value;
  const verified = report.value;
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{C.heading}</h3>
      {entries.value.length ? (
        <ul class="plain-list" data-testid="charter-records">
          {entries.value.map((entry) => {
            const completion = charterCompletion([], entry.record.signatures);
            const label = describe(entry);
            return (
              <li key={entry.id} class="row-item">
                <span>
                  <strong>{label}</strong>
                  <span class="muted">
                    {' '}
                    — {C.signatures(entry.record.signatures.length)} (
                    {entry.record.signatures.map((s) => s.signatory.name).join(', ')}) —{' '}
                    <span aria-hidden="true">{completion.complete ? '✓ ' : '… '}</span>
                    {completion.complete ? C.complete : C.incomplete}
                  </span>
                </span>
                <span class="actions tight">
                  <button
                    type="button"
                    class="button small"
                    aria-label={C.openNamed(label)}
                    onClick={() => show({ kind: 'sign', id: entry.id })}
                  >
                    {C.open}
                  </button>
                  <button
                    type="button"
                    class="button small danger"
                    aria-label={C.deleteNamed(label)}
                    onClick={() => void remove(entry)}
                  >
                    {m.delete}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{C.none}</p>
      )}
      {undo.value ? (
        <p>
          <button type="button" class="button small" onClick={() => void restore()}>
            {C.undo}
          </button>
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="button"
          ref={openButton}
          aria-expanded={current?.kind === 'sign' && !entries.value.some((e) => e.id === current.id)}
          onClick={() => show({ kind: 'sign', id: crypto.randomUUID() })}
        >
          {C.sign}
        </button>
        <button type="button" class="button" aria-expanded={current?.kind === 'verify'} onClick={() => show({ kind: 'verify' })}>
          {C.import}
        </button>
      </div>
      {current ? (
        <div class="widget-area" ref={widgetArea} tabIndex={-1} data-testid="charter-area">
          <p class="hint">{current.kind === 'sign' ? C.signHint : C.importHint}</p>
          <WidgetsGate>
            {current.kind === 'sign' ? (
              <pp-charter-signer key={current.id} store={store} storage-key={current.id} project={project.title} />
            ) : (
              <pp-charter-signer
                key="verify"
                mode="verify"
                data-testid="charter-verifier"
                onpp-verified={(e) => (report.value = e.detail)}
              />
            )}
          </WidgetsGate>
          {current.kind === 'verify' && verified ? (
            verified.valid && verified.record ? (
              <div class="actions">
                {verified.record.charter.projectTitle !== project.title ? (
                  <p class="notice">{C.otherProject(verified.record.charter.projectTitle)}</p>
                ) : null}
                <button type="button" class="button primary" onClick={() => void addVerified()}>
                  {C.addVerified}
                </button>
              </div>
            ) : (
              <p class="notice error">{C.notAdded}</p>
            )
          ) : null}
          <p>
            <button type="button" class="button small" onClick={close}>
              {C.closeSigner}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
