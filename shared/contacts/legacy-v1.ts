/**
 * Contacts of version 1, saved before the public feed existed: the card's fields as
 * vocabulary ids (the page reader computed the public view itself). They are read here
 * only to be upgraded — by the database migration to v4 and when an older backup is
 * imported — into version 2: the same data as a public feed entry, each id given its
 * labels by the same functions `publish()` uses (shared/publish/terms.ts). Nothing is
 * added: the entry says what the v1 contact said.
 */
import { safeParse, z } from 'zod/mini';
import { personalRoutes } from '../publish/contact-routes';
import type { PublicPartner } from '../publish/public-view';
import { toFeedEntry } from '../publish/terms';
import {
  CommitmentSchema,
  ConsentSchema,
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
} from '../schemas/common';
import { CONTACT_DETAILS, ContactSourceSchema, type SavedContact, SavedContactSchema } from '../schemas/contact';
import { DOMAIN_IDS, MISSION_IDS } from '../vocab/domain-labels';
import { ROLE_IDS } from '../vocab/role-labels';
import { STATUS_IDS } from '../vocab/status-labels';
import { TRAINING_KIND_IDS } from '../vocab/training-labels';

const ShownV1Schema = z.object({
  partnerId: IdSchema,
  detail: z.enum(CONTACT_DETAILS),
  name: z.optional(text(200)),
  gender: z.optional(GenderSchema),
  roles: z._default(z.array(z.enum(ROLE_IDS)), []),
  domains: z._default(z.array(z.enum(DOMAIN_IDS)), []),
  missions: z._default(z.array(z.enum(MISSION_IDS)), []),
  statuses: z._default(z.array(z.enum(STATUS_IDS)), []),
  trainings: z._default(
    z.array(
      z.object({
        kind: z.enum(TRAINING_KIND_IDS),
        label: z.optional(text(300)),
        issuer: text(300),
        year: z.optional(z.int().check(z.gte(1950), z.lte(2100))),
        hours: z.optional(z.number().check(z.gt(0), z.lte(5000))),
      }),
    ),
    [],
  ),
  association: z.optional(z.object({ name: z.optional(text(300)), mandated: z.boolean() })),
  territory: z.object({ departement: DepartementSchema, commune: z.optional(text(200)), remote: z.boolean() }),
  languages: z._default(z.array(LangTagSchema), []),
  projects: z._default(z.array(z.object({ title: text(300), url: z.optional(HttpUrlSchema) })), []),
  experience: z.optional(
    z.object({ themes: z._default(z.array(text(200)), []), caregiver: z.boolean(), text: z.optional(longText(5000)) }),
  ),
  abilities: z._default(z.array(text(200)), []),
  availability: z.object({ slots: z._default(z.array(SlotSchema), []), commitment: z._default(z.array(CommitmentSchema), []) }),
  load: z.object({ activeMissions: z.int().check(z.gte(0)), maxMissions: z.optional(z.int().check(z.gte(0))) }),
  personal: z.optional(
    z.object({ email: z.optional(EmailSchema), phone: z.optional(PhoneSchema), url: z.optional(SafeUrlSchema) }),
  ),
});

/** A version 1 contact, as v1 stored it. */
export const SavedContactV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: IdSchema,
  shown: ShownV1Schema,
  source: ContactSourceSchema,
  savedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  note: z._default(longText(5000), ''),
  matchingConsent: z.optional(ConsentSchema),
});
export type SavedContactV1 = z.infer<typeof SavedContactV1Schema>;

/** The v1 contact as version 2 (not validated: callers validate what they write). */
export function upgradeContactV1(v1: SavedContactV1): SavedContact {
  const { partnerId, detail, personal, load, ...shown } = v1.shown;
  const view: PublicPartner = {
    ...shown,
    id: partnerId,
    load: {
      ...load,
      hasCapacity: load.maxMissions === undefined || load.activeMissions < load.maxMissions,
    },
    contact: personalRoutes(personal),
  };
  const { photo: _photo, ...entry } = toFeedEntry(view);
  return {
    schemaVersion: 2,
    id: v1.id,
    detail,
    shown: entry,
    source: v1.source,
    savedAt: v1.savedAt,
    updatedAt: v1.updatedAt,
    note: v1.note,
    ...(v1.matchingConsent ? { matchingConsent: v1.matchingConsent } : {}),
  };
}

export type ContactReading =
  | { readonly ok: true; readonly contact: SavedContact }
  | { readonly ok: false; readonly issues: unknown[] };

/**
 * A stored or backed-up contact of either version, as version 2. A version 1 contact is
 * upgraded; anything that is neither comes back with the issues of the current schema.
 */
export function readContact(raw: unknown): ContactReading {
  const current = safeParse(SavedContactSchema, raw);
  if (current.success) return { ok: true, contact: current.data };
  const version = raw && typeof raw === 'object' ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const old = safeParse(SavedContactV1Schema, raw);
    if (!old.success) return { ok: false, issues: old.error.issues };
    const upgraded = safeParse(SavedContactSchema, upgradeContactV1(old.data));
    return upgraded.success ? { ok: true, contact: upgraded.data } : { ok: false, issues: upgraded.error.issues };
  }
  return { ok: false, issues: current.error.issues };
}
