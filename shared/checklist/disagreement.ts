/**
 * Where the members of a project answer the checklist differently. Each member (a patient
 * partner, a professional…) fills the sheet separately; the team then talks where answers
 * differ, criterion by criterion (issue 17.2; the guide's « double évaluation », 3.x). The
 * guide gives no score nor threshold (see summary.ts), so none is made here: only who said
 * what, grouped by side, and in which way the answers differ.
 */
import type { ChecklistEvaluation } from '../schemas/checklist';
import { CHECKLIST_ANSWER_IDS, type ChecklistAnswer, HAS_CRITERION_PREFIX } from '../vocab/checklist';
import { answerOf, type CriterionView, HAS_CRITERIA } from './criteria';

/** The same ids as schemas/meeting.ts PARTICIPANT_SIDES (a parity test keeps them equal; this module stays zod-free). */
export const MEMBER_SIDES = ['patient_partner', 'professional', 'other'] as const;
export type MemberSide = (typeof MEMBER_SIDES)[number];

export interface MemberAnswers {
  readonly memberId: string;
  /** Optional: a coordinator may record only the side of whoever answered. */
  readonly name?: string;
  readonly side: MemberSide;
  readonly evaluation: Pick<ChecklistEvaluation, 'answers' | 'extraCriteria'>;
}

export interface GivenAnswer {
  readonly memberId: string;
  readonly name?: string;
  /** null: the criterion was on this member's sheet but left unanswered. */
  readonly answer: ChecklistAnswer | null;
}

/**
 * - `agree`: everyone asked gave the same answer;
 * - `answers`: at least two different answers (« oui » against « non »…);
 * - `unanswered`: those who answered agree, but someone has not answered yet;
 * - `nobody`: no answer at all.
 */
export type DifferenceKind = 'agree' | 'answers' | 'unanswered' | 'nobody';

export interface DisagreementRow {
  readonly criterion: CriterionView;
  /** Per side, in members' order; a member whose sheet lacks an extra criterion is not listed. */
  readonly bySide: Readonly<Record<MemberSide, readonly GivenAnswer[]>>;
  /** The distinct answers given, in the guide's order (oui, non, en cours). */
  readonly answers: readonly ChecklistAnswer[];
  readonly kind: DifferenceKind;
  /** Patient partners and professionals both answered and their sets of answers are not the same. */
  readonly sidesDiffer: boolean;
}

export interface Disagreement {
  /** HAS criteria, then every extra criterion found on a member's sheet, first seen first. */
  readonly rows: readonly DisagreementRow[];
  /** How many rows are `answers` or `unanswered`: the criteria to talk about. */
  readonly toDiscuss: number;
}

function extraCriteriaOf(members: readonly MemberAnswers[]): CriterionView[] {
  const seen = new Map<string, string>();
  for (const m of members)
    for (const c of m.evaluation.extraCriteria)
      if (!c.id.startsWith(HAS_CRITERION_PREFIX) && !seen.has(c.id)) seen.set(c.id, c.label);
  return [...seen].map(([id, label], i) => ({ id, label, origin: 'extra', number: HAS_CRITERIA.length + i + 1 }));
}

const sameSet = (a: ReadonlySet<ChecklistAnswer>, b: ReadonlySet<ChecklistAnswer>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

function rowOf(criterion: CriterionView, members: readonly MemberAnswers[]): DisagreementRow {
  const bySide: Record<MemberSide, GivenAnswer[]> = { patient_partner: [], professional: [], other: [] };
  for (const m of members) {
    const asked = criterion.origin === 'has' || m.evaluation.extraCriteria.some((c) => c.id === criterion.id);
    if (!asked) continue;
    const given: GivenAnswer = { memberId: m.memberId, answer: answerOf(m.evaluation, criterion.id) };
    bySide[m.side].push(m.name ? { ...given, name: m.name } : given);
  }
  const all = [...bySide.patient_partner, ...bySide.professional, ...bySide.other];
  const given = new Set(all.flatMap((g) => (g.answer ? [g.answer] : [])));
  const answers = CHECKLIST_ANSWER_IDS.filter((a) => given.has(a));
  const kind: DifferenceKind =
    answers.length === 0 ? 'nobody' : answers.length > 1 ? 'answers' : all.some((g) => !g.answer) ? 'unanswered' : 'agree';
  const sideSet = (side: MemberSide) => new Set(bySide[side].flatMap((g) => (g.answer ? [g.answer] : [])));
  const patients = sideSet('patient_partner');
  const professionals = sideSet('professional');
  const sidesDiffer = patients.size > 0 && professionals.size > 0 && !sameSet(patients, professionals);
  return { criterion, bySide, answers, kind, sidesDiffer };
}

export function compareMembers(members: readonly MemberAnswers[]): Disagreement {
  const rows = [...HAS_CRITERIA, ...extraCriteriaOf(members)].map((c) => rowOf(c, members));
  return { rows, toDiscuss: rows.filter((r) => r.kind === 'answers' || r.kind === 'unanswered').length };
}
