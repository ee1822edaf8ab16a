/**
 * The records of a project workspace as the extension stores them and as the full
 * backup carries them: one definition for both (extension/modules/projects,
 * extension/modules/registry and shared/library/workspace-backup).
 */
import { z } from 'zod/mini';
import { CharterRecordSchema } from './charter';
import { customIssue, IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, text } from './common';
import { EstablishmentSchema } from './establishment';
import { ConsentsSchema, PartnerProfileSchema } from './partner';
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

/**
 * The establishment's private partner registry, as the extension keeps it (database v4,
 * « Registre des partenaires »): one record for the establishment, one per partner
 * (the registry's PartnerProfile, validated by the registry's own schema), and one per
 * person who withdrew the data-keeping consent. Never published as such: the public
 * feed is computed from it by `publish()` (shared/publish/).
 */
export const REGISTRY_INFO_ID = 'registry';

export const RegistryInfoSchema = z.object({
  id: z.literal(REGISTRY_INFO_ID),
  establishment: EstablishmentSchema,
  /** The file the registry was last imported from (its name only), and when. */
  importedFrom: z.optional(text(300)),
  importedAt: z.optional(IsoDateTimeSchema),
  updatedAt: IsoDateTimeSchema,
});
export type RegistryInfo = z.infer<typeof RegistryInfoSchema>;

export const RegistryPartnerRecordSchema = z
  .object({
    id: IdSchema,
    /** The registry's order (the order of the file it came from, then of additions): the feed keeps it. */
    order: z.int().check(z.gte(0)),
    profile: PartnerProfileSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(
    z.superRefine((record, ctx) => {
      if (record.profile?.id !== record.id) ctx.addIssue(customIssue('id', ['profile', 'id'], record.profile?.id));
    }),
  );
export type RegistryPartnerRecord = z.infer<typeof RegistryPartnerRecordSchema>;
export type RegistryPartnerRecordInput = z.input<typeof RegistryPartnerRecordSchema>;

/**
 * What stays of a person who withdrew the data-keeping consent: their registry id and
 * the dates of their consents — what proves the withdrawal (RGPD art. 7.1: the
 * establishment must be able to show consent and its withdrawal), nothing else. The
 * profile itself is erased at once. The record also stops an older file or backup from
 * bringing the person back.
 */
export const WithdrawalRecordSchema = z.object({
  id: IdSchema,
  /** The day the data-keeping consent was withdrawn. */
  withdrawnOn: IsoDateSchema,
  consents: ConsentsSchema,
  recordedAt: IsoDateTimeSchema,
});
export type WithdrawalRecord = z.infer<typeof WithdrawalRecordSchema>;
