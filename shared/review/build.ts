/**
 * The review (« bilan ») of a project or of the whole establishment over a period: the
 * guide's « double évaluation » (HAS 2026, 4.4, l.760–790) — the dynamics of the
 * partnership (checklist over time, where members' answers differ, follow-up of decided
 * actions, charter, who takes part and how much) and the effects of the project
 * (indicators and their measurements). Pure: plain records in, tables out.
 *
 * Nothing is scored (HAS gives no score): the checklist is counted in its own answers
 * (Oui / En cours / Non / no answer), and the partners' load is the one the product
 * already keeps (declared missions under way and the person's own maximum, `hasCapacity`).
 *
 * Choices, each written where it applies:
 * - actions of the period = those decided at a meeting held in the period; their state
 *   (done / open / late) is read on the period's last day, or today if the period is not
 *   over — an action done after that day was still open on it;
 * - a charter counts the signatures given up to the period's end;
 * - partners' domains are their projects' domains (a card may give none of its own).
 */

import { criterionText } from '../checklist/criteria';
import { compareMembers, type MemberAnswers } from '../checklist/disagreement';
import { byDate } from '../checklist/evaluation';
import { summarize } from '../checklist/summary';
import { EFFECT_CATEGORY_INFO } from '../effects/categories';
import { effectTrend, measurementSeries, summarizeEffects } from '../effects/indicators';
import { localized } from '../i18n/locale';
import type { ChecklistEvaluation } from '../schemas/checklist';
import { EFFECT_CATEGORIES, type EffectIndicatorRecord, type EffectMeasurement } from '../schemas/effect';
import { type MeetingAction, PARTICIPANT_SIDES, type ParticipantSide } from '../schemas/meeting';
import { normalizeText } from '../text/normalize';
import type {
  Cell,
  Review,
  ReviewInput,
  ReviewLabels,
  ReviewMember,
  ReviewPartner,
  ReviewProject,
  ReviewScope,
  ReviewTable,
  TableId,
} from './model';
import { activeDuring, inPeriod, type Period, readingDay } from './period';

/** What an action was on `day`: done once marked done by then, late when open past its due date. */
export function actionStateOn(action: Pick<MeetingAction, 'status' | 'due' | 'doneOn'>, day: string): 'done' | 'open' | 'late' {
  if (action.status === 'done' && (action.doneOn === undefined || action.doneOn <= day)) return 'done';
  return action.due !== undefined && action.due < day ? 'late' : 'open';
}

/** The projects a review covers: the one asked for, or every project running during the period. */
export function projectsInScope(projects: readonly ReviewProject[], scope: ReviewScope, period: Period): ReviewProject[] {
  if (scope.kind === 'project') return projects.filter((p) => p.id === scope.projectId);
  return projects.filter((p) => activeDuring(p.dates, period)).sort((a, b) => a.title.localeCompare(b.title));
}

/** Each member's latest sheet dated on or before `day` (members with none are left out). */
function membersOn(members: readonly ReviewMember[], day: string): MemberAnswers[] {
  const out: MemberAnswers[] = [];
  for (const m of members) {
    let latest: ChecklistEvaluation | undefined;
    for (const e of m.evaluations) if (e.date <= day && (!latest || e.date >= latest.date)) latest = e;
    if (latest) out.push({ memberId: m.memberId, side: m.side, evaluation: latest, ...(m.name ? { name: m.name } : {}) });
  }
  return out;
}

const measured = (m: EffectMeasurement): Cell =>
  m.value !== undefined ? m.value : m.observation.length > 200 ? `${m.observation.slice(0, 199)}…` : m.observation;

function table(
  id: TableId,
  keys: readonly string[],
  numeric: readonly string[],
  rows: Cell[][],
  labels: ReviewLabels,
): ReviewTable {
  return {
    id,
    title: labels.tables[id],
    columns: keys.map((key) => ({ key, label: labels.columns[key] ?? key, numeric: numeric.includes(key) })),
    rows,
  };
}

const nameKey = (name: string) => normalizeText(name);

function withoutColumn(t: ReviewTable, key: string): ReviewTable {
  const i = t.columns.findIndex((c) => c.key === key);
  if (i < 0) return t;
  return { ...t, columns: t.columns.filter((_, j) => j !== i), rows: t.rows.map((r) => r.filter((_, j) => j !== i)) };
}

/** Indicators in the guide's order of categories (5.1 … 5.6, then the project's own), then by label. */
const byGuideOrder = (indicators: readonly EffectIndicatorRecord[]) =>
  [...indicators].sort(
    (a, b) => EFFECT_CATEGORIES.indexOf(a.category) - EFFECT_CATEGORIES.indexOf(b.category) || a.label.localeCompare(b.label),
  );

