/**
 * From what a card shows to what a contact may keep. The input is always a public view
 * (shared/partners/public-view.ts, the one consent-gated rule); this module only cuts it
 * down further, never adds: a compact card (docs/widgets/partner-card.md, `variant`)
 * shows a portrait, the name or role, the roles line, the domains, the territory, the
 * current load and ONE contact link — so that is all a contact read from it keeps.
 * No photo is kept (see shared/schemas/contact.ts).
 */
import type { ContactRoute, PublicPartner } from '../publish/public-view';
import type { ContactDetail, PersonalContact, ShownPartner } from '../schemas/contact';

/** The person's own details from the routes the card showed (already consent-gated by the public view). */
export function personalFromRoutes(routes: readonly ContactRoute[]): PersonalContact | undefined {
  const personal: { email?: string; phone?: string; url?: string } = {};
  for (const route of routes) {
    if (route.kind === 'email' && !personal.email) personal.email = route.text;
    else if (route.kind === 'phone' && !personal.phone) personal.phone = route.text;
    else if (route.kind === 'url' && !personal.url) personal.url = route.href;
  }
  return personal.email || personal.phone || personal.url ? personal : undefined;
}

/**
 * The fields of `view` the page showed. `compact`: only the compact card's fields; the
 * contact link a compact card offers is the person's first own route (when they
 * consented), else the establishment's — which is kept as the source, not here.
 */
export function shownFromView(view: PublicPartner, detail: ContactDetail): ShownPartner {
  const base = {
    partnerId: view.id,
    detail,
    ...(view.name ? { name: view.name } : {}),
    ...(view.gender ? { gender: view.gender } : {}),
    roles: [...view.roles],
    domains: [...view.domains],
    territory: {
      departement: view.territory.departement,
      remote: view.territory.remote,
      ...(view.territory.commune ? { commune: view.territory.commune } : {}),
    },
    load: {
      activeMissions: view.load.activeMissions,
      ...(view.load.maxMissions !== undefined ? { maxMissions: view.load.maxMissions } : {}),
    },
  };
  if (detail === 'compact') {
    const personal = personalFromRoutes(view.contact.personal.slice(0, 1));
    return {
      ...base,
      missions: [],
      statuses: [],
      trainings: [],
      languages: [],
      projects: [],
      abilities: [],
      availability: { slots: [], commitment: [] },
      ...(personal ? { personal } : {}),
    };
  }
  const personal = personalFromRoutes(view.contact.personal);
  return {
    ...base,
    missions: [...view.missions],
    statuses: [...view.statuses],
    trainings: view.trainings.map((t) => ({ ...t })),
    ...(view.association ? { association: { ...view.association } } : {}),
    languages: [...view.languages],
    projects: view.projects.map((p) => ({ ...p })),
    ...(view.experience
      ? {
          experience: {
            themes: [...view.experience.themes],
            caregiver: view.experience.caregiver,
            ...(view.experience.text ? { text: view.experience.text } : {}),
          },
        }
      : {}),
    abilities: [...view.abilities],
    availability: { slots: [...view.availability.slots], commitment: [...view.availability.commitment] },
    ...(personal ? { personal } : {}),
  };
}

/**
 * The same person shown twice on a page (the coordinator's card and the directory):
 * one contact, from the fuller showing.
 */
export function fullerOf(a: ShownPartner, b: ShownPartner): ShownPartner {
  return a.detail === 'compact' && b.detail === 'full' ? b : a;
}
