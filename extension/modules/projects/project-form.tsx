/**
 * Creating or editing a project: title, HAS domain, dates, description, team
 * (project-team.tsx). The shared
 * schema judges the values (an end before the start, an empty title…) and its message,
 * in the page's language, is shown and focused; nothing is written until it passes.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { todayIso } from '../../../shared/checklist/evaluation';
import type { DomainId } from '../../../shared/vocab/domains';
import { DOMAIN_CHOICES, domainLabel } from '../i18n/vocab-labels';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import { wm } from '../workspace/messages';
import type { ProjectDraft } from '../workspace/workspace-store';
import { TeamFields, type TeamRow, teamOf, teamRows } from './project-team';

export interface ProjectFormProps {
  /** The project being edited; absent for a new one. */
  readonly project?: ProjectRecord;
  readonly onSubmit: (draft: ProjectDraft) => Promise<void>;
  readonly onCancel: () => void;
}

interface Fields {
  title: string;
  domain: DomainId | '';
  start: string;
  end: string;
  description: string;
  team: TeamRow[];
}

export function ProjectForm({ project, onSubmit, onCancel }: ProjectFormProps) {
  const m = wm.value;
  const P = m.projects;
  const fields = useSignal<Fields>({
    title: project?.title ?? '',
    domain: project?.domain ?? '',
    start: project?.dates.start ?? todayIso(),
    end: project?.dates.end ?? '',
    description: project?.description ?? '',
    team: teamRows(project?.team),
  });
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = (patch: Partial<Fields>) => {
    fields.value = { ...fields.value, ...patch };
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const f = fields.value;
    busy.value = true;
    error.value = null;
    try {
      await onSubmit({
        title: f.title,
        // An empty choice is refused by the schema with its own message.
        domain: f.domain as DomainId,
        dates: { start: f.start, ...(f.end ? { end: f.end } : {}) },
        description: f.description,
        missions: project?.missions ?? [],
        team: teamOf(f.team),
      });
    } catch (failure) {
      error.value = describeError(failure);
      queueMicrotask(() => alert.current?.focus());
    } finally {
      busy.value = false;
    }
  };

  const f = fields.value;
  const id = project ? `project-edit-${project.id}` : 'project-new';
  return (
    <form class="project-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {project ? P.editHeading(project.title) : P.newHeading}
      </h2>
      <div ref={alert} role="alert" tabIndex={-1} class={error.value ? 'notice error' : undefined}>
        {error.value ? <p>{error.value}</p> : null}
      </div>
      <div class="field">
        <label for={`${id}-title`}>{P.title}</label>
        <input
          id={`${id}-title`}
          type="text"
          required
          maxLength={300}
          autocomplete="off"
          value={f.title}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-domain`}>{P.domain}</label>
        <select
          id={`${id}-domain`}
          required
          value={f.domain}
          onChange={(e) => set({ domain: e.currentTarget.value as DomainId })}
        >
          <option value="">{P.chooseDomain}</option>
          {DOMAIN_CHOICES.map((d) => (
            <option key={d} value={d}>
              {domainLabel(d, locale.value)}
            </option>
          ))}
        </select>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-start`}>{P.start}</label>
          <input id={`${id}-start`} type="date" required value={f.start} onInput={(e) => set({ start: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={`${id}-end`}>{P.end}</label>
          <input id={`${id}-end`} type="date" value={f.end} onInput={(e) => set({ end: e.currentTarget.value })} />
        </div>
      </div>
      <div class="field">
        <label for={`${id}-description`}>
          {P.description}
          <span class="hint" id={`${id}-description-hint`}>
            {P.descriptionHint}
          </span>
        </label>
        <textarea
          id={`${id}-description`}
          maxLength={5000}
          aria-describedby={`${id}-description-hint`}
          value={f.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
      </div>
      <TeamFields id={id} rows={f.team} onRows={(team) => set({ team })} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy.value}>
          {project ? m.save : P.createButton}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
