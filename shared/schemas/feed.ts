/**
 * The partners feed an establishment publishes (a JSON file the directory and
 * card widgets read). The establishment's contact is the default way to reach
 * a partner: personal details appear only with the partner's consent.
 */
import { z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { formatValidationError, type ParseResult, safeParseWithMessage } from '../i18n/validation';
import { customIssue, duplicateIdIndexes, EmailSchema, HttpUrlSchema, text } from './common';
import { hasConsent, type PartnerProfile, PartnerProfileSchema } from './partner';

export const EstablishmentSchema = z.object({
  name: text(300),
  contactEmail: z.optional(EmailSchema),
  contactUrl: z.optional(HttpUrlSchema),
});

export const PartnerFeedSchema = z
  .object({
    schemaVersion: z.optional(z.literal(1)),
    establishment: EstablishmentSchema,
    partners: z.array(PartnerProfileSchema),
  })
  .check(
    z.superRefine((feed, ctx) => {
      for (const index of duplicateIdIndexes(feed.partners)) {
        ctx.addIssue(customIssue('duplicate_id', ['partners', index, 'id'], feed.partners[index]?.id));
      }
    }),
  );

export type Establishment = z.infer<typeof EstablishmentSchema>;
export type PartnerFeed = z.infer<typeof PartnerFeedSchema>;

/**
 * Validates a feed given as parsed JSON or as JSON text. Never throws:
 * unreadable JSON and invalid data come back as `{ ok: false, message }`.
 */
export function parsePartnerFeed(json: unknown, locale: Locale = 'fr'): ParseResult<PartnerFeed> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      const issues = [customIssue('json', [], json)];
      return { ok: false, message: formatValidationError(issues, locale), issues };
    }
  }
  return safeParseWithMessage(PartnerFeedSchema, data, locale);
}

/** How to reach a partner: their own details when they consented, otherwise the establishment's. */
export interface ContactPath {
  readonly via: 'partner' | 'establishment';
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

export function contactPath(profile: Pick<PartnerProfile, 'consents' | 'contact'>, establishment: Establishment): ContactPath {
  const own = profile.contact;
  if (hasConsent(profile, 'contact') && own && (own.email || own.phone || own.url)) {
    return { via: 'partner', email: own.email, phone: own.phone, url: own.url };
  }
  return { via: 'establishment', email: establishment.contactEmail, url: establishment.contactUrl };
}
