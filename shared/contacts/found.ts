/**
 * The page reader's answer, checked before the extension uses any of it: it comes from a
 * web page, which could have tampered with it. The envelope must be right; each card is
 * then validated on its own (a broken one is dropped and reported, the others stay).
 */
import { safeParse } from 'zod/mini';
import { FoundPartnerSchema, type FoundPartners, FoundPartnersSchema } from '../schemas/contact';

export function coerceFoundPartners(raw: unknown): FoundPartners | null {
  if (!raw || typeof raw !== 'object') return null;
  const { partners, ...rest } = raw as { partners?: unknown };
  const envelope = safeParse(FoundPartnersSchema, { ...rest, partners: [] });
  if (!envelope.success || !Array.isArray(partners)) return null;
  const valid: FoundPartners['partners'] = [];
  const problems = [...envelope.data.problems];
  partners.slice(0, 5000).forEach((partner, index) => {
    const parsed = safeParse(FoundPartnerSchema, partner);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`partners[${index}]`);
  });
  return { ...envelope.data, partners: valid, problems };
}
