/**
 * The public view of a patient partner: the ONE rule that decides what may
 * leave the registry about a person. `publish()` applies it to build the public
 * feed; the matching results and the extension apply it too, so a field
 * withheld here cannot leak through a label, a search hit or a filter count.
 * Every field left out is recorded as an `Omission`, so that the coordinator
 * can check the publish report before putting a file online.
 *
 * Rules (HAS guide, ../shared/seeds/003_…; RGPD art. 9 for health data):
 * - visibility on websites and in booklets is recommended « en prenant en
 *   compte les contraintes du RGPD » (guide 4.4): every personal field needs
 *   the person's recorded consent; a `listing` (or `keepData`) consent absent,
 *   refused or withdrawn removes the person at once (view = null);
 * - the guide gives the establishment's « gestionnaire » as an example of who
 *   should not be its patient partner (3.3): Binôme's default rule leaves out
 *   anyone flagged `managesEstablishment`;
 * - without the `name` consent the person is shown by role only, and nothing
 *   that re-identifies them (commune, photo alt text, free text naming them);
 * - without the `experience` consent, no health information at all: themes,
 *   story and carer status are dropped, and so are association names,
 *   trainings, projects and skills whose wording reveals a condition
 *   (health.ts);
 * - only titles and trainings validated by the establishment are shown (no
 *   title from self-declaration alone; CNOM 001:1851-1854); a training
 *   always names its issuer;
 * - contact goes through the establishment by default; personal details only
 *   with the `contact` consent;
 * - the current load is public, so nobody over-solicits the same people
 *   (guide, annex 4).
 */
import type { Gender } from '../i18n/locale';
import type { AvailabilitySlot, Commitment } from '../schemas/common';
import type { ConsentField, PartnerProfile } from '../schemas/partner';
import { hasCapacity } from '../schemas/partner';
import { isHttpUrl, isRelativeRef } from '../schemas/safe-url';
import type { DomainId, MissionId } from '../vocab/domain-labels';
import { ROLES_REVEALING_HEALTH, type RoleId } from '../vocab/role-labels';
import type { StatusId } from '../vocab/status-labels';
import type { TrainingKind } from '../vocab/training-labels';
import { type ContactRoute, personalRoutes } from './contact-routes';
import { healthRevealer, nameRevealer } from './health';

export type { ContactRoute } from './contact-routes';

export interface PublicTraining {
  readonly kind: TrainingKind;
  readonly label?: string;
  readonly issuer: string;
  readonly year?: number;
  readonly hours?: number;
}

/** What may be shown about a person, with vocabulary ids (publish/terms.ts adds their labels). */
export interface PublicPartner {
  /** The registry's identifier. It is public (it appears in the contact reference): registries should use opaque ids. */
  readonly id: string;
  /** Only with the `name` consent. */
  readonly name?: string;
  /** Grammatical gender, for label agreement only. */
  readonly gender?: Gender;
  /** Only with the `photo` consent. `alt` is dropped when it could name the person or reveal health data. */
  readonly photo?: { readonly url: string; readonly alt?: string };
  /** Roles validated by the establishment, in the registry's order. */
  readonly roles: readonly RoleId[];
  readonly domains: readonly DomainId[];
  readonly missions: readonly MissionId[];
  readonly statuses: readonly StatusId[];
  /** Validated trainings only. */
  readonly trainings: readonly PublicTraining[];
  /** `name` is absent when it would reveal health data without consent. */
  readonly association?: { readonly name?: string; readonly mandated: boolean };
  /** `commune` only with the `name` consent (a commune and a role can re-identify someone). */
  readonly territory: { readonly departement: string; readonly commune?: string; readonly remote: boolean };
  readonly languages: readonly string[];
  readonly projects: readonly { readonly title: string; readonly url?: string }[];
  /** Only with the `experience` consent. */
  readonly experience?: { readonly themes: readonly string[]; readonly caregiver: boolean; readonly text?: string };
  readonly abilities: readonly string[];
  readonly availability: { readonly slots: readonly AvailabilitySlot[]; readonly commitment: readonly Commitment[] };
  readonly load: { readonly activeMissions: number; readonly maxMissions?: number; readonly hasCapacity: boolean };
  /** The person's own routes, only with the `contact` consent. */
  readonly contact: readonly ContactRoute[];
}

/** Where a consent stands: recorded and granted, never recorded, or recorded as not granted (refused or withdrawn). */
export type ConsentState =
  | { readonly state: 'granted'; readonly date: string }
  | { readonly state: 'absent' }
  | { readonly state: 'not_granted'; readonly date: string };

