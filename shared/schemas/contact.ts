/**
 * A patient partner saved as a contact in the extension's private library, from a card
 * a hospital page showed (`<pp-partner-card>`, `<pp-partner-list>`).
 *
 * What a contact may hold was decided by the establishment when it published its feed
 * (shared/publish/, the one consent rule), and the card cut it down further to what it
 * displays: the widget writes that on the card (`data-pp-shown`, a public feed entry),
 * and the page reader keeps exactly that — no fetch, no raw profile, no consent record.
 * Labels come with it (the feed is self-describing), so a contact shows the publishing
 * site's own words, even for ids our vocabulary does not know. Never a photo: showing
 * one would make the extension request it from the hospital's site, and a portrait is
 * not needed to contact someone. The source page and the date are always kept: where
 * the user saw the person, and when (RGPD: the user can tell where the data came from).
 *
 * The one thing a public card cannot say is whether the person agreed to be proposed
 * for projects (the registry's `matching` consent is not public). A coordinator records
 * that agreement herself (`matchingConsent`), with its date; matching runs only over
 * contacts who gave it (the matching form's rule, guide 3.3 and annex 4).
 *
 * Version 1 contacts (vocabulary ids, before the public feed existed) are upgraded when
 * the database opens and when a backup is read: shared/contacts/legacy-v1.ts.
 */
import { z } from 'zod/mini';
import { ConsentSchema, HttpUrlSchema, IdSchema, IsoDateTimeSchema, longText, text } from './common';
import { EstablishmentSchema } from './establishment';
import { PublicPartnerEntrySchema } from './public-feed';

export const CONTACT_VERSION = 2;

/** 'full': read from a full card (or a directory's card); 'compact': from a `variant="compact"` card, which speaks only for its few fields. */
export const CONTACT_DETAILS = ['full', 'compact'] as const;
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

/** What one card showed: a public feed entry (labels included), never its photo. */
export const ShownPartnerSchema = z.omit(PublicPartnerEntrySchema, { photo: true });

/** Where and when the card was seen. */
export const ContactSourceSchema = z.object({
  /** The page that showed the card. */
  pageUrl: HttpUrlSchema,
  pageTitle: z.optional(text(1000)),
  /** The feed the card was drawn from (the widget's `src`), when it named exactly one. */
  feedUrl: z.optional(HttpUrlSchema),
  /** The establishment publishing the card: its name and its contact route (the default way to reach the person). */
  establishment: z.optional(EstablishmentSchema),
  /** When the page was read. */
  seenAt: IsoDateTimeSchema,
});

/** What the page reader hands the extension for one card. */
export const FoundPartnerSchema = z.object({
  shown: ShownPartnerSchema,
  detail: z.enum(CONTACT_DETAILS),
  feedUrl: z.optional(HttpUrlSchema),
  establishment: z.optional(EstablishmentSchema),
});

/** The page reader's whole answer (validated card by card by the extension before any use). */
export const FoundPartnersSchema = z.object({
  pageUrl: HttpUrlSchema,
  pageTitle: z.optional(z.string().check(z.maxLength(1000))),
  partners: z.array(FoundPartnerSchema).check(z.maxLength(5000)),
  /** Cards the reader could not read (broken attribute…), as short technical notes. */
  problems: z._default(z.array(z.string().check(z.maxLength(500))), []),
});

export const SavedContactSchema = z.object({
  schemaVersion: z.literal(CONTACT_VERSION),
  id: IdSchema,
  detail: z.enum(CONTACT_DETAILS),
  shown: ShownPartnerSchema,
  source: ContactSourceSchema,
  savedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** The user's own note. */
  note: z._default(longText(5000), ''),
  /** The person's agreement to be proposed for projects, as recorded by the user (not in the public card). */
  matchingConsent: z.optional(ConsentSchema),
});

export type ShownPartner = z.infer<typeof ShownPartnerSchema>;
export type ContactSource = z.infer<typeof ContactSourceSchema>;
export type FoundPartner = z.infer<typeof FoundPartnerSchema>;
export type FoundPartners = z.infer<typeof FoundPartnersSchema>;
export type SavedContact = z.infer<typeof SavedContactSchema>;
export type SavedContactInput = z.input<typeof SavedContactSchema>;
