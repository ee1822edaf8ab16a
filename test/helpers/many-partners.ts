/**
 * A large, varied, valid directory for scale tests (unit and browser): `n`
 * profiles cycling through names, genders, domains, missions, départements,
 * loads and consents, built from the shared test profile.
 */
import type { PartnerProfile } from '../../shared/schemas/partner';
import type { DomainId, MissionId } from '../../shared/vocab/domains';
import { makePartner, validPartner } from '../fixtures/partners';

const GIVEN = ['Émilie', 'Noé', 'Zoé', 'Loïc', 'Inès', 'Jérôme', 'Anaïs', 'François', 'Maëlle', 'Côme', 'Chloé', 'Ibrahim'];
const FAMILY = ['Bérard', 'Lefèvre', 'Nguyen', 'Da Silva', 'Öztürk', 'Martin', 'Koné', 'Leroy', 'Garcia', 'Dupré'];
const DEPS = ['13', '26', '38', '69', '75', '2A', '971', '07', '84', '01'];
const PLAN: readonly { domains: DomainId[]; missions: MissionId[] }[] = [
  { domains: ['recherche'], missions: ['recherche.gouvernance.1', 'recherche.analyse.1'] },
  { domains: ['parcours_soins'], missions: ['parcours_soins.etp.1', 'parcours_soins.soutien.1'] },
  { domains: ['offre_soins'], missions: ['offre_soins.retex.1'] },
  {
    domains: ['formation_enseignement', 'recherche'],
    missions: ['formation_enseignement.intervention.1', 'recherche.impulsion.1'],
  },
];
const THEMES = ['diabete', 'cancer', 'sante_mentale', 'Mucoviscidose', 'maladies_renales'];

export function manyPartners(n: number): PartnerProfile[] {
  return Array.from({ length: n }, (_, i) => {
    const plan = PLAN[i % PLAN.length]!;
    const date = '2025-09-01';
    const consents = {
      ...structuredClone(validPartner.consents),
      name: { granted: i % 7 !== 3, date }, // some without name
      photo: { granted: i % 5 !== 1, date },
      experience: { granted: i % 6 !== 2, date },
    };
    return makePartner({
      id: `p-${String(i).padStart(4, '0')}`,
      name: {
        given: GIVEN[i % GIVEN.length]!,
        family: FAMILY[(i * 7) % FAMILY.length]!,
        display: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]![0]}.`,
      },
      gender: (['f', 'm', 'x'] as const)[i % 3],
      domains: plan.domains,
      missions: plan.missions,
      territory: { departement: DEPS[i % DEPS.length]!, commune: `Commune ${i % 40}`, remote: i % 2 === 0 },
      experience: { themes: [THEMES[i % THEMES.length]!], caregiver: i % 9 === 0 },
      association: undefined,
      projects: [],
      load: { activeMissions: i % 4, maxMissions: 3 },
      consents,
    });
  });
}
