/**
 * The public view of a patient partner: the ONE place that decides what may be
 * shown about a person. The card, the directory, their search index and the
 * extension (saving contacts found on pages) all read this view, never the
 * raw profile, so a field hidden here cannot leak through a label, a search
 * hit or a filter count.
 *
 * Rules (HAS guide, test/fixtures/has-guide-2026.txt; issue 3):
 * - visibility on websites and in booklets is recommended « en prenant en
 *   compte les contraintes du RGPD » (4.4, l.838–842): every personal field
 *   needs the person's recorded consent; withdrawing `listing` (or `keepData`)
 *   removes the person at once (publicView returns null);
 * - a manager of the establishment is not its patient partner (3.3, l.537);
 * - without the `name` consent the person is shown by role only, and nothing
 *   that re-identifies them (commune, photo alt text naming them);
 * - without the `experience` consent, no health information at all: themes,
 *   story and carer status are dropped, and so are association names,
 *   trainings, projects and skills whose wording reveals a condition
 *   (see health.ts); likewise, without the name consent, free text that
 *   names the person is withheld;
 * - only titles and trainings validated by the establishment are shown:
 *   self-proclaimed titles are what the sources warn against (CNOM
 *   001:1851-1854); a training always names its issuer;
 * - contact goes through the establishment by default; personal details only
 *   with the `contact` consent;
 * - the current load is public, so nobody over-solicits the same people
 *   (annex 4, l.1255).
 */
import type { Gender, Locale } from '../i18n/locale';
import type { AvailabilitySlot, Commitment } from '../schemas/common';
import { isHttpUrl, isSafeUrl } from '../schemas/common';
import type { Establishment } from '../schemas/feed';
import { displayableTitles, displayName, hasCapacity, hasConsent, isListable, type PartnerProfile } from '../schemas/partner';
import type { DomainId, MissionId } from '../vocab/domain-labels';
import type { RoleId } from '../vocab/role-labels';
import type { StatusId } from '../vocab/status-labels';
import type { TrainingKind } from '../vocab/training-labels';
import { healthRevealer, nameRevealer } from './health';

/** One way to reach someone: an href that is always https:, http:, mailto: or tel:, and the text to show. */
export interface ContactRoute {
  readonly kind: 'email' | 'phone' | 'url';
  readonly href: string;
  readonly text: string;
}

export interface PublicTraining {
  readonly kind: TrainingKind;
  readonly label?: string;
  readonly issuer: string;
  readonly year?: number;
  readonly hours?: number;
}

export interface PublicPartner {
  /** The feed's identifier. It is public (it appears in the contact reference): feeds should use opaque ids. */
  readonly id: string;
  /** Only with the `name` consent. */
  readonly name?: string;
  /** Grammatical gender, for label agreement only. */
  readonly gender?: Gender;
  /** Only with the `photo` consent. `alt` is dropped when it could name the person or reveal health data. */
  readonly photo?: { readonly url: string; readonly alt?: string };
  /** Roles validated by the establishment, in the feed's order. */
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
  readonly contact: {
    /** Only with the `contact` consent. */
    readonly personal: readonly ContactRoute[];
    /** The default route: the establishment's address or form. */
    readonly establishment?: { readonly name: string; readonly routes: readonly ContactRoute[] };
  };
}

export interface PublicViewOptions {
  /** Language of the subject line in the establishment's mailto: link. */
  readonly locale?: Locale;
}

const SUBJECT: Record<Locale, (who: string, id: string) => string> = {
  fr: (who, id) => `Contact patient partenaire : ${who} (réf. ${id})`,
  en: (who, id) => `Contacting a patient partner: ${who} (ref. ${id})`,
};
const ANONYMOUS: Record<Locale, string> = { fr: 'profil sans nom', en: 'unnamed profile' };

function route(kind: ContactRoute['kind'], href: string, text: string): ContactRoute[] {
  // The schemas already restrict URLs; checking again here keeps the view safe when it is built from unvalidated data.
  return isSafeUrl(href) ? [{ kind, href, text }] : [];
}

function personalRoutes(profile: PartnerProfile): ContactRoute[] {
  if (!hasConsent(profile, 'contact') || !profile.contact) return [];
  const { email, phone, url } = profile.contact;
  return [
    ...(email ? route('email', `mailto:${email}`, email) : []),
    ...(phone ? route('phone', `tel:${phone.replace(/[^\d+]/g, '')}`, phone) : []),
    ...(url ? route('url', url, url.replace(/^(?:mailto|tel):/i, '')) : []),
  ];
}

