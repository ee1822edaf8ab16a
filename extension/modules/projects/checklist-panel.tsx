/**
 * A project's checklist: `<pp-checklist>` — the element hospital sites embed — whose
 * evaluations (the current one and the dated history) are kept in the library's
 * IndexedDB through its `store` property instead of the host page's localStorage.
 * Above it, the evaluations saved so far, read back from the database. The sheet itself
 * (3 000 px of criteria) opens on request and is built only then: the page stays short
 * enough to read the project as a whole (project-sections.tsx).
 */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { StoredChecklist } from '../../../shared/checklist/records';
import { countAnswers } from '../../../shared/schemas/checklist';
import { CHECKLIST_CRITERION_IDS } from '../../../shared/vocab/checklist';
import type { ProjectRecord } from '../store/records';
import { locale } from '../ui/locale';
import { wm } from '../workspace/messages';
import { useProjectRecords } from '../workspace/use-project-records';
import { WidgetsGate } from '../workspace/widgets-gate';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ChecklistMembersPanel } from './checklist-members-panel';
import { pw } from './page-words';
import '../workspace/widget-jsx';

/** The projects whose sheet is open, for this page's life: it stays open through editing the project or visiting another. */
const opened = new Set<string>();

export function ChecklistPanel({ workspace, project }: { workspace: WorkspaceState; project: ProjectRecord }) {
  const C = wm.value.checklist;
  const W = pw.value;
  const saved = useSignal<StoredChecklist | null>(null);
  const open = useSignal(opened.has(project.id));
  const store = useMemo(() => workspace.store.checklistStore(project.id, () => locale.value), [workspace, project.id]);
  const headingId = `checklist-${project.id}`;

  useProjectRecords(
    workspace,
    project.id,
    'checklist',
    () => workspace.store.checklist(project.id),
    (entry) => (saved.value = entry?.state ?? null),
  );

  const state = saved.value;
  const evaluations = state ? [...state.history, ...(state.current.projectTitle ? [state.current] : [])] : [];
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{C.heading}</h3>
      <p class="hint">{C.intro}</p>
      <h4>{C.history}</h4>
      {evaluations.length ? (
        <ul class="plain-list" data-testid="checklist-history">
          {evaluations.map((e) => {
            const n = countAnswers(e);
            return (
              <li key={e.id}>
                {C.evaluation(wm.value.date(e.date), n.oui, n.non, n.en_cours, n.unanswered)}
                {state && e.id === state.current.id ? ` ${C.current}` : ''}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{C.none}</p>
      )}
      <p class="actions">
        <button
          type="button"
          class="button"
          aria-expanded={open.value}
          aria-controls={`${headingId}-sheet`}
          aria-describedby={`${headingId}-sheet-hint`}
          onClick={() => {
            open.value = !open.value;
            if (open.value) opened.add(project.id);
            else opened.delete(project.id);
          }}
        >
          {open.value ? W.checklistHide : W.checklistShow}
        </button>
      </p>
      <p class="hint" id={`${headingId}-sheet-hint`}>
        {W.checklistHint(CHECKLIST_CRITERION_IDS.length)}
      </p>
      <div id={`${headingId}-sheet`} hidden={!open.value}>
        {open.value ? (
          <WidgetsGate>
            {/* Keyed by the title too: a rename rewrites the stored sheet (editProject), and the widget must read it again, not save its old copy over it. */}
            <pp-checklist
              key={`${project.id}\n${project.title}`}
              store={store}
              storage-key={project.id}
              project-title={project.title}
              heading-level={4}
            />
          </WidgetsGate>
        ) : null}
      </div>
      <ChecklistMembersPanel workspace={workspace} project={project} />
    </section>
  );
}
