/**
 * The partner registry (schema version 1): what an establishment keeps about its
 * patient partners — full profiles with dated consents, trainings, load and the
 * matching consent. It is PRIVATE: it never sits at a public URL. What may be
 * published is computed from it by `publish()` (shared/publish/), which writes
 * a public feed (public-feed.ts). Files written before the public feed existed
 * (« feeds » of version 1) are valid registries.
 */
import { z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { formatValidationError, type ParseResult, safeParseWithMessage } from '../i18n/validation';
import { customIssue, duplicateIdIndexes } from './common';
import { EstablishmentSchema } from './establishment';
import { PartnerProfileSchema } from './partner';

export { type Establishment, EstablishmentSchema } from './establishment';

export const REGISTRY_VERSION = 1;

export const PartnerRegistrySchema = z
  .object({
    schemaVersion: z.optional(z.literal(REGISTRY_VERSION)),
    establishment: EstablishmentSchema,
    partners: z.array(PartnerProfileSchema),
  })
  .check(
    z.superRefine((registry, ctx) => {
      for (const index of duplicateIdIndexes(registry.partners)) {
        ctx.addIssue(customIssue('duplicate_id', ['partners', index, 'id'], registry.partners[index]?.id));
      }
    }),
  );

export type PartnerRegistry = z.infer<typeof PartnerRegistrySchema>;
/** A registry before defaults are applied (lists may be omitted). */
export type PartnerRegistryInput = z.input<typeof PartnerRegistrySchema>;

/**
 * Validates a registry given as parsed JSON or as JSON text. Never throws:
 * unreadable JSON and invalid data come back as `{ ok: false, message }`.
 */
export function parsePartnerRegistry(json: unknown, locale: Locale = 'fr'): ParseResult<PartnerRegistry> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      const issues = [customIssue('json', [], json)];
      return { ok: false, message: formatValidationError(issues, locale), issues };
    }
  }
  return safeParseWithMessage(PartnerRegistrySchema, data, locale);
}
