/**
 * The matching engine: pure and deterministic. Given a project need and a
 * directory of profiles it returns the eligible partners ranked by score,
 * the excluded ones with their reasons, how many were not considered, and
 * the notices the owner must read (ETP training, proportionality, ≥ 2
 * partners). The same input always gives the same output, whatever the
 * order of the directory.
 *
 * Order of the ranked partners, and where each step comes from:
 * 1. people who declare no lived experience at all come after everyone else
 *    (flagged `no_lived_experience`): the guide wants partners « identifiés en
 *    fonction de leur expérience de la vie avec la maladie » (3.3, l.533); the
 *    ordering itself is Binôme's choice;
 * 2. Binôme's score (criteria.ts: weights chosen by Binôme, not by the HAS);
 * 3. load, least solicited first (« ne pas sursolliciter », annex 4 l.1255);
 * 4. a training asked for beyond regulation, held — a tie-break only, never
 *    points: « c'est la qualité d'usager qui prime plutôt qu'une formation »
 *    (3.4, l.570), so a diploma never outranks lived experience;
 * 5. id (code-point order, independent of the locale).
 *
 * It matches partners to an establishment's projects, inside care teams: the
 * guide places them « au sein d'équipes de soins et non pas dans une démarche
 * individuelle et commerciale à l'égard de patients » (2.5, l.444; see also
 * CNOM 001:918-926). No price, no rate, no contact detail ever enters or
 * leaves it; the statuses a project offers may include « prestation », which
 * the guide names among partners' statuses (3.7, l.672).
 */
import { type PartnerProfile, sharesExperienceWithProjects, type TrainingRecord } from '../schemas/partner';
import type { ProjectNeed } from '../schemas/project';
import { normalizeText } from '../text/normalize';
import { tokensFr } from '../text/words';
import { modeOfMission, trainingsRequiredFor } from '../vocab/domains';
import { statusOfOffer } from '../vocab/statuses';
import { type TrainingKind, trainingKindById } from '../vocab/trainings';
import { type CriterionResult, type PreparedNeed, scoreCriteria, totalScore } from './criteria';
import { ETP_MIN_HOURS, etpHours, meetsEtpRequirement } from './etp';
import {
  DEFAULT_ESTABLISHMENT_RULES,
  type EstablishmentRules,
  type ExclusionReason,
  type HardRuleInput,
  hardRuleFailures,
  hasLivedExperience,
  isConsidered,
} from './filters';
import { prepareThemes } from './themes';

/** What the owner must know about the need itself. */
export type NeedNotice =
  /** Regulation requires this training for the missions sought: partners without it are excluded (3.4 note 23). */
  | { code: 'training_required'; kind: TrainingKind }
  /** A training asked for beyond regulation: the guide's proportionality principle (3.4); kept as a preference. */
  | { code: 'training_proportionality'; kinds: readonly TrainingKind[] }
  /** Fewer than 2 partners sought (3.1, l.515; checklist has.2). */
  | { code: 'count_below_two'; count: number };

export type PartnerNote =
  /** Also holds a users' representative mandate: proposed for lived experience, not the mandate (2.6). */
  | { code: 'also_representative' }
  /** The required training is declared but not yet validated by the establishment. */
  | { code: 'training_unvalidated'; kind: TrainingKind }
  /** Which declared training meets the ETP requirement (40 h, 3.4 note 23): `kind` and its ETP hours. */
  | { code: 'etp_training'; kind: TrainingKind; hours: number }
  /** Shares lived experience with project teams and declares none (3.3, l.533): ranked after the others. */
  | { code: 'no_lived_experience' }
  /** A « gestionnaire » the establishment chose not to exclude (the guide's example, 3.3 l.537, not applied). */
  | { code: 'manager_not_excluded' };

export interface RankedPartner {
  readonly partner: PartnerProfile;
  /** 0–100: Binôme's score (criteria.ts), not a rating by the HAS. */
  readonly score: number;
  readonly criteria: readonly CriterionResult[];
  readonly notes: readonly PartnerNote[];
}

export interface ExcludedPartner {
  readonly partner: PartnerProfile;
  readonly reasons: readonly ExclusionReason[];
}

export interface MatchOutcome {
  readonly ranked: readonly RankedPartner[];
  readonly excluded: readonly ExcludedPartner[];
  /** Profiles without a matching consent: never shown, only counted. */
  readonly notConsidered: number;
  readonly notices: readonly NeedNotice[];
}

function byId(a: { partner: PartnerProfile }, b: { partner: PartnerProfile }): number {
  return a.partner.id < b.partner.id ? -1 : a.partner.id > b.partner.id ? 1 : 0;
}

/** Regulation first (ETP), then what the owner asked beyond it. */
function trainingRules(need: Pick<ProjectNeed, 'missions' | 'requiredTrainings'>): {
  required: HardRuleInput['required'];
  preferred: TrainingKind[];
} {
  const regulated = trainingsRequiredFor(need.missions);
  const required = regulated.map((kind) => ({ kind, hours: trainingKindById(kind)?.hours }));
  const preferred = need.requiredTrainings.filter((k) => !regulated.includes(k) && k !== 'other');
  return { required, preferred: [...new Set(preferred)] };
}

