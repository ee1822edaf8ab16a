/**
 * Workspace records for the review (« bilan ») tests and bench, as the extension's stores
 * write them (each one valid for its shared schema): the scenario for one project,
 * and a whole establishment — 50 projects over 3 years — for the bench. `writeRecords`
 * puts them in the library database of an extension page (run in the page).
 */
import { createEvaluation, withAnswer } from '../../shared/checklist/evaluation';
import { toStored } from '../../shared/checklist/records';
import type { ChecklistEvaluation } from '../../shared/schemas/checklist';
import type { EffectIndicatorRecord } from '../../shared/schemas/effect';
import type { MeetingAction, MeetingRecord } from '../../shared/schemas/meeting';
import type { PartnerProfile } from '../../shared/schemas/partner';
import type { CharterEntry, ProjectRecord, RegistryPartnerRecord } from '../../shared/schemas/workspace';
import { CHECKLIST_CRITERION_IDS } from '../../shared/vocab/checklist';
import charterV1 from '../fixtures/charter/record-v1-fr.json';
import { validPartner } from '../fixtures/partners';

export interface SeedRecords {
  readonly projects: ProjectRecord[];
  readonly checklists: unknown[];
  readonly charters: CharterEntry[];
  readonly meetings: MeetingRecord[];
  readonly effects: EffectIndicatorRecord[];
  readonly registryPartners: RegistryPartnerRecord[];
}

type Answer = 'oui' | 'non' | 'en_cours';

export function sheet(id: string, title: string, date: string, answers: Record<string, Answer>): ChecklistEvaluation {
  let e = createEvaluation({ id, date, projectTitle: title, filledBy: [{ name: 'Équipe projet', role: 'binôme' }] });
  for (const [criterion, a] of Object.entries(answers)) e = withAnswer(e, criterion, a);
  return e;
}

const at = (date: string) => `${date}T09:00:00.000Z`;

function project(
  id: string,
  title: string,
  start: string,
  partnerIds: string[],
  domain = 'parcours_soins',
  team: ProjectRecord['team'] = [],
): ProjectRecord {
  return {
    team,
    schemaVersion: 1,
    id,
    title,
    domain: domain as ProjectRecord['domain'],
    missions: [],
    dates: { start },
    partnerIds,
    description: '',
    createdAt: at(start),
    updatedAt: at(start),
  };
}

