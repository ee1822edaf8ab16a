/**
 * A meeting of a project's steering group, with its « relevé de conclusions »: the HAS
 * guide (2026, 4.4, l.760) asks that each meeting end with a record of conclusions so that
 * everyone's commitments can be scheduled and followed, and that the next one open with
 * the follow-up of the actions decided. Stored by the extension (database v5, store
 * `meetings`) and carried by the full backup: one definition for both.
 *
 * An action lives in the meeting that decided it; a later meeting that closes it records
 * its own id in `closedAt` (shared/meetings/follow-up.ts): no action is ever copied, so a
 * carried-over action cannot be counted twice.
 */
import { z } from 'zod/mini';
import { customIssue, duplicateIdIndexes, IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, text } from './common';

/** Which side of the partnership a participant speaks for (the guide's binôme: patients and professionals). */
export const PARTICIPANT_SIDES = ['patient_partner', 'professional', 'other'] as const;
export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MeetingParticipantSchema = z.object({
  name: text(200),
  side: z.enum(PARTICIPANT_SIDES),
});
export type MeetingParticipant = z.infer<typeof MeetingParticipantSchema>;

export const MeetingActionSchema = z.object({
  id: IdSchema,
  title: text(500),
  /** Co-conduct (guide l.693): each action is carried by a professional AND a patient partner. */
  owners: z.object({ professional: text(200), patientPartner: text(200) }),
  due: z.optional(IsoDateSchema),
  status: z.enum(ACTION_STATUSES),
  /** The day it was marked done. */
  doneOn: z.optional(IsoDateSchema),
  /** The meeting whose follow-up closed it, when it was closed at one. */
  closedAt: z.optional(IdSchema),
});
export type MeetingAction = z.infer<typeof MeetingActionSchema>;

export const MeetingRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: IdSchema,
    projectId: IdSchema,
    date: IsoDateSchema,
    participants: z.array(MeetingParticipantSchema).check(z.maxLength(200)),
    conclusions: z._default(longText(20_000), ''),
    actions: z.array(MeetingActionSchema).check(z.maxLength(500)),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(
    z.superRefine((meeting, ctx) => {
      for (const index of duplicateIdIndexes(meeting.actions ?? [])) {
        ctx.addIssue(customIssue('duplicate_id', ['actions', index, 'id'], meeting.actions[index]?.id));
      }
    }),
  );
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;
export type MeetingRecordInput = z.input<typeof MeetingRecordSchema>;
