/**
 * Issue 13: lived experience is health data. The engine uses a partner's themes, carer
 * status and story only when the person agreed to share them with project teams
 * (`projectExperience`, or the public `experience` consent); for anyone else the results
 * — words, score, rank, exclusion reasons — must be the same whatever they declared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CriterionResult,
  explainCriterion,
  explainExclusion,
  type MatchOutcome,
  rankPartners,
} from '../../../../shared/matching';
import type { PartnerProfile } from '../../../../shared/schemas/partner';
import { bare, consents, ids, need } from './helpers';

const notShared = consents({ experience: false });

function experienceOf(out: MatchOutcome, id: string): CriterionResult | undefined {
  return out.ranked.find((r) => r.partner.id === id)?.criteria.find((c) => c.id === 'experience');
}

/** Everything the results say about `id`, without the profile itself. */
function resultOf(out: MatchOutcome, id: string) {
  const rank = out.ranked.findIndex((r) => r.partner.id === id);
  const ranked = out.ranked[rank];
  const excluded = out.excluded.find((e) => e.partner.id === id);
  return {
    rank,
    score: ranked?.score,
    criteria: ranked?.criteria,
    words: ranked?.criteria.map((c) => [explainCriterion(c, 'fr'), explainCriterion(c, 'en')]),
    notes: ranked?.notes,
    reasons: excluded?.reasons,
    reasonWords: excluded?.reasons.map((r) => explainExclusion(r, 'fr')),
    counts: [out.ranked.length, out.excluded.length, out.notConsidered],
  };
}

describe('lived experience not shared with project teams', () => {
  it('reads « non partagée », counts half, and holds nothing about the person', () => {
    const out = rankPartners(need({ experienceThemes: ['cancer'] }), [
      bare('p', { experience: { themes: ['cancer'], caregiver: false }, consents: notShared }),
    ]);
    const c = experienceOf(out, 'p');
    expect(c).toEqual({
      id: 'experience',
      weight: 25,
      value: 0.5,
      status: 'not_shared',
      detail: { kind: 'experience_not_shared' },
    });
    const fr = explainCriterion(c!, 'fr');
    expect(fr).toMatch(/^Non partagée : la personne n’a pas donné son accord/);
    expect(fr).not.toMatch(/cancer|1 des 1|correspond/i);
    expect(explainCriterion(c!, 'en')).toMatch(/^Not shared: /);
  });

  it('with one theme sought, a partner who refused and has it and one who refused and has not are told apart by nothing', () => {
    const n = need({ experienceThemes: ['vih_hepatites'], caregiverSought: true });
    const has = bare('p', {
      experience: { themes: ['vih_hepatites', 'VIH depuis 2004'], caregiver: true, text: 'Séropositif.' },
      consents: notShared,
    });
    const hasNot = bare('p', { experience: { themes: [], caregiver: false }, consents: notShared });
    expect(resultOf(rankPartners(n, [has]), 'p')).toEqual(resultOf(rankPartners(n, [hasNot]), 'p'));
  });

  it('ranks them without it: same score, rank, words and counts whatever their themes (property)', () => {
    const themes = ['diabete', 'cancer', 'vih_hepatites', 'sante_mentale', 'Trouble bipolaire', 'Maladie de Crohn'];
    const experience = fc.record({
      themes: fc.subarray(themes),
      caregiver: fc.boolean(),
      text: fc.option(fc.constantFrom('Vingt ans de dialyse.', 'Aidante de mon père.'), { nil: undefined }),
    });
    const needs = fc.record({
      experienceThemes: fc.subarray(themes, { minLength: 1 }),
      caregiverSought: fc.boolean(),
    });
    const titles = fc.constantFrom<PartnerProfile['titles']>(
      [],
      [{ role: 'representant_usagers' }],
      [{ role: 'patient_partenaire' }],
    );
    // Others in the directory, who do share: the unshared person's place among them must not move either.
    const others = [
      bare('a', { experience: { themes: ['cancer'], caregiver: true } }),
      bare('b', { experience: { themes: ['diabete'], caregiver: false }, load: { activeMissions: 1 } }),
      bare('z', { experience: { themes: [], caregiver: false }, load: { activeMissions: 2 } }),
    ];
    fc.assert(
      fc.property(needs, experience, experience, titles, fc.boolean(), (sought, e1, e2, t, publicRefused) => {
        const n = need(sought);
        // Absent or refused consents are the same: not shared.
        const c = publicRefused ? notShared : { ...notShared, experience: undefined };
        const one = bare('p', { titles: t, experience: { ...e1 }, consents: c });
        const two = bare('p', { titles: t, experience: { ...e2 }, consents: c });
        expect(resultOf(rankPartners(n, [...others, one]), 'p')).toEqual(resultOf(rankPartners(n, [...others, two]), 'p'));
      }),
    );
  });

  it('excludes a users’ representative who shares no experience, with a reason that does not depend on it', () => {
    const ru = (experience: PartnerProfile['experience']) =>
      bare('ru', { titles: [{ role: 'representant_usagers' }], experience, consents: notShared });
    const a = rankPartners(need({}), [ru({ themes: ['cancer'], caregiver: false })]);
    const b = rankPartners(need({}), [ru({ themes: [], caregiver: false })]);
    expect(a.excluded[0]?.reasons).toEqual([{ code: 'representative_only', notShared: true }]);
    expect(b.excluded[0]?.reasons).toEqual(a.excluded[0]?.reasons);
    const words = explainExclusion({ code: 'representative_only', notShared: true }, 'fr');
    expect(words).toContain('sans expérience vécue partagée avec les équipes projet');
    expect(words).toContain('guide HAS 2.6');
  });

  it('is not a preference against them when no experience is sought', () => {
    const out = rankPartners(need({}), [
      bare('p', { experience: { themes: ['cancer'], caregiver: false }, consents: notShared }),
    ]);
    expect(out.ranked[0]?.criteria.map((c) => c.id)).not.toContain('experience');
  });
});

