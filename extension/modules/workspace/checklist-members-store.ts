/**
 * Each member's own answers to a project's checklist (issue 17.2), kept inside the
 * project's checklist record (store `checklists`, optional `members` field) so that no
 * database migration is needed and deleting the project deletes them too. One sheet per
 * member: a member's `<pp-checklist>` saves through memberStore(), validated like the
 * project's own sheet (shared/checklist/io.ts) before anything is written.
 */
import { safeParse } from 'zod/mini';
import { createEvaluation } from '../../../shared/checklist/evaluation';
import { parseStored } from '../../../shared/checklist/io';
import { type StoredChecklist, toStored } from '../../../shared/checklist/records';
import type { Locale } from '../../../shared/i18n/locale';
import { type ChecklistMember, ChecklistMemberSchema } from '../../../shared/schemas/checklist-members';
import type { ChecklistStore } from '../../../widgets/checklist/checklist';
import type { LibraryDb } from '../store/db';
import { LibraryValidationError } from '../store/library-store';
import type { ChecklistEntry, ChecklistMemberEntry } from '../store/records';

const nowIso = () => new Date().toISOString();
const newMemberId = () =>
  `m-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/** The key a member's `<pp-checklist storage-key>` uses: never a project id, so never mixed with the project's sheet. */
export const memberStorageKey = (memberId: string) => `membre-${memberId}`;

export class ChecklistMembersStore {
  constructor(
    private readonly db: LibraryDb,
    private readonly notify: (projectId: string) => void,
  ) {}

  async list(projectId: string): Promise<ChecklistMemberEntry[]> {
    return [...((await this.db.get('checklists', projectId))?.members ?? [])];
  }

  /** Records who is about to answer; nothing is written when the name or side is invalid. */
  async add(projectId: string, input: { name?: string; side: string }): Promise<ChecklistMemberEntry> {
    const name = input.name?.trim();
    const parsed = safeParse(ChecklistMemberSchema, { id: newMemberId(), side: input.side, ...(name ? { name } : {}) });
    if (!parsed.success) throw new LibraryValidationError(parsed.error.issues);
    const member: ChecklistMemberEntry = { ...parsed.data, updatedAt: nowIso() };
    await this.update(projectId, (members) => [...members, member]);
    return member;
  }

  async remove(projectId: string, memberId: string): Promise<void> {
    await this.update(projectId, (members) => members.filter((m) => m.id !== memberId));
  }

  /** The store of one member's `<pp-checklist storage-key={memberStorageKey(id)}>`. */
  memberStore(projectId: string, memberId: string, locale: () => Locale = () => 'fr'): ChecklistStore {
    const key = memberStorageKey(memberId);
    return {
      load: async (asked) => {
        if (asked !== key) return undefined;
        return (await this.list(projectId)).find((m) => m.id === memberId)?.state;
      },
      save: async (asked, value) => {
        // `<key>:illisible` (data the widget could not read) is not kept for a member's copy.
        if (asked !== key) return;
        const parsed = parseStored(value, locale());
        if (!parsed.ok) throw new LibraryValidationError(parsed.issues);
        const state = toStored(parsed.data);
        await this.update(projectId, (members) => {
          if (!members.some((m) => m.id === memberId))
            throw new LibraryValidationError([{ code: 'custom', path: ['members'], message: `unknown member ${memberId}` }]);
          return members.map((m) => (m.id === memberId ? { ...m, state, updatedAt: nowIso() } : m));
        });
      },
    };
  }

  /** One transaction: the project must exist; its checklist record is created blank if there is none yet. */
  private async update(
    projectId: string,
    change: (members: readonly ChecklistMemberEntry[]) => ChecklistMemberEntry[],
  ): Promise<void> {
    const tx = this.db.transaction(['projects', 'checklists'], 'readwrite');
    const fail = async (error: Error) => {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    };
    if (!(await tx.objectStore('projects').getKey(projectId)))
      return fail(new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]));
    const stored = await tx.objectStore('checklists').get(projectId);
    let members: ChecklistMemberEntry[];
    try {
      members = change(stored?.members ?? []);
    } catch (error) {
      return fail(error as Error);
    }
    const blank: StoredChecklist = toStored({ current: createEvaluation(), history: [] });
    const entry: ChecklistEntry = { projectId, state: stored?.state ?? blank, updatedAt: nowIso(), members };
    tx.objectStore('checklists').put(entry);
    await tx.done;
    this.notify(projectId);
  }
}

export type { ChecklistMember };
