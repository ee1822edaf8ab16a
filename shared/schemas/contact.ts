/**
 * A patient partner saved as a contact in the extension's private library, from a card
 * a hospital page showed (`<pp-partner-card>`, `<pp-partner-list>`).
 *
 * What a contact may hold is decided ONCE, by the public view
 * (shared/partners/public-view.ts): the page reader keeps only the fields the page
 * showed — the public view of the profile, cut down to the compact card's fields when
 * the page showed a compact card. No raw profile, no consent record of the feed, no
 * photo (the extension makes no network request, and a portrait is not needed to
 * contact someone). The source page and the date are always kept: where the user
 * saw the person, and when (RGPD: the user can tell where the data came from).
 *
 * The one thing a public card cannot say is whether the person agreed to be proposed
 * for projects (the feed's `matching` consent is not public). A coordinator records
 * that agreement herself (`matchingConsent`), with its date; matching runs only over
 * contacts who gave it (the matching form's rule, guide 3.3 and annex 4).
 */
import { z } from 'zod/mini';
import { DOMAIN_IDS, domainOfMission, MISSION_IDS } from '../vocab/domains';
import { ROLE_IDS } from '../vocab/roles';
import { STATUS_IDS } from '../vocab/status-labels';
import { TRAINING_KIND_IDS } from '../vocab/training-labels';
import {
  CommitmentSchema,
  ConsentSchema,
  customIssue,
  DepartementSchema,
  EmailSchema,
  GenderSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateTimeSchema,
  LangTagSchema,
  longText,
  PhoneSchema,
  SafeUrlSchema,
  SlotSchema,
  text,
} from './common';
import { EstablishmentSchema } from './establishment';

/** 'full': the page showed the whole card; 'compact': only the compact card's fields were kept. */
export const CONTACT_DETAILS = ['full', 'compact'] as const;
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

export const PublicTrainingSchema = z.object({
  kind: z.enum(TRAINING_KIND_IDS),
  label: z.optional(text(300)),
  issuer: text(300),
  year: z.optional(z.int().check(z.gte(1950), z.lte(2100))),
  hours: z.optional(z.number().check(z.gt(0), z.lte(5000))),
});

/** The person's own details, present only when the page showed them (the `contact` consent). */
export const PersonalContactSchema = z.object({
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
  url: z.optional(SafeUrlSchema),
});

/** Where and when the card was seen. */
export const ContactSourceSchema = z.object({
  /** The page that showed the card. */
  pageUrl: HttpUrlSchema,
  pageTitle: z.optional(text(1000)),
  /** The feed the card was drawn from (`src`), when it had one. */
  feedUrl: z.optional(HttpUrlSchema),
  /** The establishment publishing the card: its name and its contact route (the default way to reach the person). */
  establishment: z.optional(EstablishmentSchema),
  /** When the page was read. */
  seenAt: IsoDateTimeSchema,
});

/** The public fields of one card, as the page showed them (the shape of PublicPartner, minus the photo). */
export const ShownPartnerSchema = z
  .object({
    /** The feed's public identifier (it appears in the establishment's contact reference). */
    partnerId: IdSchema,
    detail: z.enum(CONTACT_DETAILS),
    /** Only when the page showed it (the `name` consent). */
    name: z.optional(text(200)),
    gender: z.optional(GenderSchema),
    roles: z._default(z.array(z.enum(ROLE_IDS)), []),
    domains: z._default(z.array(z.enum(DOMAIN_IDS)), []),
    missions: z._default(z.array(z.enum(MISSION_IDS)), []),
    statuses: z._default(z.array(z.enum(STATUS_IDS)), []),
    trainings: z._default(z.array(PublicTrainingSchema), []),
    association: z.optional(z.object({ name: z.optional(text(300)), mandated: z.boolean() })),
    territory: z.object({ departement: DepartementSchema, commune: z.optional(text(200)), remote: z.boolean() }),
    languages: z._default(z.array(LangTagSchema), []),
    projects: z._default(z.array(z.object({ title: text(300), url: z.optional(HttpUrlSchema) })), []),
    /** Only when the page showed it (the `experience` consent). */
    experience: z.optional(
      z.object({
        themes: z._default(z.array(text(200)), []),
        caregiver: z.boolean(),
        text: z.optional(longText(5000)),
      }),
    ),
    abilities: z._default(z.array(text(200)), []),
    availability: z.object({
      slots: z._default(z.array(SlotSchema), []),
      commitment: z._default(z.array(CommitmentSchema), []),
    }),
    load: z.object({
      activeMissions: z.int().check(z.gte(0)),
      maxMissions: z.optional(z.int().check(z.gte(0))),
    }),
    personal: z.optional(PersonalContactSchema),
  })
  .check(
    z.superRefine((shown, ctx) => {
      const domains = new Set<string>(Array.isArray(shown.domains) ? shown.domains : []);
      (Array.isArray(shown.missions) ? shown.missions : []).forEach((mission, index) => {
        const domain = domainOfMission(mission);
        if (!domain || !domains.has(domain)) ctx.addIssue(customIssue('mission_outside_domains', ['missions', index], mission));
      });
    }),
  );

/** What the page reader hands the extension for one card: the shown fields and where they come from. */
export const FoundPartnerSchema = z.object({
  shown: ShownPartnerSchema,
  feedUrl: z.optional(HttpUrlSchema),
  establishment: z.optional(EstablishmentSchema),
});

/** The page reader's whole answer (validated field by field by the extension before any use). */
export const FoundPartnersSchema = z.object({
  pageUrl: HttpUrlSchema,
  pageTitle: z.optional(z.string().check(z.maxLength(1000))),
  partners: z.array(FoundPartnerSchema).check(z.maxLength(5000)),
  /** Widgets the reader could not read (feed unreachable, no feed…), as short technical notes. */
  problems: z._default(z.array(z.string().check(z.maxLength(500))), []),
});

export const SavedContactSchema = z.object({
  schemaVersion: z.literal(1),
  id: IdSchema,
  shown: ShownPartnerSchema,
  source: ContactSourceSchema,
  savedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** The user's own note. */
  note: z._default(longText(5000), ''),
  /** The person's agreement to be proposed for projects, as recorded by the user (not in the public card). */
  matchingConsent: z.optional(ConsentSchema),
});

export type PublicTrainingRecord = z.infer<typeof PublicTrainingSchema>;
export type PersonalContact = z.infer<typeof PersonalContactSchema>;
export type ContactSource = z.infer<typeof ContactSourceSchema>;
export type ShownPartner = z.infer<typeof ShownPartnerSchema>;
export type ShownPartnerInput = z.input<typeof ShownPartnerSchema>;
export type FoundPartner = z.infer<typeof FoundPartnerSchema>;
export type FoundPartners = z.infer<typeof FoundPartnersSchema>;
export type SavedContact = z.infer<typeof SavedContactSchema>;
export type SavedContactInput = z.input<typeof SavedContactSchema>;
