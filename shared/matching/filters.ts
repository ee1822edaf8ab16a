/**
 * Hard rules: a partner who fails one is not ranked but listed apart, with
 * every reason (not only the first), so the owner understands the result.
 *
 * Partners who did not consent to matching (or withdrew their consent to keep
 * their data) are not "excluded": they are not considered at all and never
 * named — only counted (hasConsent in schemas/partner.ts).
 *
 * Lived experience a partner did not agree to share with project teams is
 * never read here either: a users' representative without shared experience
 * has none the project can rely on, and is listed apart with a reason that
 * says « not shared », whatever they declared (Binôme's rule, after 2.6).
 */
import { hasConsent, type PartnerProfile, sharesExperienceWithProjects } from '../schemas/partner';
import type { TrainingKind } from '../vocab/trainings';

export type ExclusionReason =
  /** Manages the establishment or service (3.3, l.537). */
  | { code: 'manager' }
  /** A training required by regulation is not declared (ETP 40 h, 3.4 note 23 l.588); `hours` when declared shorter. */
  | { code: 'training_required'; kind: TrainingKind; hours?: number }
  /** Already at the number of missions the person accepts (do not over-solicit, annex 4 l.1255). */
  | { code: 'no_capacity'; active: number; max: number }
  /** Declared domains of interest, and the need's domain is not among them. */
  | { code: 'domain_not_offered'; domain: string }
  /**
   * Only a users' representative mandate, no lived experience declared (2.6, l.448–466).
   * `notShared`: the person did not agree to share their experience with project teams, so
   * none can be relied on (whatever they declared: the reason must not tell).
   */
  | { code: 'representative_only'; notShared?: true };

/** May this profile be considered at all? (matching consent, and keepData not withdrawn). */
export function isConsidered(partner: PartnerProfile): boolean {
  return hasConsent(partner, 'matching');
}

/** Declared lived experience; only called for a partner who shares it with project teams. */
function hasLivedExperience(partner: PartnerProfile): boolean {
  const e = partner.experience;
  return e.caregiver || e.themes.length > 0 || (e.text !== undefined && e.text.trim().length > 0);
}

/** Why a training requirement is not met, or undefined when it is. */
function trainingGap(partner: PartnerProfile, kind: TrainingKind, minHours: number | undefined): ExclusionReason | undefined {
  let shortest: number | undefined;
  for (const record of partner.trainings) {
    if (record.kind !== kind) continue;
    // A record without hours is taken at its word: the kind itself says "40 h".
    if (minHours === undefined || record.hours === undefined || record.hours >= minHours) return undefined;
    shortest = Math.max(shortest ?? 0, record.hours);
  }
  return shortest === undefined ? { code: 'training_required', kind } : { code: 'training_required', kind, hours: shortest };
}

export interface HardRuleInput {
  readonly domain: string;
  /** Trainings required by regulation for the missions sought, with their minimum hours. */
  readonly required: readonly { readonly kind: TrainingKind; readonly hours?: number }[];
}

const NONE: readonly ExclusionReason[] = Object.freeze([]);

function add(list: ExclusionReason[] | undefined, reason: ExclusionReason): ExclusionReason[] {
  if (!list) return [reason];
  list.push(reason);
  return list;
}

function onlyRepresentative(titles: PartnerProfile['titles']): boolean {
  if (titles.length === 0) return false;
  for (const t of titles) if (t.role !== 'representant_usagers') return false;
  return true;
}

/**
 * Every hard rule the partner fails (empty: eligible). Written as plain loops with no
 * allocation for an eligible partner: it runs for every profile of the directory.
 */
export function hardRuleFailures(partner: PartnerProfile, rules: HardRuleInput): readonly ExclusionReason[] {
  let reasons: ExclusionReason[] | undefined;
  if (partner.managesEstablishment) reasons = add(reasons, { code: 'manager' });
  const domains: readonly string[] = partner.domains;
  if (domains.length > 0 && !domains.includes(rules.domain))
    reasons = add(reasons, { code: 'domain_not_offered', domain: rules.domain });
  for (const { kind, hours } of rules.required) {
    const gap = trainingGap(partner, kind, hours);
    if (gap) reasons = add(reasons, gap);
  }
  const { activeMissions, maxMissions } = partner.load;
  if (maxMissions !== undefined && activeMissions >= maxMissions) {
    reasons = add(reasons, { code: 'no_capacity', active: activeMissions, max: maxMissions });
  }
  if (onlyRepresentative(partner.titles)) {
    // Experience not shared with project teams is never read, not even to exclude.
    if (!sharesExperienceWithProjects(partner)) reasons = add(reasons, { code: 'representative_only', notShared: true });
    else if (!hasLivedExperience(partner)) reasons = add(reasons, { code: 'representative_only' });
  }
  return reasons ?? NONE;
}
