/** The public feed's JSON Schema, generated from the zod schema (so it cannot drift from what the widgets accept). */
import { z } from 'zod/mini';
import { PublicFeedSchema } from '../shared/schemas/public-feed';

export function publicFeedJsonSchema(): unknown {
  return z.toJSONSchema(PublicFeedSchema, { unrepresentable: 'any', io: 'output' });
}
