/** The establishment (or service) that keeps a registry and publishes its feed: its contact is the default route to a partner. */
import { z } from 'zod/mini';
import { EmailSchema, HttpUrlSchema, text } from './common';

export const EstablishmentSchema = z.object({
  name: text(300),
  contactEmail: z.optional(EmailSchema),
  contactUrl: z.optional(HttpUrlSchema),
});

export type Establishment = z.infer<typeof EstablishmentSchema>;
