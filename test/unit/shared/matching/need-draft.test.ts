import { describe, expect, it } from 'vitest';
import { durationOfDates, needDraftOf, readNeedDraft } from '../../../../shared/matching/need-draft';

const project = {
  title: 'Parcours diabète',
  domain: 'recherche' as const,
  missions: ['recherche.impulsion.1', 'parcours_soins.soutien.1'] as const,
  dates: { start: '2026-03-01' },
};

describe('the need a project pre-fills in matching', () => {
  it('takes the title, the domain, its missions only, and the duration its dates say', () => {
    expect(needDraftOf(project)).toEqual({
      title: 'Parcours diabète',
      domain: 'recherche',
      missions: ['recherche.impulsion.1'],
      duration: 'durable',
    });
  });

  it('reads the duration from the dates only when they say it plainly', () => {
    expect(durationOfDates({ start: '2026-03-01' })).toBe('durable');
    expect(durationOfDates({ start: '2026-03-01', end: '2026-03-01' })).toBe('ponctuel');
    expect(durationOfDates({ start: '2026-03-01', end: '2026-03-31' })).toBe('ponctuel');
    expect(durationOfDates({ start: '2026-03-01', end: '2026-06-01' })).toBeUndefined();
    expect(durationOfDates({ start: '2026-03-01', end: '2027-03-01' })).toBe('durable');
    expect(durationOfDates({ start: '2026-03-01', end: '2026-02-01' })).toBeUndefined();
    expect(needDraftOf({ ...project, dates: { start: '2026-03-01', end: '2026-05-01' } })).not.toHaveProperty('duration');
  });

  it('prefers the last need searched for the project', () => {
    const need = { title: 'Relecture', domain: 'offre_soins' as const, missions: [], duration: 'ponctuel' as const };
    expect(needDraftOf({ ...project, need })).toEqual({
      title: 'Relecture',
      domain: 'offre_soins',
      missions: [],
      duration: 'ponctuel',
    });
  });

  it('keeps from any host value only what it knows', () => {
    expect(readNeedDraft(null)).toEqual({});
    expect(readNeedDraft('recherche')).toEqual({});
    expect(
      readNeedDraft({
        title: `  ${'x'.repeat(400)} `,
        domain: 'recherche',
        missions: ['recherche.impulsion.1', 'recherche.impulsion.1', 'parcours_soins.soutien.1', 'nope', 3],
        duration: 'forever',
      }),
    ).toEqual({ title: 'x'.repeat(300), domain: 'recherche', missions: ['recherche.impulsion.1'] });
    // Missions without a known domain are not kept: the form shows a domain's missions only.
    expect(readNeedDraft({ domain: 'sport', missions: ['recherche.impulsion.1'], duration: 'ponctuel' })).toEqual({
      duration: 'ponctuel',
    });
  });
});
