/**
 * A new meeting, or a recorded one corrected (`initial`: the same form prefilled, each
 * action with its state; ids kept so the follow-up links stay, shared/meetings/edit.ts): date, who took part (by side), the follow-up of the actions still open
 * from earlier meetings (ticked = done at this meeting), the relevé de conclusions and
 * the actions decided, each carried by a professional and a patient partner. A meeting
 * without one of the two sides is saved all the same, with the guide's co-conduct
 * principle shown beside the participants: the warning informs, it does not block. The
 * participants start as the project's team (project-team.tsx), or one row for each side.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { MeetingEdit } from '../../../shared/meetings/edit';
import { missingSides, type TrackedAction } from '../../../shared/meetings/follow-up';
import { ACTION_STATUSES, type ActionStatus, type MeetingRecord } from '../../../shared/schemas/meeting';
import type { TeamMember } from '../../../shared/schemas/project';
import { describeError } from '../ui/describe-error';
import { MeetingEditRefused } from '../workspace/meetings-store';
import { mmsg, wm } from '../workspace/messages';
import { type PersonRow, PersonRows, personRow } from './person-rows';

interface ActionRow {
  readonly key: string;
  title: string;
  professional: string;
  patientPartner: string;
  due: string;
  status: ActionStatus;
}

const newKey = () => crypto.randomUUID();
const actionRow = (): ActionRow => ({ key: newKey(), title: '', professional: '', patientPartner: '', due: '', status: 'open' });

/** What the form gives: the meeting as typed; `closes` = the carried-over actions ticked (a new meeting only). */
export interface MeetingFormValue extends MeetingEdit {
  readonly closes: readonly string[];
}

