/**
 * A saved contact as a partner profile, for the widgets that take profiles: the card
 * (`<pp-partner-card>.partner`) shows a contact in the library, the matching form
 * (`<pp-matching-form mode="need">.partners`) ranks the user's contacts.
 *
 * Nothing is invented. Each consent is granted exactly for what the page showed (a
 * name shown → `name` consent, themes shown → `experience`, own address shown →
 * `contact`), so the public view of the rebuilt profile is the same data again. The
 * `matching` consent is the agreement the user recorded, never assumed. Titles and
 * trainings were shown only because the establishment validated them: they are marked
 * validated by that establishment, on the day the card was read. No photo.
 */
import type { SavedContact } from '../schemas/contact';
import type { PartnerProfileInput } from '../schemas/partner';
import type { Establishment } from '../schemas/registry';

const dayOf = (iso: string) => iso.slice(0, 10);

export function contactToProfile(contact: SavedContact): PartnerProfileInput {
  const { shown, source } = contact;
  const seen = dayOf(source.seenAt);
  const by = (source.establishment?.name ?? new URL(source.pageUrl).host).slice(0, 200);
  const validatedBy = { by, date: seen };
  const consent = (granted: boolean, date = seen) => ({ granted, date });
  const matching = contact.matchingConsent ?? consent(false, dayOf(contact.savedAt));
  return {
    id: contact.id,
    ...(shown.name ? { name: { display: shown.name } } : {}),
    ...(shown.gender ? { gender: shown.gender } : {}),
    titles: shown.roles.map((role) => ({ role, validatedBy })),
    domains: [...shown.domains],
    missions: [...shown.missions],
    statuses: [...shown.statuses],
    trainings: shown.trainings.map((t) => ({ ...t, validatedBy })),
    // The schema needs the association's name; a withheld name leaves only the mandate,
    // which neither the card's headline nor the matching score uses.
    ...(shown.association?.name ? { association: { name: shown.association.name, mandated: shown.association.mandated } } : {}),
    territory: { ...shown.territory },
    languages: [...shown.languages],
    projects: shown.projects.map((p) => ({ ...p })),
    experience: shown.experience
      ? { ...shown.experience, themes: [...shown.experience.themes] }
      : { themes: [], caregiver: false },
    abilities: [...shown.abilities],
    availability: { slots: [...shown.availability.slots], commitment: [...shown.availability.commitment] },
    load: { ...shown.load },
    // A manager of the establishment is never shown as its partner (public view, guide 3.3).
    managesEstablishment: false,
    ...(shown.personal ? { contact: { ...shown.personal } } : {}),
    consents: {
      keepData: consent(true),
      listing: consent(true),
      name: consent(Boolean(shown.name)),
      photo: consent(false),
      experience: consent(shown.experience !== undefined),
      contact: consent(shown.personal !== undefined),
      matching,
    },
  };
}

/** The establishment to contact the person through (the card's default route). */
export function contactEstablishment(contact: SavedContact): Establishment | undefined {
  return contact.source.establishment;
}

/** Contacts who may be proposed for a project: the user recorded their agreement. */
export function mayBeProposed(contact: SavedContact): boolean {
  return contact.matchingConsent?.granted === true;
}
