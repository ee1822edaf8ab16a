/**
 * A project's meetings (HAS guide 2026, 4.4, l.760): each with its date, who took part,
 * its relevé de conclusions, the follow-up it opened with and the actions it decided —
 * each action's state computed from its due date (shared/meetings/follow-up.ts). A new
 * meeting starts with the actions still open (meeting-form.tsx). « Modifier » corrects a
 * recorded one with the same form (ids kept, shared/meetings/edit.ts).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import {
  actionState,
  carriedOver,
  countActions,
  followedUpAt,
  missingSides,
  type TrackedAction,
} from '../../../shared/meetings/follow-up';
import type { MeetingAction, MeetingRecord } from '../../../shared/schemas/meeting';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import type { Say } from '../ui/say';
import type { MeetingDraft } from '../workspace/meetings-store';
import { mmsg, wm } from '../workspace/messages';
import { useProjectRecords } from '../workspace/use-project-records';
import type { WorkspaceState } from '../workspace/workspace-state';
import { localToday, MeetingForm, type MeetingFormValue } from './meeting-form';

export function MeetingsPanel({ workspace, project, say }: { workspace: WorkspaceState; project: ProjectRecord; say: Say }) {
  const M = mmsg.value;
  const m = wm.value;
  const meetings = useSignal<MeetingRecord[]>([]);
  const creating = useSignal(false);
  /** The meeting being corrected. */
  const editing = useSignal<string | null>(null);
  /** The meeting whose deletion is being confirmed. */
  const confirming = useSignal<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const headingId = `meetings-${project.id}`;
  const today = localToday();

  useProjectRecords(
    workspace,
    project.id,
    'meetings',
    () => workspace.store.meetings.meetings(project.id),
    (list) => (meetings.value = list),
  );

  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);

  const remove = async (meeting: MeetingRecord) => {
    try {
      await workspace.store.meetings.deleteMeeting(meeting.id);
      confirming.value = null;
      await reload();
      say({ text: M.deleted(m.date(meeting.date)), tone: 'success' });
      queueMicrotask(() => createButton.current?.focus());
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const reload = async () => {
    meetings.value = await workspace.store.meetings.meetings(project.id);
  };

  const close = () => {
    creating.value = false;
    queueMicrotask(() => createButton.current?.focus());
  };

  const save = async (draft: MeetingDraft) => {
    await workspace.store.meetings.addMeeting(project.id, draft);
    await reload();
    say({ text: M.saved(m.date(draft.date)), tone: 'success' });
    close();
  };

  const editButtonId = (meetingId: string) => `meeting-edit-button-${meetingId}`;
  /** Focus by id, once the list is drawn again (the element may be a new one). */
  const focusLater = (elementId: string) => queueMicrotask(() => document.getElementById(elementId)?.focus());
  const closeEdit = (meetingId: string) => {
    editing.value = null;
    focusLater(editButtonId(meetingId));
  };
  const update = async (meeting: MeetingRecord, value: MeetingFormValue) => {
    const saved = await workspace.store.meetings.updateMeeting(meeting.id, value, { today });
    await reload();
    editing.value = null;
    // Its heading says the (maybe corrected) date: the place to read on from.
    say({ text: M.edited(m.date(saved?.date ?? value.date)), tone: 'success' });
    focusLater(`meeting-${meeting.id}`);
  };

  const setStatus = async (meetingId: string, action: MeetingAction, status: MeetingAction['status']) => {
    try {
      await workspace.store.meetings.setActionStatus(meetingId, action.id, status, today);
      await reload();
      say({ text: status === 'done' ? M.markedDone(action.title) : M.reopened(action.title), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const list = meetings.value;
  const counts = countActions(list, today);
  // A new meeting comes after every meeting already written down for its date.
  const carriedFor = (date: string) => carriedOver(list, { id: '', date, createdAt: '9999-12-31T23:59:59.999Z' });

  const actionLine = (tracked: TrackedAction, withDecided: boolean, controls: boolean) => {
    const { action, meetingId, meetingDate } = tracked;
    const state = actionState(action, today);
    return (
      <li key={action.id} class="row-item" data-state={state}>
        <span>
          <strong>{action.title}</strong>
          <span class="muted">
            {' — '}
            {M.owners(action.owners.professional, action.owners.patientPartner)}
            {action.due ? `, ${M.due(m.date(action.due))}` : ''}
            {withDecided ? `, ${M.decidedOn(m.date(meetingDate))}` : ''}
          </span>{' '}
          <span class={`state state-${state}`}>
            {state === 'done' && action.doneOn ? M.doneOn(m.date(action.doneOn)) : M.states[state]}
          </span>
        </span>
        {controls ? (
          <span class="actions tight">
            {action.status === 'open' ? (
              <button
                type="button"
                class="button small"
                aria-label={M.markDoneNamed(action.title)}
                onClick={() => void setStatus(meetingId, action, 'done')}
              >
                {M.markDone}
              </button>
            ) : (
              <button
                type="button"
                class="button small"
                aria-label={M.reopenNamed(action.title)}
                onClick={() => void setStatus(meetingId, action, 'open')}
              >
                {M.reopen}
              </button>
            )}
          </span>
        ) : null}
      </li>
    );
  };

  return (
    <section class="panel meetings" aria-labelledby={headingId}>
      <h3 id={headingId}>{M.heading}</h3>
      <p class="hint">{M.intro}</p>
      {list.length ? (
        <>
          <p data-testid="meeting-counts">{M.counts(counts.open, counts.late, counts.done)}</p>
          <ol class="plain-list meeting-list" data-testid="meetings">
            {list.map((meeting) => {
              const missing = missingSides(meeting.participants);
              const followUp = followedUpAt(list, meeting);
              const titleId = `meeting-${meeting.id}`;
              return (
                <li key={meeting.id}>
                  <article class="meeting" aria-labelledby={titleId}>
                    <h4 id={titleId} tabIndex={-1}>
                      {M.meetingHeading(m.date(meeting.date))}
                    </h4>
                    <p>
                      <strong>{M.participants}</strong>
                      {' : '}
                      {meeting.participants.length
                        ? meeting.participants.map((p) => `${p.name} (${M.sides[p.side].toLowerCase()})`).join(', ')
                        : M.nobody}
                    </p>
                    {missing.length ? (
                      <div class="notice" data-testid="meeting-warning">
                        {missing.map((side) => (
                          <p key={side}>{M.missing[side]}</p>
                        ))}
                        <p>{M.coConduct}</p>
                      </div>
                    ) : null}
                    {followUp.length ? (
                      <>
                        <h5>{M.followUp}</h5>
                        <ul class="plain-list">{followUp.map((t) => actionLine(t, true, false))}</ul>
                      </>
                    ) : null}
                    {meeting.conclusions ? (
                      <>
                        <h5>{M.conclusions}</h5>
                        <p class="pre">{meeting.conclusions}</p>
                      </>
                    ) : null}
                    <h5>{M.decided}</h5>
                    {meeting.actions.length ? (
                      <ul class="plain-list">
                        {meeting.actions.map((action) =>
                          actionLine({ action, meetingId: meeting.id, meetingDate: meeting.date }, false, true),
                        )}
                      </ul>
                    ) : (
                      <p class="muted">{M.noAction}</p>
                    )}
                    {editing.value === meeting.id ? (
                      <MeetingForm
                        projectId={project.id}
                        initial={meeting}
                        carriedFor={carriedFor}
                        onSubmit={(value) => update(meeting, value)}
                        onCancel={() => closeEdit(meeting.id)}
                      />
                    ) : (
                      <div class="actions tight">
                        <button
                          type="button"
                          class="button small"
                          id={editButtonId(meeting.id)}
                          aria-label={M.editNamed(m.date(meeting.date))}
                          onClick={() => {
                            confirming.value = null;
                            editing.value = meeting.id;
                          }}
                        >
                          {M.edit}
                        </button>
                        <button
                          type="button"
                          class="button small danger"
                          aria-label={M.deleteNamed(m.date(meeting.date))}
                          aria-expanded={confirming.value === meeting.id}
                          onClick={() => (confirming.value = meeting.id)}
                        >
                          {m.delete}
                        </button>
                      </div>
                    )}
                    {confirming.value === meeting.id ? (
                      <div class="notice error" role="alert">
                        <p>{M.deleteConfirm(m.date(meeting.date))}</p>
                        <div class="actions">
                          <button
                            type="button"
                            class="button danger primary"
                            ref={confirmButton}
                            onClick={() => void remove(meeting)}
                          >
                            {M.deleteButton}
                          </button>
                          <button type="button" class="button" onClick={() => (confirming.value = null)}>
                            {m.cancel}
                          </button>
                        </div>
                      </div>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p class="muted">{M.none}</p>
      )}
      {creating.value ? (
        <MeetingForm projectId={project.id} team={project.team} carriedFor={carriedFor} onSubmit={save} onCancel={close} />
      ) : (
        <div class="actions">
          <button type="button" class="button" ref={createButton} onClick={() => (creating.value = true)}>
            {M.create}
          </button>
        </div>
      )}
    </section>
  );
}