/** Today in the user's time zone, as the date inputs give it ("YYYY-MM-DD"). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A labelled one-line text field of an action row (the action's words and its two owners). */
function TextField(props: { id: string; label: string; maxLength: number; value: string; onValue: (value: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        maxLength={props.maxLength}
        autocomplete="off"
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </div>
  );
}

export interface MeetingFormProps {
  readonly projectId: string;
  /** The recorded meeting being corrected (absent: a new meeting). */
  readonly initial?: MeetingRecord;
  /** The project's team: the participants the form starts with (each can be removed, others added). */
  readonly team?: readonly TeamMember[];
  /** The actions open before this meeting (shared/meetings/follow-up.ts carriedOver), for the given date. */
  readonly carriedFor: (date: string) => TrackedAction[];
  readonly onSubmit: (value: MeetingFormValue) => Promise<void>;
  readonly onCancel: () => void;
}

export function MeetingForm({ projectId, initial, team = [], carriedFor, onSubmit, onCancel }: MeetingFormProps) {
  const M = mmsg.value;
  const m = wm.value;
  const date = useSignal(initial?.date ?? localToday());
  const people = useSignal<PersonRow[]>(
    initial
      ? initial.participants.map((p) => personRow(p.side, p.name))
      : team.length
        ? team.map((member) => personRow(member.side, member.name))
        : [personRow('patient_partner'), personRow('professional')],
  );
  const conclusions = useSignal(initial?.conclusions ?? '');
  // A recorded action keeps its id as its row key: the store finds it again by that id.
  const actions = useSignal<ActionRow[]>(
    (initial?.actions ?? []).map((a) => ({
      key: a.id,
      title: a.title,
      professional: a.owners.professional,
      patientPartner: a.owners.patientPartner,
      due: a.due ?? '',
      status: a.status,
    })),
  );
  const closes = useSignal<ReadonlySet<string>>(new Set());
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  const id = initial ? `meeting-edit-${initial.id}` : `meeting-new-${projectId}`;
  // A new meeting's form sits under the panel's heading (h3); a corrected one inside its meeting (h4).
  const Heading = initial ? 'h5' : 'h4';

  useEffect(() => heading.current?.focus(), []);
  // Right after the row is drawn (a layout effect: a plain effect waits for a frame, late for fast typists).
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // A correction does not redo the follow-up (its closures stay, shared/meetings/edit.ts).
  const carried = initial ? [] : carriedFor(date.value);
  const named = people.value.filter((p) => p.name.trim());
  // Said once someone is named: an empty form is not yet a meeting without patients.
  const missing = named.length ? missingSides(named) : [];

  const setAction = (key: string, patch: Partial<ActionRow>) =>
    (actions.value = actions.value.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const toggle = (actionId: string, on: boolean) => {
    const next = new Set(closes.value);
    if (on) next.add(actionId);
    else next.delete(actionId);
    closes.value = next;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    error.value = null;
    // A row left blank is not an action; a row half filled is said here, in the form's words.
    const kept = actions.value.filter((a) => a.title.trim() || a.professional.trim() || a.patientPartner.trim() || a.due);
    for (const a of kept) {
      const missing = (['title', 'professional', 'patientPartner'] as const).filter((f) => !a[f].trim());
      if (missing.length) {
        error.value = M.incomplete(actions.value.indexOf(a) + 1, missing);
        queueMicrotask(() => alert.current?.focus());
        return;
      }
    }
    busy.value = true;
    try {
      const open = new Set(carried.map((t) => t.action.id));
      await onSubmit({
        date: date.value,
        participants: named.map((p) => ({ name: p.name, side: p.side })),
        conclusions: conclusions.value,
        actions: kept.map((a) => ({
          id: a.key,
          title: a.title,
          owners: { professional: a.professional, patientPartner: a.patientPartner },
          ...(a.due ? { due: a.due } : {}),
          status: initial ? a.status : 'open',
        })),
        closes: [...closes.value].filter((actionId) => open.has(actionId)),
      });
    } catch (failure) {
      error.value =
        failure instanceof MeetingEditRefused
          ? M.refused(failure.refusal, m.date(failure.refusal.otherDate))
          : describeError(failure);
      queueMicrotask(() => alert.current?.focus());
    } finally {
      busy.value = false;
    }
  };

  return (
    <form class="meeting-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <Heading id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {initial ? M.editFormHeading(m.date(initial.date)) : M.formHeading}
      </Heading>
      {initial ? <p class="hint">{M.editHint}</p> : null}
      <div ref={alert} role="alert" tabIndex={-1} class={error.value ? 'notice error' : undefined}>
        {error.value ? <p>{error.value}</p> : null}
      </div>
      <div class="field">
        <label for={`${id}-date`}>{M.date}</label>
        <input id={`${id}-date`} type="date" required value={date.value} onInput={(e) => (date.value = e.currentTarget.value)} />
      </div>

      <fieldset>
        <legend>{M.participants}</legend>
        <PersonRows
          rows={people.value}
          onRows={(rows) => (people.value = rows)}
          nameId={(key) => `${id}-person-${key}`}
          sideId={(key) => `${id}-side-${key}`}
        />
        <div aria-live="polite" data-testid="meeting-form-warning">
          {missing.length ? (
            <div class="notice">
              {missing.map((side) => (
                <p key={side}>{M.missing[side]}</p>
              ))}
              <p>{M.coConduct}</p>
            </div>
          ) : null}
        </div>
      </fieldset>

      {carried.length ? (
        <fieldset data-testid="meeting-carried">
          <legend>{M.followUp}</legend>
          <p class="hint">{M.carriedHint}</p>
          {carried.map(({ action, meetingDate }) => (
            <div class="check" key={action.id}>
              <input
                id={`${id}-close-${action.id}`}
                type="checkbox"
                checked={closes.value.has(action.id)}
                onChange={(e) => toggle(action.id, e.currentTarget.checked)}
              />
              <label for={`${id}-close-${action.id}`}>{M.closeCarried(action.title, m.date(meetingDate))}</label>
            </div>
          ))}
        </fieldset>
      ) : null}

      <div class="field">
        <label for={`${id}-conclusions`}>
          {M.conclusions}
          <span class="hint" id={`${id}-conclusions-hint`}>
            {M.conclusionsHint}
          </span>
        </label>
        <textarea
          id={`${id}-conclusions`}
          maxLength={20000}
          aria-describedby={`${id}-conclusions-hint`}
          value={conclusions.value}
          onInput={(e) => (conclusions.value = e.currentTarget.value)}
        />
      </div>

      <fieldset>
        <legend>{M.decided}</legend>
        {actions.value.map((a, i) => (
          <div class="action-row" key={a.key}>
            <TextField
              id={`${id}-action-${a.key}`}
              label={M.actionTitle(i + 1)}
              maxLength={500}
              value={a.title}
              onValue={(title) => setAction(a.key, { title })}
            />
            <div class="field-row">
              <TextField
                id={`${id}-pro-${a.key}`}
                label={M.actionProfessional(i + 1)}
                maxLength={200}
                value={a.professional}
                onValue={(professional) => setAction(a.key, { professional })}
              />
              <TextField
                id={`${id}-pp-${a.key}`}
                label={M.actionPatient(i + 1)}
                maxLength={200}
                value={a.patientPartner}
                onValue={(patientPartner) => setAction(a.key, { patientPartner })}
              />
              <div class="field">
                <label for={`${id}-due-${a.key}`}>{M.actionDue(i + 1)}</label>
                <input
                  id={`${id}-due-${a.key}`}
                  type="date"
                  value={a.due}
                  onInput={(e) => setAction(a.key, { due: e.currentTarget.value })}
                />
              </div>
              {initial ? (
                <div class="field">
                  <label for={`${id}-status-${a.key}`}>{M.actionStatus(i + 1)}</label>
                  <select
                    id={`${id}-status-${a.key}`}
                    value={a.status}
                    onChange={(e) => setAction(a.key, { status: e.currentTarget.value as ActionStatus })}
                  >
                    {ACTION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {M.statusOptions[status]}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </div>
            <button
              type="button"
              class="button small"
              aria-label={M.removeAction(i + 1)}
              onClick={() => (actions.value = actions.value.filter((b) => b.key !== a.key))}
            >
              {m.remove}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button small"
          onClick={() => {
            const row = actionRow();
            actions.value = [...actions.value, row];
            focusNext.current = `${id}-action-${row.key}`;
          }}
        >
          {M.addAction}
        </button>
      </fieldset>

      <div class="actions">
        <button type="submit" class="button primary" disabled={busy.value}>
          {initial ? M.saveChanges : M.saveMeeting}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