/** Why something was left out of the public view. */
export type OmissionReason =
  /** The consent for this field is absent, refused or withdrawn (`consent` says which, `since` when). */
  | 'consent'
  /** The data-keeping consent is withdrawn: nothing at all may be shown. */
  | 'keep_data'
  /** Flagged as a manager of the establishment (default rule of the establishment, after guide 3.3). */
  | 'manager'
  /** A title or training the establishment has not validated. */
  | 'not_validated'
  /** Wording that would reveal a health condition the person did not consent to show. */
  | 'reveals_health'
  /** Wording that would name a person who did not consent to show their name. */
  | 'reveals_name'
  /** An address that is not https:/http:. */
  | 'unsafe_url';

export interface Omission {
  /** Path of the field in the registry profile: `name`, `photo.alt`, `trainings[1]`, `*` for the whole person. */
  readonly field: string;
  readonly reason: OmissionReason;
  /** For `consent` and `keep_data`: which consent. */
  readonly consent?: ConsentField;
  /** For `consent`: absent (never recorded) or not_granted (refused or withdrawn), and since when. */
  readonly consentState?: 'absent' | 'not_granted';
  readonly since?: string;
}

export interface Projection {
  /** Null when the person must not appear at all. */
  readonly view: PublicPartner | null;
  /** Each thing the registry holds that the view leaves out, and why. */
  readonly omissions: readonly Omission[];
}

/** The state of one consent, as recorded (keepData's withdrawal is handled by the callers). */
export function consentState(profile: Pick<PartnerProfile, 'consents'>, field: ConsentField): ConsentState {
  const consent = profile.consents?.[field];
  if (!consent) return { state: 'absent' };
  return consent.granted ? { state: 'granted', date: consent.date } : { state: 'not_granted', date: consent.date };
}

function consentOmission(field: string, consent: ConsentField, state: ConsentState): Omission {
  return state.state === 'not_granted'
    ? { field, reason: 'consent', consent, consentState: 'not_granted', since: state.date }
    : { field, reason: 'consent', consent, consentState: 'absent' };
}

/**
 * Applies the consent rule to one registry profile: what may be published, and
 * every piece of data left out with its reason.
 */
