/**
 * The Projects section of the library (side panel or full page): the list of projects,
 * creating and editing one, and the open project (project-detail.tsx). The open project
 * is in the address (`?section=projects&id=…`); on a narrow panel the list gives way to it.
 */
import { useSignal } from '@preact/signals';
import { domainLabel } from '../i18n/vocab-labels';
import type { LibraryState } from '../library/library-state';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { wm } from '../workspace/messages';
import { navigate, route } from '../workspace/sections';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ProjectDetail } from './project-detail';
import { ProjectForm } from './project-form';
import { ReviewLink } from './review-link';
import '../workspace/workspace.css';

export function ProjectsView({ workspace, library }: { workspace: WorkspaceState; library: LibraryState }) {
  const m = wm.value;
  const P = m.projects;
  const mode = useSignal<'view' | 'new' | 'edit'>('view');
  const status = useSignal<StatusMessage | null>(null);
  const say = (message: StatusMessage | null) => (status.value = message);
  const id = route.value.id;
  const project = workspace.project(id);
  const projects = workspace.projects.value;

  const focusRow = (projectId: string | null) =>
    queueMicrotask(() =>
      (projectId ? document.getElementById(`project-${projectId}`) : document.getElementById('project-create'))?.focus(),
    );

  const showList = mode.value === 'view' && !project;
  return (
    <section class="workspace" aria-labelledby="projects-heading">
      <h2 id="projects-heading" class={showList ? undefined : 'visually-hidden'}>
        {P.heading}
      </h2>
      {workspace.error.value ? <p class="notice error">{m.failed(workspace.error.value)}</p> : null}
      <div class={`workspace-body${showList ? ' no-detail' : ''}`}>
        <div class={`workspace-list${showList ? '' : ' secondary'}`}>
          <p class="actions">
            <button
              id="project-create"
              type="button"
              class="button primary"
              onClick={() => {
                mode.value = 'new';
                say(null);
              }}
            >
              {P.create}
            </button>{' '}
            {projects.length ? <ReviewLink /> : null}
          </p>
          <p class="muted">{P.count(projects.length)}</p>
          {workspace.ready.value && projects.length === 0 ? <p>{P.empty}</p> : null}
          <ul class="results" aria-labelledby="projects-heading">
            {projects.map((p) => (
              <li key={p.id}>
                <h3 class="result-title">
                  <a
                    id={`project-${p.id}`}
                    href={`?section=projects&id=${encodeURIComponent(p.id)}`}
                    aria-current={p.id === id ? 'page' : undefined}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      mode.value = 'view';
                      navigate({ section: 'projects', id: p.id });
                    }}
                  >
                    {p.title}
                  </a>
                </h3>
                <p class="result-meta">
                  {domainLabel(p.domain, locale.value)} ·{' '}
                  {P.dates(m.date(p.dates.start), p.dates.end ? m.date(p.dates.end) : undefined)}
                </p>
              </li>
            ))}
          </ul>
        </div>
        {mode.value === 'new' ? (
          <div class="workspace-detail">
            <ProjectForm
              onSubmit={async (draft) => {
                const created = await workspace.store.createProject(draft);
                await workspace.refreshProjects();
                mode.value = 'view';
                say({ text: P.created(created.title), tone: 'success' });
                navigate({ section: 'projects', id: created.id });
              }}
              onCancel={() => {
                mode.value = 'view';
                focusRow(id);
              }}
            />
          </div>
        ) : project && mode.value === 'edit' ? (
          <div class="workspace-detail">
            <ProjectForm
              key={project.id}
              project={project}
              onSubmit={async (draft) => {
                await workspace.store.editProject(project.id, draft);
                await workspace.refreshProjects();
                mode.value = 'view';
                say({ text: P.saved, tone: 'success' });
              }}
              onCancel={() => (mode.value = 'view')}
            />
          </div>
        ) : project ? (
          <div class="workspace-detail">
            <ProjectDetail
              key={project.id}
              workspace={workspace}
              library={library}
              project={project}
              say={say}
              onEdit={() => (mode.value = 'edit')}
              onDeleted={(title) => {
                say({ text: P.deleted(title), tone: 'success' });
                navigate({ section: 'projects', id: null });
                focusRow(null);
              }}
              onClose={() => {
                navigate({ section: 'projects', id: null });
                focusRow(project.id);
              }}
            />
          </div>
        ) : null}
      </div>
      <LiveStatus id="projects-status" message={status.value} />
    </section>
  );
}