describe('lived experience shared with project teams', () => {
  it('is used and named with the projectExperience consent alone, without the public one', () => {
    const out = rankPartners(need({ experienceThemes: ['cancer', 'diabete'] }), [
      bare('p', {
        experience: { themes: ['cancer'], caregiver: false },
        consents: consents({ experience: false, projectExperience: true }),
      }),
    ]);
    const c = experienceOf(out, 'p')!;
    expect(c.status).toBe('partial');
    expect(c.value).toBe(0.5);
    expect(explainCriterion(c, 'fr')).toBe('Correspond pour Cancer ; pas d’expérience déclarée pour Diabète');
  });

  it('is used with the public experience consent (what anyone may see, project teams may see)', () => {
    const out = rankPartners(need({ experienceThemes: ['cancer'] }), [
      bare('p', { experience: { themes: ['cancer'], caregiver: false }, consents: consents({ experience: true }) }),
    ]);
    expect(experienceOf(out, 'p')?.status).toBe('met');
  });

  it('a withdrawn projectExperience consent (or keepData withdrawn) stops its use at once', () => {
    const p = bare('p', {
      experience: { themes: ['cancer'], caregiver: false },
      consents: consents({ experience: false, projectExperience: true }),
    });
    const withdrawn = { ...p, consents: { ...p.consents, projectExperience: { granted: false, date: '2026-03-01' } } };
    const n = need({ experienceThemes: ['cancer'] });
    expect(experienceOf(rankPartners(n, [p]), 'p')?.status).toBe('met');
    expect(experienceOf(rankPartners(n, [withdrawn]), 'p')?.status).toBe('not_shared');
  });

  it('an RU who shares lived experience is still ranked', () => {
    const ru = bare('ru', {
      titles: [{ role: 'representant_usagers' }],
      experience: { themes: ['cancer'], caregiver: false },
      consents: consents({ experience: false, projectExperience: true }),
    });
    expect(ids(rankPartners(need({}), [ru]).ranked)).toEqual(['ru']);
  });
});
