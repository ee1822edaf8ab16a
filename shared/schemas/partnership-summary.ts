/**
 * « Notre partenariat en chiffres »: the public summary of an establishment's
 * partnership (schema version 1) and the project activity a coordinator gives to
 * produce it.
 *
 * The summary holds aggregates only. It is produced by `publishSummary()`
 * (shared/publish/summary.ts) at the publish step, never computed from the
 * registry where it is viewed: what goes online is a file the coordinator has
 * seen. Every count is either exact and at least `SMALL_COUNT_THRESHOLD`, or 0,
 * or the word `few` (« moins de 3 »): a count of 1 or 2 would point at one or two
 * people (« 1 patient partenaire en recherche »), which a colleague can often name.
 * Why 3: it is the smallest group in which a count no longer designates a person,
 * nor a pair each of whom could infer the other; it is the minimum of statistical
 * secrecy (« règle des 3 »: a published cell gathers at least 3 units) and the
 * threshold named by issue 17. Sources crossed many ways use higher ones (5, 11);
 * here the crossings are few (domain, mission), and a higher threshold would hide
 * most of a single hospital's figures (a domain often has 3 to 10 partners).
 * Limit: the rule protects each cell, not differences between two publications
 * (docs/widgets/partnership-summary.md).
 *
 * The registry holds partners but not projects, meetings or checklist
 * evaluations: those come from `ActivitySchema`, a small JSON the coordinator
 * writes (or exports) — never invented.
 */
import { z } from 'zod/mini';
import { DOMAIN_IDS } from '../vocab/domain-labels';
import { customIssue, duplicateIdIndexes, IdSchema, IsoDateSchema, IsoDateTimeSchema, text } from './common';
import { EstablishmentSchema } from './establishment';
import { DomainTermSchema, MissionTermSchema } from './public-feed';

export const PARTNERSHIP_SUMMARY_VERSION = 1;

/** Where the JSON Schema of the summary is published with the package (served beside the summary). */
export const PARTNERSHIP_SUMMARY_SCHEMA_FILE = 'partnership-summary.schema.json';

/** Counts from 1 to this minus one are published as `few` (see the module header for why 3). */
export const SMALL_COUNT_THRESHOLD = 3;

/** A published count: 0, an exact count of at least 3, or `few` (1 or 2, not said which). */
export const PublishedCountSchema = z.union([
  z.int().check(
    z.refine((n) => n === 0 || n >= SMALL_COUNT_THRESHOLD),
    z.lte(1_000_000),
  ),
  z.literal('few'),
]);

export const PartnershipSummarySchema = z.object({
  /** URL or path of the JSON Schema describing this file. */
  $schema: z.optional(z.string().check(z.maxLength(500))),
  schemaVersion: z.literal(PARTNERSHIP_SUMMARY_VERSION),
  generatedAt: IsoDateTimeSchema,
  establishment: EstablishmentSchema,
  /** The small-count threshold applied (always 3 in this version; said so that any reader can explain `few`). */
  threshold: z.literal(SMALL_COUNT_THRESHOLD),
  /** The period the activity covers, as the coordinator gave it. */
  period: z.optional(z.object({ start: IsoDateSchema, end: IsoDateSchema })),
  partners: z.object({
    /** Partners whose profile the establishment keeps (data-keeping consent), managers left out. */
    total: PublishedCountSchema,
    byDomain: z.array(z.object({ ...DomainTermSchema.shape, count: PublishedCountSchema })),
    byMission: z.array(z.object({ ...MissionTermSchema.shape, count: PublishedCountSchema })),
  }),
  /** Absent when the coordinator gave no activity file: the widget then says nothing about projects. */
  activity: z.optional(
    z.object({
      projects: PublishedCountSchema,
      projectsByDomain: z.array(z.object({ ...DomainTermSchema.shape, count: PublishedCountSchema })),
      meetings: PublishedCountSchema,
      checklistsRenewed: PublishedCountSchema,
    }),
  ),
});

/**
 * The project activity of a period, written by the coordinator: one line per
 * project with the meetings held and the HAS checklist evaluations carried out
 * again in the period. Only counts and a domain: no names, no dates of meetings.
 */
export const ActivitySchema = z
  .object({
    schemaVersion: z.optional(z.literal(1)),
    period: z.optional(z.object({ start: IsoDateSchema, end: IsoDateSchema })),
    projects: z.array(
      z.object({
        id: IdSchema,
        title: z.optional(text(300)),
        domain: z.enum(DOMAIN_IDS),
        /** Meetings of the partnership held in the period (with their « relevé de conclusions »). */
        meetings: z.int().check(z.gte(0), z.lte(10_000)),
        /** HAS checklist evaluations done again in the period (the first one is not a renewal). */
        checklistsRenewed: z.int().check(z.gte(0), z.lte(1_000)),
      }),
    ),
  })
  .check(
    z.superRefine((activity, ctx) => {
      for (const index of duplicateIdIndexes(activity.projects)) {
        ctx.addIssue(customIssue('duplicate_id', ['projects', index, 'id'], activity.projects[index]?.id));
      }
      const period = activity.period;
      if (period && period.end < period.start) ctx.addIssue(customIssue('end_before_start', ['period', 'end'], period.end));
    }),
  );

export type PublishedCount = z.infer<typeof PublishedCountSchema>;
export type PartnershipSummary = z.infer<typeof PartnershipSummarySchema>;
export type Activity = z.infer<typeof ActivitySchema>;