export function projectPartner(profile: PartnerProfile): Projection {
  const keepData = consentState(profile, 'keepData');
  if (keepData.state !== 'granted') {
    return { view: null, omissions: [{ ...consentOmission('*', 'keepData', keepData), reason: 'keep_data' }] };
  }
  const listing = consentState(profile, 'listing');
  if (listing.state !== 'granted') return { view: null, omissions: [consentOmission('*', 'listing', listing)] };
  if (profile.managesEstablishment) return { view: null, omissions: [{ field: '*', reason: 'manager' }] };

  const omissions: Omission[] = [];
  const nameConsent = consentState(profile, 'name');
  const experienceConsent = consentState(profile, 'experience');
  const showName = nameConsent.state === 'granted';
  const showExperience = experienceConsent.state === 'granted';
  // Without the experience consent, any wording that names a condition is withheld;
  // without the name consent, any wording that names the person.
  const revealsHealth = showExperience ? () => false : healthRevealer(profile.experience.themes);
  const revealsName = showName ? () => false : nameRevealer([profile.name?.given, profile.name?.family, profile.name?.display]);
  /** The reason `text` must be withheld, if any. */
  const withheld = (text: string | undefined): OmissionReason | undefined =>
    revealsHealth(text) ? 'reveals_health' : revealsName(text) ? 'reveals_name' : undefined;

  let name: string | undefined;
  if (profile.name) {
    if (showName) {
      const { display, given, family } = profile.name;
      name = display ?? ([given, family].filter(Boolean).join(' ') || undefined);
    } else omissions.push(consentOmission('name', 'name', nameConsent));
  }

  let photo: PublicPartner['photo'];
  if (profile.photo) {
    const photoConsent = consentState(profile, 'photo');
    if (photoConsent.state !== 'granted') omissions.push(consentOmission('photo', 'photo', photoConsent));
    else if (!isHttpUrl(profile.photo.url) && !isRelativeRef(profile.photo.url))
      omissions.push({ field: 'photo', reason: 'unsafe_url' });
    else {
      const alt = profile.photo.alt;
      const altWithheld = showName ? withheld(alt) : 'reveals_name';
      photo = alt && !altWithheld ? { url: profile.photo.url, alt } : { url: profile.photo.url };
      if (alt && altWithheld) omissions.push({ field: 'photo.alt', reason: altWithheld });
    }
  }

  const roles: RoleId[] = [];
  profile.titles.forEach((title, index) => {
    if (title.validatedBy === undefined) omissions.push({ field: `titles[${index}]`, reason: 'not_validated' });
    else if (!showExperience && ROLES_REVEALING_HEALTH.has(title.role))
      omissions.push({ field: `titles[${index}]`, reason: 'reveals_health' });
    else roles.push(title.role);
  });

  let association: PublicPartner['association'];
  if (profile.association) {
    const { name: associationName, mandated } = profile.association;
    const why = withheld(associationName);
    if (!why) association = { name: associationName, mandated };
    else {
      omissions.push({ field: 'association.name', reason: why });
      // A mandate is worth saying even when the association's name must be withheld (3.3).
      if (mandated) association = { mandated };
    }
  }

  const trainings: PublicTraining[] = [];
  profile.trainings.forEach((t, index) => {
    const why = t.validatedBy === undefined ? 'not_validated' : (withheld(t.label) ?? withheld(t.issuer));
    if (why) {
      omissions.push({ field: `trainings[${index}]`, reason: why });
      return;
    }
    const { kind, label, issuer, year, hours } = t;
    trainings.push({ kind, issuer, ...(label ? { label } : {}), ...(year ? { year } : {}), ...(hours ? { hours } : {}) });
  });

  let experience: PublicPartner['experience'];
  const storyText = profile.experience.text?.trim();
  if (showExperience) {
    const storyWithheld = storyText ? withheld(storyText) : undefined;
    if (storyText && storyWithheld) omissions.push({ field: 'experience.text', reason: storyWithheld });
    experience = {
      themes: [...profile.experience.themes],
      caregiver: profile.experience.caregiver,
      ...(storyText && !storyWithheld ? { text: storyText } : {}),
    };
  } else if (profile.experience.themes.length > 0 || storyText || profile.experience.caregiver) {
    omissions.push(consentOmission('experience', 'experience', experienceConsent));
  }

  const { departement, commune, remote } = profile.territory;
  if (commune && !showName) omissions.push(consentOmission('territory.commune', 'name', nameConsent));

  const projects: { title: string; url?: string }[] = [];
  profile.projects.forEach((p, index) => {
    const why = withheld(p.title);
    if (why) omissions.push({ field: `projects[${index}]`, reason: why });
    else projects.push(p.url && (isHttpUrl(p.url) || isRelativeRef(p.url)) ? { title: p.title, url: p.url } : { title: p.title });
  });

  const abilities: string[] = [];
  profile.abilities.forEach((a, index) => {
    const why = withheld(a);
    if (why) omissions.push({ field: `abilities[${index}]`, reason: why });
    else abilities.push(a);
  });

  let contact: ContactRoute[] = [];
  const own = profile.contact;
  if (own && (own.email || own.phone || own.url)) {
    const contactConsent = consentState(profile, 'contact');
    if (contactConsent.state === 'granted') contact = personalRoutes(own);
    else omissions.push(consentOmission('contact', 'contact', contactConsent));
  }

  const view: PublicPartner = {
    id: profile.id,
    ...(name ? { name } : {}),
    ...(profile.gender ? { gender: profile.gender } : {}),
    ...(photo ? { photo } : {}),
    roles,
    domains: [...profile.domains],
    missions: [...profile.missions],
    statuses: [...profile.statuses],
    trainings,
    ...(association ? { association } : {}),
    territory: { departement, remote, ...(showName && commune ? { commune } : {}) },
    languages: [...profile.languages],
    projects,
    ...(experience ? { experience } : {}),
    abilities,
    availability: { slots: [...profile.availability.slots], commitment: [...profile.availability.commitment] },
    load: {
      activeMissions: profile.load.activeMissions,
      ...(profile.load.maxMissions !== undefined ? { maxMissions: profile.load.maxMissions } : {}),
      hasCapacity: hasCapacity(profile),
    },
    contact,
  };
  return { view, omissions };
}

/** What may be shown about `profile`, or null when the person must not appear at all. */
export function publicView(profile: PartnerProfile): PublicPartner | null {
  return projectPartner(profile).view;
}

/** The public views of the partners who may appear, in the registry's order. */
export function publicViews(profiles: readonly PartnerProfile[]): PublicPartner[] {
  const views: PublicPartner[] = [];
  for (const profile of profiles) {
    const view = publicView(profile);
    if (view) views.push(view);
  }
  return views;
}
