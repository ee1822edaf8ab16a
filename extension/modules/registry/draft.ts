/**
 * The partner form's values (strings and lists, as the controls hold them) and the
 * profile they make. Pure: the form only edits the fields a coordinator changes day to
 * day (name, roles and their validation, domains and missions, territory, load, own
 * contact, the manager flag); everything else the registry holds about the person —
 * trainings, lived experience, availability, consents… — is carried over unchanged.
 * The registry's schema validates the result before it is written (registry-store.ts).
 */
import type { Gender } from '../../../shared/i18n/locale';
import type { PartnerProfile, PartnerProfileInput } from '../../../shared/schemas/partner';
import { type DomainId, domainOfMission, type MissionId } from '../../../shared/vocab/domain-labels';
import type { RoleId } from '../../../shared/vocab/role-labels';

export interface PartnerDraft {
  readonly id: string;
  readonly display: string;
  readonly given: string;
  readonly family: string;
  readonly gender: Gender | '';
  /** Roles the person holds, in order. */
  readonly roles: readonly RoleId[];
  /** Roles the establishment validated (a subset of `roles`). */
  readonly validated: readonly RoleId[];
  /** Who validates, and when, for roles validated in this form (earlier validations keep their own). */
  readonly validatedBy: string;
  readonly validatedOn: string;
  readonly domains: readonly DomainId[];
  readonly missions: readonly MissionId[];
  readonly departement: string;
  readonly commune: string;
  readonly remote: boolean;
  readonly activeMissions: string;
  readonly maxMissions: string;
  readonly manager: boolean;
  readonly email: string;
  readonly phone: string;
  readonly url: string;
}

/** The form's values for `profile` (or an empty form). */
export function draftOf(profile: PartnerProfile | undefined, defaults: { validatedBy: string; today: string }): PartnerDraft {
  return {
    id: profile?.id ?? '',
    display: profile?.name?.display ?? '',
    given: profile?.name?.given ?? '',
    family: profile?.name?.family ?? '',
    gender: profile?.gender ?? '',
    roles: profile?.titles.map((t) => t.role) ?? [],
    validated: profile?.titles.filter((t) => t.validatedBy).map((t) => t.role) ?? [],
    validatedBy: defaults.validatedBy,
    validatedOn: defaults.today,
    domains: profile?.domains ?? [],
    missions: profile?.missions ?? [],
    departement: profile?.territory.departement ?? '',
    commune: profile?.territory.commune ?? '',
    remote: profile?.territory.remote ?? false,
    activeMissions: String(profile?.load.activeMissions ?? 0),
    maxMissions: profile?.load.maxMissions === undefined ? '' : String(profile.load.maxMissions),
    manager: profile?.managesEstablishment ?? false,
    email: profile?.contact?.email ?? '',
    phone: profile?.contact?.phone ?? '',
    url: profile?.contact?.url ?? '',
  };
}

const clean = (value: string) => value.trim();

/** A whole number from a field, or NaN (the schema then says what is wrong, on the right field). */
function whole(value: string): number {
  const text = value.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The profile the form makes, `base`'s other fields carried over (not validated here). */
export function profileFromDraft(draft: PartnerDraft, base: PartnerProfile | undefined): PartnerProfileInput {
  const [display, given, family] = [clean(draft.display), clean(draft.given), clean(draft.family)];
  const name =
    display || given || family
      ? { ...(given ? { given } : {}), ...(family ? { family } : {}), ...(display ? { display } : {}) }
      : undefined;
  const titles = draft.roles.map((role) => {
    const before = base?.titles.find((t) => t.role === role)?.validatedBy;
    if (!draft.validated.includes(role)) return { role };
    return { role, validatedBy: before ?? { by: clean(draft.validatedBy), date: draft.validatedOn } };
  });
  const domains = [...draft.domains];
  const own = { email: clean(draft.email), phone: clean(draft.phone), url: clean(draft.url) };
  const contact = Object.fromEntries(Object.entries(own).filter(([, v]) => v));
  const max = clean(draft.maxMissions);
  const commune = clean(draft.commune);
  const {
    name: _name,
    gender: _gender,
    contact: _contact,
    ...rest
  } = base ?? {
    titles: [],
    domains: [],
    missions: [],
    statuses: [],
    trainings: [],
    languages: [],
    projects: [],
    abilities: [],
    experience: { themes: [], caregiver: false },
    availability: { slots: [], commitment: [] },
    consents: {},
  };
  return {
    ...rest,
    id: clean(draft.id) || (base?.id ?? ''),
    ...(name ? { name } : {}),
    ...(draft.gender ? { gender: draft.gender } : {}),
    titles,
    domains,
    // A mission belongs to a domain: unticking the domain drops its missions.
    missions: draft.missions.filter((m) => domains.includes(domainOfMission(m) as DomainId)),
    territory: { departement: clean(draft.departement), remote: draft.remote, ...(commune ? { commune } : {}) },
    load: { activeMissions: whole(draft.activeMissions), ...(max ? { maxMissions: whole(max) } : {}) },
    managesEstablishment: draft.manager,
    ...(Object.keys(contact).length ? { contact } : {}),
  } as PartnerProfileInput;
}
