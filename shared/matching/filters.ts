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
import { ETP_MIN_HOURS, etpHours } from './etp';

export type ExclusionReason =
  /**
   * « gestionnaire de l'établissement ou du service de santé » and candidate partner in that same
   * place: the example of an exclusion criterion the guide cites (3.3, l.537), applied by default
   * and switched off by an establishment that chooses so (EstablishmentRules.excludeManagers).
   */
  | { code: 'manager' }
  /**
   * A training required by regulation is missing (ETP: 40 h, 3.4 note 23 l.588). `hours`: the
   * longest ETP training declared, shorter than required; `undocumented`: an ETP training is
   * declared without its number of hours, so nothing says it covers the 40.
   */
  | { code: 'training_required'; kind: TrainingKind; hours?: number; undocumented?: true }
  /**
   * Already at the number of missions the person accepts. Binôme's rule, to follow the guide's
   * « ne pas sursolliciter » (annex 4, l.1255): the guide sets no number.
   */
  | { code: 'no_capacity'; active: number; max: number }
  /** Declared domains of interest, and the need's domain is not among them (Binôme's rule). */
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
export function hasLivedExperience(partner: PartnerProfile): boolean {
  const e = partner.experience;
  return e.caregiver || e.themes.length > 0 || (e.text !== undefined && e.text.trim().length > 0);
}

/** The ETP requirement: any training that documents at least 40 h of ETP meets it (etp.ts). */
function etpGap(partner: PartnerProfile, minHours: number): ExclusionReason | undefined {
  let longest: number | undefined;
  let undocumented = false;
  for (const record of partner.trainings) {
    const etp = etpHours(record);
    if (!etp) continue;
    if (etp.hours === undefined) undocumented = true;
    else if (etp.hours >= minHours) return undefined;
    else longest = Math.max(longest ?? 0, etp.hours);
  }
  return {
    code: 'training_required',
    kind: 'etp_40h',
    ...(longest !== undefined ? { hours: longest } : {}),
    ...(undocumented ? { undocumented: true as const } : {}),
  };
}

/** Why a training requirement is not met, or undefined when it is. */
function trainingGap(partner: PartnerProfile, kind: TrainingKind, minHours: number | undefined): ExclusionReason | undefined {
  if (kind === 'etp_40h') return etpGap(partner, minHours ?? ETP_MIN_HOURS);
  let shortest: number | undefined;
  for (const record of partner.trainings) {
    if (record.kind !== kind) continue;
    if (minHours === undefined || record.hours === undefined || record.hours >= minHours) return undefined;
    shortest = Math.max(shortest ?? 0, record.hours);
  }
  return shortest === undefined ? { code: 'training_required', kind } : { code: 'training_required', kind, hours: shortest };
}

/**
 * The rules an establishment chooses (not the guide's, not the law's). Only one today: the
 * manager exclusion, which the guide gives as an example of exclusion criterion (3.3, l.537).
 */
export interface EstablishmentRules {
  /** Exclude a « gestionnaire » of the establishment or service (management, middle managers included). */
  readonly excludeManagers: boolean;
}

/** Binôme's default: the guide's example applied. */
export const DEFAULT_ESTABLISHMENT_RULES: EstablishmentRules = Object.freeze({ excludeManagers: true });

export interface HardRuleInput {
  readonly domain: string;
  /** Trainings required by regulation for the missions sought, with their minimum hours. */
  readonly required: readonly { readonly kind: TrainingKind; readonly hours?: number }[];
  readonly excludeManagers: boolean;
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
  if (partner.managesEstablishment && rules.excludeManagers) reasons = add(reasons, { code: 'manager' });
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
