import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMembers, MEMBER_SIDES, type MemberAnswers, type MemberSide } from '../../../../shared/checklist/disagreement';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { withExtraCriterion } from '../../../../shared/checklist/extra-criteria';
import { PARTICIPANT_SIDES } from '../../../../shared/schemas/meeting';
import { CHECKLIST_ANSWER_IDS, CHECKLIST_CRITERION_IDS, type ChecklistAnswer } from '../../../../shared/vocab/checklist';

const member = (
  memberId: string,
  side: MemberSide,
  answers: Record<string, ChecklistAnswer | null>,
  name?: string,
): MemberAnswers => {
  let evaluation = createEvaluation({ projectTitle: 'Projet', date: '2026-12-01' });
  for (const [id, a] of Object.entries(answers)) evaluation = withAnswer(evaluation, id, a);
  return { memberId, side, evaluation, ...(name ? { name } : {}) };
};

describe('where members answer the checklist differently', () => {
  it('keeps the same side ids as the meetings schema', () => {
    expect([...MEMBER_SIDES]).toEqual([...PARTICIPANT_SIDES]);
  });

  it('marks « oui » against « non », answered against not, agreement and silence, in the checklist order', () => {
    const result = compareMembers([
      member('a', 'patient_partner', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'oui' }, 'Marie'),
      member('b', 'professional', { 'has.1': 'non', 'has.2': 'oui', 'has.3': null }, 'Dr Martin'),
    ]);
    expect(result.rows.map((r) => r.criterion.id)).toEqual([...CHECKLIST_CRITERION_IDS]);
    const [r1, r2, r3, r4] = result.rows;
    expect(r1?.kind).toBe('answers');
    expect(r1?.answers).toEqual(['oui', 'non']);
    expect(r1?.sidesDiffer).toBe(true);
    expect(r1?.bySide.patient_partner).toEqual([{ memberId: 'a', name: 'Marie', answer: 'oui' }]);
    expect(r1?.bySide.professional).toEqual([{ memberId: 'b', name: 'Dr Martin', answer: 'non' }]);
    expect(r2?.kind).toBe('agree');
    expect(r2?.sidesDiffer).toBe(false);
    expect(r3?.kind).toBe('unanswered');
    expect(r3?.sidesDiffer).toBe(false); // the professional gave no answer: nothing to set against
    expect(r4?.kind).toBe('nobody');
    expect(result.toDiscuss).toBe(2);
  });

  it('compares sides as sets: two professionals split while the patient partner agrees with one of them', () => {
    const [row] = compareMembers([
      member('p', 'patient_partner', { 'has.1': 'oui' }),
      member('x', 'professional', { 'has.1': 'oui' }),
      member('y', 'professional', { 'has.1': 'en_cours' }),
    ]).rows;
    expect(row?.kind).toBe('answers');
    expect(row?.answers).toEqual(['oui', 'en_cours']);
    expect(row?.sidesDiffer).toBe(true);
    expect(row?.bySide.professional.map((g) => g.answer)).toEqual(['oui', 'en_cours']);
  });

  it('lists an extra criterion once, only for members whose sheet has it', () => {
    const extra = { id: 'local.1', label: 'Un café partagé ?' };
    const withExtra = (m: MemberAnswers, answer: ChecklistAnswer): MemberAnswers => {
      const sheet = createEvaluation({ projectTitle: 'Projet', date: '2026-12-01' });
      return { ...m, evaluation: withAnswer(withExtraCriterion(sheet, extra.label, extra.id), extra.id, answer) };
    };
    const result = compareMembers([
      withExtra(member('a', 'patient_partner', {}), 'oui'),
      member('b', 'professional', {}),
      withExtra(member('c', 'other', {}), 'oui'),
    ]);
    expect(result.rows).toHaveLength(11);
    const last = result.rows[10];
    expect(last?.criterion).toMatchObject({ id: 'local.1', number: 11, origin: 'extra', label: 'Un café partagé ?' });
    expect(last?.bySide.professional).toEqual([]); // not asked, so not « unanswered »
    expect(last?.kind).toBe('agree');
  });

  const answer = fc.constantFrom<ChecklistAnswer | null>(null, ...CHECKLIST_ANSWER_IDS);
  const members = fc
    .array(fc.record({ side: fc.constantFrom(...MEMBER_SIDES), answers: fc.array(answer, { minLength: 10, maxLength: 10 }) }), {
      maxLength: 6,
    })
    .map((list) =>
      list.map((m, i) =>
        member(`m${i}`, m.side, Object.fromEntries(CHECKLIST_CRITERION_IDS.map((id, k) => [id, m.answers[k] ?? null]))),
      ),
    );

  it('property: the kind follows from the answers given, no member is lost, and no score appears', () => {
    fc.assert(
      fc.property(members, (list) => {
        const result = compareMembers(list);
        expect(result.rows.map((r) => r.criterion.id)).toEqual([...CHECKLIST_CRITERION_IDS]);
        for (const row of result.rows) {
          const given = list.map((m) => m.evaluation.answers[row.criterion.id]?.answer ?? null);
          const distinct = new Set(given.filter((a) => a !== null));
          const expected =
            distinct.size === 0 ? 'nobody' : distinct.size > 1 ? 'answers' : given.includes(null) ? 'unanswered' : 'agree';
          expect(row.kind).toBe(expected);
          expect(MEMBER_SIDES.reduce((n, s) => n + row.bySide[s].length, 0)).toBe(list.length);
          if (row.sidesDiffer) expect(row.kind).toBe('answers');
          expect(Object.values(row).some((v) => typeof v === 'number')).toBe(false);
        }
        expect(result.toDiscuss).toBe(result.rows.filter((r) => r.kind === 'answers' || r.kind === 'unanswered').length);
      }),
    );
  });

  it('property: the order of members changes who is listed first, never what differs', () => {
    fc.assert(
      fc.property(members, (list) => {
        const a = compareMembers(list).rows;
        const b = compareMembers([...list].reverse()).rows;
        expect(b.map((r) => [r.kind, r.answers, r.sidesDiffer])).toEqual(a.map((r) => [r.kind, r.answers, r.sidesDiffer]));
      }),
    );
  });
});
