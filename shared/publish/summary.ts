/**
 * publishSummary(registry, activity?) → « Notre partenariat en chiffres »: aggregates
 * only, every count passed through `publishedCount` (0, at least 3, or `few`; why 3
 * is said in schemas/partnership-summary.ts). Pure and deterministic (the date is
 * given), so that the coordinator publishes a file they can read before it goes
 * online; the widget never sees the registry.
 *
 * Who is counted: people whose data-keeping consent stands (the establishment
 * keeps their profile), managers of the establishment left out as in the directory
 * (guide 3.3). The listing consent is not required: a count of at least 3, or
 * « moins de 3 », names nobody, and leaving out those who chose not to be listed
 * would make the summary understate the partnership.
 *
 * Projects, meetings and checklists are not in the registry: they come from the
 * optional `activity` the coordinator gives; without it the summary has no
 * `activity` part and says nothing about them.
 */

import { hasConsent } from '../schemas/partner';
import {
  type Activity,
  PARTNERSHIP_SUMMARY_SCHEMA_FILE,
  PARTNERSHIP_SUMMARY_VERSION,
  type PartnershipSummary,
  type PublishedCount,
  SMALL_COUNT_THRESHOLD,
} from '../schemas/partnership-summary';
import type { PartnerRegistry } from '../schemas/registry';
import { DOMAIN_IDS, type DomainId, MISSION_IDS, type MissionId } from '../vocab/domain-labels';
import { domainTerm, missionTerm } from './terms';

/** The small-count rule: 1 and 2 become `few`; 0 stays 0 (« aucun » names nobody). */
export function publishedCount(count: number): PublishedCount {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? 'few' : count;
}

export interface SummaryOptions {
  /** ISO 8601 date-time with offset; the summary's `generatedAt`. */
  readonly generatedAt: string;
  /** Value of `$schema` (default: the schema file's name, to be served beside the summary). */
  readonly schemaUrl?: string;
}

function tally<K extends string>(keys: readonly K[], lists: Iterable<readonly K[]>): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const list of lists) {
    // A person listed twice under the same id counts once.
    for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function publishSummary(
  registry: PartnerRegistry,
  activity: Activity | undefined,
  { generatedAt, schemaUrl = PARTNERSHIP_SUMMARY_SCHEMA_FILE }: SummaryOptions,
): PartnershipSummary {
  const counted = registry.partners.filter((p) => hasConsent(p, 'keepData') && !p.managesEstablishment);
  const domains = tally<DomainId>(
    DOMAIN_IDS,
    counted.map((p) => p.domains),
  );
  const missions = tally<MissionId>(
    MISSION_IDS,
    counted.map((p) => p.missions),
  );
  const { name, contactEmail, contactUrl } = registry.establishment;
  const summary: PartnershipSummary = {
    $schema: schemaUrl,
    schemaVersion: PARTNERSHIP_SUMMARY_VERSION,
    generatedAt,
    establishment: { name, ...(contactEmail ? { contactEmail } : {}), ...(contactUrl ? { contactUrl } : {}) },
    threshold: SMALL_COUNT_THRESHOLD,
    ...(activity?.period ? { period: activity.period } : {}),
    partners: {
      total: publishedCount(counted.length),
      byDomain: DOMAIN_IDS.map((id) => ({ ...domainTerm(id), count: publishedCount(domains.get(id) ?? 0) })),
      // Only missions someone takes on: the HAS list is long, and a column of zeros says nothing.
      byMission: MISSION_IDS.filter((id) => (missions.get(id) ?? 0) > 0).map((id) => ({
        ...missionTerm(id),
        count: publishedCount(missions.get(id) ?? 0),
      })),
    },
  };
  if (!activity) return summary;
  const projectDomains = tally<DomainId>(
    DOMAIN_IDS,
    activity.projects.map((p) => [p.domain]),
  );
  let meetings = 0;
  let renewed = 0;
  for (const p of activity.projects) {
    meetings += p.meetings;
    renewed += p.checklistsRenewed;
  }
  return {
    ...summary,
    activity: {
      projects: publishedCount(activity.projects.length),
      projectsByDomain: DOMAIN_IDS.map((id) => ({ ...domainTerm(id), count: publishedCount(projectDomains.get(id) ?? 0) })),
      meetings: publishedCount(meetings),
      checklistsRenewed: publishedCount(renewed),
    },
  };
}
