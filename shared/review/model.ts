/**
 * What a review (« bilan ») is made of, and what it is made from. Every section is a
 * table — columns and rows — so that one model feeds the charts, the HTML tables and the
 * CSV files: what a chart draws is exactly what the table beside it says.
 *
 * The words come in as `ReviewLabels` (extension/modules/i18n/review.ts, fr/en): this
 * module stays pure and free of any language.
 */

import type { TrendReading } from '../effects/indicators';
import type { Locale } from '../i18n/locale';
import type { ChecklistEvaluation } from '../schemas/checklist';
import type { EffectIndicatorRecord } from '../schemas/effect';
import type { MeetingRecord, ParticipantSide } from '../schemas/meeting';
import type { CharterEntry } from '../schemas/workspace';
import type { Period } from './period';

/** One member's dated sheets (issue 17.2): the current one and the earlier ones. */
export interface ReviewMember {
  readonly memberId: string;
  readonly name?: string;
  readonly side: ParticipantSide;
  readonly evaluations: readonly ChecklistEvaluation[];
}

/** A project with everything the extension keeps about it. */
export interface ReviewProject {
  readonly id: string;
  readonly title: string;
  readonly domain: string;
  readonly dates: { readonly start: string; readonly end?: string };
  /** Who is in the partnership and which side each speaks for (the project's team; absent in older records). */
  readonly team?: readonly { readonly name: string; readonly side: ParticipantSide }[];
  /** Contact ids and registry links (`registry:<id>`), as the project stores them. */
  readonly partnerIds: readonly string[];
  /** The project's dated checklist evaluations (current and history), any order. */
  readonly evaluations: readonly ChecklistEvaluation[];
  readonly members: readonly ReviewMember[];
  readonly charters: readonly Pick<CharterEntry, 'id' | 'origin' | 'record' | 'createdAt'>[];
  readonly meetings: readonly MeetingRecord[];
  readonly effects: readonly EffectIndicatorRecord[];
}

/**
 * A partner as the review names it, resolved by the extension from a contact or the
 * registry. `load` is the product's own measure of solicitation (shared/schemas/partner.ts
 * LoadSchema, `hasCapacity`): the review reuses it and invents no threshold.
 */
export interface ReviewPartner {
  readonly id: string;
  readonly name: string;
  /** Role labels, in the review's language; empty when the card or the registry gives none. */
  readonly roles: readonly string[];
  readonly load?: { readonly activeMissions: number; readonly maxMissions?: number; readonly hasCapacity: boolean };
}

export interface ReviewInput {
  readonly projects: readonly ReviewProject[];
  readonly partners: ReadonlyMap<string, ReviewPartner>;
  readonly period: Period;
  /** YYYY-MM-DD: states (late actions…) are read on the period's end, or today if sooner. */
  readonly today: string;
}

export type Cell = string | number;

export interface ReviewColumn {
  readonly key: string;
  readonly label: string;
  /** A count or a measured value: right-aligned, summed, charted. */
  readonly numeric: boolean;
}

export interface ReviewTable {
  readonly id: TableId;
  readonly title: string;
  readonly columns: readonly ReviewColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

export const TABLE_IDS = [
  'checklist',
  'checklistLatest',
  'differences',
  'differenceCriteria',
  'effectsByCategory',
  'effects',
  'actions',
  'actionsByMeeting',
  'charters',
  'partnersByRole',
  'partnersByDomain',
  'teamBySide',
  'load',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** The words a review needs, one language (extension/modules/i18n/review.ts). */
export interface ReviewLabels {
  readonly locale: Locale;
  readonly tables: Readonly<Record<TableId, string>>;
  readonly columns: Readonly<Record<string, string>>;
  readonly answers: { readonly oui: string; readonly en_cours: string; readonly non: string; readonly unanswered: string };
  /** The effects module's reading of an indicator's first and last figures (shared/effects/indicators.ts). */
  readonly trends: Readonly<Record<TrendReading, string>>;
  readonly domain: (id: string) => string;
  readonly sides: Readonly<Record<ParticipantSide, string>>;
  readonly charterText: { readonly model: string; readonly adapted: string };
  readonly charterOrigin: { readonly signed: string; readonly imported: string };
  readonly signatoryRole: (id: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly noRole: string;
  readonly none: string;
  readonly loadStatus: { readonly canTakeAnother: string; readonly fullyEngaged: string; readonly undeclared: string };
}

export type ReviewScope = { readonly kind: 'project'; readonly projectId: string } | { readonly kind: 'establishment' };

export interface Review {
  readonly scope: ReviewScope;
  readonly period: Period;
  /** The day states were read on (readingDay). */
  readonly readOn: string;
  /** Projects counted (one for a project review; those running during the period for an establishment). */
  readonly projects: readonly Pick<ReviewProject, 'id' | 'title'>[];
  readonly tables: Readonly<Record<TableId, ReviewTable>>;
  /** Totals the text summaries quote. */
  readonly totals: ReviewTotals;
}

export interface ReviewTotals {
  readonly meetings: number;
  readonly actions: { readonly done: number; readonly open: number; readonly late: number; readonly total: number };
  readonly evaluations: number;
  readonly measurements: number;
  readonly signatures: number;
  readonly partners: number;
  /** Partners whose own declared load says not to solicit them further. */
  readonly fullyEngaged: number;
}