function partner(id: string, name: string, load: PartnerProfile['load'], order: number): RegistryPartnerRecord {
  return {
    id,
    order,
    profile: { ...validPartner, id, name: { display: name }, load },
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

const owners = (professional: string, patientPartner: string) => ({ professional, patientPartner });

function meeting(id: string, projectId: string, date: string, actions: MeetingAction[], sides = true): MeetingRecord {
  return {
    schemaVersion: 1,
    id,
    projectId,
    date,
    participants: sides
      ? [
          { name: 'Camille F.', side: 'patient_partner' },
          { name: 'Dr Martin', side: 'professional' },
        ]
      : [{ name: 'Dr Martin', side: 'professional' }],
    conclusions: 'Relevé de conclusions.',
    actions,
    createdAt: at(date),
    updatedAt: at(date),
  };
}

function indicator(
  id: string,
  projectId: string,
  category: EffectIndicatorRecord['category'],
  label: string,
  unit: string,
  direction: EffectIndicatorRecord['direction'],
  values: [string, number][],
): EffectIndicatorRecord {
  return {
    schemaVersion: 1,
    id,
    projectId,
    category,
    label,
    unit,
    direction,
    measurements: values.map(([date, value], i) => ({
      id: `${id}-m${i}`,
      date,
      value,
      observation: '',
      source: 'Questionnaire de sortie',
      assessedBy: { patientPartner: 'Camille F.', professional: 'Dr Martin' },
    })),
    createdAt: at(values[0]?.[0] ?? '2025-01-01'),
    updatedAt: at(values[0]?.[0] ?? '2025-01-01'),
  };
}

/**
 * The scenario, in 2025–2026: three meetings (an action carried over from the first
 * to the third and closed there, one closed at the second, one left open and late), the
 * team's checklist twice and two members (a patient partner and a professional) who answer
 * it twice each, two effect indicators measured, a charter signed by both sides.
 */
export function scenario(): SeedRecords {
  const P = 'p-accueil';
  const title = 'Comité de pilotage de l’accueil';
  const members = [
    {
      id: 'm-camille',
      name: 'Camille F.',
      side: 'patient_partner',
      updatedAt: at('2026-06-01'),
      state: toStored({
        history: [sheet('e-c1', title, '2026-01-15', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'non', 'has.4': 'non' })],
        current: sheet('e-c2', title, '2026-06-01', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'oui', 'has.4': 'non' }),
      }),
    },
    {
      id: 'm-martin',
      name: 'Dr Martin',
      side: 'professional',
      updatedAt: at('2026-06-02'),
      state: toStored({
        history: [sheet('e-m1', title, '2026-01-16', { 'has.1': 'non', 'has.2': 'oui', 'has.3': 'oui', 'has.4': 'oui' })],
        current: sheet('e-m2', title, '2026-06-02', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'oui', 'has.4': 'oui' }),
      }),
    },
  ];
  return {
    projects: [
      project(P, title, '2025-09-01', ['registry:pp-camille', 'registry:pp-lou'], 'parcours_soins', [
        { name: 'Camille F.', side: 'patient_partner' },
        { name: 'Lou M.', side: 'patient_partner' },
        { name: 'Dr Martin', side: 'professional' },
      ]),
    ],
    checklists: [
      {
        projectId: P,
        updatedAt: at('2026-06-10'),
        state: toStored({
          history: [sheet('e-1', title, '2026-01-20', { 'has.1': 'en_cours', 'has.2': 'oui', 'has.3': 'non' })],
          current: sheet('e-2', title, '2026-06-10', { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'oui', 'has.4': 'en_cours' }),
        }),
        members,
      },
    ],
    charters: [
      {
        id: 'ch-1',
        projectId: P,
        origin: 'imported',
        record: charterV1 as never,
        createdAt: at('2026-06-03'),
        updatedAt: at('2026-06-03'),
      },
    ],
    meetings: [
      meeting('mt-1', P, '2026-02-10', [
        {
          id: 'a-1',
          title: 'Rédiger l’affiche d’accueil',
          owners: owners('Dr Martin', 'Camille F.'),
          due: '2026-03-01',
          status: 'done',
          doneOn: '2026-03-10',
          closedAt: 'mt-2',
        },
        {
          id: 'a-2',
          title: 'Questionnaire de sortie',
          owners: owners('Inès R.', 'Camille F.'),
          due: '2026-04-01',
          status: 'done',
          doneOn: '2026-04-10',
          closedAt: 'mt-3',
        },
      ]),
      meeting(
        'mt-2',
        P,
        '2026-03-10',
        [
          {
            id: 'a-3',
            title: 'Former l’équipe d’accueil',
            owners: owners('Dr Martin', 'Lou M.'),
            due: '2026-05-01',
            status: 'open',
          },
        ],
        false,
      ),
      meeting('mt-3', P, '2026-04-10', [
        {
          id: 'a-4',
          title: 'Présenter le bilan en CME',
          owners: owners('Dr Martin', 'Camille F.'),
          due: '2099-01-01',
          status: 'open',
        },
      ]),
    ],
    effects: [
      indicator('i-attente', P, 'organisational', 'Attente aux urgences', 'minutes', 'decrease', [
        ['2026-01-10', 95],
        ['2026-06-10', 70],
      ]),
      indicator('i-satisfaction', P, 'psychosocial', 'Satisfaction à la sortie', 'points sur 10', 'increase', [
        ['2025-11-10', 6],
        ['2026-03-10', 7],
        ['2026-09-10', 8],
      ]),
    ],
    registryPartners: [
      partner('pp-camille', 'Camille F.', { activeMissions: 3, maxMissions: 3 }, 0),
      partner('pp-lou', 'Lou M.', { activeMissions: 1, maxMissions: 3 }, 1),
    ],
  };
}

/** A small deterministic random generator (the bench must measure the same data every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (start: number, offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * An establishment with `count` projects over `years` years up to `end`: each project has a
 * checklist every six months and two members answering it, a meeting a month with 2–4
 * actions, three indicators measured each quarter, one charter, and three registry partners
 * (out of 80).
 */
