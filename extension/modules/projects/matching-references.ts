/**
 * The contacts offered to the matching form, named by the reference their establishment
 * uses (the card's id, « pp-005 ») rather than the library's own key (a UUID): the
 * results say « Réf. pp-005 », which the coordinator finds again on the hospital's page
 * and can quote to it (issue 20). The form hands back these references on `pp-select`;
 * `contactIdOf` turns them back into contact ids.
 *
 * Two contacts may carry the same card id (two establishments both number from pp-001):
 * each then gets `~2`, `~3`… in the order of the list, so that every reference stays one
 * person. A card id the profile schema would refuse falls back to the contact's own id.
 */
import { safeParse } from 'zod/mini';
import { contactToProfile } from '../../../shared/contacts/profile';
import { IdSchema } from '../../../shared/schemas/common';
import type { SavedContact } from '../../../shared/schemas/contact';
import type { PartnerProfile } from '../../../shared/schemas/partner';

export interface ReferencedProfiles {
  readonly profiles: PartnerProfile[];
  /** Reference shown in the form → the contact's id. */
  readonly contactIdOf: ReadonlyMap<string, string>;
}

const fitsId = (value: string) => safeParse(IdSchema, value).success;

export function referencedProfiles(contacts: readonly SavedContact[]): ReferencedProfiles {
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  const profiles: PartnerProfile[] = [];
  const contactIdOf = new Map<string, string>();
  for (const contact of contacts) {
    const profile = contactToProfile(contact);
    if (!profile) continue;
    const card = contact.shown.id;
    let reference = contact.id;
    if (fitsId(card)) {
      const n = (seen.get(card) ?? 0) + 1;
      seen.set(card, n);
      const candidate = n === 1 ? card : `${card}~${n}`;
      if (fitsId(candidate) && !taken.has(candidate)) reference = candidate;
    }
    taken.add(reference);
    profiles.push({ ...profile, id: reference });
    contactIdOf.set(reference, contact.id);
  }
  return { profiles, contactIdOf };
}
