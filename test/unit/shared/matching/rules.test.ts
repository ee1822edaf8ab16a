import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  explainCriterion,
  explainExclusion,
  explainNote,
  explainNotice,
  explainWarning,
  needNotices,
  PROPORTIONALITY_QUOTE,
  rankPartners,
  selectionWarnings,
} from '../../../../shared/matching';
import { bare, consents, ids, need, partner } from './helpers';

const guide = readFileSync(resolve(import.meta.dirname, '../../../fixtures/has-guide-2026.txt'), 'utf8');
const etp40 = { kind: 'etp_40h' as const, issuer: 'UTEP du CH de Valmont (fictive)', hours: 40 };

describe('HAS rule: ETP programmes require the 40-hour training (3.4, note 23)', () => {
  const etpNeed = need({ domain: 'parcours_soins', missions: ['parcours_soins.etp.1'] });

  it('excludes a partner without the training, with that reason, and keeps one who has it', () => {
    const withIt = bare('a-with', { domains: ['parcours_soins'], trainings: [etp40] });
    const without = bare('b-without', { domains: ['parcours_soins'] });
    const out = rankPartners(etpNeed, [without, withIt]);
    expect(ids(out.ranked)).toEqual(['a-with']);
    expect(out.excluded).toHaveLength(1);
    expect(out.excluded[0]?.partner.id).toBe('b-without');
    expect(out.excluded[0]?.reasons).toEqual([{ code: 'training_required', kind: 'etp_40h' }]);
    const fr = explainExclusion(out.excluded[0]!.reasons[0]!, 'fr');
    expect(fr).toContain('ETP 40 h');
    expect(fr).toContain('note 23');
    expect(explainExclusion(out.excluded[0]!.reasons[0]!, 'en')).toContain('required by regulation');
  });

  it('does not count a declared training shorter than 40 hours', () => {
    const short = bare('short', { domains: ['parcours_soins'], trainings: [{ ...etp40, hours: 20 }] });
    const out = rankPartners(etpNeed, [short]);
    expect(out.excluded[0]?.reasons).toEqual([{ code: 'training_required', kind: 'etp_40h', hours: 20 }]);
    expect(explainExclusion(out.excluded[0]!.reasons[0]!, 'fr')).toContain('20 h');
  });

  it('says so at the top of the results, and notes a training not yet validated', () => {
    const out = rankPartners(etpNeed, [bare('a', { domains: ['parcours_soins'], trainings: [etp40] })]);
    expect(out.notices).toContainEqual({ code: 'training_required', kind: 'etp_40h' });
    expect(explainNotice(out.notices[0]!, 'fr')).toContain('L. 1161-1');
    expect(out.ranked[0]?.notes).toContainEqual({ code: 'training_unvalidated', kind: 'etp_40h' });
    expect(explainNote({ code: 'training_unvalidated', kind: 'etp_40h' }, 'fr')).toContain('pas encore validée');
  });

  it('does not require it for the training-and-teaching ETP mode, nor outside ETP', () => {
    const teaching = need({ domain: 'formation_enseignement', missions: ['formation_enseignement.etp.1'] });
    const support = need({ domain: 'parcours_soins', missions: ['parcours_soins.soutien.1'] });
    const p = bare('p');
    for (const n of [teaching, support]) {
      const out = rankPartners(n, [p]);
      expect(ids(out.ranked)).toEqual(['p']);
      expect(out.notices.filter((x) => x.code === 'training_required')).toEqual([]);
    }
  });
});

