/**
 * Correcting a recorded meeting (a typo in the relevé de conclusions, a forgotten
 * participant, an action's owner or due date, a wrong day). Pure: the extension's store
 * (projects/meetings-store.ts) runs it inside its transaction and validates the result.
 *
 * Ids are kept — the meeting's and its actions' — so the follow-up links stay as they are:
 * `closedAt` on actions this meeting closed (in the meetings that decided them) and on its
 * own actions closed later. Only this meeting's record changes. Two kinds of correction
 * would make those links lie, and are refused rather than repaired behind the user's back:
 *
 * - removing an action that another meeting closed (that meeting's follow-up recorded it as
 *   done: dropping it would rewrite that meeting's record). « Rouvrir » on the action first
 *   undoes the closure, in the open;
 * - moving the date so that the meeting comes before a meeting whose action it closed, or
 *   after a meeting that closed one of its actions (an action closed before it was decided).
 *
 * Any other date change keeps the follow-up coherent by construction: `carriedOver` and
 * `followedUpAt` are computed from the dates (shared/meetings/follow-up.ts), never copied.
 */
import type { ActionStatus, MeetingAction, MeetingParticipant, MeetingRecord } from '../schemas/meeting';
import { compareMeetings, type MeetingPlace } from './follow-up';

/** What the edit form gives: the whole meeting as corrected, actions by id (new ones with fresh ids). */
export interface MeetingEdit {
  readonly date: string;
  readonly participants: readonly MeetingParticipant[];
  readonly conclusions: string;
  readonly actions: readonly (Omit<MeetingAction, 'status' | 'doneOn' | 'closedAt'> & { readonly status: ActionStatus })[];
}

/** Why a correction was refused, with what the message names (the action's title, the other meeting's date). */
export type MeetingEditRefusal =
  | { readonly reason: 'removed_closed'; readonly action: string; readonly otherDate: string }
  | { readonly reason: 'before_decided'; readonly action: string; readonly otherDate: string }
  | { readonly reason: 'after_closed'; readonly action: string; readonly otherDate: string };

export type MeetingEditResult =
  | { readonly ok: true; readonly meeting: MeetingRecord }
  | { readonly ok: false; readonly refusal: MeetingEditRefusal };

/**
 * The meeting `id` of `meetings` (the project's) corrected by `edit`. An action whose status
 * is unchanged keeps its `doneOn`/`closedAt`; one marked done here is done on `today`; one
 * reopened loses both (as « Rouvrir » does). `updatedAt` is the caller's.
 */
export function editMeeting(
  meetings: readonly MeetingRecord[],
  id: string,
  edit: MeetingEdit,
  today: string,
): MeetingEditResult | undefined {
  const current = meetings.find((m) => m.id === id);
  if (!current) return undefined;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const before = new Map(current.actions.map((a) => [a.id, a]));
  const kept = new Set(edit.actions.map((a) => a.id));

  for (const action of current.actions) {
    const closing = action.closedAt !== undefined ? byId.get(action.closedAt) : undefined;
    if (closing && closing.id !== id && !kept.has(action.id)) {
      return { ok: false, refusal: { reason: 'removed_closed', action: action.title, otherDate: closing.date } };
    }
  }

  const actions: MeetingAction[] = edit.actions.map(({ status, ...fields }) => {
    const was = before.get(fields.id);
    const { due: _due, ...rest } = fields;
    const base = { ...rest, ...(fields.due ? { due: fields.due } : {}) };
    if (status === 'open') return { ...base, status };
    if (was?.status === 'done') {
      return {
        ...base,
        status,
        ...(was.doneOn ? { doneOn: was.doneOn } : {}),
        ...(was.closedAt ? { closedAt: was.closedAt } : {}),
      };
    }
    return { ...base, status, doneOn: today };
  });

  const place: MeetingPlace = { id, date: edit.date, createdAt: current.createdAt };
  // The actions this meeting's follow-up closed live in the meetings that decided them.
  for (const other of meetings) {
    if (other.id === id) continue;
    const closedHere = other.actions.find((a) => a.closedAt === id && a.status === 'done');
    if (closedHere && compareMeetings(other, place) >= 0) {
      return { ok: false, refusal: { reason: 'before_decided', action: closedHere.title, otherDate: other.date } };
    }
  }
  for (const action of actions) {
    const closing = action.status === 'done' && action.closedAt !== undefined ? byId.get(action.closedAt) : undefined;
    if (closing && closing.id !== id && compareMeetings(place, closing) >= 0) {
      return { ok: false, refusal: { reason: 'after_closed', action: action.title, otherDate: closing.date } };
    }
  }

  return {
    ok: true,
    meeting: {
      ...current,
      date: edit.date,
      participants: edit.participants.map((p) => ({ name: p.name, side: p.side })),
      conclusions: edit.conclusions,
      actions,
    },
  };
}
