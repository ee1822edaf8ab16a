/**
 * Scenarios built from the examples of the HAS guide's practical sheets
 * (annexes 3–6, test/fixtures/has-guide-2026.txt l.1022–1570). Each need is
 * written the way the project owner of the example would have filled in the
 * form; the directory is fictional (the people of the annexes are cited,
 * never used as profiles).
 */
import { describe, expect, it } from 'vitest';
import { explainCriterion, explainNotice, rankPartners, selectionWarnings } from '../../../../shared/matching';
import type { PartnerProfile } from '../../../../shared/schemas/partner';
import { bare, consents, ids, need } from './helpers';

const validated = { by: 'Coordination du partenariat, CH de Valmont (fictif)', date: '2026-01-15' };
const pp = [{ role: 'patient_partenaire' as const, validatedBy: validated }];

const directory: PartnerProfile[] = [
  bare('adele', {
    titles: pp,
    domains: ['offre_soins'],
    missions: ['offre_soins.experience_patient.1', 'offre_soins.experience_patient.3', 'offre_soins.retex.1'],
    experience: { themes: ['perinatalite'], caregiver: true, text: 'Mère d’un enfant prématuré.' },
    territory: { departement: '38', commune: 'Saint-Martin-d’Hères', remote: false },
    availability: { slots: ['evening', 'weekend'], commitment: ['durable'] },
    statuses: ['benevole'],
  }),
  bare('bruno', {
    titles: pp,
    domains: ['offre_soins'],
    missions: ['offre_soins.experience_patient.3'],
    experience: { themes: ['diabete'], caregiver: false },
    territory: { departement: '38', commune: 'Grenoble', remote: false },
    availability: { slots: ['weekday', 'evening'], commitment: ['durable'] },
    statuses: ['benevole'],
    load: { activeMissions: 1 },
  }),
  bare('chloe', {
    titles: pp,
    domains: ['formation_enseignement'],
    missions: ['formation_enseignement.intervention.1', 'formation_enseignement.conception.1'],
    experience: { themes: ['Cancer du sein, thérapie orale'], caregiver: false },
    territory: { departement: '33', commune: 'Bordeaux', remote: true },
    availability: { slots: ['weekday', 'visio'], commitment: ['ponctuel', 'durable'] },
    statuses: ['benevole', 'vacataire'],
    trainings: [{ kind: 'du', label: 'DU Patient partenaire en cancérologie', issuer: 'Université (fictive)' }],
  }),
  bare('damien', {
    titles: pp,
    domains: ['formation_enseignement'],
    missions: [
      'formation_enseignement.conception.1',
      'formation_enseignement.intervention.1',
      'formation_enseignement.evaluation.1',
    ],
    experience: { themes: ['VIH'], caregiver: false },
    association: { name: 'Association de patients (fictive)', mandated: true },
    territory: { departement: '93', commune: 'Bobigny', remote: false },
    availability: { slots: ['weekday'], commitment: ['durable'] },
    statuses: ['vacataire'],
    load: { activeMissions: 2, maxMissions: 4 },
  }),
  bare('elise', {
    titles: pp,
    domains: ['formation_enseignement'],
    missions: ['formation_enseignement.intervention.1', 'formation_enseignement.transfert_savoirs.1'],
    experience: { themes: ['cancer', 'oncosexualité'], caregiver: false },
    territory: { departement: '14', commune: 'Caen', remote: false },
    availability: { slots: ['weekday'], commitment: ['ponctuel'] },
    statuses: ['benevole', 'vacataire'],
    load: { activeMissions: 3 },
  }),
  bare('farid', {
    titles: pp,
    domains: ['formation_enseignement'],
    missions: ['formation_enseignement.intervention.1', 'formation_enseignement.transfert_savoirs.1'],
    experience: { themes: ['cancer', 'Oncosexualite'], caregiver: false },
    territory: { departement: '76', commune: 'Rouen', remote: true },
    availability: { slots: ['weekday'], commitment: ['ponctuel'] },
    statuses: ['benevole', 'vacataire'],
  }),
  bare('gaelle', {
    titles: pp,
    domains: ['parcours_soins'],
    missions: ['parcours_soins.soutien.1', 'parcours_soins.aide_parcours.1', 'parcours_soins.aide_parcours.2'],
    experience: { themes: ['Hépatite C guérie'], caregiver: false },
    association: { name: 'Association de lutte contre le VIH et les hépatites (fictive)', mandated: false },
    territory: { departement: '33', commune: 'Bordeaux', remote: false },
    availability: { slots: ['weekday'], commitment: ['durable'] },
    statuses: ['benevole'],
  }),
  bare('hugo', {
    titles: pp,
    domains: ['parcours_soins'],
    missions: ['parcours_soins.etp.1', 'parcours_soins.soutien.1'],
    experience: { themes: ['fibromyalgie'], caregiver: false },
    territory: { departement: '56', commune: 'Vannes', remote: false },
    availability: { slots: ['weekday'], commitment: ['durable'] },
    statuses: ['benevole'],
  }),
  bare('ines', {
    titles: pp,
    domains: ['parcours_soins'],
    missions: ['parcours_soins.etp.1', 'parcours_soins.soutien.1'],
    experience: { themes: ['douleur_chronique'], caregiver: false },
    trainings: [{ kind: 'etp_40h', issuer: 'UTEP (fictive)', hours: 40, validatedBy: validated }],
    territory: { departement: '56', commune: 'Questembert', remote: false },
    availability: { slots: ['weekday'], commitment: ['durable'] },
    statuses: ['benevole', 'vacataire'],
    load: { activeMissions: 1 },
  }),
  bare('jules', {
    titles: pp,
    domains: ['recherche'],
    missions: ['recherche.recueil_parole.1', 'recherche.conception.1'],
    experience: { themes: ['handicap', 'rééducation pédiatrique'], caregiver: false },
    trainings: [{ kind: 'diu', label: 'DIU partenariat patient', issuer: 'Université (fictive)' }],
    territory: { departement: '29', commune: 'Brest', remote: true },
    availability: { slots: ['weekday', 'visio'], commitment: ['ponctuel'] },
    statuses: ['benevole'],
  }),
  bare('karima', {
    titles: pp,
    domains: ['recherche'],
    missions: ['recherche.gouvernance.1', 'recherche.ethique_methodo.1', 'recherche.ethique_methodo.2'],
    experience: { themes: ['cancer'], caregiver: false, text: 'Toujours en cours de traitement.' },
    territory: { departement: '34', commune: 'Montpellier', remote: true },
    availability: { slots: ['weekday'], commitment: ['durable'] },
    statuses: ['salarie'],
    load: { activeMissions: 1, maxMissions: 2 },
  }),
  bare('louis', {
    domains: ['recherche'],
    missions: ['recherche.gouvernance.1'],
    experience: { themes: ['cancer'], caregiver: false },
    territory: { departement: '34', commune: 'Montpellier', remote: false },
    managesEstablishment: true,
  }),
  bare('maud', {
    domains: ['recherche'],
    missions: ['recherche.gouvernance.1'],
    experience: { themes: ['cancer'], caregiver: false },
    territory: { departement: '34', remote: false },
    consents: consents({ matching: false }),
  }),
  bare('nora', {
    titles: [{ role: 'representant_usagers', validatedBy: validated }],
    territory: { departement: '34', remote: false },
  }),
];

