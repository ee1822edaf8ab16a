/** shared/meetings/edit.ts: a recorded meeting corrected, ids and follow-up links kept, incoherent corrections refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editMeeting, type MeetingEdit } from '../../../../shared/meetings/edit';
import { actionState, carriedOver, followedUpAt, withActionStatus } from '../../../../shared/meetings/follow-up';
import { type MeetingAction, type MeetingRecord, MeetingRecordSchema } from '../../../../shared/schemas/meeting';

const owners = { professional: 'Dr Martin', patientPartner: 'Camille F.' };
const action = (id: string, extra: Partial<MeetingAction> = {}): MeetingAction => ({
  id,
  title: `Action ${id}`,
  owners,
  status: 'open',
  ...extra,
});
const meeting = (id: string, date: string, actions: MeetingAction[], createdAt = `${date}T10:00:00.000Z`): MeetingRecord =>
  MeetingRecordSchema.parse({
    schemaVersion: 1,
    id,
    projectId: 'p-1',
    date,
    participants: [{ name: 'Camille F.', side: 'patient_partner' }],
    conclusions: 'Relevé',
    actions,
    createdAt,
    updatedAt: createdAt,
  });
/** The edit form's value for a meeting as it is (the starting point of every correction). */
const asEdit = (m: MeetingRecord): MeetingEdit => ({
  date: m.date,
  participants: m.participants,
  conclusions: m.conclusions,
  actions: m.actions.map(({ doneOn: _d, closedAt: _c, ...a }) => a),
});
const replace = (meetings: MeetingRecord[], next: MeetingRecord) => meetings.map((m) => (m.id === next.id ? next : m));

/** m1 decides a1 and a2; m2 (a month later) closes a1 and decides b1; m3 closes b1. */
function threeMeetings(): MeetingRecord[] {
  const m1 = withActionStatus(meeting('m1', '2026-01-10', [action('a1'), action('a2')]), 'a1', 'done', {
    on: '2026-02-10',
    at: 'm2',
  });
  const m2 = withActionStatus(meeting('m2', '2026-02-10', [action('b1', { due: '2026-03-01' })]), 'b1', 'done', {
    on: '2026-03-10',
    at: 'm3',
  });
  return [m1, m2, meeting('m3', '2026-03-10', [])];
}

