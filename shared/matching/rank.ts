/**
 * The matching engine: pure and deterministic. Given a project need and a
 * directory of profiles it returns the eligible partners ranked by score,
 * the excluded ones with their reasons, how many were not considered, and
 * the notices the owner must read (ETP training, proportionality, ≥ 2
 * partners). The same input always gives the same output, whatever the
 * order of the directory: ties are broken by load (least solicited first),
 * then by id (code-point order, independent of the locale).
 *
 * It matches partners to an establishment's projects, inside care teams; it
 * is not a marketplace (guide 2.5, l.442; CNOM 001:918-926): no price, no
 * rate, no contact detail ever enters or leaves it.
 */
import type { PartnerProfile } from '../schemas/partner';
import type { ProjectNeed } from '../schemas/project';
import { normalizeText, tokensFr } from '../text/normalize';
import { modeOfMission, trainingsRequiredFor } from '../vocab/domains';
import { statusOfOffer } from '../vocab/statuses';
import { type TrainingKind, trainingKindById } from '../vocab/trainings';
import { type CriterionResult, type PreparedNeed, scoreCriteria, totalScore } from './criteria';
import { type ExclusionReason, type HardRuleInput, hardRuleFailures, isConsidered } from './filters';
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
  | { code: 'training_unvalidated'; kind: TrainingKind };

export interface RankedPartner {
  readonly partner: PartnerProfile;
  /** 0–100. */
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

function notesFor(partner: PartnerProfile, required: HardRuleInput['required']): PartnerNote[] {
  const notes: PartnerNote[] = [];
  if (partner.titles.some((t) => t.role === 'representant_usagers')) notes.push({ code: 'also_representative' });
  for (const { kind } of required) {
    const records = partner.trainings.filter((t) => t.kind === kind);
    if (records.length > 0 && records.every((t) => t.validatedBy === undefined))
      notes.push({ code: 'training_unvalidated', kind });
  }
  return notes;
}

/**
 * Ranks the directory for a need. `partners` must already be valid profiles
 * (PartnerProfileSchema output); the function does not mutate them.
 */
export function rankPartners(need: ProjectNeed, partners: readonly PartnerProfile[]): MatchOutcome {
  const { required, preferred } = trainingRules(need);
  const prepared = prepare(need, preferred);
  const rules: HardRuleInput = { domain: need.domain, required };
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
    ranked.push({ partner, score: totalScore(criteria), criteria, notes: notesFor(partner, required) });
  }
  ranked.sort((a, b) => b.score - a.score || a.partner.load.activeMissions - b.partner.load.activeMissions || byId(a, b));
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
