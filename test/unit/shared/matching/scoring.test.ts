import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  type CriterionResult,
  criterionName,
  explainCriterion,
  FULL_LOAD,
  rankPartners,
  totalScore,
  WEIGHTS,
} from '../../../../shared/matching';
import { bare, ids, need } from './helpers';

const criterion = (out: ReturnType<typeof rankPartners>, id: string, criterionId: string): CriterionResult => {
  const r = out.ranked.find((x) => x.partner.id === id);
  const c = r?.criteria.find((x) => x.id === criterionId);
  if (!c) throw new Error(`no criterion ${criterionId} for ${id}`);
  return c;
};

describe('the weighted score', () => {
  it('documents weights that sum to 100 without the optional training criterion', () => {
    const base = CRITERIA.filter((c) => c !== 'training').reduce((s, c) => s + WEIGHTS[c], 0);
    expect(base).toBe(100);
    expect(WEIGHTS.missions).toBeGreaterThan(WEIGHTS.territory);
    expect(WEIGHTS.experience).toBeGreaterThan(WEIGHTS.availability);
  });

  it('is the weighted mean of the criteria used, rounded, on 100', () => {
    const c = (id: CriterionResult['id'], value: number): CriterionResult => ({
      id,
      weight: WEIGHTS[id],
      value,
      status: 'partial',
      detail: { kind: 'load', active: 0 },
    });
    expect(totalScore([c('missions', 1), c('load', 0)])).toBe(75);
    expect(totalScore([c('missions', 0.5)])).toBe(50);
    expect(totalScore([])).toBe(0);
  });

  it('scores a perfect fit 100 and explains every criterion in words', () => {
    const n = need({
      domain: 'parcours_soins',
      missions: ['parcours_soins.soutien.1'],
      experienceThemes: ['diabete'],
      territory: { departement: '13', commune: 'Marseille', remoteAccepted: false },
      slots: ['evening'],
      offer: ['benevolat_defraiement'],
    });
    const p = bare('p', {
      domains: ['parcours_soins'],
      missions: ['parcours_soins.soutien.1'],
      experience: { themes: ['diabete'], caregiver: false },
      territory: { departement: '13', commune: 'MARSEILLE', remote: false },
      availability: { slots: ['evening', 'weekend'], commitment: ['durable'] },
      statuses: ['benevole'],
    });
    const out = rankPartners(n, [p]);
    const r = out.ranked[0]!;
    expect(r.score).toBe(100);
    expect(r.criteria.map((c) => c.id)).toEqual([
      'missions',
      'experience',
      'territory',
      'availability',
      'load',
      'commitment',
      'offer',
    ]);
    expect(r.criteria.every((c) => c.status === 'met')).toBe(true);
    expect(r.criteria.map((c) => explainCriterion(c, 'fr'))).toEqual([
      'Propose la mission demandée',
      'Correspond pour Diabète',
      'Dans la même commune',
      'Disponible sur tous les créneaux du projet',
      'Aucune mission en cours',
      'Accepte un engagement dans la durée',
      'Le cadre proposé (bénévolat avec défraiement) correspond à un statut souhaité',
    ]);
    expect(r.criteria.map((c) => explainCriterion(c, 'en'))).toEqual([
      'Offers the mission sought',
      'Matches for Diabetes',
      'In the same town',
      'Available for every time slot of the project',
      'No mission under way',
      'Accepts a long-term commitment',
      'The terms offered (volunteering, expenses reimbursed) match a preferred status',
    ]);
    expect(r.criteria.map((c) => criterionName(c.id, 'fr'))).toContain('Expérience vécue');
  });

  it('explains what is missing, criterion by criterion', () => {
    const n = need({
      missions: ['parcours_soins.aide_parcours.1', 'parcours_soins.aide_parcours.2', 'parcours_soins.soutien.1'],
      experienceThemes: ['cancer', 'diabete'],
      caregiverSought: true,
      territory: { departement: '33', remoteAccepted: false },
      slots: ['weekday', 'evening'],
      duration: 'ponctuel',
      offer: ['salariat'],
    });
    const p = bare('p', {
      domains: ['parcours_soins'],
      missions: ['parcours_soins.aide_parcours.1', 'parcours_soins.aide_parcours.3'],
      experience: { themes: ['Cancer du sein'], caregiver: false },
      territory: { departement: '13', remote: true },
      availability: { slots: ['weekday'], commitment: ['durable'] },
      statuses: ['benevole'],
      load: { activeMissions: 1, maxMissions: 2 },
    });
    const out = rankPartners(n, [p]);
    const say = (id: string) => explainCriterion(criterion(out, 'p', id), 'fr');
    // 1 offered + 1 of the same mode (aide_parcours.2) counted half, out of 3.
    expect(criterion(out, 'p', 'missions').value).toBeCloseTo(0.5);
    expect(say('missions')).toBe(
      'Propose 1 des 3 missions demandées ; pour 1 autre, propose une mission du même mode d’intervention',
    );
    expect(criterion(out, 'p', 'experience').value).toBeCloseTo(1 / 3);
    expect(say('experience')).toBe(
      'Correspond pour Cancer ; pas d’expérience déclarée pour Diabète ; pas d’expérience de proche aidant déclarée',
    );
    expect(say('territory')).toBe('Dans un autre département, sans participation à distance possible');
    expect(say('availability')).toBe('Pas disponible : en soirée');
    expect(say('load')).toBe('1 mission en cours (2 au plus, selon son souhait)');
    expect(criterion(out, 'p', 'load').value).toBeCloseTo(0.5);
    expect(say('commitment')).toBe('Ne souhaite pas d’engagement ponctuel');
    expect(say('offer')).toBe('Le cadre proposé (salariat) ne correspond à aucun statut souhaité');
  });

  it('counts undeclared data half, and leaves out criteria the need does not use', () => {
    const out = rankPartners(need({ slots: ['weekday'], offer: ['vacation'] }), [bare('p')]);
    const r = out.ranked[0]!;
    expect(r.criteria.map((c) => [c.id, c.status])).toEqual([
      ['missions', 'unknown'],
      ['availability', 'unknown'],
      ['load', 'met'],
      ['commitment', 'unknown'],
      ['offer', 'unknown'],
    ]);
    expect(explainCriterion(r.criteria[1]!, 'fr')).toBe('Disponibilités non précisées');
    expect(explainCriterion(r.criteria[0]!, 'en')).toBe('Domains of interest not given');
  });

  it('gives remote participation three quarters of the territory points', () => {
    const n = need({ territory: { departement: '75', remoteAccepted: true } });
    const out = rankPartners(n, [bare('remote', { territory: { departement: '13', remote: true } })]);
    expect(criterion(out, 'remote', 'territory').value).toBe(0.75);
    expect(explainCriterion(criterion(out, 'remote', 'territory'), 'fr')).toBe('Peut participer à distance');
  });

  it('counts the load down to 0 at the declared maximum, or at FULL_LOAD without one', () => {
    const out = rankPartners(need({}), [
      bare('a', { load: { activeMissions: FULL_LOAD } }),
      bare('b', { load: { activeMissions: 1, maxMissions: 4 } }),
    ]);
    expect(criterion(out, 'a', 'load').value).toBe(0);
    expect(criterion(out, 'b', 'load').value).toBe(0.75);
  });

  it('explains a training asked for beyond regulation, held in part', () => {
    const out = rankPartners(need({ domain: 'recherche', requiredTrainings: ['du', 'diu'] }), [
      bare('p', { trainings: [{ kind: 'du', issuer: 'Université (fictive)' }] }),
    ]);
    const c = criterion(out, 'p', 'training');
    expect(c.value).toBe(0.5);
    // Shown, never counted (guide 3.4, l.570): the weight is 0, the value only breaks ties.
    expect(c.weight).toBe(0);
    expect(explainCriterion(c, 'fr')).toBe(
      'Formation déclarée (DU), non déclarée (DIU) — hors du score : elle départage seulement des personnes à égalité (guide HAS 3.4 : la qualité d’usager prime plutôt qu’une formation)',
    );
    expect(explainCriterion(c, 'en')).toBe(
      'Training declared (DU), not declared (DIU) — not part of the score: it only breaks ties (HAS guide 3.4: being a user of care matters more than a training)',
    );
  });
});

