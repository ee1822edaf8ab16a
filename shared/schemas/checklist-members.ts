/**
 * Who answered a copy of a project's checklist (issue 17.2): each member of the team fills
 * the sheet separately so that the project view can show where their answers differ. The
 * name is optional (a coordinator may record only the side); the side uses the meetings'
 * vocabulary (patient partner / professional / other). The member's sheet itself is a
 * StoredChecklist, read by shared/checklist/io.ts parseStored like the project's own.
 */
import { z } from 'zod/mini';
import { IdSchema, text } from './common';
import { PARTICIPANT_SIDES } from './meeting';

export const ChecklistMemberSchema = z.object({
  id: IdSchema,
  name: z.optional(text(200)),
  side: z.enum(PARTICIPANT_SIDES),
});

export type ChecklistMember = z.infer<typeof ChecklistMemberSchema>;