describe('editMeeting', () => {
  it('corrects conclusions, participants, an owner and a due date; ids, doneOn and closedAt stay', () => {
    const meetings = threeMeetings();
    const m2 = meetings[1] as MeetingRecord;
    const result = editMeeting(
      meetings,
      'm2',
      {
        ...asEdit(m2),
        conclusions: 'Relevé corrigé',
        participants: [...m2.participants, { name: 'Dr Martin', side: 'professional' }],
        actions: [{ ...action('b1'), owners: { ...owners, professional: 'Dr Durand' }, due: '2026-03-05', status: 'done' }],
      },
      '2026-04-01',
    );
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.meeting).toMatchObject({ id: 'm2', conclusions: 'Relevé corrigé', createdAt: m2.createdAt });
    expect(result.meeting.actions).toEqual([
      {
        id: 'b1',
        title: 'Action b1',
        owners: { ...owners, professional: 'Dr Durand' },
        due: '2026-03-05',
        status: 'done',
        doneOn: '2026-03-10',
        closedAt: 'm3',
      },
    ]);
    expect(editMeeting(meetings, 'absent', asEdit(m2), '2026-04-01')).toBeUndefined();
  });

  it('marks an action done on today, reopens one (its closing forgotten), adds and removes open ones', () => {
    const meetings = threeMeetings();
    const m1 = meetings[0] as MeetingRecord;
    const result = editMeeting(
      meetings,
      'm1',
      {
        ...asEdit(m1),
        actions: [
          { ...action('a1'), status: 'open' },
          { ...action('n1'), status: 'done' },
        ],
      },
      '2026-04-01',
    );
    expect(result?.ok && result.meeting.actions).toEqual([action('a1'), action('n1', { status: 'done', doneOn: '2026-04-01' })]);
  });

  it('refuses to remove an action another meeting closed, naming it and that meeting', () => {
    const meetings = threeMeetings();
    const m1 = meetings[0] as MeetingRecord;
    expect(editMeeting(meetings, 'm1', { ...asEdit(m1), actions: [{ ...action('a2'), status: 'open' }] }, '2026-04-01')).toEqual({
      ok: false,
      refusal: { reason: 'removed_closed', action: 'Action a1', otherDate: '2026-02-10' },
    });
  });

  it('refuses a date that puts a meeting before the one whose action it closed, or after the one that closed its action', () => {
    const meetings = threeMeetings();
    const m2 = meetings[1] as MeetingRecord;
    // m2 closed a1 (decided at m1, 10 January): it cannot be held on 5 January.
    expect(editMeeting(meetings, 'm2', { ...asEdit(m2), date: '2026-01-05' }, '2026-04-01')).toEqual({
      ok: false,
      refusal: { reason: 'before_decided', action: 'Action a1', otherDate: '2026-01-10' },
    });
    // b1, decided at m2, was closed at m3 (10 March): m2 cannot be held on 20 March.
    const edit = {
      ...asEdit(m2),
      date: '2026-03-20',
      actions: [{ ...action('b1', { due: '2026-03-01' }), status: 'done' as const }],
    };
    expect(editMeeting(meetings, 'm2', edit, '2026-04-01')).toEqual({
      ok: false,
      refusal: { reason: 'after_closed', action: 'Action b1', otherDate: '2026-03-10' },
    });
    // Reopened in the same correction, b1 no longer ties m2 to before m3.
    expect(editMeeting(meetings, 'm2', { ...edit, date: '2026-01-05', actions: [] }, '2026-04-01')?.ok).toBe(false);
    const moved = editMeeting(meetings, 'm2', { ...edit, date: '2026-02-20' }, '2026-04-01');
    expect(moved?.ok).toBe(true);
  });

  it('a meeting moved between two others starts with what was open then (computed, not copied)', () => {
    const m1 = meeting('m1', '2026-01-10', [action('a1')]);
    const m2 = meeting('m2', '2026-02-10', [action('b1')]);
    const m3 = meeting('m3', '2026-03-10', [action('c1')]);
    const result = editMeeting([m1, m2, m3], 'm3', { ...asEdit(m3), date: '2026-01-20' }, '2026-04-01');
    if (!result?.ok) throw new Error('refused');
    const after = [m1, m2, result.meeting];
    expect(followedUpAt(after, result.meeting).map((t) => t.action.id)).toEqual(['a1']);
    expect(followedUpAt(after, m2).map((t) => t.action.id)).toEqual(['a1', 'c1']);
  });
});

/**
 * A project's history as the store builds it: each meeting closes some of the actions it
 * starts with and decides new ones (with due dates), some actions are marked done
 * outside a meeting. Then one meeting is corrected.
 */
const historyArb = fc.array(
  fc.record({
    closes: fc.array(fc.nat(20), { maxLength: 4 }),
    decides: fc.array(fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }), { maxLength: 3 }),
    doneOutside: fc.option(fc.nat(20), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 7 },
);
interface Step {
  readonly closes: number[];
  readonly decides: (number | undefined)[];
  readonly doneOutside: number | undefined;
}
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

function build(steps: Step[]) {
  let meetings: MeetingRecord[] = [];
  let next = 0;
  steps.forEach((s, i) => {
    const date = day(i * 30);
    const place = { id: `m${i}`, date, createdAt: `${date}T09:00:00.000Z` };
    const carried = carriedOver(meetings, place).map((t) => t.action.id);
    for (const pick of s.closes) {
      const target = carried[pick % Math.max(carried.length, 1)];
      if (target === undefined) continue;
      meetings = meetings.map((m) =>
        m.actions.some((a) => a.id === target && a.status === 'open')
          ? withActionStatus(m, target, 'done', { on: date, at: place.id })
          : m,
      );
    }
    const decided = s.decides.map((due) => action(`x${next++}`, due ? { due: day(i * 30 + due) } : {}));
    meetings = [...meetings, meeting(place.id, date, decided, place.createdAt)];
    if (s.doneOutside !== undefined) {
      const open = meetings.flatMap((m) => m.actions.filter((a) => a.status === 'open').map((a) => [m.id, a.id] as const));
      const pick = open[s.doneOutside % Math.max(open.length, 1)];
      if (pick)
        meetings = meetings.map((m) => (m.id === pick[0] ? withActionStatus(m, pick[1], 'done', { on: day(i * 30 + 5) }) : m));
    }
  });
  return meetings;
}