describe('determinism and stable ties', () => {
  const n = need({ missions: ['parcours_soins.soutien.1'], experienceThemes: ['diabete'] });
  const pool = [
    bare('c', { load: { activeMissions: 1 } }),
    bare('a', { load: { activeMissions: 1 } }),
    bare('b', { load: { activeMissions: 0 } }),
    bare('d', { domains: ['parcours_soins'], missions: ['parcours_soins.soutien.1'] }),
    bare('e', { experience: { themes: ['Diabète'], caregiver: false } }),
  ];

  it('breaks ties by load, then by id', () => {
    // e: theme met (25) + missions unknown (15) beats d: missions met (30) + theme unmet (0).
    expect(ids(rankPartners(n, pool).ranked)).toEqual(['e', 'd', 'b', 'a', 'c']);
  });

  it('gives the same ranking whatever the order of the directory (property)', () => {
    const expected = ids(rankPartners(n, pool).ranked);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        expect(ids(rankPartners(n, shuffled).ranked)).toEqual(expected);
      }),
    );
  });

  it('scores always lie in 0–100 and come sorted (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            active: fc.nat(6),
            remote: fc.boolean(),
            dep: fc.constantFrom('13', '33', '75'),
            slots: fc.subarray(['weekday', 'evening', 'weekend', 'visio'] as const),
          }),
          { maxLength: 12 },
        ),
        (specs) => {
          const partners = specs.map((s, i) =>
            bare(`p${i}`, {
              load: { activeMissions: s.active },
              territory: { departement: s.dep, remote: s.remote },
              availability: { slots: [...s.slots], commitment: [] },
            }),
          );
          const out = rankPartners(
            need({ slots: ['evening'], territory: { departement: '13', remoteAccepted: true } }),
            partners,
          );
          const scores = out.ranked.map((r) => r.score);
          expect(scores.every((s) => s >= 0 && s <= 100 && Number.isInteger(s))).toBe(true);
          expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(pool);
    rankPartners(n, pool);
    expect(pool).toEqual(copy);
  });
});
