/**
 * The follow-up of decided actions across a project's meetings (HAS guide 2026, 4.4,
 * l.760: « débuter chaque réunion […] par un suivi des actions dont la mise en œuvre a été
 * décidée et actée au précédent relevé de conclusions »). Pure: no storage, no DOM.
 *
 * An action belongs to the meeting that decided it and is never copied: a later meeting
 * that closes it records its own id in `closedAt`. « Carried over » is therefore computed,
 * so an action open across three meetings is still one action, counted once.
 */
import type { MeetingAction, MeetingParticipant, MeetingRecord, ParticipantSide } from '../schemas/meeting';

/** Where a meeting sits in time: its date, then when it was written down, then its id (a total order). */
export interface MeetingPlace {
  readonly id: string;
  readonly date: string;
  readonly createdAt: string;
}

export function compareMeetings(a: MeetingPlace, b: MeetingPlace): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An action with the meeting that decided it. */
export interface TrackedAction {
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly action: MeetingAction;
}

/** What an action is on `today` ("YYYY-MM-DD"): late is open past its due date (the due day itself is not late). */
export type ActionState = 'open' | 'late' | 'done';

export function actionState(action: Pick<MeetingAction, 'status' | 'due'>, today: string): ActionState {
  if (action.status === 'done') return 'done';
  return action.due !== undefined && action.due < today ? 'late' : 'open';
}

/** Every action of the project, once each, in the order of the meetings that decided them. */
export function allActions(meetings: readonly MeetingRecord[]): TrackedAction[] {
  return [...meetings]
    .sort(compareMeetings)
    .flatMap((m) => m.actions.map((action) => ({ meetingId: m.id, meetingDate: m.date, action })));
}

/**
 * The actions a new meeting starts with: those decided at earlier meetings (before
 * `place`) and still open now.
 */
export function carriedOver(meetings: readonly MeetingRecord[], place: MeetingPlace): TrackedAction[] {
  return allActions(meetings.filter((m) => m.id !== place.id && compareMeetings(m, place) < 0)).filter(
    (t) => t.action.status === 'open',
  );
}

/**
 * The follow-up a stored meeting opened with: actions decided before it that were still
 * open on that day — open now, closed at this meeting or a later one, or marked done
 * (outside a meeting) after its date.
 */
export function followedUpAt(meetings: readonly MeetingRecord[], meeting: MeetingPlace): TrackedAction[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return allActions(meetings.filter((m) => m.id !== meeting.id && compareMeetings(m, meeting) < 0)).filter(({ action }) => {
    if (action.status === 'open') return true;
    if (action.closedAt !== undefined) {
      const closing = byId.get(action.closedAt);
      return closing === undefined || compareMeetings(closing, meeting) >= 0;
    }
    return action.doneOn === undefined || action.doneOn > meeting.date;
  });
}

export interface ActionCounts {
  /** Open and not past due. */
  readonly open: number;
  /** Open past their due date. */
  readonly late: number;
  readonly done: number;
  readonly total: number;
}

/** Open, late and done actions of a project on `today`: three disjoint counts, each action once. */
export function countActions(meetings: readonly MeetingRecord[], today: string): ActionCounts {
  const counts = { open: 0, late: 0, done: 0, total: 0 };
  for (const m of meetings) {
    for (const action of m.actions) {
      counts[actionState(action, today)]++;
      counts.total++;
    }
  }
  return counts;
}

/** The sides of the partnership with nobody at the meeting (the guide's co-conduct asks for both). */
export function missingSides(participants: readonly Pick<MeetingParticipant, 'side'>[]): Exclude<ParticipantSide, 'other'>[] {
  const sides = new Set(participants.map((p) => p.side));
  return (['patient_partner', 'professional'] as const).filter((side) => !sides.has(side));
}

/**
 * The meeting with one action closed or reopened. Closing records the day and, when it
 * happens in a meeting's follow-up, that meeting; reopening clears both.
 */
export function withActionStatus(
  meeting: MeetingRecord,
  actionId: string,
  status: MeetingAction['status'],
  closing: { readonly on: string; readonly at?: string },
): MeetingRecord {
  return {
    ...meeting,
    actions: meeting.actions.map((action) => {
      if (action.id !== actionId) return action;
      const { doneOn: _doneOn, closedAt: _closedAt, ...rest } = action;
      if (status === 'open') return { ...rest, status };
      return { ...rest, status, doneOn: closing.on, ...(closing.at ? { closedAt: closing.at } : {}) };
    }),
  };
}
