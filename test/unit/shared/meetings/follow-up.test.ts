/** shared/meetings/follow-up.ts and shared/schemas/meeting.ts: carried-over actions, states and counts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionState,
  carriedOver,
  countActions,
  followedUpAt,
  missingSides,
  withActionStatus,
} from '../../../../shared/meetings/follow-up';
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
    participants: [
      { name: 'Camille F.', side: 'patient_partner' },
      { name: 'Dr Martin', side: 'professional' },
    ],
    conclusions: 'Relevé',
    actions,
    createdAt,
    updatedAt: createdAt,
  });

describe('meeting schema', () => {
  it('requires both owners of an action and refuses duplicate action ids', () => {
    const base = meeting('m1', '2026-01-10', [action('a')]);
    const noPartner = { ...base, actions: [{ ...action('a'), owners: { professional: 'Dr Martin', patientPartner: ' ' } }] };
    expect(MeetingRecordSchema.safeParse(noPartner).success).toBe(false);
    const twice = MeetingRecordSchema.safeParse({ ...base, actions: [action('a'), action('a')] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.path).toEqual(['actions', 1, 'id']);
    expect(MeetingRecordSchema.safeParse({ ...base, date: '2026-02-30' }).success).toBe(false);
    expect(MeetingRecordSchema.safeParse({ ...base, participants: [{ name: 'X', side: 'chef' }] }).success).toBe(false);
  });
});

describe('states and sides', () => {
  it('late is open past its due date; the due day itself and done actions are not late', () => {
    expect(actionState(action('a', { due: '2026-03-01' }), '2026-03-02')).toBe('late');
    expect(actionState(action('a', { due: '2026-03-01' }), '2026-03-01')).toBe('open');
    expect(actionState(action('a'), '2099-01-01')).toBe('open');
    expect(actionState(action('a', { due: '2026-03-01', status: 'done', doneOn: '2026-04-01' }), '2026-05-01')).toBe('done');
  });

  it('names the side nobody spoke for', () => {
    expect(missingSides([{ side: 'professional' }, { side: 'other' }])).toEqual(['patient_partner']);
    expect(missingSides([])).toEqual(['patient_partner', 'professional']);
    expect(missingSides([{ side: 'patient_partner' }, { side: 'professional' }])).toEqual([]);
  });
});

describe('carried-over actions', () => {
  it('three meetings: the second starts with the first one’s open actions, the third with what is still open', () => {
    const m1 = meeting('m1', '2026-01-10', [action('a1', { due: '2026-02-01' }), action('a2')]);
    const place2 = { id: 'm2', date: '2026-02-10', createdAt: '2026-02-10T10:00:00.000Z' };
    expect(carriedOver([m1], place2).map((t) => t.action.id)).toEqual(['a1', 'a2']);
    // The second meeting closes a1 in its follow-up and decides b1.
    const m1b = withActionStatus(m1, 'a1', 'done', { on: '2026-02-10', at: 'm2' });
    const m2 = meeting('m2', '2026-02-10', [action('b1')]);
    const place3 = { id: 'm3', date: '2026-03-10', createdAt: '2026-03-10T10:00:00.000Z' };
    expect(carriedOver([m1b, m2], place3).map((t) => t.action.id)).toEqual(['a2', 'b1']);
    // What each stored meeting opened with, even after later closures.
    const m2b = withActionStatus(m2, 'b1', 'done', { on: '2026-03-10', at: 'm3' });
    const m3 = meeting('m3', '2026-03-10', []);
    const all = [m1b, m2b, m3];
    expect(followedUpAt(all, m2).map((t) => t.action.id)).toEqual(['a1', 'a2']);
    expect(followedUpAt(all, m3).map((t) => t.action.id)).toEqual(['a2', 'b1']);
    expect(followedUpAt(all, m1)).toEqual([]);
    expect(countActions(all, '2026-03-10')).toEqual({ open: 1, late: 0, done: 2, total: 3 });
    // Reopened: open again, its closing forgotten.
    const reopened = withActionStatus(m1b, 'a1', 'open', { on: '2026-03-11' });
    expect(reopened.actions[0]).toEqual(action('a1', { due: '2026-02-01' }));
    expect(countActions([reopened, m2b, m3], '2026-03-11')).toEqual({ open: 1, late: 1, done: 1, total: 3 });
  });

  it('an earlier meeting written down later starts with the actions of the meetings before it only', () => {
    const m1 = meeting('m1', '2026-01-10', [action('a1')]);
    const m3 = meeting('m3', '2026-03-10', [action('c1')]);
    expect(carriedOver([m1, m3], { id: 'm2', date: '2026-02-10', createdAt: '2026-04-01T00:00:00.000Z' })).toHaveLength(1);
  });

  /**
   * A project's life as a sequence of meetings: each one closes some of the actions it
   * starts with and decides new ones. Whatever the sequence, a meeting starts with
   * exactly the actions open at that moment, each once, and the counts add up.
   */
  it('property: each meeting starts with exactly the open actions, none twice; counts are disjoint and complete', () => {
    const step = fc.record({
      closes: fc.array(fc.nat(20), { maxLength: 5 }),
      decides: fc.array(fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 400 }), (steps, todayOffset) => {
        let meetings: MeetingRecord[] = [];
        const open = new Set<string>();
        let next = 0;
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
        steps.forEach((s, i) => {
          const date = day(i * 30);
          const place = { id: `m${i}`, date, createdAt: `${date}T09:00:00.000Z` };
          const carried = carriedOver(meetings, place).map((t) => t.action.id);
          expect(new Set(carried).size).toBe(carried.length);
          expect(new Set(carried)).toEqual(open);
          for (const pick of s.closes) {
            const target = carried[pick % Math.max(carried.length, 1)];
            if (target === undefined || !open.has(target)) continue;
            meetings = meetings.map((m) =>
              m.actions.some((a) => a.id === target) ? withActionStatus(m, target, 'done', { on: date, at: place.id }) : m,
            );
            open.delete(target);
          }
          const decided = s.decides.map((due) => action(`x${next++}`, due ? { due: day(i * 30 + due) } : {}));
          for (const a of decided) open.add(a.id);
          meetings = [...meetings, meeting(place.id, date, decided, place.createdAt)];
          // What this meeting opened with stays what it was, whatever happens later.
          expect(followedUpAt(meetings, place).map((t) => t.action.id)).toEqual(carried);
        });
        const today = day(todayOffset);
        const counts = countActions(meetings, today);
        expect(counts.total).toBe(next);
        expect(counts.open + counts.late + counts.done).toBe(counts.total);
        expect(counts.open + counts.late).toBe(open.size);
        const late = meetings.flatMap((m) => m.actions).filter((a) => a.status === 'open' && a.due && a.due < today);
        expect(counts.late).toBe(late.length);
        for (const m of meetings) expect(MeetingRecordSchema.safeParse(m).success).toBe(true);
      }),
    );
  });
});
