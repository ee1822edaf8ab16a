/** shared/review: the review model of a project and of the establishment, its CSV, its period. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewLabels } from '../../../../extension/modules/i18n/review';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { actionStateOn, buildReview, csvFileName, defaultPeriod, readPeriod, tableToCsv } from '../../../../shared/review';
import type { ReviewProject, ReviewTable } from '../../../../shared/review/model';
import type { ChecklistEvaluation } from '../../../../shared/schemas/checklist';
import type { EffectIndicatorRecord } from '../../../../shared/schemas/effect';
import type { MeetingAction, MeetingRecord } from '../../../../shared/schemas/meeting';

const labels = reviewLabels('fr');
const period = { from: '2026-01-01', to: '2026-12-31' };

function sheet(date: string, answers: Record<string, 'oui' | 'non' | 'en_cours'>): ChecklistEvaluation {
  let e = createEvaluation({ id: `e-${date}-${Object.keys(answers).length}`, date, projectTitle: 'P' });
  for (const [id, a] of Object.entries(answers)) e = withAnswer(e, id, a);
  return e;
}

const action = (id: string, extra: Partial<MeetingAction> = {}): MeetingAction => ({
  id,
  title: `Action ${id}`,
  owners: { professional: 'Dr Martin', patientPartner: 'Camille Ferrand' },
  status: 'open',
  ...extra,
});

const meeting = (id: string, date: string, actions: MeetingAction[]): MeetingRecord => ({
  schemaVersion: 1,
  id,
  projectId: 'p1',
  date,
  participants: [
    { name: 'Camille Ferrand', side: 'patient_partner' },
    { name: 'Dr Martin', side: 'professional' },
  ],
  conclusions: '',
  actions,
  createdAt: `${date}T10:00:00.000Z`,
  updatedAt: `${date}T10:00:00.000Z`,
});

const indicator = (id: string, category: EffectIndicatorRecord['category'], dates: string[]): EffectIndicatorRecord => ({
  schemaVersion: 1,
  id,
  projectId: 'p1',
  category,
  label: `Indicateur ${id}`,
  unit: 'jours',
  direction: 'decrease',
  measurements: dates.map((date, i) => ({
    id: `${id}-m${i}`,
    date,
    value: 10 - i,
    observation: '',
    source: 'PMSI',
    assessedBy: { patientPartner: 'Camille Ferrand', professional: 'Dr Martin' },
  })),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function project(id: string, extra: Partial<ReviewProject> = {}): ReviewProject {
  return {
    id,
    title: `Projet ${id}`,
    domain: 'parcours_soins',
    dates: { start: '2025-06-01' },
    partnerIds: [],
    evaluations: [],
    members: [],
    charters: [],
    meetings: [],
    effects: [],
    ...extra,
  };
}

const column = (t: ReviewTable, key: string) => t.columns.findIndex((c) => c.key === key);
const sum = (t: ReviewTable, key: string) => t.rows.reduce((n, r) => n + Number(r[column(t, key)]), 0);

describe('period', () => {
  it('defaults to the twelve months ending today, and reads only real, ordered dates', () => {
    expect(defaultPeriod('2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-03-02', to: '2028-02-29' });
    expect(readPeriod('2026-01-01', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(readPeriod('2026-02-30', '2026-06-30')).toBeNull();
    expect(readPeriod('2026-07-01', '2026-06-30')).toBeNull();
    expect(readPeriod(null, '2026-06-30')).toBeNull();
  });
});

describe('actions', () => {
  it('reads an action on a day: done after that day was still open on it, late only past its due date', () => {
    expect(actionStateOn({ status: 'done', doneOn: '2026-03-01' }, '2026-04-01')).toBe('done');
    expect(actionStateOn({ status: 'done', doneOn: '2026-05-01', due: '2026-03-01' }, '2026-04-01')).toBe('late');
    expect(actionStateOn({ status: 'open', due: '2026-04-01' }, '2026-04-01')).toBe('open');
    expect(actionStateOn({ status: 'open', due: '2026-03-31' }, '2026-04-01')).toBe('late');
  });

  it('counts the actions decided at the meetings of the period, carried over and closed ones once each', () => {
    const p = project('p1', {
      meetings: [
        meeting('m0', '2025-11-10', [action('old')]),
        meeting('m1', '2026-02-10', [
          action('a', { status: 'done', doneOn: '2026-03-10', closedAt: 'm2' }),
          action('b', { due: '2026-03-01' }),
        ]),
        meeting('m2', '2026-03-10', [action('c', { status: 'done', doneOn: '2026-04-10', closedAt: 'm3' })]),
        meeting('m3', '2026-04-10', [action('d', { due: '2027-01-01' })]),
      ],
    });
    const review = buildReview(
      { projects: [p], partners: new Map(), period, today: '2026-06-01' },
      { kind: 'project', projectId: 'p1' },
      labels,
    );
    expect(review.tables.actions.rows).toEqual([[3, 4, 2, 1, 1]]);
    expect(review.totals.actions).toEqual({ done: 2, open: 1, late: 1, total: 4 });
    expect(review.tables.actionsByMeeting.rows.map((r) => r[0])).toEqual(['2026-02-10', '2026-03-10', '2026-04-10']);
    expect(review.readOn).toBe('2026-06-01');
  });
});

describe('checklist and differences', () => {
  it('counts each dated evaluation in its own answers, and where two members differ at each date', () => {
    const p = project('p1', {
      evaluations: [
        sheet('2025-12-01', { 'has.1': 'non' }),
        sheet('2026-02-01', { 'has.1': 'en_cours', 'has.2': 'oui' }),
        sheet('2026-09-01', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'non' }),
      ],
      members: [
        {
          memberId: 'a',
          name: 'Camille',
          side: 'patient_partner',
          evaluations: [
            sheet('2026-02-01', { 'has.1': 'non', 'has.2': 'oui' }),
            sheet('2026-09-01', { 'has.1': 'oui', 'has.2': 'oui' }),
          ],
        },
        {
          memberId: 'b',
          side: 'professional',
          evaluations: [
            sheet('2026-02-02', { 'has.1': 'oui', 'has.2': 'non' }),
            sheet('2026-09-02', { 'has.1': 'oui', 'has.2': 'non' }),
          ],
        },
      ],
    });
    const review = buildReview(
      { projects: [p], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'project', projectId: 'p1' },
      labels,
    );
    expect(review.tables.checklist.rows).toEqual([
      ['2026-02-01', 1, 1, 0, 8, 10],
      ['2026-09-01', 2, 0, 1, 7, 10],
    ]);
    expect(review.tables.checklistLatest.rows).toEqual([[2, '2026-02-01', 1, '2026-09-01', 2, 0, 1, 7]]);
    // 2026-02-01: only one member had answered; then two criteria differ, then one (the patient partner moved to « oui »).
    expect(review.tables.differences.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2026-02-02', 2, 2, 2],
      ['2026-09-01', 2, 1, 1],
      ['2026-09-02', 2, 1, 1],
    ]);
    expect(review.tables.differenceCriteria.rows).toHaveLength(1);
    expect(review.tables.differenceCriteria.rows[0]?.slice(1, 3)).toEqual(['oui', 'non']);
  });
});

describe('effects, charters, partners and load', () => {
  it('counts indicators and the measurements of the period by category, with the first and last values', () => {
    const p = project('p1', {
      effects: [indicator('i1', 'clinical', ['2025-10-01', '2026-03-01', '2026-09-01']), indicator('i2', 'empowerment', [])],
    });
    const review = buildReview(
      { projects: [p], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'project', projectId: 'p1' },
      labels,
    );
    const byCat = review.tables.effectsByCategory.rows;
    expect(byCat).toHaveLength(7);
    // Clinical: one indicator, two measurements in the period, the figure fell as the team wished.
    expect(byCat[0]).toEqual(['Effets cliniques', 1, 2, '2026-09-01', 1, 0, 0, 0]);
    expect(byCat[4]?.slice(1)).toEqual([1, 0, '', 0, 0, 0, 1]);
    expect(review.tables.effects.rows[0]).toEqual([
      'Effets cliniques',
      'Indicateur i1',
      'jours',
      2,
      '2026-03-01',
      9,
      '2026-09-01',
      8,
      'dans le sens souhaité',
    ]);
  });

  it('names partners by role and by their projects’ domain, and flags the load only as the partner declared it', () => {
    const partners = new Map([
      [
        'c1',
        {
          id: 'c1',
          name: 'Camille Ferrand',
          roles: ['Patiente partenaire'],
          load: { activeMissions: 3, maxMissions: 3, hasCapacity: false },
        },
      ],
      ['c2', { id: 'c2', name: 'Lou Martin', roles: [], load: { activeMissions: 1, hasCapacity: true } }],
    ]);
    const p1 = project('p1', { partnerIds: ['c1', 'c2'], meetings: [meeting('m1', '2026-02-10', [action('a')])] });
    const p2 = project('p2', { partnerIds: ['c1', 'gone'], domain: 'recherche' });
    const review = buildReview({ projects: [p1, p2], partners, period, today: '2026-12-07' }, { kind: 'establishment' }, labels);
    expect(review.tables.partnersByRole.rows).toEqual([
      ['Rôle non indiqué', 2, 2],
      ['Patiente partenaire', 1, 2],
    ]);
    expect(review.tables.partnersByDomain.rows).toEqual(
      [
        ['Parcours de soins', 1, 2],
        ['Recherche', 1, 2],
      ].map(([d, a, b]) => [labels.domain(String(d) === 'Parcours de soins' ? 'parcours_soins' : 'recherche'), a, b]),
    );
    const load = review.tables.load.rows;
    expect(load[0]).toEqual(['Camille Ferrand', 'Patiente partenaire', 2, 1, 3, 3, labels.loadStatus.fullyEngaged]);
    expect(load.find((r) => r[0] === 'gone')?.[6]).toBe(labels.loadStatus.undeclared);
    expect(review.totals.fullyEngaged).toBe(1);
  });

  it('counts the projects’ teams by side, each person once across projects', () => {
    const p1 = project('p1', {
      team: [
        { name: 'Camille Ferrand', side: 'patient_partner' },
        { name: 'Dr Martin', side: 'professional' },
      ],
    });
    const p2 = project('p2', { team: [{ name: 'camille ferrand', side: 'patient_partner' }] });
    const p3 = project('p3');
    const review = buildReview(
      { projects: [p1, p2, p3], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'establishment' },
      labels,
    );
    expect(review.tables.teamBySide.rows).toEqual([
      ['Patientes et patients partenaires', 1, 2],
      ['Professionnelles et professionnels', 1, 1],
      ['Autres personnes', 0, 0],
    ]);
  });

  it('counts the signatures given by the period’s end', () => {
    const sig = (name: string, role: string, signedAt: string) => ({ signatory: { name, role }, signedAt });
    const p = project('p1', {
      charters: [
        {
          id: 'ch1',
          origin: 'signed',
          createdAt: '2026-01-05T10:00:00.000Z',
          record: {
            schemaVersion: 2,
            charter: { origin: 'adapted' },
            signatures: [
              sig('Camille', 'patient_partenaire', '2025-12-20T10:00:00+01:00'),
              sig('Dr Martin', 'professionnel_sante', '2026-01-05T10:00:00+01:00'),
              sig('Late', 'autre', '2027-01-05T10:00:00+01:00'),
            ],
          },
        } as never,
      ],
    });
    const review = buildReview(
      { projects: [p], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'project', projectId: 'p1' },
      labels,
    );
    expect(review.tables.charters.rows[0]?.slice(0, 8)).toEqual([
      '2026-01-05',
      'Adaptée par l’établissement',
      'Signée ici',
      2,
      1,
      1,
      1,
      0,
    ]);
  });
});

describe('words', () => {
  it('every table and column has its French and English words (none falls back to its key)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const words = reviewLabels(locale);
      const review = buildReview(
        { projects: [project('p1')], partners: new Map(), period, today: '2026-12-07' },
        { kind: 'establishment' },
        words,
      );
      for (const table of Object.values(review.tables)) {
        expect(table.title, `${locale} ${table.id}`).not.toBe(table.id);
        for (const c of table.columns) expect(words.columns[c.key], `${locale} ${table.id}.${c.key}`).toBeTruthy();
      }
    }
  });
});

describe('CSV', () => {
  it('writes a table for French Excel and names the file after its subject and period', () => {
    const review = buildReview(
      { projects: [project('p1', { title: '=Atelier « diabète »' })], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'establishment' },
      labels,
    );
    const csv = tableToCsv(review.tables.actions);
    expect(csv.startsWith('\uFEFF"Projet";"Réunions"')).toBe(true);
    expect(csv).toContain(`"'=Atelier « diabète »";"0"`);
    expect(csv.endsWith('\r\n')).toBe(true);
    // A project's own review leaves its title out of the rows.
    const own = buildReview(
      { projects: [project('p1')], partners: new Map(), period, today: '2026-12-07' },
      { kind: 'project', projectId: 'p1' },
      labels,
    );
    expect(tableToCsv(own.tables.actions).startsWith('\uFEFF"Réunions";"Actions décidées"')).toBe(true);
    expect(csvFileName('Atelier « Diabète » & co', period, 'actionsByMeeting')).toBe(
      'bilan-atelier-diabete-co-2026-01-01-2026-12-31-actions-by-meeting.csv',
    );
  });
});

// ------------------------------------------------------------------------ properties

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const arbAction = (id: string) =>
  fc.record({ done: fc.boolean(), due: fc.option(day, { nil: undefined }), doneOn: fc.option(day, { nil: undefined }) }).map(
    ({ done, due, doneOn }): MeetingAction => ({
      ...action(id),
      status: done ? 'done' : 'open',
      ...(due ? { due } : {}),
      ...(done && doneOn ? { doneOn } : {}),
    }),
  );
const arbProject = (pi: number) =>
  fc
    .tuple(fc.array(fc.tuple(day, fc.integer({ min: 0, max: 4 })), { maxLength: 6 }), day, fc.option(day, { nil: undefined }))
    .chain(([meetings, start, end]) =>
      fc
        .tuple(...meetings.map(([, n], mi) => fc.tuple(...Array.from({ length: n }, (_, ai) => arbAction(`a${pi}-${mi}-${ai}`)))))
        .map((actionLists) =>
          project(`p${pi}`, {
            dates: end && end >= start ? { start, end } : { start },
            partnerIds: [`c${pi % 3}`],
            meetings: meetings.map(([date], mi) => meeting(`m${pi}-${mi}`, date, actionLists[mi] ?? [])),
          }),
        ),
    );

describe('properties', () => {
  it('action counts are disjoint and add up to the actions decided in the period; the establishment sums its projects', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbProject(i)))),
        fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
        day,
        (projects, per, today) => {
          const input = { projects, partners: new Map(), period: per, today };
          const all = buildReview(input, { kind: 'establishment' }, labels);
          const t = all.tables.actions;
          for (const row of t.rows) {
            expect(Number(row[3]) + Number(row[4]) + Number(row[5])).toBe(row[2]);
          }
          const inScope = projects.filter((p) => p.dates.start <= per.to && (!p.dates.end || p.dates.end >= per.from));
          const decided = inScope
            .flatMap((p) => p.meetings.filter((m) => m.date >= per.from && m.date <= per.to))
            .flatMap((m) => m.actions);
          expect(sum(t, 'decided')).toBe(decided.length);
          expect(all.totals.actions.total).toBe(decided.length);
          let done = 0;
          let meetings = 0;
          for (const p of inScope) {
            const one = buildReview(input, { kind: 'project', projectId: p.id }, labels);
            done += one.totals.actions.done;
            meetings += one.totals.meetings;
          }
          expect(all.totals.actions.done).toBe(done);
          expect(all.totals.meetings).toBe(meetings);
          expect(sum(all.tables.partnersByDomain, 'projects')).toBe(inScope.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
