/**
 * Ids and short names of the kinds of training: what a schema checks and what a
 * card shows (« ETP 40 h — … (UTEP du CH…, 2022) »). The full names and the
 * legal basis, which forms show, are in trainings.ts (which re-exports this
 * module); a widget that only names trainings imports this one.
 */
import type { LocalizedText } from '../i18n/locale';

/**
 * The ids, in the list's order (literal, so that a schema checking them does not carry the texts).
 * Ids are stored in registries: never rename nor remove one; a new kind goes before 'other'.
 */
export const TRAINING_KIND_IDS = ['du', 'diu', 'cu', 'etp_40h', 'formation_conjointe', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KIND_IDS)[number];

export interface TrainingKindName {
  readonly short: LocalizedText;
  /** Minimum duration set by regulation, in hours (so a card does not repeat it after « ETP 40 h »). */
  readonly hours?: number;
}

export const TRAINING_KIND_NAMES: Readonly<Record<TrainingKind, TrainingKindName>> = {
  du: { short: { fr: 'DU', en: 'DU' } },
  diu: { short: { fr: 'DIU', en: 'DIU' } },
  cu: { short: { fr: 'CU', en: 'CU' } },
  // Note 23 of the guide (l.588): the only training required by regulation.
  etp_40h: { short: { fr: 'ETP 40 h', en: 'TPE 40 h' }, hours: 40 },
  // Guide 3.5 (l.592-594): professionals and patient partners trained together.
  formation_conjointe: { short: { fr: 'Formation conjointe', en: 'Joint training' } },
  other: { short: { fr: 'Autre', en: 'Other' } },
};

export function isTrainingKind(value: unknown): value is TrainingKind {
  return typeof value === 'string' && (TRAINING_KIND_IDS as readonly string[]).includes(value);
}
