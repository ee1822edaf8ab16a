/**
 * A partnership project and the need for partners it expresses (the matching
 * form's input).
 *
 * `count` defaults to 2: the HAS recommends at least 2 patient partners per
 * project, to limit isolation and allow mutual support (3.1, l.515; checklist
 * criterion has.2). A need may still ask for one person (e.g. to complete a team).
 *
 * A project's `team` says who is in the partnership and which side each person speaks
 * for — the sides of a meeting's participants, one definition for both (a new meeting
 * starts from the team). It defaults to empty: records and backups written before it
 * existed read unchanged.
 */
import { z } from 'zod/mini';
import { DOMAIN_IDS, domainOfMission, MISSION_IDS } from '../vocab/domain-labels';
import { OFFER_IDS } from '../vocab/statuses';
import { TRAINING_KIND_IDS } from '../vocab/training-labels';
import { CommitmentSchema, customIssue, DepartementSchema, IdSchema, IsoDateSchema, SlotSchema, text } from './common';
import { MeetingParticipantSchema } from './meeting';

/** One person of a project's team: a name and the side they speak for (patient partner, professional, other). */
export const TeamMemberSchema = MeetingParticipantSchema;
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Issues for missions that are not in `domain` (pure; used by both schemas). */
function checkMissionsInDomain(
  value: { domain: string; missions: readonly string[] },
  ctx: { addIssue(issue: ReturnType<typeof customIssue>): void },
): void {
  const missions = Array.isArray(value.missions) ? value.missions : [];
  missions.forEach((mission, index) => {
    if (domainOfMission(mission) !== value.domain) {
      ctx.addIssue(customIssue('mission_outside_domain', ['missions', index], mission));
    }
  });
}

export const ProjectNeedSchema = z
  .object({
    title: text(300),
    domain: z.enum(DOMAIN_IDS),
    /** Missions of `domain` the partners will take on. */
    missions: z._default(z.array(z.enum(MISSION_IDS)), []),
    /** Lived-experience themes sought (ids of vocab/health-themes or free text); a soft preference. */
    experienceThemes: z._default(z.array(text(200)), []),
    /** A relative / carer's experience is sought. */
    caregiverSought: z.boolean(),
    territory: z.object({
      departement: z.optional(DepartementSchema),
      commune: z.optional(text(200)),
      remoteAccepted: z.boolean(),
    }),
    slots: z._default(z.array(SlotSchema), []),
    duration: CommitmentSchema,
    /** What the project offers partners (volunteering with expenses, sessional pay, employment, service contract). */
    offer: z._default(z.array(z.enum(OFFER_IDS)), []),
    /** Number of partners sought. */
    count: z._default(z.int().check(z.gte(1), z.lte(100)), 2),
    /** Trainings required; only ETP programmes require one by regulation (vocab trainingsRequiredFor). */
    requiredTrainings: z._default(z.array(z.enum(TRAINING_KIND_IDS)), []),
  })
  .check(z.superRefine((need, ctx) => checkMissionsInDomain(need, ctx)));

export const ProjectSchema = z
  .object({
    id: IdSchema,
    title: text(300),
    domain: z.enum(DOMAIN_IDS),
    missions: z._default(z.array(z.enum(MISSION_IDS)), []),
    dates: z.object({ start: IsoDateSchema, end: z.optional(IsoDateSchema) }),
    partnerIds: z._default(z.array(IdSchema), []),
    need: z.optional(ProjectNeedSchema),
    team: z._default(z.array(TeamMemberSchema).check(z.maxLength(200)), []),
  })
  .check(
    z.superRefine((project, ctx) => {
      checkMissionsInDomain(project, ctx);
      const { start, end } = project.dates;
      // ISO dates compare correctly as strings.
      if (end !== undefined && end < start) ctx.addIssue(customIssue('end_before_start', ['dates', 'end'], end));
    }),
  );

export type ProjectNeed = z.infer<typeof ProjectNeedSchema>;
export type ProjectNeedInput = z.input<typeof ProjectNeedSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type ProjectInput = z.input<typeof ProjectSchema>;