const excludedFor = (out: ReturnType<typeof rankPartners>, id: string) =>
  out.excluded.find((e) => e.partner.id === id)?.reasons.map((r) => r.code);

describe('annex 3 — adapting the care offer', () => {
  it('example 1, café santé and parents’ group at a multi-professional health centre (Saint-Martin-d’Hères)', () => {
    // « trois dispositifs … le café santé, des après-midi thématiques … un groupe de parole pour les parents » (l.1044);
    // 40 meetings from December 2021 to the end of 2025 (l.1048): a lasting commitment, evenings and weekends.
    const out = rankPartners(
      need({
        title: 'Café santé et groupe de parole pour les parents',
        domain: 'offre_soins',
        missions: ['offre_soins.experience_patient.3'],
        caregiverSought: true,
        territory: { departement: '38', commune: 'Saint-Martin-d’Hères', remoteAccepted: false },
        slots: ['evening', 'weekend'],
        duration: 'durable',
        offer: ['benevolat_defraiement'],
      }),
      directory,
    );
    expect(ids(out.ranked)).toEqual(['adele', 'bruno']);
    expect(out.ranked[0]?.score).toBe(100);
    expect(excludedFor(out, 'chloe')).toEqual(['domain_not_offered']);
    expect(excludedFor(out, 'nora')).toEqual(['representative_only']);
    expect(out.notConsidered).toBe(1);
    // Two partners in the project, as in the example (Jean-Yves Millet and Sonia Talavera): no warning.
    expect(selectionWarnings(2, 2)).toEqual([]);
  });

  it('example 2, the 4P project: workshops for community pharmacists on oral cancer drugs, on site or remote', () => {
    // « en présentiel ou à distance » (l.1085), Nouvelle-Aquitaine, a patient partner and a hospital pharmacist co-animating.
    const out = rankPartners(
      need({
        title: 'Projet 4P : ateliers immersifs pour les pharmaciens d’officine',
        domain: 'formation_enseignement',
        missions: ['formation_enseignement.intervention.1'],
        experienceThemes: ['cancer', 'thérapie orale'],
        territory: { departement: '33', remoteAccepted: true },
        slots: ['visio'],
        duration: 'ponctuel',
      }),
      directory,
    );
    expect(ids(out.ranked)[0]).toBe('chloe');
    const experience = out.ranked[0]!.criteria.find((c) => c.id === 'experience')!;
    expect(explainCriterion(experience, 'fr')).toBe('Correspond pour Cancer et thérapie orale');
  });
});