describe('HAS rule: no other training is required (3.4)', () => {
  it('shows the proportionality notice, quoting the guide, when a diploma is asked outside ETP', () => {
    const n = need({ domain: 'recherche', requiredTrainings: ['diu'] });
    expect(needNotices(n)).toEqual([{ code: 'training_proportionality', kinds: ['diu'] }]);
    const fr = explainNotice(needNotices(n)[0]!, 'fr');
    expect(fr).toContain(PROPORTIONALITY_QUOTE);
    expect(fr).toContain('DIU');
    // The quote is verbatim from the guide (apostrophes aside).
    expect(guide.replace(/'/g, '’')).toContain(PROPORTIONALITY_QUOTE);
    expect(explainNotice(needNotices(n)[0]!, 'en')).toContain('proportionality');
  });

  it('still allows the request: partners without the diploma are ranked, below those who have it', () => {
    const n = need({ domain: 'recherche', requiredTrainings: ['diu'] });
    const diu = { kind: 'diu' as const, issuer: 'Université (fictive)' };
    const out = rankPartners(n, [bare('a-none'), bare('b-diu', { trainings: [diu] })]);
    expect(out.excluded).toEqual([]);
    expect(ids(out.ranked)).toEqual(['b-diu', 'a-none']);
    const training = out.ranked[1]!.criteria.find((c) => c.id === 'training');
    expect(training?.status).toBe('unmet');
  });

  it('asking for the ETP training for a non-ETP mission is a preference too', () => {
    const n = need({ domain: 'offre_soins', requiredTrainings: ['etp_40h'] });
    const out = rankPartners(n, [bare('a')]);
    expect(out.excluded).toEqual([]);
    expect(out.notices).toEqual([{ code: 'training_proportionality', kinds: ['etp_40h'] }]);
  });

  it('without any request, training plays no part in the score', () => {
    const out = rankPartners(need({ domain: 'offre_soins' }), [bare('a', { trainings: [etp40] }), bare('b')]);
    expect(out.ranked[0]!.score).toBe(out.ranked[1]!.score);
    expect(out.ranked[0]!.criteria.map((c) => c.id)).not.toContain('training');
  });
});

describe('Establishment rule, on by default: the guide’s example of a manager as exclusion criterion (3.3, l.537)', () => {
  it('excludes the manager with that reason, even as the best fit otherwise', () => {
    const manager = partner('manager', { managesEstablishment: true });
    const other = bare('other');
    const out = rankPartners(need({ missions: ['parcours_soins.soutien.1'] }), [manager, other]);
    expect(ids(out.ranked)).toEqual(['other']);
    expect(out.excluded.map((e) => e.reasons.map((r) => r.code))).toEqual([['manager']]);
    expect(explainExclusion({ code: 'manager' }, 'fr')).toContain('3.3');
    expect(explainExclusion({ code: 'manager' }, 'en')).toContain('establishment rule, on by default');
  });

  it('lists every failed rule, not only the first', () => {
    const p = bare('p', { managesEstablishment: true, domains: ['parcours_soins'] });
    const out = rankPartners(need({ missions: ['parcours_soins.etp.1'] }), [p]);
    expect(out.excluded[0]?.reasons.map((r) => r.code)).toEqual(['manager', 'training_required']);
  });
});

describe('HAS rule: at least 2 patients partenaires per project (3.1, 4.5)', () => {
  it('warns when fewer than 2 are selected, in French and English', () => {
    expect(selectionWarnings(0, 2)).toEqual([{ code: 'fewer_than_two', selected: 0 }]);
    expect(selectionWarnings(1, 2)).toEqual([{ code: 'fewer_than_two', selected: 1 }]);
    expect(selectionWarnings(2, 2)).toEqual([]);
    expect(explainWarning({ code: 'fewer_than_two', selected: 1 }, 'fr')).toBe(
      '1 patient partenaire sélectionné : la HAS recommande d’en solliciter au moins 2 par projet (guide HAS 3.1 et 4.5).',
    );
    expect(explainWarning({ code: 'fewer_than_two', selected: 1 }, 'en')).toContain('at least 2 per project');
  });

  it('tells how many are still missing when more were sought', () => {
    expect(selectionWarnings(2, 4)).toEqual([{ code: 'fewer_than_sought', selected: 2, sought: 4 }]);
    expect(selectionWarnings(1, 3)).toEqual([
      { code: 'fewer_than_two', selected: 1 },
      { code: 'fewer_than_sought', selected: 1, sought: 3 },
    ]);
  });

  it('flags a need for fewer than 2 partners', () => {
    expect(needNotices(need({ count: 1 }))).toEqual([{ code: 'count_below_two', count: 1 }]);
    expect(needNotices(need({}))).toEqual([]);
    expect(explainNotice({ code: 'count_below_two', count: 1 }, 'fr')).toContain('au moins 2 patients partenaires');
  });
});

describe('HAS rule: only partners who consented to matching are considered', () => {
  it('never ranks nor lists a partner without the matching consent, only counts them', () => {
    const yes = bare('yes');
    const no = bare('no', { consents: consents({ matching: false }) });
    const out = rankPartners(need({}), [yes, no]);
    expect(ids(out.ranked)).toEqual(['yes']);
    expect(out.excluded).toEqual([]);
    expect(out.notConsidered).toBe(1);
  });

  it('a withdrawn consent (or withdrawn consent to keep the data) removes the partner at once', () => {
    const p = bare('p');
    expect(ids(rankPartners(need({}), [p]).ranked)).toEqual(['p']);
    const withdrawn = { ...p, consents: { ...p.consents, matching: { granted: false, date: '2026-03-01' } } };
    expect(rankPartners(need({}), [withdrawn]).ranked).toEqual([]);
    const forgotten = { ...p, consents: { ...p.consents, keepData: { granted: false, date: '2026-03-01' } } };
    expect(rankPartners(need({}), [forgotten]).notConsidered).toBe(1);
  });

  it('matching does not need the public listing consent', () => {
    const out = rankPartners(need({}), [bare('p', { consents: consents({ listing: false, name: false }) })]);
    expect(ids(out.ranked)).toEqual(['p']);
  });
});

describe('HAS rule: holders of experiential knowledge, not representatives of an association (3.3)', () => {
  it('association membership, mandated or not, never changes the score', () => {
    const n = need({ missions: ['parcours_soins.soutien.1'], experienceThemes: ['diabete'] });
    const base = { domains: ['parcours_soins' as const], missions: ['parcours_soins.soutien.1' as const] };
    const out = rankPartners(n, [
      bare('a-free', base),
      bare('b-member', { ...base, association: { name: 'Association (fictive)', mandated: false } }),
      bare('c-mandated', { ...base, association: { name: 'Association (fictive)', mandated: true } }),
    ]);
    expect(new Set(out.ranked.map((r) => r.score)).size).toBe(1);
    expect(out.ranked.flatMap((r) => r.criteria.map((c) => c.id))).not.toContain('association');
  });
});

describe('HAS rule: users’ representatives (RU) are a distinct role (2.6)', () => {
  it('excludes a profile that only holds an RU mandate and declares no lived experience', () => {
    const ru = bare('ru', { titles: [{ role: 'representant_usagers' }] });
    const out = rankPartners(need({}), [ru]);
    expect(out.excluded[0]?.reasons).toEqual([{ code: 'representative_only' }]);
    expect(explainExclusion({ code: 'representative_only' }, 'fr')).toContain('rôle distinct');
  });

  it('ranks an RU who brings lived experience, noting that they act as patient partner, not under the mandate', () => {
    const ru = bare('ru', { titles: [{ role: 'representant_usagers' }], experience: { themes: ['cancer'], caregiver: false } });
    const out = rankPartners(need({}), [ru]);
    expect(ids(out.ranked)).toEqual(['ru']);
    expect(out.ranked[0]?.notes).toEqual([{ code: 'also_representative' }]);
    expect(explainNote({ code: 'also_representative' }, 'fr')).toContain('non au titre de ce mandat');
  });
});

describe('HAS rule: do not over-solicit (annex 4, l.1255)', () => {
  it('ranks the less solicited partner first when all else is equal, and shows the load', () => {
    const busy = bare('a-busy', { load: { activeMissions: 3 } });
    const free = bare('b-free', { load: { activeMissions: 0 } });
    const out = rankPartners(need({}), [busy, free]);
    expect(ids(out.ranked)).toEqual(['b-free', 'a-busy']);
    const load = out.ranked[1]!.criteria.find((c) => c.id === 'load')!;
    expect(load.detail).toEqual({ kind: 'load', active: 3, max: undefined });
  });

  it('excludes a partner who reached the number of missions they accept', () => {
    const full = bare('full', { load: { activeMissions: 2, maxMissions: 2 } });
    const paused = bare('paused', { load: { activeMissions: 0, maxMissions: 0 } });
    const out = rankPartners(need({}), [full, paused]);
    expect(out.ranked).toEqual([]);
    expect(out.excluded.map((e) => e.reasons)).toEqual([
      [{ code: 'no_capacity', active: 2, max: 2 }],
      [{ code: 'no_capacity', active: 0, max: 0 }],
    ]);
    expect(explainExclusion({ code: 'no_capacity', active: 2, max: 2 }, 'fr')).toContain('sursolliciter');
  });
});

describe('HAS rule: never a marketplace (2.5; CNOM 001:918)', () => {
  it('no price, rate or contact detail enters the need or leaves the engine’s words', () => {
    // A price slipped into the need is dropped by the schema: the need has no such field.
    const n = need({ offer: ['vacation', 'benevolat_defraiement'], missions: ['parcours_soins.soutien.1'], price: 80 } as never);
    expect(n).not.toHaveProperty('price');
    const p = partner('p', {
      contact: { email: 'secret@example.org', phone: '06 12 34 56 78' },
      consents: consents({ contact: true }),
    });
    const out = rankPartners(n, [p]);
    const sentences = out.ranked
      .flatMap((r) => [...r.criteria.map((c) => explainCriterion(c, 'fr')), ...r.notes.map((x) => explainNote(x, 'fr'))])
      .join(' ');
    expect(sentences).toContain('vacations');
    expect(sentences).not.toMatch(/€|\beuros?\b|prix|tarif/i);
    expect(sentences).not.toContain('secret@example.org');
    expect(sentences).not.toContain('06 12');
  });

  it('a profile with domains of interest elsewhere is not proposed for this domain', () => {
    const out = rankPartners(need({ domain: 'recherche' }), [bare('p', { domains: ['offre_soins'] })]);
    expect(out.excluded[0]?.reasons).toEqual([{ code: 'domain_not_offered', domain: 'recherche' }]);
    expect(explainExclusion(out.excluded[0]!.reasons[0]!, 'fr')).toContain('Recherche');
  });
});
