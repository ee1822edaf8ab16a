import { describe, expect, it } from 'vitest';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { withExtraCriterion } from '../../../../shared/checklist/extra-criteria';
import { buildTimeline, pathOf, trendOf } from '../../../../shared/checklist/history';
import type { ChecklistAnswer } from '../../../../shared/vocab/checklist';

const dated = (date: string, answers: Record<string, ChecklistAnswer>, id = date) => {
  let e = createEvaluation({ projectTitle: 'Projet', date, id });
  for (const [criterion, answer] of Object.entries(answers)) e = withAnswer(e, criterion, answer);
  return e;
};

describe('history of a criterion across dated evaluations', () => {
  it('shows Non → En cours → Oui for a criterion that progressed, whatever the input order', () => {
    const timeline = buildTimeline([
      dated('2026-06-01', { 'has.1': 'oui', 'has.2': 'non' }),
      dated('2026-01-15', { 'has.1': 'non', 'has.2': 'oui' }),
      dated('2026-03-20', { 'has.1': 'en_cours' }),
    ]);
    expect(timeline.evaluations.map((e) => e.date)).toEqual(['2026-01-15', '2026-03-20', '2026-06-01']);
    const [first, second, third] = timeline.rows;
    expect(first).toMatchObject({ cells: ['non', 'en_cours', 'oui'], path: ['non', 'en_cours', 'oui'], trend: 'up' });
    expect(second).toMatchObject({ cells: ['oui', null, 'non'], path: ['oui', 'non'], trend: 'down' });
    expect(third).toMatchObject({ cells: [null, null, null], path: [], trend: 'none' });
    expect(timeline.rows).toHaveLength(10);
  });

  it('collapses repeats and blanks in the path, and calls a return to the same answer stable', () => {
    expect(pathOf(['non', 'non', null, 'en_cours', undefined, 'en_cours'])).toEqual(['non', 'en_cours']);
    expect(trendOf(['oui', 'non', 'oui'])).toBe('same');
    expect(trendOf([])).toBe('none');
  });

  it('adds a row per extra criterion met in any evaluation, "not asked" where that sheet did not have it', () => {
    const early = dated('2026-01-15', {});
    const later = withAnswer(withExtraCriterion(dated('2026-03-20', {}), 'Charte signée ?', 'etab-charte'), 'etab-charte', 'oui');
    const timeline = buildTimeline([early, later]);
    const extra = timeline.rows[10];
    expect(extra?.criterion).toMatchObject({ id: 'etab-charte', origin: 'extra', number: 11, label: 'Charte signée ?' });
    expect(extra?.cells).toEqual([undefined, 'oui']);
    expect(extra?.path).toEqual(['oui']);
  });

  it('labels an extra criterion as written in the latest evaluation that has it', () => {
    const a = withExtraCriterion(dated('2026-01-15', {}), 'Ancien libellé', 'etab-x');
    const b = { ...withExtraCriterion(dated('2026-02-15', {}), 'Nouveau libellé', 'etab-x') };
    expect(buildTimeline([b, a]).rows[10]?.criterion.label).toBe('Nouveau libellé');
  });
});