function establishmentRoutes(establishment: Establishment, who: string, id: string, locale: Locale): ContactRoute[] {
  const routes: ContactRoute[] = [];
  if (establishment.contactEmail) {
    const subject = encodeURIComponent(SUBJECT[locale](who, id));
    routes.push(...route('email', `mailto:${establishment.contactEmail}?subject=${subject}`, establishment.contactEmail));
  }
  if (establishment.contactUrl && isHttpUrl(establishment.contactUrl)) {
    routes.push(...route('url', establishment.contactUrl, establishment.contactUrl));
  }
  return routes;
}

/**
 * What may be shown about `profile`, or null when the person must not appear
 * at all (no listing consent, data-keeping consent withdrawn, or manager of
 * the establishment). `establishment` gives the default contact route.
 */
export function publicView(
  profile: PartnerProfile,
  establishment?: Establishment | null,
  { locale = 'fr' }: PublicViewOptions = {},
): PublicPartner | null {
  if (!isListable(profile)) return null;
  const showName = hasConsent(profile, 'name');
  const showExperience = hasConsent(profile, 'experience');
  const name = displayName(profile);
  // Without the experience consent, any wording that names a condition is withheld;
  // without the name consent, any wording that names the person.
  const revealsHealth = showExperience ? () => false : healthRevealer(profile.experience.themes);
  const revealsName = showName ? () => false : nameRevealer([profile.name?.given, profile.name?.family, profile.name?.display]);
  const reveals = (text: string | undefined) => revealsHealth(text) || revealsName(text);

  let photo: PublicPartner['photo'];
  if (hasConsent(profile, 'photo') && profile.photo && isHttpUrl(profile.photo.url)) {
    const alt = showName && !reveals(profile.photo.alt) ? profile.photo.alt : undefined;
    photo = alt ? { url: profile.photo.url, alt } : { url: profile.photo.url };
  }

  let association: PublicPartner['association'];
  if (profile.association) {
    const { name: associationName, mandated } = profile.association;
    if (!reveals(associationName)) association = { name: associationName, mandated };
    // A mandate is worth saying even when the association's name must be withheld (3.3, l.557).
    else if (mandated) association = { mandated };
  }

  const trainings: PublicTraining[] = profile.trainings
    .filter((t) => t.validatedBy !== undefined && !reveals(t.label) && !reveals(t.issuer))
    .map(({ kind, label, issuer, year, hours }) => ({
      kind,
      issuer,
      ...(label ? { label } : {}),
      ...(year ? { year } : {}),
      ...(hours ? { hours } : {}),
    }));

  const experience = showExperience
    ? {
        themes: [...profile.experience.themes],
        caregiver: profile.experience.caregiver,
        ...(profile.experience.text?.trim() && !revealsName(profile.experience.text)
          ? { text: profile.experience.text.trim() }
          : {}),
      }
    : undefined;

  const who = name ?? ANONYMOUS[locale];
  const { departement, commune, remote } = profile.territory;
  const view: PublicPartner = {
    id: profile.id,
    ...(name ? { name } : {}),
    ...(profile.gender ? { gender: profile.gender } : {}),
    ...(photo ? { photo } : {}),
    roles: displayableTitles(profile).map((t) => t.role),
    domains: [...profile.domains],
    missions: [...profile.missions],
    statuses: [...profile.statuses],
    trainings,
    ...(association ? { association } : {}),
    territory: { departement, remote, ...(showName && commune ? { commune } : {}) },
    languages: [...profile.languages],
    projects: profile.projects
      .filter((p) => !reveals(p.title))
      .map((p) => (p.url && isHttpUrl(p.url) ? { title: p.title, url: p.url } : { title: p.title })),
    ...(experience ? { experience } : {}),
    abilities: profile.abilities.filter((a) => !reveals(a)),
    availability: { slots: [...profile.availability.slots], commitment: [...profile.availability.commitment] },
    load: {
      activeMissions: profile.load.activeMissions,
      ...(profile.load.maxMissions !== undefined ? { maxMissions: profile.load.maxMissions } : {}),
      hasCapacity: hasCapacity(profile),
    },
    contact: {
      personal: personalRoutes(profile),
      ...(establishment
        ? { establishment: { name: establishment.name, routes: establishmentRoutes(establishment, who, profile.id, locale) } }
        : {}),
    },
  };
  return view;
}

/** The public views of the partners who may appear, in the feed's order. */
export function publicViews(
  profiles: readonly PartnerProfile[],
  establishment?: Establishment | null,
  options?: PublicViewOptions,
): PublicPartner[] {
  const views: PublicPartner[] = [];
  for (const profile of profiles) {
    const view = publicView(profile, establishment, options);
    if (view) views.push(view);
  }
  return views;
}
