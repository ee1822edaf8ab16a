/**
 * The records of the project workspace, as stored in the library database (v3, see
 * store/migrations.ts): each one validated by the shared schemas before it is written.
 *
 * - a project: the shared ProjectSchema (title, HAS domain, dates, partners = contact
 *   ids, the last need searched) and the library's own dates and description;
 * - its checklist: what `<pp-checklist storage-key>` keeps (shared/checklist/records.ts,
 *   `{ format, schemaVersion, current, history }`), one per project;
 * - its charters: each `<pp-charter-signer>` record (shared CharterRecordSchema), signed
 *   here or imported from a hospital's site after verification;
 * - contacts: shared/schemas/contact.ts, plus the lookup key of the card they came from.
 * Project and charter schemas live in shared/schemas/workspace.ts: the full backup uses them too.
 */
import type { StoredChecklist } from '../../../shared/checklist/records';
import type { ChecklistMember } from '../../../shared/schemas/checklist-members';
import type { SavedContact } from '../../../shared/schemas/contact';

export {
  CHARTER_ORIGINS,
  type CharterEntry,
  CharterEntrySchema,
  type CharterOrigin,
  type ProjectRecord,
  type ProjectRecordInput,
  ProjectRecordSchema,
} from '../../../shared/schemas/workspace';

/** The checklist of one project, as `<pp-checklist>` saves it through its `store`. */
export interface ChecklistEntry {
  readonly projectId: string;
  readonly state: StoredChecklist;
  readonly updatedAt: string;
  /** Each member's own copy of the sheet (issue 17.2; checklist-members-store.ts); absent before anyone is recorded. */
  readonly members?: readonly ChecklistMemberEntry[];
}

/** Who answered (name optional, side) and their sheet once they have saved it. */
export interface ChecklistMemberEntry extends ChecklistMember {
  readonly state?: StoredChecklist;
  readonly updatedAt: string;
}

/** A contact as stored: its lookup key (contacts/contact.ts `contactKey`) beside the schema's fields. */
export type StoredContact = SavedContact & { key: string };
