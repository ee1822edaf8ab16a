/**
 * Kinds of training a patient partner may declare.
 *
 * The HAS guide asks for training proportionate to the mission and says no
 * regulation requires a diploma, except the 40 h ETP training (3.4, l.564–590,
 * note 23 l.588). A training record on a profile therefore ALWAYS names its
 * issuer (university, association, UTEP...) — a self-declared title without
 * issuer is what the sources warn against (CNOM report, 001:1851-1860) — and
 * the establishment may validate it (`validatedBy`, see schemas/partner.ts).
 */
import type { LocalizedText } from '../i18n/locale';
import { TRAINING_KIND_NAMES, type TrainingKind } from './training-labels';

// The ids and short names live apart (what the partner widgets need); this module adds the full names and legal basis.
export * from './training-labels';

export interface TrainingKindDef {
  readonly id: TrainingKind;
  readonly label: LocalizedText;
  readonly short: LocalizedText;
  /** Minimum duration set by regulation, in hours. */
  readonly hours?: number;
  /** Legal basis, when the training is required by regulation. */
  readonly legalBasis?: LocalizedText;
}

export const TRAINING_KINDS = [
  {
    id: 'du',
    label: { fr: 'Diplôme universitaire', en: 'University diploma' },
    ...TRAINING_KIND_NAMES.du,
  },
  {
    id: 'diu',
    label: { fr: 'Diplôme interuniversitaire', en: 'Inter-university diploma' },
    ...TRAINING_KIND_NAMES.diu,
  },
  {
    id: 'cu',
    label: { fr: 'Certificat universitaire', en: 'University certificate' },
    ...TRAINING_KIND_NAMES.cu,
  },
  {
    id: 'etp_40h',
    label: { fr: 'Formation ETP 40 h', en: '40-hour therapeutic patient education (TPE) training' },
    ...TRAINING_KIND_NAMES.etp_40h,
    // Note 23 of the guide (l.588).
    legalBasis: {
      fr: "Art. L. 1161-1 et R. 1161-1 à R. 1161-3 du Code de la santé publique ; arrêté du 30 décembre 2020 relatif au cahier des charges des programmes d'éducation thérapeutique",
      en: 'Art. L. 1161-1 and R. 1161-1 to R. 1161-3 of the French Public Health Code; order of 30 December 2020 on the specifications of therapeutic education programmes',
    },
  },
  {
    // The HAS « recommande que, dans tout partenariat, une formation conjointe des partenaires
    // (gouvernances, professionnels, patients) sur les principes du partenariat soit mise en place
    // à l'initiation de l'action, du projet ou du programme » (3.5, l.594). Not a requirement for a
    // person: a training the partner took part in, with the teams.
    id: 'formation_conjointe',
    label: {
      fr: 'Formation conjointe des partenaires (professionnels et patients partenaires ensemble)',
      en: 'Joint training of partners (professionals and patient partners together)',
    },
    ...TRAINING_KIND_NAMES.formation_conjointe,
  },
  {
    id: 'other',
    label: { fr: 'Autre formation', en: 'Other training' },
    ...TRAINING_KIND_NAMES.other,
  },
] as const satisfies readonly TrainingKindDef[];

export function trainingKindById(id: string): TrainingKindDef | undefined {
  return (TRAINING_KINDS as readonly TrainingKindDef[]).find((t) => t.id === id);
}

/** The kinds of training held, among a list of training records (validated or not). */
export function trainingKindsHeld(records: readonly { readonly kind: TrainingKind }[]): Set<TrainingKind> {
  return new Set(records.map((r) => r.kind));
}

/** Required kinds missing from a list of training records ('other' can never satisfy a requirement by kind alone). */
export function missingTrainings(
  required: readonly TrainingKind[],
  records: readonly { readonly kind: TrainingKind }[],
): TrainingKind[] {
  const held = trainingKindsHeld(records);
  return required.filter((kind) => kind !== 'other' && !held.has(kind));
}