describe('annex 4 — training and teaching', () => {
  it('example 1, PEP 13 (Bobigny): 20 teachers of the patient perspective, paid as sessional teachers, recruited through associations', () => {
    const out = rankPartners(
      need({
        title: 'Enseignement de la perspective patient (DUMG)',
        domain: 'formation_enseignement',
        missions: [
          'formation_enseignement.conception.1',
          'formation_enseignement.intervention.1',
          'formation_enseignement.evaluation.1',
        ],
        territory: { departement: '93', remoteAccepted: false },
        duration: 'durable',
        offer: ['vacation'],
        count: 20,
      }),
      directory,
    );
    expect(ids(out.ranked)[0]).toBe('damien');
    // Recruited « via le monde associatif » (l.1181), yet ranked for the missions, not for the association's mandate.
    expect(out.ranked[0]!.criteria.map((c) => c.id)).not.toContain('association');
    // Four people in the directory teach; selecting them all still leaves the owner short of 20.
    expect(ids(out.ranked)).toHaveLength(4);
    expect(selectionWarnings(4, 20)).toEqual([{ code: 'fewer_than_sought', selected: 4, sought: 20 }]);
  });

  it('example 2, oncosexuality training in cancer centres (Caen, Rouen): do not over-solicit the same partner', () => {
    // « être aussi très vigilant de ne pas sursolliciter de patient partenaire » (l.1255).
    const out = rankPartners(
      need({
        title: 'Formation des soignants à l’oncosexualité',
        domain: 'formation_enseignement',
        missions: ['formation_enseignement.intervention.1'],
        experienceThemes: ['oncosexualité'],
        territory: { departement: '14', remoteAccepted: true },
        duration: 'ponctuel',
      }),
      directory,
    );
    // Élise lives in Caen but already has 3 missions; Farid, remote from Rouen, has none.
    expect(ids(out.ranked).slice(0, 2)).toEqual(['farid', 'elise']);
    const load = out.ranked[1]!.criteria.find((c) => c.id === 'load')!;
    expect(explainCriterion(load, 'fr')).toBe('3 missions en cours');
  });
});

