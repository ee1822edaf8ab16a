/**
 * How each criterion moved across the dated evaluations of a project (« Non → En cours
 * → Oui »): the guide asks to evaluate the partnership's dynamics over time (4.4,
 * « Évaluation de la dynamique du partenariat »), and a partnership is judged on
 * progress. Pure data: the element draws it as a timeline and as a table.
 */
import type { ChecklistEvaluation } from '../schemas/checklist';
import type { ChecklistAnswer } from '../vocab/checklist';
import { answerOf, type CriterionView, HAS_CRITERIA } from './criteria';
import { byDate } from './evaluation';

/** null: asked but not answered; undefined: the criterion was not on that sheet (an extra one added later). */
export type TimelineCell = ChecklistAnswer | null | undefined;

/** Direction between the first and the last answer given: an order of the guide's three answers, not a score. */
export type Trend = 'up' | 'down' | 'same' | 'none';

export interface TimelineRow {
  readonly criterion: CriterionView;
  /** One cell per evaluation, in the order of `Timeline.evaluations`. */
  readonly cells: readonly TimelineCell[];
  /** The successive answers, consecutive repeats and blanks removed: ['non', 'en_cours', 'oui']. */
  readonly path: readonly ChecklistAnswer[];
  readonly trend: Trend;
}

export interface Timeline {
  readonly evaluations: readonly Pick<ChecklistEvaluation, 'id' | 'date'>[];
  readonly rows: readonly TimelineRow[];
}

const RANK: Record<ChecklistAnswer, number> = { non: 0, en_cours: 1, oui: 2 };

export function pathOf(cells: readonly TimelineCell[]): ChecklistAnswer[] {
  const path: ChecklistAnswer[] = [];
  for (const cell of cells) if (cell && cell !== path[path.length - 1]) path.push(cell);
  return path;
}

export function trendOf(path: readonly ChecklistAnswer[]): Trend {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return 'none';
  const delta = RANK[last] - RANK[first];
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

/**
 * Rows for the 10 HAS criteria, then for every extra criterion met in any evaluation
 * (labelled as in the latest sheet that has it), whatever the input order of evaluations.
 */
export function buildTimeline(evaluations: readonly ChecklistEvaluation[]): Timeline {
  const sorted = byDate(evaluations);
  const extras = new Map<string, string>();
  for (const e of sorted) for (const c of e.extraCriteria) extras.set(c.id, c.label);
  const criteria: CriterionView[] = [
    ...HAS_CRITERIA,
    ...[...extras].map(([id, label], i): CriterionView => ({ id, label, origin: 'extra', number: HAS_CRITERIA.length + i + 1 })),
  ];
  const rows = criteria.map((criterion) => {
    const cells = sorted.map(
      (e): TimelineCell =>
        criterion.origin === 'extra' && !e.extraCriteria.some((c) => c.id === criterion.id)
          ? undefined
          : answerOf(e, criterion.id),
    );
    const path = pathOf(cells);
    return { criterion, cells, path, trend: trendOf(path) };
  });
  return { evaluations: sorted.map(({ id, date }) => ({ id, date })), rows };
}
