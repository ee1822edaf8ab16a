/**
 * A saved contact as a partner profile, for the matching form
 * (`<pp-matching-form mode="need">.partners` ranks the user's contacts). The card itself
 * (`<pp-partner-card>.partner`) takes what the page showed as it is: no conversion.
 *
 * Nothing is invented. Each consent is granted exactly for what the page showed (a
 * name shown → `name` consent, themes shown → `experience`, own routes shown →
 * `contact`), and the `matching` consent is the agreement the user recorded, never
 * assumed. Titles and trainings were shown only because the establishment validated
 * them: they are marked validated by that establishment, on the day the card was read.
 *
 * Vocabulary: a card gives ids with their labels. Ids of the HAS vocabulary (ours) are
 * kept; an id we do not know — another site's own role, status, slot… — cannot be
 * weighed by the matching rules, which are written for the HAS vocabulary, so it is
 * left out of the profile (the contact itself keeps it, shown with the site's label).
 * A theme we do not know is kept as the site's French words (free text, as the
 * registry allows). A contact whose département is not a French département code
 * cannot be placed at all: it is not ranked (`null`).
 */
import { safeParse } from 'zod/mini';
import { CommitmentSchema, ConsentSchema, DepartementSchema, LangTagSchema, SlotSchema } from '../schemas/common';
import type { SavedContact } from '../schemas/contact';
import type { Establishment } from '../schemas/establishment';
import { type PartnerProfile, type PartnerProfileInput, PartnerProfileSchema } from '../schemas/partner';
import { domainOfMission, isDomainId, isMissionId } from '../vocab/domain-labels';
import { healthThemeById } from '../vocab/health-themes';
import { isRoleId } from '../vocab/role-labels';
import { isStatusId } from '../vocab/status-labels';
import { isTrainingKind } from '../vocab/training-labels';

const dayOf = (iso: string) => iso.slice(0, 10);
const fits = (schema: Parameters<typeof safeParse>[0], value: unknown) => safeParse(schema, value).success;

/** The profile input for a contact (unknown ids left out), or null when it cannot be placed. */
export function contactToProfileInput(contact: SavedContact): PartnerProfileInput | null {
  const { shown, source } = contact;
  if (!fits(DepartementSchema, shown.territory.departement.id)) return null;
  const seen = dayOf(source.seenAt);
  const by = (source.establishment?.name ?? new URL(source.pageUrl).host).slice(0, 200);
  const validatedBy = { by, date: seen };
  const consent = (granted: boolean, date = seen) => ({ granted, date });
  const matching =
    contact.matchingConsent && fits(ConsentSchema, contact.matchingConsent)
      ? contact.matchingConsent
      : consent(false, dayOf(contact.savedAt));
  const domains = shown.domains.map((d) => d.id).filter(isDomainId);
  const missions = shown.missions
    .map((m) => m.id)
    .filter(isMissionId)
    .filter((m) => domains.includes(domainOfMission(m) as (typeof domains)[number]));
  const own = {
    email: shown.contact.find((r) => r.kind === 'email')?.text,
    phone: shown.contact.find((r) => r.kind === 'phone')?.text,
    url: shown.contact.find((r) => r.kind === 'url')?.href,
  };
  const contactDetails = Object.fromEntries(Object.entries(own).filter(([, v]) => v)) as typeof own;
  const experience = shown.experience;
  return {
    id: contact.id,
    ...(shown.name ? { name: { display: shown.name } } : {}),
    ...(shown.gender ? { gender: shown.gender } : {}),
    titles: shown.roles
      .map((r) => r.id)
      .filter(isRoleId)
      .map((role) => ({ role, validatedBy })),
    domains,
    missions,
    statuses: shown.statuses.map((s) => s.id).filter(isStatusId),
    trainings: shown.trainings.flatMap(({ kind, ...rest }) =>
      isTrainingKind(kind.id) ? [{ ...rest, kind: kind.id, validatedBy }] : [],
    ),
    // The schema needs the association's name; a withheld name leaves only the mandate,
    // which the matching score does not use.
    ...(shown.association?.name ? { association: { name: shown.association.name, mandated: shown.association.mandated } } : {}),
    territory: {
      departement: shown.territory.departement.id,
      remote: shown.territory.remote,
      ...(shown.territory.commune ? { commune: shown.territory.commune } : {}),
    },
    languages: shown.languages.map((l) => l.id).filter((tag) => fits(LangTagSchema, tag)),
    projects: shown.projects.filter((p) => p.url === undefined || /^https?:/i.test(p.url)).map((p) => ({ ...p })),
    experience: experience
      ? {
          themes: experience.themes.map((t) => (t.id && healthThemeById(t.id) ? t.id : t.fr.slice(0, 200))),
          caregiver: experience.caregiver,
          ...(experience.text ? { text: experience.text } : {}),
        }
      : { themes: [], caregiver: false },
    abilities: [...shown.abilities],
    availability: {
      slots: shown.availability.slots.map((s) => s.id).filter((id) => fits(SlotSchema, id)),
      commitment: shown.availability.commitment.map((c) => c.id).filter((id) => fits(CommitmentSchema, id)),
    },
    load: {
      activeMissions: shown.load.activeMissions,
      ...(shown.load.maxMissions !== undefined ? { maxMissions: shown.load.maxMissions } : {}),
    },
    // A manager of the establishment is never in its public feed.
    managesEstablishment: false,
    ...(Object.keys(contactDetails).length ? { contact: contactDetails } : {}),
    consents: {
      keepData: consent(true),
      listing: consent(true),
      name: consent(Boolean(shown.name)),
      photo: consent(false),
      experience: consent(experience !== undefined),
      contact: consent(shown.contact.length > 0),
      matching,
    },
  } as PartnerProfileInput;
}

/** The contact as a validated profile for the matching form, or null when it cannot be placed. */
export function contactToProfile(contact: SavedContact): PartnerProfile | null {
  const input = contactToProfileInput(contact);
  if (!input) return null;
  const parsed = safeParse(PartnerProfileSchema, input);
  return parsed.success ? parsed.data : null;
}

/** The establishment to contact the person through (the card's default route). */
export function contactEstablishment(contact: SavedContact): Establishment | undefined {
  return contact.source.establishment;
}

/** Contacts who may be proposed for projects: the user recorded their agreement. */
export function mayBeProposed(contact: SavedContact): boolean {
  return contact.matchingConsent?.granted === true;
}
