/** The meetings store (fake-indexeddb): one transaction per write, validation first, closures in the deciding meeting. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import { type MeetingDraft, MeetingEditRefused } from '../../../../extension/modules/workspace/meetings-store';
import type { WorkspaceChange } from '../../../../extension/modules/workspace/workspace-store';
import { carriedOver, countActions } from '../../../../shared/meetings/follow-up';
import { workspaceWithProject } from '../../../helpers/workspace';

const both = [
  { name: 'Camille F.', side: 'patient_partner' as const },
  { name: 'Dr Martin', side: 'professional' as const },
];
const owners = { professional: 'Dr Martin', patientPartner: 'Camille F.' };
const draft = (date: string, actions: MeetingDraft['actions'] = [], closes: string[] = []): MeetingDraft => ({
  date,
  participants: both,
  conclusions: 'Relevé de conclusions',
  actions,
  closes,
});

const withProject = () => workspaceWithProject('meetings');

describe('MeetingsStore', () => {
  it('records three meetings; the carried-over actions closed at one are closed where they were decided', async () => {
    const { workspace, project } = await withProject();
    const changes: WorkspaceChange[] = [];
    workspace.onChange((c) => changes.push(c));
    const m1 = await workspace.meetings.addMeeting(project.id, draft('2026-01-10', [{ id: 'a1', title: 'Affiche', owners }]));
    const m2 = await workspace.meetings.addMeeting(
      project.id,
      draft('2026-02-10', [{ id: 'b1', title: 'Questionnaire', owners, due: '2026-03-01' }], ['a1']),
    );
    let meetings = await workspace.meetings.meetings(project.id);
    expect(meetings.map((m) => m.id)).toEqual([m1.id, m2.id]);
    expect(meetings[0]?.actions[0]).toMatchObject({ id: 'a1', status: 'done', doneOn: '2026-02-10', closedAt: m2.id });
    expect(meetings[1]?.actions.map((a) => a.id)).toEqual(['b1']);
    const place3 = { id: 'm3', date: '2026-04-01', createdAt: new Date().toISOString() };
    expect(carriedOver(meetings, place3).map((t) => t.action.id)).toEqual(['b1']);
    expect(countActions(meetings, '2026-04-01')).toEqual({ open: 0, late: 1, done: 1, total: 2 });
    await workspace.meetings.addMeeting(project.id, draft('2026-04-01', [], ['b1']), { id: 'm3' });
    meetings = await workspace.meetings.meetings(project.id);
    expect(countActions(meetings, '2026-04-01')).toEqual({ open: 0, late: 0, done: 2, total: 2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(changes.filter((c) => c.type === 'meetings')).toHaveLength(3);
  });

  it('writes nothing when the meeting is invalid (an action without its patient partner), even its closures', async () => {
    const { workspace, project } = await withProject();
    await workspace.meetings.addMeeting(project.id, draft('2026-01-10', [{ id: 'a1', title: 'Affiche', owners }]));
    const before = await workspace.meetings.meetings(project.id);
    await expect(
      workspace.meetings.addMeeting(
        project.id,
        draft('2026-02-10', [{ id: 'b1', title: 'X', owners: { professional: 'Dr Martin', patientPartner: '' } }], ['a1']),
      ),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(workspace.meetings.addMeeting('absent', draft('2026-02-10'))).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await workspace.meetings.meetings(project.id)).toEqual(before);
  });

  it('marks an action done outside a meeting and opens it again; deleting the project deletes its meetings', async () => {
    const { workspace, project } = await withProject();
    const m1 = await workspace.meetings.addMeeting(project.id, draft('2026-01-10', [{ id: 'a1', title: 'Affiche', owners }]));
    const done = await workspace.meetings.setActionStatus(m1.id, 'a1', 'done', '2026-01-20');
    expect(done?.actions[0]).toMatchObject({ status: 'done', doneOn: '2026-01-20' });
    expect(done?.actions[0]?.closedAt).toBeUndefined();
    const reopened = await workspace.meetings.setActionStatus(m1.id, 'a1', 'open', '2026-01-21');
    expect(reopened?.actions[0]).toEqual({ id: 'a1', title: 'Affiche', owners, status: 'open' });
    expect(await workspace.meetings.setActionStatus(m1.id, 'absent', 'done', '2026-01-21')).toBeUndefined();
    await workspace.deleteProject(project.id);
    expect(await workspace.db.count('meetings')).toBe(0);
  });

  it('deletes a meeting with its actions; the actions it closed are open again, other closures stay', async () => {
    const { workspace, project } = await withProject();
    const m1 = await workspace.meetings.addMeeting(
      project.id,
      draft('2026-01-10', [
        { id: 'a1', title: 'Affiche', owners },
        { id: 'a2', title: 'Livret', owners },
      ]),
    );
    const m2 = await workspace.meetings.addMeeting(
      project.id,
      draft('2026-02-10', [{ id: 'b1', title: 'Quiz', owners }], ['a1']),
    );
    await workspace.meetings.setActionStatus(m1.id, 'a2', 'done', '2026-02-20');
    expect(await workspace.meetings.deleteMeeting(m2.id)).toMatchObject({ id: m2.id });
    const [only, ...rest] = await workspace.meetings.meetings(project.id);
    expect(rest).toEqual([]);
    expect(only?.actions).toEqual([
      { id: 'a1', title: 'Affiche', owners, status: 'open' },
      { id: 'a2', title: 'Livret', owners, status: 'done', doneOn: '2026-02-20' },
    ]);
    expect(await workspace.meetings.deleteMeeting(m2.id)).toBeUndefined();
  });

  it('corrects a meeting in place: ids, closures and follow-up kept; updatedAt moves on; one change event', async () => {
    const { workspace, project } = await withProject();
    const m1 = await workspace.meetings.addMeeting(project.id, draft('2026-01-10', [{ id: 'a1', title: 'Affiche', owners }]), {
      now: '2026-01-10T10:00:00.000Z',
    });
    const m2 = await workspace.meetings.addMeeting(
      project.id,
      draft('2026-02-10', [{ id: 'b1', title: 'Questionnaire', owners, due: '2026-03-01' }], ['a1']),
      { now: '2026-02-10T10:00:00.000Z' },
    );
    const m1Before = await workspace.db.get('meetings', m1.id);
    const changes: WorkspaceChange[] = [];
    workspace.onChange((c) => changes.push(c));
    const edited = await workspace.meetings.updateMeeting(
      m2.id,
      {
        date: '2026-02-11',
        participants: [...both, { name: 'Alex R.', side: 'other' }],
        conclusions: 'Relevé corrigé',
        actions: [
          {
            id: 'b1',
            title: 'Questionnaire',
            owners: { ...owners, patientPartner: 'Sami K.' },
            due: '2026-03-15',
            status: 'open',
          },
        ],
      },
      { today: '2026-02-20', now: '2026-02-20T10:00:00.000Z' },
    );
    expect(edited).toMatchObject({ id: m2.id, date: '2026-02-11', conclusions: 'Relevé corrigé', createdAt: m2.createdAt });
    expect(edited?.updatedAt).toBe('2026-02-20T10:00:00.000Z');
    const [first, second] = await workspace.meetings.meetings(project.id);
    // The action m2 closed stays closed by m2 (same id), in m1's record, untouched.
    expect(first).toEqual(m1Before);
    expect(first?.actions[0]).toMatchObject({ id: 'a1', status: 'done', closedAt: m2.id });
    expect(second?.actions).toEqual([
      { id: 'b1', title: 'Questionnaire', owners: { ...owners, patientPartner: 'Sami K.' }, due: '2026-03-15', status: 'open' },
    ]);
    await new Promise((r) => setTimeout(r, 20));
    expect(changes.filter((c) => c.type === 'meetings')).toHaveLength(1);
    expect(
      await workspace.meetings.updateMeeting('absent', { ...draft('2026-01-01'), actions: [] }, { today: '2026-02-20' }),
    ).toBeUndefined();
  });

  it('refuses, writing nothing: an invalid correction, an action removed that a later meeting closed, a date before what it closed', async () => {
    const { workspace, project } = await withProject();
    const m1 = await workspace.meetings.addMeeting(project.id, draft('2026-01-10', [{ id: 'a1', title: 'Affiche', owners }]));
    const m2 = await workspace.meetings.addMeeting(project.id, draft('2026-02-10', [], ['a1']));
    const before = await workspace.meetings.meetings(project.id);
    const edit = { date: '2026-01-10', participants: both, conclusions: 'Relevé corrigé' };
    await expect(
      workspace.meetings.updateMeeting(
        m1.id,
        { ...edit, actions: [{ id: 'a1', title: 'Affiche', owners: { ...owners, professional: ' ' }, status: 'done' }] },
        { today: '2026-03-01' },
      ),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    const removed = workspace.meetings.updateMeeting(m1.id, { ...edit, actions: [] }, { today: '2026-03-01' });
    await expect(removed).rejects.toBeInstanceOf(MeetingEditRefused);
    await expect(removed).rejects.toMatchObject({
      refusal: { reason: 'removed_closed', action: 'Affiche', otherDate: '2026-02-10' },
    });
    await expect(
      workspace.meetings.updateMeeting(m2.id, { ...edit, date: '2026-01-01', actions: [] }, { today: '2026-03-01' }),
    ).rejects.toMatchObject({ refusal: { reason: 'before_decided', action: 'Affiche', otherDate: '2026-01-10' } });
    expect(await workspace.meetings.meetings(project.id)).toEqual(before);
    // Reopened first (« Rouvrir »), the action can then be removed.
    await workspace.meetings.setActionStatus(m1.id, 'a1', 'open', '2026-03-01');
    const corrected = await workspace.meetings.updateMeeting(m1.id, { ...edit, actions: [] }, { today: '2026-03-01' });
    expect(corrected?.actions).toEqual([]);
  });
});
