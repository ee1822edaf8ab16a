import { type PartnerProfile, PartnerProfileSchema } from '../../../../shared/schemas/partner';
import { type ProjectNeed, type ProjectNeedInput, ProjectNeedSchema } from '../../../../shared/schemas/project';
import { makePartner } from '../../../fixtures/partners';

/** A valid profile (validated by the shared schema, so a broken fixture fails loudly). */
export function partner(id: string, overrides: Partial<PartnerProfile> = {}): PartnerProfile {
  return PartnerProfileSchema.parse(makePartner({ id, ...overrides }));
}

/** A "blank" profile: consents to matching, declares nothing beyond what the schema requires. */
export function bare(id: string, overrides: Partial<PartnerProfile> = {}): PartnerProfile {
  return partner(id, {
    titles: [],
    domains: [],
    missions: [],
    statuses: [],
    trainings: [],
    association: undefined,
    experience: { themes: [], caregiver: false },
    abilities: [],
    availability: { slots: [], commitment: [] },
    load: { activeMissions: 0 },
    territory: { departement: '13', remote: false },
    ...overrides,
  });
}

const granted = { granted: true, date: '2026-01-10' };
const refused = { granted: false, date: '2026-01-10' };

export function consents(overrides: Partial<Record<keyof PartnerProfile['consents'], boolean>> = {}): PartnerProfile['consents'] {
  const all = {
    keepData: true,
    listing: true,
    name: true,
    photo: true,
    experience: true,
    contact: false,
    matching: true,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v ? granted : refused])) as PartnerProfile['consents'];
}

export function need(overrides: Partial<ProjectNeedInput> = {}): ProjectNeed {
  return ProjectNeedSchema.parse({
    title: 'Projet de test',
    domain: 'parcours_soins',
    caregiverSought: false,
    territory: { remoteAccepted: false },
    duration: 'durable',
    ...overrides,
  });
}

export const ids = (list: readonly { partner: { id: string } }[]) => list.map((x) => x.partner.id);
