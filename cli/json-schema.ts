/** The JSON Schemas of the public files, generated from the zod schemas (so they cannot drift from what the widgets accept). */
import { z } from 'zod/mini';
import { PartnershipSummarySchema } from '../shared/schemas/partnership-summary';
import { PublicFeedSchema } from '../shared/schemas/public-feed';

export function publicFeedJsonSchema(): unknown {
  return z.toJSONSchema(PublicFeedSchema, { unrepresentable: 'any', io: 'output' });
}

/** The partnership summary's (`binome schema --resume`): the small-count rule is a refinement, stated in the description. */
export function partnershipSummaryJsonSchema(): unknown {
  const schema = z.toJSONSchema(PartnershipSummarySchema, { unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
  return {
    ...schema,
    description:
      'Binôme partnership summary (aggregates only). Every count is 0, at least 3, or "few" (1 or 2, not said which), so that nobody can be singled out.',
  };
}
