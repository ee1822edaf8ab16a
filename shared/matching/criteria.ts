/**
 * The soft criteria of the matching score and their weights: Binôme's score.
 * The criteria follow the HAS guide; the weights, the domain rule and the
 * capacity rule are Binôme's choices, and the words shown say so (the HAS
 * gives no score).
 *
 * The HAS guide (3.3, l.535) after the CEPPP: partners are chosen from
 * [1] their lived experience, [2] their abilities and aptitudes and
 * [3] their availability, "en fonction des missions". Hence the weights:
 *
 * | criterion    | weight | what scores 1                                         |
 * |--------------|-------:|-------------------------------------------------------|
 * | missions     |     30 | offers every mission sought (same mode: half a point) |
 * | experience   |     25 | has lived experience of every theme sought            |
 * | territory    |     15 | same commune / département, or both accept remote     |
 * | availability |     10 | free on every time slot of the project                |
 * | load         |     10 | no mission under way (do not over-solicit, l.1255)    |
 * | commitment   |      5 | accepts the one-off / long-term format                |
 * | offer        |      5 | one of the statuses wished matches the offer          |
 * | training     |      0 | holds the trainings asked for (only when asked)       |
 *
 * A training asked for beyond regulation gets no points: outside ETP « c'est la
 * qualité d'usager qui prime plutôt qu'une formation » and the guide asks to be
 * « prudent, voire réservé, quant à l'exigence de formations » (3.4, l.570). It
 * is shown, and only breaks ties (rank.ts), so a diploma never outranks lived
 * experience. (With 10 points, a diploma holder scored 100 against 86.)
 *
 * A criterion the need does not use (no theme sought, no slot given…) is left
 * out of the total; a criterion the partner did not fill in counts half
 * ("unknown": missing data neither excludes nor wins). The score is
 * 100 × Σ weight × value / Σ weight, rounded. Same-pathology experience is a
 * preference, never a filter: generalist interventions are accepted
 * (CNOM 001:2437-2442). Association membership is never scored: partners act
 * as holders of experiential knowledge, not as representatives (3.3, l.561).
 *
 * Lived experience is health data (RGPD art. 9): it is used only for a partner
 * who agreed to share it with the establishment's project teams
 * (`sharesExperienceWithProjects`). For anyone else the experience criterion is
 * « not shared »: it counts half, like missing data, and holds nothing about
 * the person, so that neither the words nor the score can disclose a condition
 * (with one theme sought, « 1 of 1 themes match » would). Binôme's rule, not
 * the HAS guide's.
 */
import { type PartnerProfile, sharesExperienceWithProjects } from '../schemas/partner';
import type { ProjectNeed } from '../schemas/project';
import { modeOfMission } from '../vocab/domains';
import type { TrainingKind } from '../vocab/trainings';
import { matchThemes, type SoughtTheme } from './themes';

