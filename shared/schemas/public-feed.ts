/**
 * The public partners feed (schema version 2): the ONLY partner data that is
 * published on a website. It is produced by `publish()` (shared/publish/) from
 * the establishment's private registry (registry.ts) and holds what each
 * person consented to show to everyone — nothing else:
 * - no consent record, no manager, nobody whose listing or data-keeping
 *   consent is absent, refused or withdrawn;
 * - no field whose consent is missing (name, photo, lived experience,
 *   personal contact), no wording that would reveal a withheld condition or
 *   name (publish/health.ts), only titles and trainings the establishment
 *   validated.
 *
 * Self-describing, so that any site can render it without our widgets or our
 * vocabularies: every vocabulary id carries its French and English label
 * (gender agreement already applied), `schemaVersion`, `generatedAt` and the
 * establishment are given, and `$schema` points to the JSON Schema generated
 * from this zod schema (dist/schemas/public-feed.schema.json in the package).
 *
 * RGPD: lived experience of illness is health data (art. 9); publishing it
 * rests on the person's explicit consent, recorded in the registry with its date.
 */
import { z } from 'zod/mini';
import {
  customIssue,
  duplicateIdIndexes,
  GenderSchema,
  IdSchema,
  IsoDateTimeSchema,
  LinkUrlSchema,
  SafeUrlSchema,
  text,
} from './common';
import { EstablishmentSchema } from './establishment';

export const PUBLIC_FEED_VERSION = 2;

/** Where the JSON Schema of this format is published with the package (a reader may also use a local copy). */
export const PUBLIC_FEED_SCHEMA_FILE = 'public-feed.schema.json';

/** A label in both languages. */
export const LabelSchema = z.object({ fr: text(500), en: text(500) });

/** A vocabulary entry: its stable id and its labels (« patient_partenaire » → « Patiente partenaire » / "Patient partner"). */
export const TermSchema = z.object({ id: text(128), fr: text(500), en: text(500) });

/** A HAS domain; `short` is the lower-case form used in running text (« recherche »). */
export const DomainTermSchema = z.object({ id: text(128), fr: text(500), en: text(500), short: z.optional(LabelSchema) });

/** A HAS mission, with the id of the domain it belongs to (to group missions under domains). */
export const MissionTermSchema = z.object({ id: text(128), fr: text(500), en: text(500), domain: text(128) });

/** A lived-experience theme: a vocabulary term, or the person's own words (no id, French only). */
export const ThemeSchema = z.object({ id: z.optional(text(128)), fr: text(500), en: z.optional(text(500)) });

export const PublicTrainingSchema = z.object({
  kind: TermSchema,
  /** Exact title, e.g. « DU Éducation thérapeutique du patient ». */
  label: z.optional(text(300)),
  /** A training always names who issued it (no title from self-declaration alone). */
  issuer: text(300),
  year: z.optional(z.int().check(z.gte(1950), z.lte(2100))),
  hours: z.optional(z.number().check(z.gt(0), z.lte(5000))),
});

/** A way to reach the person that they consented to publish: `href` is https:, http:, mailto: or tel: only. */
export const ContactRouteSchema = z.object({
  kind: z.enum(['email', 'phone', 'url']),
  href: SafeUrlSchema,
  text: text(300),
});

export const PublicPartnerEntrySchema = z.object({
  /** The establishment's public reference for the person (opaque: it appears in contact messages). */
  id: IdSchema,
  /** Only with the `name` consent. */
  name: z.optional(text(200)),
  /** Grammatical gender, for agreement in surrounding words only. */
  gender: z.optional(GenderSchema),
  /** Only with the `photo` consent; `alt` only when it neither names a withheld person nor reveals health data. */
  photo: z.optional(z.object({ url: LinkUrlSchema, alt: z.optional(text(300)) })),
  /** Roles validated by the establishment. */
  roles: z.array(TermSchema),
  domains: z.array(DomainTermSchema),
  missions: z.array(MissionTermSchema),
  statuses: z.array(TermSchema),
  /** Validated trainings only. */
  trainings: z.array(PublicTrainingSchema),
  /** `name` is absent when it would reveal health data without consent; the mandate is still said. */
  association: z.optional(z.object({ name: z.optional(text(300)), mandated: z.boolean() })),
  /** `departement.id` is the code (« 13 »); `commune` only with the `name` consent. */
  territory: z.object({ departement: TermSchema, commune: z.optional(text(200)), remote: z.boolean() }),
  /** `id` is the BCP 47 tag. */
  languages: z.array(TermSchema),
  projects: z.array(z.object({ title: text(300), url: z.optional(LinkUrlSchema) })),
  /** Only with the `experience` consent. */
  experience: z.optional(z.object({ themes: z.array(ThemeSchema), caregiver: z.boolean(), text: z.optional(text(5000)) })),
  abilities: z.array(text(200)),
  availability: z.object({ slots: z.array(TermSchema), commitment: z.array(TermSchema) }),
  /** Current solicitation, so that nobody over-solicits the same people (guide, annex 4). */
  load: z.object({
    activeMissions: z.int().check(z.gte(0)),
    maxMissions: z.optional(z.int().check(z.gte(0))),
    hasCapacity: z.boolean(),
  }),
  /** The person's own contact routes (the `contact` consent); otherwise go through the establishment. */
  contact: z.array(ContactRouteSchema),
});

export const PublicFeedSchema = z
  .object({
    /** URL or path of the JSON Schema describing this file. */
    $schema: z.optional(z.string().check(z.maxLength(500))),
    schemaVersion: z.literal(PUBLIC_FEED_VERSION),
    generatedAt: IsoDateTimeSchema,
    establishment: EstablishmentSchema,
    partners: z.array(PublicPartnerEntrySchema),
  })
  .check(
    z.superRefine((feed, ctx) => {
      for (const index of duplicateIdIndexes(feed.partners)) {
        ctx.addIssue(customIssue('duplicate_id', ['partners', index, 'id'], feed.partners[index]?.id));
      }
    }),
  );

export type Label = z.infer<typeof LabelSchema>;
export type Term = z.infer<typeof TermSchema>;
export type DomainTerm = z.infer<typeof DomainTermSchema>;
export type MissionTerm = z.infer<typeof MissionTermSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type PublicTrainingEntry = z.infer<typeof PublicTrainingSchema>;
export type ContactRouteEntry = z.infer<typeof ContactRouteSchema>;
export type PublicPartnerEntry = z.infer<typeof PublicPartnerEntrySchema>;
export type PublicFeed = z.infer<typeof PublicFeedSchema>;