export function establishment(count = 50, years = 3, end = '2026-12-01'): SeedRecords {
  const rnd = random(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const answers: readonly Answer[] = ['oui', 'non', 'en_cours'];
  const endMs = Date.parse(`${end}T00:00:00Z`);
  const startMs = endMs - years * 365 * 86_400_000;
  const out: SeedRecords = { projects: [], checklists: [], charters: [], meetings: [], effects: [], registryPartners: [] };
  for (let i = 0; i < 80; i++) {
    out.registryPartners.push(partner(`pp-${i}`, `Partenaire ${i}`, { activeMissions: i % 4, maxMissions: 3 }, i));
  }
  const domains = ['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche'];
  for (let p = 0; p < count; p++) {
    const id = `p-${p}`;
    const title = `Projet ${String(p + 1).padStart(2, '0')} — ${pick(['ETP diabète', 'Accueil des urgences', 'Formation des internes', 'Recherche participative', 'Santé mentale'])}`;
    const begin = Math.floor(rnd() * 60);
    const startDay = day(startMs, begin);
    out.projects.push(
      project(
        id,
        title,
        startDay,
        [`registry:pp-${p % 80}`, `registry:pp-${(p * 7 + 3) % 80}`, `registry:pp-${(p * 13 + 5) % 80}`],
        pick(domains),
      ),
    );
    const sheets: ChecklistEvaluation[] = [];
    const memberSheets: [ChecklistEvaluation[], ChecklistEvaluation[]] = [[], []];
    for (let d = begin; d < years * 365; d += 182) {
      const date = day(startMs, d);
      const a = (): Record<string, Answer> => Object.fromEntries(CHECKLIST_CRITERION_IDS.map((c) => [c, pick(answers)]));
      sheets.push(sheet(`e-${p}-${d}`, title, date, a()));
      memberSheets[0].push(sheet(`e-${p}-${d}-a`, title, date, a()));
      memberSheets[1].push(sheet(`e-${p}-${d}-b`, title, day(startMs, d + 1), a()));
    }
    const stored = (list: ChecklistEvaluation[]) => {
      const current = list.at(-1) ?? sheet(`e-${p}-blank`, title, startDay, {});
      return toStored({ current, history: list.slice(0, -1) });
    };
    out.checklists.push({
      projectId: id,
      updatedAt: at(end),
      state: stored(sheets),
      members: [
        { id: `m-${p}-a`, name: `Patient ${p}`, side: 'patient_partner', updatedAt: at(end), state: stored(memberSheets[0]) },
        { id: `m-${p}-b`, name: `Soignant ${p}`, side: 'professional', updatedAt: at(end), state: stored(memberSheets[1]) },
      ],
    });
    let m = 0;
    for (let d = begin + 10; d < years * 365; d += 30, m++) {
      const date = day(startMs, d);
      const n = 2 + Math.floor(rnd() * 3);
      const actions: MeetingAction[] = Array.from({ length: n }, (_, k) => {
        const done = rnd() < 0.6;
        return {
          id: `a-${p}-${m}-${k}`,
          title: `Action ${k + 1} de la réunion ${m + 1}`,
          owners: owners(`Soignant ${p}`, `Partenaire ${p % 80}`),
          due: day(startMs, d + 20 + Math.floor(rnd() * 40)),
          status: done ? 'done' : 'open',
          ...(done ? { doneOn: day(startMs, d + 25) } : {}),
        };
      });
      out.meetings.push(meeting(`mt-${p}-${m}`, id, date, actions, rnd() < 0.9));
    }
    (['clinical', 'organisational', 'empowerment'] as const).forEach((category, k) => {
      const values: [string, number][] = [];
      for (let d = begin; d < years * 365; d += 91) values.push([day(startMs, d), Math.round(rnd() * 100)]);
      out.effects.push(
        indicator(`i-${p}-${k}`, id, category, `Indicateur ${k + 1}`, '%', pick(['increase', 'decrease', 'none']), values),
      );
    });
    out.charters.push({
      id: `ch-${p}`,
      projectId: id,
      origin: 'imported',
      record: charterV1 as never,
      createdAt: at(day(startMs, begin + 5)),
      updatedAt: at(day(startMs, begin + 5)),
    });
  }
  return out;
}

/** Writes the records into the extension's library database (run inside an extension page, after it opened it). */
export function writeRecords(records: SeedRecords): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('binome-library');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = Object.keys(records) as (keyof SeedRecords)[];
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) for (const record of records[store]) tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        db.close();
        done();
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}
