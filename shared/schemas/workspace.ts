/**
 * The records of a project workspace as the extension stores them and as the full
 * backup carries them: one definition for both (extension/modules/projects and
 * shared/library/workspace-backup).
 */
import { z } from 'zod/mini';
import { CharterRecordSchema } from './charter';
import { IdSchema, IsoDateTimeSchema, longText, text } from './common';
import { ProjectSchema } from './project';

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
