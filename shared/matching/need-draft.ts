/**
 * What `<pp-matching-form mode="need">` starts with when a host already knows the project
 * (its `draft` property): the title, the HAS domain and its missions, and whether the
 * involvement is one-off or long-term. Inside a project the coordinator had typed all of
 * it already (issue 20); the form is only pre-filled, every field stays editable.
 *
 * The project's dates give the duration only when they say it plainly: a month or less
 * is one-off, no end or more than six months is long-term; in between no choice is made
 * for the coordinator.
 */
import { COMMITMENTS, type Commitment } from '../schemas/common';
import { DOMAIN_IDS, type DomainId, domainOfMission, MISSION_IDS, type MissionId } from '../vocab/domain-labels';

export interface NeedDraft {
  readonly title?: string;
  readonly domain?: DomainId;
  readonly missions?: readonly MissionId[];
  readonly duration?: Commitment;
}

export interface DraftSource {
  readonly title: string;
  readonly domain: DomainId;
  readonly missions?: readonly MissionId[];
  readonly dates: { readonly start: string; readonly end?: string | undefined };
  /** The last need searched for this project: what the coordinator chose then wins. */
  readonly need?: {
    readonly title: string;
    readonly domain: DomainId;
    readonly missions: readonly MissionId[];
    readonly duration: Commitment;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ONE_OFF_DAYS = 31;
const LONG_TERM_DAYS = 183;

/** « ponctuel », « durable » or undefined when the dates do not say it plainly. */
export function durationOfDates(dates: DraftSource['dates']): Commitment | undefined {
  if (!dates.end) return 'durable';
  const days = (Date.parse(dates.end) - Date.parse(dates.start)) / DAY_MS;
  if (!Number.isFinite(days) || days < 0) return undefined;
  if (days <= ONE_OFF_DAYS) return 'ponctuel';
  return days > LONG_TERM_DAYS ? 'durable' : undefined;
}

export function needDraftOf(project: DraftSource): NeedDraft {
  const { need } = project;
  if (need) return { title: need.title, domain: need.domain, missions: [...need.missions], duration: need.duration };
  const duration = durationOfDates(project.dates);
  return {
    title: project.title,
    domain: project.domain,
    missions: (project.missions ?? []).filter((id) => domainOfMission(id) === project.domain),
    ...(duration ? { duration } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A draft given to the widget by any host page: what is not a known value is left out
 * (never an error — a pre-fill that cannot be used only leaves the field empty).
 */
export function readNeedDraft(value: unknown): NeedDraft {
  if (!isRecord(value)) return {};
  const title = typeof value.title === 'string' ? value.title.trim().slice(0, 300) : '';
  const domain = (DOMAIN_IDS as readonly unknown[]).includes(value.domain) ? (value.domain as DomainId) : undefined;
  const missions = Array.isArray(value.missions)
    ? value.missions.filter(
        (id): id is MissionId =>
          (MISSION_IDS as readonly unknown[]).includes(id) && domain !== undefined && domainOfMission(id) === domain,
      )
    : [];
  const duration = COMMITMENTS.find((c) => c.id === value.duration)?.id;
  return {
    ...(title ? { title } : {}),
    ...(domain ? { domain } : {}),
    ...(missions.length ? { missions: [...new Set(missions)] } : {}),
    ...(duration ? { duration } : {}),
  };
}
