/**
 * Issue 15, « Matching »: the engine says only what the HAS guide says, and each rule or score
 * shown names where it comes from — the law, a section of the guide, the establishment's own
 * rule or Binôme's choice. Each test reads the guide line it relies on
 * (test/fixtures/has-guide-2026.txt = seed 003), so a wrong citation fails too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../shared/i18n/locale';
import {
  CRITERIA,
  type ExclusionReason,
  etpHours,
  explainCriterion,
  explainExclusion,
  explainNote,
  explainNotice,
  explainScore,
  meetsEtpRequirement,
  type PartnerNote,
  rankPartners,
  WEIGHTS,
} from '../../../../shared/matching';
import { bare, consents, ids, need } from './helpers';

const lines = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);
const line = (n: number) => lines[n - 1] ?? '';

const university = 'Université de Valmont (fictive)';
const etpNeed = need({ domain: 'parcours_soins', missions: ['parcours_soins.etp.1'] });
const inEtp = { domains: ['parcours_soins' as const] };

describe('ETP: any training documenting at least 40 h of therapeutic education meets the requirement', () => {
  it('the guide’s note 23 (l.588) asks for 40 hours of training, not for one kind of certificate', () => {
    expect(line(588)).toContain('une obligation de formation de 40 heures a été imposée par la réglementation publique');
    expect(line(588)).toContain('article L. 1161-1 du Code de la santé publique, article R. 1161-1 à 1161-3');
  });

  it('ranks a partner holding a 120 h DU in ETP, and says which training meets the 40 h and under which law', () => {
    const du = { kind: 'du' as const, label: 'DU Éducation thérapeutique du patient', issuer: university, hours: 120 };
    const out = rankPartners(etpNeed, [bare('du-etp', { ...inEtp, trainings: [du] })]);
    expect(out.excluded).toEqual([]);
    expect(ids(out.ranked)).toEqual(['du-etp']);
    const note = out.ranked[0]!.notes.find((n) => n.code === 'etp_training');
    expect(note).toEqual({ code: 'etp_training', kind: 'du', hours: 120 });
    const fr = explainNote(note!, 'fr');
    expect(fr).toBe(
      "Formation en éducation thérapeutique de 120 h déclarée (DU) : elle couvre les 40 h exigées par la réglementation (Art. L. 1161-1 et R. 1161-1 à R. 1161-3 du Code de la santé publique ; arrêté du 30 décembre 2020 relatif au cahier des charges des programmes d'éducation thérapeutique ; guide HAS 3.4, note 23)",
    );
    expect(explainNote(note!, 'en')).toContain('covers the 40 h required by regulation');
    // The training's title is not repeated in the results (it may name a condition).
    expect(fr).not.toContain(du.label);
  });

  it('counts a DIU, a CU or any other kind whose title names ETP, from 40 h', () => {
    const cases = [
      { kind: 'diu' as const, label: 'DIU Éducation thérapeutique', hours: 150 },
      { kind: 'cu' as const, label: 'Certificat universitaire ETP', hours: 40 },
      { kind: 'other' as const, label: 'Therapeutic patient education, level 1', hours: 42 },
      { kind: 'du' as const, label: 'DU « Education therapeutique » (sans accents)', hours: 60 },
    ];
    for (const c of cases) expect(meetsEtpRequirement(c), c.label).toBe(true);
    const out = rankPartners(
      etpNeed,
      cases.map((c, i) => bare(`p${i}`, { ...inEtp, trainings: [{ ...c, issuer: university }] })),
    );
    expect(out.excluded).toEqual([]);
    expect(out.ranked).toHaveLength(4);
  });

  it('still takes the « ETP 40 h » kind at its word when it gives no hours', () => {
    expect(etpHours({ kind: 'etp_40h' })).toEqual({ hours: 40 });
    const out = rankPartners(etpNeed, [bare('p', { ...inEtp, trainings: [{ kind: 'etp_40h', issuer: 'UTEP (fictive)' }] })]);
    expect(ids(out.ranked)).toEqual(['p']);
    expect(explainNote(out.ranked[0]!.notes.find((n) => n.code === 'etp_training')!, 'fr')).toContain(
      'Formation ETP 40 h déclarée : l’exigence réglementaire des 40 h est remplie',
    );
  });

  it('excludes, and says why, a DU that is not about ETP, an ETP DU under 40 h, and one whose hours are not given', () => {
    const out = rankPartners(etpNeed, [
      bare('a-other-du', {
        ...inEtp,
        trainings: [{ kind: 'du', label: 'DU Partenariat patient', issuer: university, hours: 120 }],
      }),
      bare('b-short', { ...inEtp, trainings: [{ kind: 'du', label: 'DU ETP', issuer: university, hours: 30 }] }),
      bare('c-no-hours', { ...inEtp, trainings: [{ kind: 'diu', label: 'DIU Éducation thérapeutique', issuer: university }] }),
    ]);
    expect(out.ranked).toEqual([]);
    const reasons = out.excluded.map((e) => e.reasons);
    expect(reasons).toEqual([
      [{ code: 'training_required', kind: 'etp_40h' }],
      [{ code: 'training_required', kind: 'etp_40h', hours: 30 }],
      [{ code: 'training_required', kind: 'etp_40h', undocumented: true }],
    ]);
    const [none, short, undocumented] = reasons.map((r) => explainExclusion(r[0]!, 'fr'));
    expect(none).toContain('aucune formation déclarée ne documente les 40 h d’éducation thérapeutique');
    expect(none).toContain('DU, DIU');
    expect(short).toContain('compte 30 h, moins que les 40 h exigées par la réglementation');
    expect(undocumented).toContain('sans son nombre d’heures');
    for (const s of [none, short, undocumented]) expect(s).toContain('Code de la santé publique');
  });

  it('the notice says so before any ranking', () => {
    const fr = explainNotice({ code: 'training_required', kind: 'etp_40h' }, 'fr');
    expect(fr).toContain('Toute formation déclarée qui en documente au moins 40 h la remplit');
    expect(fr).toContain('un DU, un DIU');
    expect(fr).toContain('L. 1161-1');
  });

  it('prefers a validated training when saying which one meets the requirement', () => {
    const validatedBy = { by: 'Coordination (fictive)', date: '2026-01-15' };
    const out = rankPartners(etpNeed, [
      bare('p', {
        ...inEtp,
        trainings: [
          { kind: 'etp_40h', issuer: 'UTEP (fictive)', hours: 40 },
          { kind: 'du', label: 'DU ETP', issuer: university, hours: 120, validatedBy },
        ],
      }),
    ]);
    expect(out.ranked[0]!.notes).toContainEqual({ code: 'etp_training', kind: 'du', hours: 120 });
    expect(out.ranked[0]!.notes.map((n) => n.code)).not.toContain('training_unvalidated');
  });
});

describe('Outside ETP, a diploma asked for never outranks lived experience (3.4, l.570)', () => {
  it('quotes the guide', () => {
    expect(line(570)).toContain("c'est la qualité d'usager qui prime plutôt qu'une formation");
  });

  it('ranks lived experience of the theme sought above a diploma without it', () => {
    const n = need({ domain: 'offre_soins', experienceThemes: ['cancer'], requiredTrainings: ['diu'] });
    const diu = { kind: 'diu' as const, label: 'DIU Partenariat patient', issuer: university };
    const out = rankPartners(n, [
      bare('a-diploma', { experience: { themes: ['diabete'], caregiver: false }, trainings: [diu] }),
      bare('b-experience', { experience: { themes: ['cancer'], caregiver: false } }),
    ]);
    expect(ids(out.ranked)).toEqual(['b-experience', 'a-diploma']);
    expect(out.ranked[0]!.score).toBeGreaterThan(out.ranked[1]!.score);
  });

  it('gives the diploma no points: it only breaks ties (was 100 against 86)', () => {
    const n = need({ domain: 'recherche', requiredTrainings: ['du'] });
    const same = { experience: { themes: ['cancer'], caregiver: false } };
    const du = { kind: 'du' as const, issuer: university };
    const out = rankPartners(n, [bare('a-without', same), bare('b-with', { ...same, trainings: [du] })]);
    expect(out.ranked[0]!.score).toBe(out.ranked[1]!.score);
    expect(ids(out.ranked)).toEqual(['b-with', 'a-without']);
    expect(WEIGHTS.training).toBe(0);
  });

  it('never lets the diploma pass a less solicited person either', () => {
    const n = need({ domain: 'recherche', requiredTrainings: ['du'] });
    const du = { kind: 'du' as const, issuer: university };
    const out = rankPartners(n, [
      bare('a-busy-du', { load: { activeMissions: 1 }, trainings: [du] }),
      bare('b-free', { load: { activeMissions: 0 } }),
    ]);
    expect(out.ranked[0]!.score).toBeGreaterThan(out.ranked[1]!.score);
    expect(ids(out.ranked)).toEqual(['b-free', 'a-busy-du']);
  });
});

describe('A profile with no lived experience declared is flagged and comes after (3.3, l.533)', () => {
  it('quotes the guide', () => {
    expect(line(533)).toContain('soigneusement identifiés en fonction de leur expérience de la vie avec la maladie');
  });

  it('flags it, and ranks it after people who declare experience, even with a better score', () => {
    const n = need({
      domain: 'parcours_soins',
      missions: ['parcours_soins.soutien.1'],
      territory: { departement: '13', remoteAccepted: false },
    });
    const out = rankPartners(n, [
      // Fits every criterion, declares no experience.
      bare('a-none', {
        domains: ['parcours_soins'],
        missions: ['parcours_soins.soutien.1'],
        availability: { slots: [], commitment: ['durable'] },
      }),
      // Another département and no mission named, but lived experience.
      bare('b-lived', { experience: { themes: ['diabete'], caregiver: false }, territory: { departement: '84', remote: false } }),
    ]);
    expect(out.ranked.find((r) => r.partner.id === 'a-none')!.score).toBeGreaterThan(
      out.ranked.find((r) => r.partner.id === 'b-lived')!.score,
    );
    expect(ids(out.ranked)).toEqual(['b-lived', 'a-none']);
    expect(out.ranked[1]!.notes).toContainEqual({ code: 'no_lived_experience' });
    expect(out.ranked[0]!.notes).not.toContainEqual({ code: 'no_lived_experience' });
    const fr = explainNote({ code: 'no_lived_experience' }, 'fr');
    expect(fr).toContain('« en fonction de leur expérience de la vie avec la maladie » (3.3)');
    expect(fr).toContain('choix de Binôme');
  });

  it('below relevant experience when a theme is sought', () => {
    const n = need({ domain: 'offre_soins', experienceThemes: ['cancer'] });
    const out = rankPartners(n, [
      bare('a-none', { domains: ['offre_soins'] }),
      bare('b-cancer', { experience: { themes: ['cancer'], caregiver: false } }),
      bare('c-carer', { experience: { themes: [], caregiver: true } }),
    ]);
    expect(ids(out.ranked)).toEqual(['b-cancer', 'c-carer', 'a-none']);
  });

  it('says nothing about a person who did not share their experience with project teams (not read)', () => {
    const hidden = bare('hidden', { consents: consents({ experience: false }) });
    const out = rankPartners(need({}), [hidden]);
    expect(out.ranked[0]!.notes).toEqual([]);
  });
});

describe('The manager exclusion: the guide’s example (« gestionnaire », 3.3 l.537), the establishment’s rule', () => {
  it('quotes the guide: an example of exclusion criterion, managers of the establishment or service', () => {
    expect(line(537)).toContain(
      "critères d'exclusion, comme celui d'être à la fois gestionnaire de l'établissement ou du service de santé et candidat",
    );
    expect(line(537)).toContain('par exemple');
  });

  it('is applied by default and worded as the establishment’s rule, not as an HAS ban', () => {
    const out = rankPartners(need({}), [bare('m', { managesEstablishment: true })]);
    expect(out.excluded[0]?.reasons).toEqual([{ code: 'manager' }]);
    const fr = explainExclusion({ code: 'manager' }, 'fr');
    expect(fr).toMatch(/^Gestionnaire de l’établissement ou du service \(direction ou encadrement\)/);
    expect(fr).toContain('règle de l’établissement, appliquée par défaut');
    expect(fr).toContain('exemple de critère d’exclusion cité par le guide HAS (3.3)');
    expect(fr).not.toMatch(/ne peut pas|interdit/);
  });

  it('an establishment may switch it off: the person is ranked, with a note that says so', () => {
    const out = rankPartners(need({}), [bare('m', { managesEstablishment: true })], { excludeManagers: false });
    expect(out.excluded).toEqual([]);
    expect(out.ranked[0]!.notes).toContainEqual({ code: 'manager_not_excluded' });
    expect(explainNote({ code: 'manager_not_excluded' }, 'fr')).toContain('l’établissement a choisi de ne pas appliquer');
  });
});

describe('Every rule and score shown says where it comes from', () => {
  const SOURCE = {
    fr: /guide HAS|Code de la santé publique|règle de Binôme|choix de Binôme|règle de l’établissement|l’établissement a choisi|par l’établissement/,
    en: /HAS guide|Public Health Code|Binôme’s rule|Binôme’s choice|establishment rule|establishment chose|by the establishment/,
  } as const;
  const reasons: readonly ExclusionReason[] = [
    { code: 'manager' },
    { code: 'training_required', kind: 'etp_40h' },
    { code: 'training_required', kind: 'etp_40h', hours: 20 },
    { code: 'training_required', kind: 'etp_40h', undocumented: true },
    { code: 'no_capacity', active: 2, max: 2 },
    { code: 'domain_not_offered', domain: 'recherche' },
    { code: 'representative_only' },
    { code: 'representative_only', notShared: true },
  ];
  const notes: readonly PartnerNote[] = [
    { code: 'also_representative' },
    { code: 'training_unvalidated', kind: 'etp_40h' },
    { code: 'etp_training', kind: 'etp_40h', hours: 40 },
    { code: 'etp_training', kind: 'du', hours: 120 },
    { code: 'no_lived_experience' },
    { code: 'manager_not_excluded' },
  ];

  for (const locale of ['fr', 'en'] as const satisfies readonly Locale[]) {
    it(`every exclusion reason and every note (${locale})`, () => {
      for (const r of reasons) expect(explainExclusion(r, locale), r.code).toMatch(SOURCE[locale]);
      for (const n of notes) expect(explainNote(n, locale), n.code).toMatch(SOURCE[locale]);
    });
  }

  it('the capacity and domain rules are Binôme’s, the ETP rule is the law’s', () => {
    expect(explainExclusion({ code: 'no_capacity', active: 2, max: 2 }, 'fr')).toContain('règle de Binôme');
    expect(explainExclusion({ code: 'domain_not_offered', domain: 'recherche' }, 'fr')).toContain('règle de Binôme');
    expect(explainExclusion({ code: 'training_required', kind: 'etp_40h' }, 'fr')).toContain('Code de la santé publique');
  });

  it('the score is presented as Binôme’s, with the weights in use', () => {
    const fr = explainScore('fr');
    expect(fr).toContain('calculé par Binôme, pas par la HAS');
    expect(fr).toContain('missions 30');
    expect(fr).toContain('expérience vécue 25');
    expect(fr).not.toContain('formation demandée 0');
    const counted = CRITERIA.filter((c) => WEIGHTS[c] > 0);
    for (const c of counted) expect(fr).toContain(` ${WEIGHTS[c]}`);
    expect(explainScore('en')).toContain('computed by Binôme, not by the HAS');
  });

  it('no sentence of the engine attributes its rules to the HAS as a whole', () => {
    const out = rankPartners(etpNeed, [bare('a'), bare('b', { managesEstablishment: true })]);
    const text = [
      ...out.excluded.flatMap((e) => e.reasons.map((r) => explainExclusion(r, 'fr'))),
      ...out.notices.map((n) => explainNotice(n, 'fr')),
      ...reasons.map((r) => explainExclusion(r, 'fr')),
      ...notes.map((n) => explainNote(n, 'fr')),
      explainScore('fr'),
    ].join('\n');
    expect(text).not.toMatch(/règles? de la HAS|règles? du guide/);
  });

  it('criteria that use the guide’s words keep its section', () => {
    const out = rankPartners(need({ domain: 'recherche', requiredTrainings: ['diu'] }), [bare('p')]);
    const training = out.ranked[0]!.criteria.find((c) => c.id === 'training')!;
    expect(explainCriterion(training, 'fr')).toContain('guide HAS 3.4');
  });
});
