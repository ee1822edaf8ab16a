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
 */
import { z } from 'zod/mini';
import type { StoredChecklist } from '../../../shared/checklist/records';
import { CharterRecordSchema } from '../../../shared/schemas/charter';
import { IdSchema, IsoDateTimeSchema, longText, text } from '../../../shared/schemas/common';
import type { SavedContact } from '../../../shared/schemas/contact';
import { ProjectSchema } from '../../../shared/schemas/project';

export const ProjectRecordSchema = z.extend(ProjectSchema, {
  schemaVersion: z.literal(1),
  /** What the project is about, in the user's words. */
  description: z._default(longText(5000), ''),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type ProjectRecord = z.infer<typeof ProjectRecordSchema>;
export type ProjectRecordInput = z.input<typeof ProjectRecordSchema>;

export const CHARTER_ORIGINS = ['signed', 'imported'] as const;
export type CharterOrigin = (typeof CHARTER_ORIGINS)[number];

export const CharterEntrySchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  /** Signed in the extension (at a meeting, on this device) or imported from a file. */
  origin: z.enum(CHARTER_ORIGINS),
  record: CharterRecordSchema,
  /** The imported file's name, to find it again. */
  fileName: z.optional(text(300)),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type CharterEntry = z.infer<typeof CharterEntrySchema>;

/** The checklist of one project, as `<pp-checklist>` saves it through its `store`. */
export interface ChecklistEntry {
  readonly projectId: string;
  readonly state: StoredChecklist;
  readonly updatedAt: string;
}

/** A contact as stored: its lookup key (contacts/contact.ts `contactKey`) beside the schema's fields. */
export type StoredContact = SavedContact & { key: string };
