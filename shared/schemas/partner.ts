/**
 * A patient partner's profile as the establishment keeps it in its private
 * registry (registry.ts). What may be published is computed from it by
 * shared/publish/ (public-view.ts), never read from it by a public page.
 *
 * Principles carried by the shape (HAS guide, test/fixtures/has-guide-2026.txt):
 * - titles are shown only once the establishment has validated them
 *   (`validatedBy`): self-proclaimed titles are what the sources warn against
 *   (CNOM 001:1851-1854); trainings always name their issuer;
 * - being a « gestionnaire » of the establishment or service is the guide's example of an
 *   exclusion criterion (3.3, l.537), applied as the establishment's rule: `managesEstablishment`
 *   keeps the profile out of the listing, and out of matching unless the establishment chooses
 *   otherwise (`exclude-managers`);
 * - do not over-solicit partners (l.1255): `load` counts active missions;
 * - partners may be independent, members of an association acting on their
 *   own initiative, or mandated by it (3.3, l.555–557): `association.mandated`;
 * - everything personal is shown only with the matching consent, recorded
 *   with its date; withdrawal = `granted: false` with the withdrawal date.
 */
import { z } from 'zod/mini';
import { DOMAIN_IDS, domainOfMission, MISSION_IDS } from '../vocab/domain-labels';
import { ROLE_IDS } from '../vocab/role-labels';
import { STATUS_IDS } from '../vocab/status-labels';
import { TRAINING_KIND_IDS } from '../vocab/training-labels';
import {
  CommitmentSchema,
  ConsentSchema,
  customIssue,
  DepartementSchema,
  EmailSchema,
  GenderSchema,
  IdSchema,
  issueCode,
  LangTagSchema,
  LinkUrlSchema,
  longText,
  PhoneSchema,
  SafeUrlSchema,
  SlotSchema,
  text,
  ValidationSchema,
} from './common';

export const PartnerNameSchema = z
  .object({
    given: z.optional(text(200)),
    family: z.optional(text(200)),
    /** Name the person wants to be shown under (pseudonym, first name only…). */
    display: z.optional(text(200)),
  })
  .check(z.refine((n) => Boolean(n.given || n.family || n.display), issueCode('name_empty')));

export const PhotoSchema = z.object({ url: LinkUrlSchema, alt: text(300) });

/** A role held by the person; displayed only when the establishment validated it. */
export const PartnerTitleSchema = z.object({
  role: z.enum(ROLE_IDS),
  validatedBy: z.optional(ValidationSchema),
});

/** A training record: the issuer is always required (university, association, UTEP…). */
export const TrainingRecordSchema = z.object({
  kind: z.enum(TRAINING_KIND_IDS),
  /** Exact title, e.g. « DU Éducation thérapeutique du patient ». */
  label: z.optional(text(300)),
  issuer: text(300),
  year: z.optional(z.int().check(z.gte(1950), z.lte(2100))),
  hours: z.optional(z.number().check(z.gt(0), z.lte(5000))),
  validatedBy: z.optional(ValidationSchema),
});

export const AssociationSchema = z.object({
  name: text(300),
  /** True when the association mandates the person for the establishment's actions (3.3, l.557). */
  mandated: z.boolean(),
});

export const TerritorySchema = z.object({
  departement: DepartementSchema,
  commune: z.optional(text(200)),
  /** Accepts to take part remotely. */
  remote: z.boolean(),
});

export const PartnerProjectSchema = z.object({ title: text(300), url: z.optional(LinkUrlSchema) });

export const ExperienceSchema = z.object({
  /** Health themes of lived experience: ids of vocab/health-themes or free text. */
  themes: z._default(z.array(text(200)), []),
  /** Experience as a relative / carer (proche aidant). */
  caregiver: z.boolean(),
  text: z.optional(longText(5000)),
});

export const AvailabilitySchema = z.object({
  slots: z._default(z.array(SlotSchema), []),
  commitment: z._default(z.array(CommitmentSchema), []),
});

/** Current solicitation, to avoid over-soliciting the same people (annex 4, l.1255). */
export const LoadSchema = z.object({
  activeMissions: z.int().check(z.gte(0)),
  /** Most missions the person accepts at once (0 = not available for now). */
  maxMissions: z.optional(z.int().check(z.gte(0))),
});

/** Personal contact details, shown only with the `contact` consent; otherwise use the establishment's contact. */
export const ContactSchema = z.object({
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
  url: z.optional(SafeUrlSchema),
});

export const CONSENT_FIELDS = [
  'keepData',
  'listing',
  'name',
  'photo',
  'experience',
  'contact',
  'matching',
  'projectExperience',
] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

/**
 * One consent per purpose and audience, each dated (RGPD art. 7 and 9: explicit,
 * specific, withdrawable at any time). A consent never recorded is absent: it counts
 * as not given. The first seven are those of the registry's version 1.
 */