export const CRITERIA = [
  'missions',
  'experience',
  'territory',
  'availability',
  'load',
  'commitment',
  'offer',
  'training',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const WEIGHTS: Readonly<Record<CriterionId, number>> = {
  missions: 30,
  experience: 25,
  territory: 15,
  availability: 10,
  load: 10,
  commitment: 5,
  offer: 5,
  // Shown, never counted: see above (3.4, l.570).
  training: 0,
};

/** Without a declared maximum, this many missions under way count as fully loaded. */
export const FULL_LOAD = 4;

/** `not_shared`: the partner did not agree to share this with project teams (lived experience only). */
export type CriterionStatus = 'met' | 'partial' | 'unmet' | 'unknown' | 'not_shared';

/** Facts behind a criterion's value, turned into words by messages.ts. */
export type CriterionDetail =
  | { kind: 'missions'; sought: number; offered: number; sameMode: number }
  /** The need names no mission (`missionsSought` false), or the partner names none: judged on the domain. */
  | { kind: 'domain'; domain: string; declared: boolean; missionsSought: boolean }
  | { kind: 'experience'; matched: readonly string[]; missing: readonly string[]; caregiver?: boolean }
  /** The partner did not agree to share their lived experience with project teams: nothing about it, on purpose. */
  | { kind: 'experience_not_shared' }
  | { kind: 'territory'; place: 'commune' | 'departement' | 'remote' | 'elsewhere' | 'unknown' }
  | { kind: 'availability'; matched: readonly string[]; missing: readonly string[] }
  | { kind: 'load'; active: number; max?: number }
  | { kind: 'commitment'; sought: string; declared: boolean }
  | { kind: 'offer'; offers: readonly string[]; declared: boolean }
  | { kind: 'training'; held: readonly TrainingKind[]; missing: readonly TrainingKind[] };

export interface CriterionResult {
  readonly id: CriterionId;
  readonly weight: number;
  /** Between 0 and 1. */
  readonly value: number;
  readonly status: CriterionStatus;
  readonly detail: CriterionDetail;
}

/** The need, prepared once for a whole ranking (sets instead of arrays). */
export interface PreparedNeed {
  readonly need: ProjectNeed;
  readonly missions: ReadonlySet<string>;
  /** Modes of the missions sought: a partner offering another mission of the same mode gets half a point. */
  readonly modes: ReadonlySet<string>;
  readonly themes: readonly SoughtTheme[];
  readonly slots: readonly string[];
  readonly offerStatuses: ReadonlySet<string>;
  /** Trainings asked for beyond regulation (a preference, 3.4). */
  readonly preferredTrainings: readonly TrainingKind[];
  /** Normalised commune, for the same-commune test. */
  readonly commune?: string;
  /** normalizeText and tokensFr, memoised for one ranking (a directory repeats its communes and themes). */
  readonly normalize: (text: string) => string;
  readonly tokenize: (text: string) => readonly string[];
}

const UNKNOWN = 0.5;

function statusOf(value: number): CriterionStatus {
  if (value >= 1) return 'met';
  return value <= 0 ? 'unmet' : 'partial';
}

function result(
  id: CriterionId,
  value: number,
  detail: CriterionDetail,
  status: CriterionStatus = statusOf(value),
): CriterionResult {
  return { id, weight: WEIGHTS[id], value, status, detail };
}

function unknown(id: CriterionId, detail: CriterionDetail): CriterionResult {
  return result(id, UNKNOWN, detail, 'unknown');
}

function missions(p: PreparedNeed, partner: PartnerProfile): CriterionResult {
  const domain = p.need.domain;
  if (p.missions.size === 0) {
    // No mission chosen: the domain alone is sought.
    const declared = partner.domains.length > 0;
    if (!declared) return unknown('missions', { kind: 'domain', domain, declared, missionsSought: false });
    const inDomain = partner.domains.includes(domain);
    return result('missions', inDomain ? 1 : 0, { kind: 'domain', domain, declared, missionsSought: false });
  }
  if (partner.missions.length === 0) {
    // Interested in the domain without naming missions: open to any of them.
    const detail = { kind: 'domain', domain, declared: partner.domains.length > 0, missionsSought: true } as const;
    if (partner.domains.includes(domain)) return result('missions', UNKNOWN, detail, 'partial');
    return unknown('missions', detail);
  }
  let offered = 0;
  for (const mission of partner.missions) if (p.missions.has(mission)) offered++;
  // Missions sought and not offered, but in a mode where the partner offers another mission.
  let sameMode = 0;
  if (offered < p.missions.size) {
    const offeredModes: string[] = [];
    for (const mission of partner.missions) {
      const mode = modeOfMission(mission)?.id;
      if (mode !== undefined && p.modes.has(mode)) offeredModes.push(mode);
    }
    for (const mission of p.missions) {
      if (partner.missions.includes(mission as (typeof partner.missions)[number])) continue;
      const mode = modeOfMission(mission)?.id;
      if (mode !== undefined && offeredModes.includes(mode)) sameMode++;
    }
  }
  const value = (offered + sameMode / 2) / p.missions.size;
  return result('missions', value, { kind: 'missions', sought: p.missions.size, offered, sameMode });
}

function experience(p: PreparedNeed, partner: PartnerProfile): CriterionResult | undefined {
  const caregiverSought = p.need.caregiverSought;
  const items = p.themes.length + (caregiverSought ? 1 : 0);
  if (items === 0) return undefined;
  // Not shared: the same result whatever the person's themes, carer status or story.
  if (!sharesExperienceWithProjects(partner))
    return result('experience', UNKNOWN, { kind: 'experience_not_shared' }, 'not_shared');
  const hits = matchThemes(p.themes, partner.experience.themes, p.tokenize);
  const matched: string[] = [];
  const missing: string[] = [];
  for (const t of p.themes) (hits.includes(t) ? matched : missing).push(t.value);
  const caregiver = caregiverSought ? partner.experience.caregiver : undefined;
  const value = (matched.length + (caregiver ? 1 : 0)) / items;
  return result('experience', value, { kind: 'experience', matched, missing, caregiver });
}

function territory(p: PreparedNeed, partner: PartnerProfile): CriterionResult | undefined {
  const { departement, remoteAccepted } = p.need.territory;
  if (!departement) {
    // No place given: only a remote project says something (anyone accepting remote fits).
    if (!remoteAccepted) return undefined;
    return result(
      'territory',
      partner.territory.remote ? 1 : UNKNOWN,
      { kind: 'territory', place: partner.territory.remote ? 'remote' : 'unknown' },
      partner.territory.remote ? 'met' : 'unknown',
    );
  }
  if (partner.territory.departement === departement) {
    const sameCommune =
      p.commune !== undefined && partner.territory.commune !== undefined && p.normalize(partner.territory.commune) === p.commune;
    return result('territory', 1, { kind: 'territory', place: sameCommune ? 'commune' : 'departement' });
  }
  if (remoteAccepted && partner.territory.remote) return result('territory', 0.75, { kind: 'territory', place: 'remote' });
  return result('territory', 0, { kind: 'territory', place: 'elsewhere' });
}

function availability(p: PreparedNeed, partner: PartnerProfile): CriterionResult | undefined {
  if (p.slots.length === 0) return undefined;
  const slots = partner.availability.slots;
  if (slots.length === 0) return unknown('availability', { kind: 'availability', matched: [], missing: p.slots });
  const matched = p.slots.filter((s) => slots.includes(s as (typeof slots)[number]));
  const missing = p.slots.filter((s) => !matched.includes(s));
  return result('availability', matched.length / p.slots.length, { kind: 'availability', matched, missing });
}

/** Lower is better: a partner with no mission under way scores 1 (annex 4, l.1255: « ne pas sursolliciter »). */
function load(partner: PartnerProfile): CriterionResult {
  const { activeMissions: active, maxMissions: max } = partner.load;
  const capacity = max !== undefined && max > 0 ? max : FULL_LOAD;
  const value = Math.max(0, 1 - active / capacity);
  return result('load', value, { kind: 'load', active, max });
}

function commitment(p: PreparedNeed, partner: PartnerProfile): CriterionResult {
  const sought = p.need.duration;
  const declared = partner.availability.commitment;
  if (declared.length === 0) return unknown('commitment', { kind: 'commitment', sought, declared: false });
  return result('commitment', declared.includes(sought) ? 1 : 0, { kind: 'commitment', sought, declared: true });
}

function offer(p: PreparedNeed, partner: PartnerProfile): CriterionResult | undefined {
  const offers = p.need.offer;
  if (offers.length === 0) return undefined;
  if (partner.statuses.length === 0) return unknown('offer', { kind: 'offer', offers, declared: false });
  const fits = partner.statuses.some((s) => p.offerStatuses.has(s));
  return result('offer', fits ? 1 : 0, { kind: 'offer', offers, declared: true });
}

function training(p: PreparedNeed, partner: PartnerProfile): CriterionResult | undefined {
  if (p.preferredTrainings.length === 0) return undefined;
  const kinds = new Set<string>(partner.trainings.map((t) => t.kind));
  const held = p.preferredTrainings.filter((k) => kinds.has(k));
  const missing = p.preferredTrainings.filter((k) => !kinds.has(k));
  return result('training', held.length / p.preferredTrainings.length, { kind: 'training', held, missing });
}

/** Every criterion the need uses, in the order of CRITERIA. */
export function scoreCriteria(p: PreparedNeed, partner: PartnerProfile): CriterionResult[] {
  const out: CriterionResult[] = [missions(p, partner)];
  const maybe = [
    experience(p, partner),
    territory(p, partner),
    availability(p, partner),
    load(partner),
    commitment(p, partner),
    offer(p, partner),
    training(p, partner),
  ];
  for (const r of maybe) if (r) out.push(r);
  return out;
}

/** 0–100: the weighted mean of the criteria values. */
export function totalScore(criteria: readonly CriterionResult[]): number {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    sum += c.weight * c.value;
    weights += c.weight;
  }
  return weights === 0 ? 0 : Math.round((100 * sum) / weights);
}