/** Notices for a need; also usable live, while the form is being filled in. */
export function needNotices(need: Pick<ProjectNeed, 'missions' | 'requiredTrainings' | 'count'>): NeedNotice[] {
  const { required } = trainingRules(need);
  const notices: NeedNotice[] = required.map(({ kind }) => ({ code: 'training_required', kind }));
  const beyond = need.requiredTrainings.filter((k) => !required.some((r) => r.kind === k));
  if (beyond.length > 0) notices.push({ code: 'training_proportionality', kinds: [...new Set(beyond)] });
  if (need.count < 2) notices.push({ code: 'count_below_two', count: need.count });
  return notices;
}

/** A function's results kept for one ranking only (never across calls: no stale data). */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

function prepare(need: ProjectNeed, preferred: TrainingKind[]): PreparedNeed {
  const modes = new Set<string>();
  for (const m of need.missions) {
    const mode = modeOfMission(m)?.id;
    if (mode) modes.add(mode);
  }
  return {
    need,
    missions: new Set(need.missions),
    modes,
    themes: prepareThemes(need.experienceThemes),
    slots: [...new Set(need.slots)],
    offerStatuses: new Set(need.offer.map(statusOfOffer)),
    preferredTrainings: preferred,
    commune: need.territory.commune ? normalizeText(need.territory.commune) : undefined,
    normalize: memo(normalizeText),
    tokenize: memo(tokensFr),
  };
}

/** The record that meets a required training: validated first, then the longest. */
function meetingRecord(partner: PartnerProfile, kind: TrainingKind): TrainingRecord | undefined {
  const meets = (r: TrainingRecord) => (kind === 'etp_40h' ? meetsEtpRequirement(r) : r.kind === kind);
  let best: TrainingRecord | undefined;
  for (const r of partner.trainings) {
    if (!meets(r)) continue;
    if (
      !best ||
      (r.validatedBy !== undefined && best.validatedBy === undefined) ||
      ((r.validatedBy !== undefined) === (best.validatedBy !== undefined) && (r.hours ?? 0) > (best.hours ?? 0))
    )
      best = r;
  }
  return best;
}

/** Shares lived experience with project teams, and declares none (not shared: nothing is read, nothing said). */
function declaresNoExperience(partner: PartnerProfile): boolean {
  return sharesExperienceWithProjects(partner) && !hasLivedExperience(partner);
}

function notesFor(partner: PartnerProfile, required: HardRuleInput['required'], rules: EstablishmentRules): PartnerNote[] {
  const notes: PartnerNote[] = [];
  if (declaresNoExperience(partner)) notes.push({ code: 'no_lived_experience' });
  if (partner.titles.some((t) => t.role === 'representant_usagers')) notes.push({ code: 'also_representative' });
  if (partner.managesEstablishment && !rules.excludeManagers) notes.push({ code: 'manager_not_excluded' });
  for (const { kind } of required) {
    const record = meetingRecord(partner, kind);
    if (!record) continue;
    if (kind === 'etp_40h')
      notes.push({ code: 'etp_training', kind: record.kind, hours: etpHours(record)?.hours ?? ETP_MIN_HOURS });
    if (record.validatedBy === undefined) notes.push({ code: 'training_unvalidated', kind: record.kind });
  }
  return notes;
}

/** 1 when the partner holds every training asked for beyond regulation (a tie-break only). */
function trainingValue(criteria: readonly CriterionResult[]): number {
  for (const c of criteria) if (c.id === 'training') return c.value;
  return 0;
}

/**
 * Ranks the directory for a need. `partners` must already be valid profiles
 * (PartnerProfileSchema output); the function does not mutate them. `establishment`:
 * the rules the establishment chose (the manager exclusion is on unless it says otherwise).
 */
export function rankPartners(
  need: ProjectNeed,
  partners: readonly PartnerProfile[],
  establishment: EstablishmentRules = DEFAULT_ESTABLISHMENT_RULES,
): MatchOutcome {
  const { required, preferred } = trainingRules(need);
  const prepared = prepare(need, preferred);
  const rules: HardRuleInput = { domain: need.domain, required, excludeManagers: establishment.excludeManagers };
  const ranked: RankedPartner[] = [];
  const excluded: ExcludedPartner[] = [];
  let notConsidered = 0;
  for (const partner of partners) {
    if (!isConsidered(partner)) {
      notConsidered++;
      continue;
    }
    const reasons = hardRuleFailures(partner, rules);
    if (reasons.length > 0) {
      excluded.push({ partner, reasons });
      continue;
    }
    const criteria = scoreCriteria(prepared, partner);
    ranked.push({ partner, score: totalScore(criteria), criteria, notes: notesFor(partner, required, establishment) });
  }
  const last = (r: RankedPartner) => (r.notes.some((n) => n.code === 'no_lived_experience') ? 1 : 0);
  ranked.sort(
    (a, b) =>
      last(a) - last(b) ||
      b.score - a.score ||
      a.partner.load.activeMissions - b.partner.load.activeMissions ||
      trainingValue(b.criteria) - trainingValue(a.criteria) ||
      byId(a, b),
  );
  excluded.sort(byId);
  return { ranked, excluded, notConsidered, notices: needNotices(need) };
}

/** What to warn the owner about when they select partners (≥ 2 per project, 3.1 and 4.5). */
export type SelectionWarning =
  | { code: 'fewer_than_two'; selected: number }
  | { code: 'fewer_than_sought'; selected: number; sought: number };

export function selectionWarnings(selected: number, sought: number): SelectionWarning[] {
  const warnings: SelectionWarning[] = [];
  if (selected < 2) warnings.push({ code: 'fewer_than_two', selected });
  if (selected < sought && !(selected < 2 && sought <= 2)) warnings.push({ code: 'fewer_than_sought', selected, sought });
  return warnings;
}
