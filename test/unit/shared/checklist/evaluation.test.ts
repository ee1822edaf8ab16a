import { describe, expect, it } from 'vitest';
import { criteriaOf } from '../../../../shared/checklist/criteria';
import {
  byDate,
  createEvaluation,
  isPristine,
  newId,
  published,
  todayIso,
  withAnswer,
  withComment,
} from '../../../../shared/checklist/evaluation';
import { withExtraCriterion, withoutExtraCriterion } from '../../../../shared/checklist/extra-criteria';
import { mergeEvaluations, nextEvaluation } from '../../../../shared/checklist/records';
import { summarize } from '../../../../shared/checklist/summary';
import { ChecklistEvaluationSchema } from '../../../../shared/schemas/checklist';
import { CHECKLIST_CRITERION_IDS } from '../../../../shared/vocab/checklist';

const sheet = (date: string, title = 'Projet des urgences') => createEvaluation({ projectTitle: title, date });

describe('creating and changing an evaluation', () => {
  it('starts blank, dated today (local day), with every criterion unanswered, and valid for the shared schema once titled', () => {
    const blank = createEvaluation();
    expect(blank.date).toBe(todayIso());
    expect(Object.keys(blank.answers)).toEqual([...CHECKLIST_CRITERION_IDS]);
    expect(Object.values(blank.answers).every((a) => a.answer === null)).toBe(true);
    expect(isPristine(blank)).toBe(true);
    expect(ChecklistEvaluationSchema.safeParse(blank).success).toBe(false); // no title yet
    expect(ChecklistEvaluationSchema.safeParse({ ...blank, projectTitle: 'Projet' }).success).toBe(true);
  });

  it('counts the title the host page gave as blank, another one as typed', () => {
    const titled = createEvaluation({ projectTitle: 'Accueil des urgences' });
    expect(isPristine(titled)).toBe(false);
    expect(isPristine(titled, 'Accueil des urgences')).toBe(true);
    expect(isPristine(titled, 'Autre projet')).toBe(false);
    expect(isPristine(createEvaluation(), 'Autre projet')).toBe(true);
    expect(isPristine(withAnswer(titled, 'has.1', 'oui'), 'Accueil des urgences')).toBe(false);
  });

  it('formats today as the local calendar day, and makes ids the shared schema accepts', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    const ids = new Set(Array.from({ length: 200 }, () => newId('etab-')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^etab-[0-9a-f]{24}$/);
  });

  it('records answers and comments without touching the previous object, and drops empty comments', () => {
    const blank = sheet('2026-05-28');
    const answered = withAnswer(blank, 'has.1', 'oui');
    expect(blank.answers['has.1']?.answer).toBeNull();
    expect(answered.answers['has.1']).toEqual({ answer: 'oui' });
    const commented = withComment(answered, 'has.1', 'Diagnostic co-écrit en mars');
    expect(commented.answers['has.1']).toEqual({ answer: 'oui', comment: 'Diagnostic co-écrit en mars' });
    expect(withComment(commented, 'has.1', '   ').answers['has.1']).toEqual({ answer: 'oui' });
    expect(isPristine(commented)).toBe(false);
  });

  it('adds and removes extra criteria, never a HAS one', () => {
    const extra = withExtraCriterion(sheet('2026-05-28'), 'Une charte est-elle signée ?', 'etab-charte');
    expect(extra.answers['etab-charte']).toEqual({ answer: null });
    expect(ChecklistEvaluationSchema.safeParse(extra).success).toBe(true);
    expect(withoutExtraCriterion(extra, 'has.3')).toBe(extra);
    const removed = withoutExtraCriterion(withAnswer(extra, 'etab-charte', 'non'), 'etab-charte');
    expect(removed.extraCriteria).toEqual([]);
    expect(removed.answers['etab-charte']).toBeUndefined();
    expect(criteriaOf(removed)).toHaveLength(10);
  });

  it('starts the next dated evaluation from the previous answers, without its comments', () => {
    let first = withExtraCriterion(sheet('2026-01-10'), 'Critère local', 'etab-1');
    first = withComment(withAnswer(first, 'has.2', 'en_cours'), 'has.2', 'Un seul patient pour l’instant');
    first = { ...first, filledBy: [{ name: 'Awa Diallo', role: 'Patiente partenaire' }] };
    const next = nextEvaluation(first, '2026-06-01');
    expect(next.id).not.toBe(first.id);
    expect(next.date).toBe('2026-06-01');
    expect(next.answers['has.2']).toEqual({ answer: 'en_cours' });
    expect(next.extraCriteria).toEqual(first.extraCriteria);
    expect(next.filledBy).toEqual(first.filledBy);
    expect(next.filledBy).not.toBe(first.filledBy);
  });

  it('trims the title as the schema would when the evaluation leaves the widget', () => {
    expect(published({ ...sheet('2026-05-28'), projectTitle: '  Projet  ' }).projectTitle).toBe('Projet');
  });

  it('sorts by date, oldest first, keeping the order of equal dates', () => {
    const [a, b, c] = [sheet('2026-03-01', 'a'), sheet('2026-01-01', 'b'), sheet('2026-03-01', 'c')];
    expect(byDate([a!, b!, c!]).map((e) => e.projectTitle)).toEqual(['b', 'a', 'c']);
  });
});