export const ConsentsSchema = z.object({
  /** To keep the profile at all; withdrawing it withdraws every other consent. */
  keepData: z.optional(ConsentSchema),
  /** To appear in the public directory. */
  listing: z.optional(ConsentSchema),
  /** To show the name publicly. */
  name: z.optional(ConsentSchema),
  /** To show the photo publicly. */
  photo: z.optional(ConsentSchema),
  /** To show lived-experience themes and text publicly (which implies sharing them with project teams). */
  experience: z.optional(ConsentSchema),
  /** To show personal contact details publicly. */
  contact: z.optional(ConsentSchema),
  /** To be proposed for project needs. */
  matching: z.optional(ConsentSchema),
  /** To share lived experience with the establishment's project teams (matching), without publishing it. */
  projectExperience: z.optional(ConsentSchema),
});

export const PartnerProfileSchema = z
  .object({
    id: IdSchema,
    name: z.optional(PartnerNameSchema),
    /** Grammatical gender, picks the label forms (« Patiente partenaire »). */
    gender: z.optional(GenderSchema),
    photo: z.optional(PhotoSchema),
    titles: z._default(z.array(PartnerTitleSchema), []),
    domains: z._default(z.array(z.enum(DOMAIN_IDS)), []),
    /** Each mission must belong to one of `domains`. */
    missions: z._default(z.array(z.enum(MISSION_IDS)), []),
    statuses: z._default(z.array(z.enum(STATUS_IDS)), []),
    trainings: z._default(z.array(TrainingRecordSchema), []),
    association: z.optional(AssociationSchema),
    territory: TerritorySchema,
    languages: z._default(z.array(LangTagSchema), []),
    projects: z._default(z.array(PartnerProjectSchema), []),
    experience: ExperienceSchema,
    abilities: z._default(z.array(text(200)), []),
    availability: AvailabilitySchema,
    load: LoadSchema,
    /** « gestionnaire » of the establishment or service (management, middle managers included; guide 3.3, l.537). */
    managesEstablishment: z.boolean(),
    contact: z.optional(ContactSchema),
    consents: ConsentsSchema,
  })
  .check(
    z.superRefine((profile, ctx) => {
      // Runs only when the shape parsed; stays defensive anyway.
      const domains = new Set<string>(Array.isArray(profile.domains) ? profile.domains : []);
      const missions = Array.isArray(profile.missions) ? profile.missions : [];
      missions.forEach((mission, index) => {
        const domain = domainOfMission(mission);
        if (!domain || !domains.has(domain)) {
          ctx.addIssue(customIssue('mission_outside_domains', ['missions', index], mission));
        }
      });
    }),
  );

export type PartnerName = z.infer<typeof PartnerNameSchema>;
export type PartnerTitle = z.infer<typeof PartnerTitleSchema>;
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
export type Territory = z.infer<typeof TerritorySchema>;
export type PartnerProfile = z.infer<typeof PartnerProfileSchema>;
/** What a feed may contain before defaults are applied (lists may be omitted). */
export type PartnerProfileInput = z.input<typeof PartnerProfileSchema>;

/**
 * True when the consent is currently granted. Withdrawing `keepData`
 * withdraws everything else: nothing is shown from a profile the person
 * asked to stop keeping.
 */
export function hasConsent(profile: Pick<PartnerProfile, 'consents'>, field: ConsentField): boolean {
  const consents = profile.consents;
  if (!consents?.[field]?.granted) return false;
  return field === 'keepData' || consents.keepData?.granted === true;
}

/** May appear in the directory: listing consent, and not a manager of the establishment (3.3). */
export function isListable(profile: Pick<PartnerProfile, 'consents' | 'managesEstablishment'>): boolean {
  return hasConsent(profile, 'listing') && !profile.managesEstablishment;
}

/**
 * May the person's lived experience be used and shown to the establishment's project
 * teams (matching)? Yes with the `projectExperience` consent, or with the public
 * `experience` consent (what everyone may see, project teams may see).
 */
export function sharesExperienceWithProjects(profile: Pick<PartnerProfile, 'consents'>): boolean {
  return hasConsent(profile, 'projectExperience') || hasConsent(profile, 'experience');
}

/** May be proposed for a project need: matching consent, and not a manager of the establishment (3.3). */
export function isMatchable(profile: Pick<PartnerProfile, 'consents' | 'managesEstablishment'>): boolean {
  return hasConsent(profile, 'matching') && !profile.managesEstablishment;
}

/** Room for one more mission without over-soliciting (no maximum given = no limit declared). */
export function hasCapacity(profile: Pick<PartnerProfile, 'load'>): boolean {
  const { activeMissions, maxMissions } = profile.load;
  return maxMissions === undefined || activeMissions < maxMissions;
}

export type DisplayableTitle = PartnerTitle & { validatedBy: NonNullable<PartnerTitle['validatedBy']> };

/** The titles that may be shown: those validated by the establishment. */
export function displayableTitles(profile: Pick<PartnerProfile, 'titles'>): DisplayableTitle[] {
  return profile.titles.filter((t): t is DisplayableTitle => t.validatedBy !== undefined);
}

/** The name to show, or undefined without the `name` consent (display name first, else "given family"). */
export function displayName(profile: Pick<PartnerProfile, 'consents' | 'name'>): string | undefined {
  if (!hasConsent(profile, 'name') || !profile.name) return undefined;
  const { display, given, family } = profile.name;
  return display ?? ([given, family].filter(Boolean).join(' ') || undefined);
}