export function buildReview(input: ReviewInput, scope: ReviewScope, labels: ReviewLabels): Review {
  const { period, partners } = input;
  const readOn = readingDay(period, input.today);
  const projects = projectsInScope(input.projects, scope, period);
  const A = labels.answers;

  const checklist: Cell[][] = [];
  const checklistLatest: Cell[][] = [];
  const differences: Cell[][] = [];
  const differenceCriteria: Cell[][] = [];
  const effects: Cell[][] = [];
  const allEffects: EffectIndicatorRecord[] = [];
  const category = (id: EffectIndicatorRecord['category']) => localized(EFFECT_CATEGORY_INFO[id].label, labels.locale);
  const actions: Cell[][] = [];
  const actionsByMeeting: Cell[][] = [];
  const charters: Cell[][] = [];
  const totals = {
    meetings: 0,
    actions: { done: 0, open: 0, late: 0, total: 0 },
    evaluations: 0,
    measurements: 0,
    signatures: 0,
    partners: 0,
    fullyEngaged: 0,
  };
  /** Per partner id: the projects it is linked to. */
  const involvement = new Map<string, { partner: ReviewPartner; projects: Set<string> }>();
  const byDomain = new Map<string, { projects: number; partners: Set<string> }>();
  /** The projects' teams: per side, the people (by name, compared without accents or case) and the projects. */
  const teams = new Map<ParticipantSide, { people: Set<string>; projects: Set<string> }>();
  /** Actions carried in the period, by owner name (as typed at the meeting, compared without accents or case). */
  const carried = new Map<string, number>();

  for (const project of projects) {
    // ------------------------------------------------------------ checklist over time
    const evaluations = byDate(project.evaluations.filter((e) => inPeriod(e.date, period)));
    for (const e of evaluations) {
      const s = summarize(e);
      checklist.push([project.title, e.date, s.counts.oui, s.counts.en_cours, s.counts.non, s.counts.unanswered, s.total]);
    }
    totals.evaluations += evaluations.length;
    const first = evaluations[0];
    const last = evaluations[evaluations.length - 1];
    if (first && last) {
      const f = summarize(first);
      const l = summarize(last);
      checklistLatest.push([
        project.title,
        evaluations.length,
        first.date,
        f.counts.oui,
        last.date,
        l.counts.oui,
        l.counts.en_cours,
        l.counts.non,
        l.counts.unanswered,
      ]);
    } else checklistLatest.push([project.title, 0, '', 0, '', 0, 0, 0, 0]);

    // ------------------------------------------------------------ where members' answers differ
    const days = [
      ...new Set(project.members.flatMap((m) => m.evaluations.map((e) => e.date)).filter((d) => inPeriod(d, period))),
    ].sort();
    for (const day of days) {
      const members = membersOn(project.members, day);
      if (members.length < 2) continue;
      const { rows } = compareMembers(members);
      differences.push([
        project.title,
        day,
        members.length,
        rows.filter((r) => r.kind === 'answers').length,
        rows.filter((r) => r.sidesDiffer).length,
        rows.filter((r) => r.kind === 'unanswered').length,
      ]);
    }
    const lastDay = days[days.length - 1];
    const latestMembers = lastDay ? membersOn(project.members, lastDay) : [];
    if (latestMembers.length >= 2) {
      const words = (given: readonly { answer: keyof typeof A | null }[]) =>
        given.map((g) => A[g.answer ?? 'unanswered']).join(', ') || labels.none;
      for (const row of compareMembers(latestMembers).rows) {
        if (row.kind !== 'answers') continue;
        differenceCriteria.push([
          project.title,
          `${row.criterion.number}. ${criterionText(row.criterion, labels.locale)}`,
          words(row.bySide.patient_partner),
          words(row.bySide.professional),
          words(row.bySide.other),
          row.sidesDiffer ? labels.yes : labels.no,
        ]);
      }
    }

    // ------------------------------------------------------------ effects
    // The effects module's own reading (shared/effects): series in the period, trend against the chosen direction.
    for (const indicator of byGuideOrder(project.effects)) {
      allEffects.push(indicator);
      const inside = measurementSeries(indicator, period);
      totals.measurements += inside.length;
      const firstM = inside[0];
      const lastM = inside[inside.length - 1];
      effects.push([
        project.title,
        category(indicator.category),
        indicator.label,
        indicator.unit,
        inside.length,
        firstM?.date ?? '',
        firstM ? measured(firstM) : '',
        lastM?.date ?? '',
        lastM ? measured(lastM) : '',
        labels.trends[effectTrend(indicator, period).reading],
      ]);
    }

    // ------------------------------------------------------------ meetings and actions
    const meetings = project.meetings
      .filter((m) => inPeriod(m.date, period))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1));
    const projectCounts = { done: 0, open: 0, late: 0, total: 0 };
    for (const meeting of meetings) {
      const counts = { done: 0, open: 0, late: 0 };
      for (const action of meeting.actions) {
        counts[actionStateOn(action, readOn)]++;
        for (const owner of [action.owners.patientPartner, action.owners.professional]) {
          const key = nameKey(owner);
          if (key) carried.set(key, (carried.get(key) ?? 0) + 1);
        }
      }
      const sides = { patient_partner: 0, professional: 0, other: 0 };
      for (const p of meeting.participants) sides[p.side]++;
      actionsByMeeting.push([
        project.title,
        meeting.date,
        sides.patient_partner,
        sides.professional,
        sides.other,
        meeting.actions.length,
        counts.done,
        counts.open,
        counts.late,
      ]);
      projectCounts.done += counts.done;
      projectCounts.open += counts.open;
      projectCounts.late += counts.late;
      projectCounts.total += meeting.actions.length;
    }
    actions.push([
      project.title,
      meetings.length,
      projectCounts.total,
      projectCounts.done,
      projectCounts.open,
      projectCounts.late,
    ]);
    totals.meetings += meetings.length;
    totals.actions.done += projectCounts.done;
    totals.actions.open += projectCounts.open;
    totals.actions.late += projectCounts.late;
    totals.actions.total += projectCounts.total;

    // ------------------------------------------------------------ charters
    for (const entry of project.charters) {
      if (entry.createdAt.slice(0, 10) > period.to) continue;
      const { record } = entry;
      const signed = record.signatures.filter((s) => s.signedAt.slice(0, 10) <= period.to);
      const bySide = { patient: 0, professional: 0, other: 0 };
      for (const s of signed) {
        if (s.signatory.role === 'patient_partenaire') bySide.patient++;
        else if (s.signatory.role === 'professionnel_sante') bySide.professional++;
        else bySide.other++;
      }
      totals.signatures += signed.length;
      const text = record.schemaVersion === 2 ? record.charter.origin : 'model';
      charters.push([
        project.title,
        entry.createdAt.slice(0, 10),
        labels.charterText[text],
        labels.charterOrigin[entry.origin],
        signed.length,
        signed.filter((s) => inPeriod(s.signedAt, period)).length,
        bySide.patient,
        bySide.professional,
        bySide.other,
        signed.map((s) => `${s.signatory.name} (${labels.signatoryRole(s.signatory.role)})`).join(', ') || labels.none,
      ]);
    }

    // ------------------------------------------------------------ partners
    const domain = byDomain.get(project.domain) ?? { projects: 0, partners: new Set<string>() };
    domain.projects++;
    byDomain.set(project.domain, domain);
    for (const member of project.team ?? []) {
      const side = teams.get(member.side) ?? { people: new Set<string>(), projects: new Set<string>() };
      side.people.add(nameKey(member.name));
      side.projects.add(project.id);
      teams.set(member.side, side);
    }
    for (const id of project.partnerIds) {
      const partner = partners.get(id) ?? { id, name: id, roles: [] };
      const seen = involvement.get(id) ?? { partner, projects: new Set<string>() };
      seen.projects.add(project.id);
      involvement.set(id, seen);
      domain.partners.add(id);
    }
  }

  const byRole = new Map<string, { partners: number; projects: Set<string> }>();
  for (const { partner, projects: ps } of involvement.values()) {
    for (const role of partner.roles.length ? partner.roles : [labels.noRole]) {
      const r = byRole.get(role) ?? { partners: 0, projects: new Set<string>() };
      r.partners++;
      for (const p of ps) r.projects.add(p);
      byRole.set(role, r);
    }
  }
  const load: Cell[][] = [...involvement.values()]
    .map(({ partner, projects: ps }): Cell[] => {
      const l = partner.load;
      if (l && !l.hasCapacity) totals.fullyEngaged++;
      const status = !l
        ? labels.loadStatus.undeclared
        : l.hasCapacity
          ? labels.loadStatus.canTakeAnother
          : labels.loadStatus.fullyEngaged;
      return [
        partner.name,
        partner.roles.join(', ') || labels.noRole,
        ps.size,
        carried.get(nameKey(partner.name)) ?? 0,
        l ? l.activeMissions : '',
        l?.maxMissions ?? '',
        status,
      ];
    })
    .sort((a, b) => Number(b[2]) - Number(a[2]) || Number(b[3]) - Number(a[3]) || String(a[0]).localeCompare(String(b[0])));
  totals.partners = involvement.size;

  const tables: Record<TableId, ReviewTable> = {
    checklist: table(
      'checklist',
      ['project', 'date', 'oui', 'en_cours', 'non', 'unanswered', 'criteria'],
      ['oui', 'en_cours', 'non', 'unanswered', 'criteria'],
      checklist,
      labels,
    ),
    checklistLatest: table(
      'checklistLatest',
      ['project', 'evaluations', 'firstDate', 'firstOui', 'lastDate', 'oui', 'en_cours', 'non', 'unanswered'],
      ['evaluations', 'firstOui', 'oui', 'en_cours', 'non', 'unanswered'],
      checklistLatest,
      labels,
    ),
    differences: table(
      'differences',
      ['project', 'date', 'members', 'answersDiffer', 'sidesDiffer', 'awaiting'],
      ['members', 'answersDiffer', 'sidesDiffer', 'awaiting'],
      differences,
      labels,
    ),
    differenceCriteria: table(
      'differenceCriteria',
      ['project', 'criterion', 'patientAnswers', 'professionalAnswers', 'otherAnswers', 'sidesDifferWord'],
      [],
      differenceCriteria,
      labels,
    ),
    effectsByCategory: table(
      'effectsByCategory',
      ['category', 'indicators', 'measurements', 'lastDate', 'improved', 'worsened', 'stable', 'not_comparable'],
      ['indicators', 'measurements', 'improved', 'worsened', 'stable', 'not_comparable'],
      summarizeEffects(allEffects, period).map((c) => [
        category(c.category),
        c.indicators,
        c.measurements,
        c.lastDate ?? '',
        c.trends.improved,
        c.trends.worsened,
        c.trends.stable,
        c.trends.not_comparable,
      ]),
      labels,
    ),
    effects: table(
      'effects',
      ['project', 'category', 'indicator', 'unit', 'measurements', 'firstDate', 'firstValue', 'lastDate', 'lastValue', 'trend'],
      ['measurements'],
      effects,
      labels,
    ),
    actions: table(
      'actions',
      ['project', 'meetings', 'decided', 'done', 'open', 'late'],
      ['meetings', 'decided', 'done', 'open', 'late'],
      actions,
      labels,
    ),
    actionsByMeeting: table(
      'actionsByMeeting',
      ['project', 'date', 'patientPartners', 'professionals', 'others', 'decided', 'done', 'open', 'late'],
      ['patientPartners', 'professionals', 'others', 'decided', 'done', 'open', 'late'],
      actionsByMeeting,
      labels,
    ),
    charters: table(
      'charters',
      [
        'project',
        'recorded',
        'text',
        'origin',
        'signatures',
        'signedInPeriod',
        'patientSigned',
        'professionalSigned',
        'otherSigned',
        'signatories',
      ],
      ['signatures', 'signedInPeriod', 'patientSigned', 'professionalSigned', 'otherSigned'],
      charters,
      labels,
    ),
    partnersByRole: table(
      'partnersByRole',
      ['role', 'partners', 'projects'],
      ['partners', 'projects'],
      [...byRole]
        .sort((a, b) => b[1].partners - a[1].partners || a[0].localeCompare(b[0]))
        .map(([role, r]) => [role, r.partners, r.projects.size]),
      labels,
    ),
    partnersByDomain: table(
      'partnersByDomain',
      ['domain', 'projects', 'partners'],
      ['projects', 'partners'],
      [...byDomain].map(([id, d]) => [labels.domain(id), d.projects, d.partners.size]),
      labels,
    ),
    teamBySide: table(
      'teamBySide',
      ['side', 'people', 'projects'],
      ['people', 'projects'],
      PARTICIPANT_SIDES.map((side) => [
        labels.sides[side],
        teams.get(side)?.people.size ?? 0,
        teams.get(side)?.projects.size ?? 0,
      ]),
      labels,
    ),
    load: table(
      'load',
      ['partner', 'roles', 'projects', 'actionsCarried', 'activeMissions', 'maxMissions', 'loadStatus'],
      ['projects', 'actionsCarried', 'activeMissions', 'maxMissions'],
      load,
      labels,
    ),
  };

  // A project's own review does not repeat its title on every row (its CSV file names it).
  if (scope.kind === 'project') {
    for (const id of Object.keys(tables) as TableId[]) tables[id] = withoutColumn(tables[id], 'project');
  }

  return {
    scope,
    period,
    readOn,
    projects: projects.map(({ id, title }) => ({ id, title })),
    tables,
    totals,
  };
}
