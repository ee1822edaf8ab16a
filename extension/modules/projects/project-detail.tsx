/**
 * One project: its facts, then « Sur cette page » and its parts (project-sections.tsx:
 * partners, checklist evaluations over time, charter records, meetings with their decided
 * actions, linked resources). Editing and deleting (after confirmation: the checklist,
 * charters and meetings go with it; contacts and resources stay).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { domainLabel } from '../i18n/vocab-labels';
import type { LibraryState } from '../library/library-state';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { wm } from '../workspace/messages';
import type { WorkspaceState } from '../workspace/workspace-state';
import { followAnchorOnArrival, ProjectParts } from './project-sections';
import { TeamFacts } from './project-team';
import { ReviewLink } from './review-link';

export interface ProjectDetailProps {
  readonly workspace: WorkspaceState;
  readonly library: LibraryState;
  readonly project: ProjectRecord;
  readonly say: Say;
  readonly onEdit: () => void;
  readonly onDeleted: (title: string) => void;
  readonly onClose: () => void;
}

export function ProjectDetail({ workspace, library, project, say, onEdit, onDeleted, onClose }: ProjectDetailProps) {
  const m = wm.value;
  const P = m.projects;
  const confirming = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Effects run once the whole page is drawn: the part an anchor names is there to follow.
    if (!followAnchorOnArrival(project.id)) heading.current?.focus();
  }, [project.id]);
  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);

  const remove = async () => {
    try {
      await workspace.store.deleteProject(project.id);
      onDeleted(project.title);
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const start = m.date(project.dates.start);
  const end = project.dates.end ? m.date(project.dates.end) : undefined;
  return (
    <article class="project-detail" aria-labelledby="project-title">
      <p class="back">
        <button type="button" class="link-button" onClick={onClose}>
          {m.back}
        </button>
      </p>
      <h2 id="project-title" tabIndex={-1} ref={heading}>
        {project.title}
      </h2>
      <dl class="facts">
        <dt>{P.facts.domain}</dt>
        <dd>{domainLabel(project.domain, locale.value)}</dd>
        <dt>{P.facts.dates}</dt>
        <dd>{P.dates(start, end)}</dd>
        {project.description ? (
          <>
            <dt>{P.facts.description}</dt>
            <dd class="pre">{project.description}</dd>
          </>
        ) : null}
        <TeamFacts team={project.team} />
      </dl>
      <div class="actions">
        <button type="button" class="button small" onClick={onEdit}>
          {m.edit}
        </button>
        <button
          type="button"
          class="button small danger"
          aria-expanded={confirming.value}
          onClick={() => (confirming.value = true)}
        >
          {m.delete}
        </button>
        <ReviewLink projectId={project.id} />
      </div>
      {confirming.value ? (
        <div class="notice error" role="alert">
          <p>{P.deleteConfirm}</p>
          <div class="actions">
            <button type="button" class="button danger primary" ref={confirmButton} onClick={() => void remove()}>
              {P.deleteButton}
            </button>
            <button type="button" class="button" onClick={() => (confirming.value = false)}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <ProjectParts workspace={workspace} library={library} project={project} say={say} />
    </article>
  );
}