/** Every action's state on `today`, by id. */
const states = (meetings: readonly MeetingRecord[], today: string) =>
  new Map(meetings.flatMap((m) => m.actions.map((a) => [a.id, actionState(a, today)] as const)));
/** What each meeting started with, by meeting id. */
const followUps = (meetings: readonly MeetingRecord[]) =>
  new Map(meetings.map((m) => [m.id, followedUpAt(meetings, m).map((t) => `${t.action.id}:${t.action.status}`)]));

describe('editMeeting properties', () => {
  it('property: correcting conclusions or participants never changes any action’s state nor any follow-up', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.nat(),
        fc.string({ maxLength: 40 }),
        fc.array(
          fc.record({
            // A name the schema keeps (trimmed, not empty): a blank one is the form's refusal, not this property's.
            name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
            side: fc.constantFrom('patient_partner', 'professional', 'other') as fc.Arbitrary<
              'patient_partner' | 'professional' | 'other'
            >,
          }),
          { maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 400 }),
        (steps, which, conclusions, participants, todayOffset) => {
          const meetings = build(steps);
          const target = meetings[which % meetings.length] as MeetingRecord;
          const edit = { ...asEdit(target), conclusions, participants };
          const result = editMeeting(meetings, target.id, { ...edit, actions: target.actions.map((a) => ({ ...a })) }, day(500));
          if (!result?.ok) throw new Error('a correction of words only was refused');
          const after = replace(meetings, result.meeting);
          const today = day(todayOffset);
          expect(states(after, today)).toEqual(states(meetings, today));
          expect(followUps(after)).toEqual(followUps(meetings));
          expect(result.meeting.actions).toEqual(target.actions);
          expect(MeetingRecordSchema.safeParse(result.meeting).success).toBe(true);
        },
      ),
    );
  });

  it('property: correcting an action’s due date changes only that action’s late/open state', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.nat(),
        fc.nat(),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.integer({ min: 0, max: 400 }),
        (steps, which, pick, newDue, todayOffset) => {
          const meetings = build(steps);
          const withActions = meetings.filter((m) => m.actions.length);
          fc.pre(withActions.length > 0);
          const target = withActions[which % withActions.length] as MeetingRecord;
          const changed = target.actions[pick % target.actions.length] as MeetingAction;
          const due = newDue === undefined ? undefined : day(newDue);
          const edit: MeetingEdit = {
            ...asEdit(target),
            actions: target.actions.map(({ due: old, ...a }) => {
              const kept = a.id === changed.id ? due : old;
              return { ...a, ...(kept ? { due: kept } : {}) };
            }),
          };
          const result = editMeeting(meetings, target.id, edit, day(500));
          if (!result?.ok) throw new Error('a due date correction was refused');
          const after = replace(meetings, result.meeting);
          const today = day(todayOffset);
          const before = states(meetings, today);
          const now = states(after, today);
          for (const [id, state] of before) {
            if (id === changed.id) {
              const { due: _old, ...rest } = changed;
              expect(now.get(id)).toBe(actionState({ ...rest, ...(due ? { due } : {}) }, today));
              expect(now.get(id) === 'done').toBe(state === 'done');
            } else expect(now.get(id)).toBe(state);
          }
          expect(followUps(after)).toEqual(followUps(meetings));
        },
      ),
    );
  });

  it('property: whatever date is accepted, no action is closed at a meeting that comes before the one that decided it', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), fc.integer({ min: -30, max: 300 }), (steps, which, offset) => {
        const meetings = build(steps);
        const target = meetings[which % meetings.length] as MeetingRecord;
        const result = editMeeting(
          meetings,
          target.id,
          { ...asEdit(target), date: day(offset), actions: target.actions },
          day(500),
        );
        if (!result?.ok) return;
        const after = replace(meetings, result.meeting);
        const byId = new Map(after.map((m) => [m.id, m]));
        for (const m of after) {
          for (const a of m.actions) {
            const closing = a.closedAt ? byId.get(a.closedAt) : undefined;
            if (closing) expect(closing.date >= m.date).toBe(true);
          }
          // A meeting only ever starts with actions decided before it.
          for (const t of followedUpAt(after, m)) expect(t.meetingDate <= m.date).toBe(true);
        }
      }),
    );
  });
});
