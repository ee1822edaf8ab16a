/**
 * A project's meetings in the library database (v5, store `meetings`): each one with its
 * relevé de conclusions and the actions it decided (shared/schemas/meeting.ts). Same
 * rules as the rest of the workspace: every operation is ONE transaction, every record is
 * validated by the shared schema before it is written (nothing is written otherwise), and
 * each change is announced to the other extension pages.
 *
 * Recording a meeting closes, in the same transaction, the carried-over actions its
 * follow-up marked done — in the meetings that decided them (shared/meetings/follow-up.ts:
 * an action is never copied).
 */
import { safeParse } from 'zod/mini';
import { later } from '../../../shared/contacts/contact';
import { editMeeting, type MeetingEdit, type MeetingEditRefusal } from '../../../shared/meetings/edit';
import { compareMeetings, withActionStatus } from '../../../shared/meetings/follow-up';
import {
  type ActionStatus,
  type MeetingAction,
  type MeetingParticipant,
  type MeetingRecord,
  MeetingRecordSchema,
} from '../../../shared/schemas/meeting';
import type { LibraryDb } from '../store/db';
import { LibraryValidationError } from '../store/library-store';

/** What the user writes for a new meeting; `closes` = ids of carried-over actions done at it. */
export interface MeetingDraft {
  readonly date: string;
  readonly participants: readonly MeetingParticipant[];
  readonly conclusions: string;
  readonly actions: readonly Omit<MeetingAction, 'status' | 'doneOn' | 'closedAt'>[];
  readonly closes: readonly string[];
}

function checkMeeting(value: unknown): MeetingRecord {
  const result = safeParse(MeetingRecordSchema, value);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return result.data;
}

/** A correction that would make the follow-up links lie (shared/meetings/edit.ts); nothing was written. */
export class MeetingEditRefused extends Error {
  constructor(readonly refusal: MeetingEditRefusal) {
    super(`meeting edit refused: ${refusal.reason} (${refusal.action})`);
    this.name = 'MeetingEditRefused';
  }
}

const unknownProject = (projectId: string) =>
  new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]);

export class MeetingsStore {
  constructor(
    private readonly db: LibraryDb,
    private readonly changed: (projectId: string) => void,
  ) {}

  /** A project's meetings, oldest first. */
  async meetings(projectId: string): Promise<MeetingRecord[]> {
    return (await this.db.getAllFromIndex('meetings', 'projectId', projectId)).sort(compareMeetings);
  }

  /** Records a meeting and closes the carried-over actions its follow-up marked done: all of it or nothing. */
  async addMeeting(projectId: string, draft: MeetingDraft, options: { id?: string; now?: string } = {}): Promise<MeetingRecord> {
    const now = options.now ?? new Date().toISOString();
    const tx = this.db.transaction(['projects', 'meetings'], 'readwrite');
    const store = tx.objectStore('meetings');
    try {
      if (!(await tx.objectStore('projects').getKey(projectId))) throw unknownProject(projectId);
      const meeting = checkMeeting({
        schemaVersion: 1,
        id: options.id ?? crypto.randomUUID(),
        projectId,
        date: draft.date,
        participants: draft.participants,
        conclusions: draft.conclusions,
        actions: draft.actions.map((a) => ({ ...a, status: 'open' })),
        createdAt: now,
        updatedAt: now,
      });
      const writes = [meeting];
      if (draft.closes.length) {
        const closes = new Set(draft.closes);
        for (const earlier of await store.index('projectId').getAll(projectId)) {
          if (!earlier.actions.some((a) => closes.has(a.id) && a.status === 'open')) continue;
          let next = earlier;
          for (const a of earlier.actions) {
            if (closes.has(a.id) && a.status === 'open') {
              next = withActionStatus(next, a.id, 'done', { on: meeting.date, at: meeting.id });
            }
          }
          writes.push(checkMeeting({ ...next, updatedAt: later(earlier.updatedAt, now) }));
        }
      }
      await Promise.all([...writes.map((w) => store.put(w)), tx.done]);
      this.changed(projectId);
      return meeting;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => {});
      throw error;
    }
  }

  /**
   * Corrects a recorded meeting — date, participants, conclusions, its actions — keeping
   * every id, so the follow-up links stay (shared/meetings/edit.ts). Refused whole, nothing
   * written, when the correction is invalid (LibraryValidationError) or would make a link
   * lie (MeetingEditRefused). Only this meeting's record is written: one transaction.
   */
  async updateMeeting(
    id: string,
    edit: MeetingEdit,
    options: { today: string; now?: string },
  ): Promise<MeetingRecord | undefined> {
    const now = options.now ?? new Date().toISOString();
    const tx = this.db.transaction('meetings', 'readwrite');
    try {
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return undefined;
      }
      const result = editMeeting(await tx.store.index('projectId').getAll(current.projectId), id, edit, options.today);
      if (!result) throw new Error(`meeting ${id} not found`);
      if (!result.ok) throw new MeetingEditRefused(result.refusal);
      const next = checkMeeting({ ...result.meeting, updatedAt: later(current.updatedAt, now) });
      await Promise.all([tx.store.put(next), tx.done]);
      this.changed(current.projectId);
      return next;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => {});
      throw error;
    }
  }

  /**
   * Deletes a meeting, with the actions it decided. The actions its follow-up closed are
   * open again (their closing was this meeting's decision): one transaction.
   */
  async deleteMeeting(id: string, now = new Date().toISOString()): Promise<MeetingRecord | undefined> {
    const tx = this.db.transaction('meetings', 'readwrite');
    const meeting = await tx.store.get(id);
    if (!meeting) {
      await tx.done;
      return undefined;
    }
    const writes: MeetingRecord[] = [];
    for (const other of await tx.store.index('projectId').getAll(meeting.projectId)) {
      if (other.id === id || !other.actions.some((a) => a.closedAt === id)) continue;
      let next = other;
      for (const a of other.actions) if (a.closedAt === id) next = withActionStatus(next, a.id, 'open', { on: meeting.date });
      writes.push({ ...next, updatedAt: later(other.updatedAt, now) });
    }
    await Promise.all([tx.store.delete(id), ...writes.map((w) => tx.store.put(w)), tx.done]);
    this.changed(meeting.projectId);
    return meeting;
  }

  /** Marks one action done (on `today`) or open again, outside a meeting. */
  async setActionStatus(
    meetingId: string,
    actionId: string,
    status: ActionStatus,
    today: string,
    now = new Date().toISOString(),
  ): Promise<MeetingRecord | undefined> {
    const tx = this.db.transaction('meetings', 'readwrite');
    const current = await tx.store.get(meetingId);
    if (!current?.actions.some((a) => a.id === actionId)) {
      await tx.done;
      return undefined;
    }
    let next: MeetingRecord;
    try {
      next = checkMeeting({
        ...withActionStatus(current, actionId, status, { on: today }),
        updatedAt: later(current.updatedAt, now),
      });
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await Promise.all([tx.store.put(next), tx.done]);
    this.changed(current.projectId);
    return next;
  }
}