describe('annex 5 — care pathways', () => {
  it('example 1, priority hepatitis B consultation (Bordeaux) with association volunteers', () => {
    const out = rankPartners(
      need({
        title: 'Consultation prioritaire hépatite B',
        domain: 'parcours_soins',
        missions: ['parcours_soins.soutien.1'],
        experienceThemes: ['hépatites'],
        territory: { departement: '33', commune: 'Bordeaux', remoteAccepted: false },
        slots: ['weekday'],
        duration: 'durable',
        offer: ['benevolat_defraiement'],
      }),
      directory,
    );
    expect(ids(out.ranked)[0]).toBe('gaelle');
    expect(out.ranked[0]?.score).toBe(100);
    // The need has no ETP mission: Hugo, without the 40 h training, is ranked, not excluded.
    expect(ids(out.ranked)).toContain('hugo');
  });

  it('example 2, chronic-pain ETP programme at the Questembert health centre: the 40 h ETP training is required', () => {
    const out = rankPartners(
      need({
        title: 'Programme d’ETP sur les douleurs chroniques',
        domain: 'parcours_soins',
        missions: ['parcours_soins.etp.1'],
        experienceThemes: ['douleurs chroniques'],
        territory: { departement: '56', commune: 'Questembert', remoteAccepted: false },
        slots: ['weekday'],
        duration: 'durable',
        offer: ['vacation', 'benevolat_defraiement'],
      }),
      directory,
    );
    expect(ids(out.ranked)[0]).toBe('ines');
    expect(out.ranked[0]?.score).toBeGreaterThanOrEqual(90);
    expect(excludedFor(out, 'hugo')).toEqual(['training_required']);
    expect(excludedFor(out, 'gaelle')).toEqual(['training_required']);
    expect(out.notices.map((n) => explainNotice(n, 'fr'))).toEqual([expect.stringContaining('formation ETP 40 h')]);
  });
});

describe('annex 6 — research', () => {
  it('example 1, Dénéo Kid (Brest): the owner asks for a DIU, the guide says no training is required', () => {
    // « Il n'est pas nécessaire d'avoir un bagage scientifique préalable » (l.1479).
    const out = rankPartners(
      need({
        title: 'Dénéo Kid : guides d’entretien avec les enfants',
        domain: 'recherche',
        missions: ['recherche.recueil_parole.1'],
        experienceThemes: ['handicap'],
        territory: { departement: '29', remoteAccepted: true },
        duration: 'ponctuel',
        requiredTrainings: ['diu'],
      }),
      directory,
    );
    expect(out.notices).toEqual([{ code: 'training_proportionality', kinds: ['diu'] }]);
    expect(ids(out.ranked)[0]).toBe('jules');
    // Karima has no DIU and is still proposed.
    expect(ids(out.ranked)).toContain('karima');
  });

  it('example 2, research partnership at the Montpellier cancer centre: governance and ethics committees', () => {
    const out = rankPartners(
      need({
        title: 'Comité de patients en recherche',
        domain: 'recherche',
        missions: ['recherche.gouvernance.1', 'recherche.ethique_methodo.1'],
        experienceThemes: ['cancer'],
        territory: { departement: '34', remoteAccepted: true },
        duration: 'durable',
        offer: ['salariat', 'benevolat_defraiement'],
      }),
      directory,
    );
    expect(ids(out.ranked)).toEqual(['karima', 'jules']);
    // Everything met but the load (1 mission of the 2 she accepts, half of 10 points): 85 / 90.
    expect(out.ranked[0]?.score).toBe(94);
    expect(excludedFor(out, 'louis')).toEqual(['manager']);
    expect(ids(out.excluded)).not.toContain('maud');
    expect(out.notConsidered).toBe(1);
  });
});