describe('summary', () => {
  it('counts Oui / Non / En cours / unanswered over HAS and extra criteria, and lists the criteria not yet at Oui', () => {
    let e = withExtraCriterion(sheet('2026-05-28'), 'Critère local', 'etab-1');
    e = withAnswer(withAnswer(withAnswer(e, 'has.1', 'oui'), 'has.2', 'non'), 'etab-1', 'en_cours');
    const s = summarize(e);
    expect(s.counts).toEqual({ oui: 1, non: 1, en_cours: 1, unanswered: 8 });
    expect(s.total).toBe(11);
    expect(s.answered).toBe(3);
    expect(s.complete).toBe(false);
    expect(s.open.map((o) => [o.criterion.id, o.answer])).toEqual([
      ['has.2', 'non'],
      ...CHECKLIST_CRITERION_IDS.slice(2).map((id) => [id, null]),
      ['etab-1', 'en_cours'],
    ]);
    expect(s).not.toHaveProperty('score');
  });

  it('is complete when every criterion has an answer, whatever it is', () => {
    let e = sheet('2026-05-28');
    for (const id of CHECKLIST_CRITERION_IDS) e = withAnswer(e, id, 'non');
    expect(summarize(e).complete).toBe(true);
    expect(summarize(e).open).toHaveLength(10);
  });

  it('ignores answers stored under inherited keys such as "__proto__"', () => {
    const e = sheet('2026-05-28');
    expect(summarize({ ...e, answers: JSON.parse('{"__proto__": {"answer": "oui"}}') }).counts.oui).toBe(0);
  });
});

describe('merging imported evaluations', () => {
  it('adds new ones, replaces same ids, drops a blank current sheet, and makes the latest current', () => {
    const jan = sheet('2026-01-10');
    const mar = withAnswer(sheet('2026-03-10'), 'has.1', 'non');
    const blank = createEvaluation();
    const fromFile = mergeEvaluations({ current: blank, history: [] }, [mar, jan]);
    expect(fromFile.current).toBe(mar);
    expect(fromFile.history).toEqual([jan]);

    const marUpdated = withAnswer(mar, 'has.1', 'oui');
    const jun = withAnswer(sheet('2026-06-10'), 'has.1', 'en_cours');
    const merged = mergeEvaluations({ current: jun, history: [jan, mar] }, [marUpdated]);
    expect(merged.current).toBe(jun);
    expect(merged.history).toEqual([jan, marUpdated]);
  });
});
