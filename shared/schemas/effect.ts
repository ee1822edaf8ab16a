/**
 * The effects of a project led in partnership, measured over time: the first half of the
 * guide's « double évaluation » (HAS 2026, 4.4, l.764–776). The guide names six categories
 * from its chapter 5 as « une première base » (l.774) — clinical, psychosocial,
 * organisational, on professionals, on people's power to act, on research and knowledge —
 * to which « peuvent s'ajouter des indicateurs spécifiques » to the project (l.776): the
 * seventh category here. It asks for a participatory evaluation (l.766: « impliquer les
 * personnes concernées »), hence each measurement names who assessed it — a patient partner
 * AND a professional, the guide's co-conduct (4.1 l.693).
 *
 * An indicator carries its measurements, as a meeting carries its actions: one record per
 * indicator, so adding a measurement is one write. HAS gives no indicator list and no score;
 * Binôme suggests none.
 */
import { z } from 'zod/mini';
import { customIssue, duplicateIdIndexes, IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, text } from './common';

/** The guide's six categories (l.774, chapter 5 sections 5.1–5.6), then the project's own (l.776). */
export const EFFECT_CATEGORIES = [
  'clinical',
  'psychosocial',
  'organisational',
  'professionals',
  'empowerment',
  'research',
  'project',
] as const;
export type EffectCategory = (typeof EFFECT_CATEGORIES)[number];

/** Which way is better, when the value is a number (a length of stay should fall, a satisfaction rise). */
export const EFFECT_DIRECTIONS = ['increase', 'decrease', 'none'] as const;
export type EffectDirection = (typeof EFFECT_DIRECTIONS)[number];

export const EffectMeasurementSchema = z
  .object({
    id: IdSchema,
    date: IsoDateSchema,
    /** A figure, for a quantitative indicator. */
    value: z.optional(z.number().check(z.refine((n) => Number.isFinite(n)))),
    /** What was observed, for a qualitative one (or a comment on the figure). */
    observation: z._default(longText(5_000), ''),
    /** Where the figure or the observation comes from (questionnaire, PMSI, interviews…). */
    source: text(300),
    /** Participatory evaluation: both sides assessed it. */
    assessedBy: z.object({ patientPartner: text(200), professional: text(200) }),
  })
  .check(
    z.superRefine((m, ctx) => {
      if (m.value === undefined && !(m.observation ?? '').trim()) {
        ctx.addIssue(customIssue('effect_empty', ['value'], m.value));
      }
    }),
  );
export type EffectMeasurement = z.infer<typeof EffectMeasurementSchema>;

export const EffectIndicatorRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: IdSchema,
    projectId: IdSchema,
    category: z.enum(EFFECT_CATEGORIES),
    label: text(300),
    /** Unit of the figures (« jours », « % », « points sur 10 »); empty for a qualitative indicator. */
    unit: z._default(longText(40), ''),
    direction: z._default(z.enum(EFFECT_DIRECTIONS), 'none'),
    measurements: z.array(EffectMeasurementSchema).check(z.maxLength(1_000)),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .check(
    z.superRefine((indicator, ctx) => {
      for (const index of duplicateIdIndexes(indicator.measurements ?? [])) {
        ctx.addIssue(customIssue('duplicate_id', ['measurements', index, 'id'], indicator.measurements[index]?.id));
      }
    }),
  );
export type EffectIndicatorRecord = z.infer<typeof EffectIndicatorRecordSchema>;
export type EffectIndicatorRecordInput = z.input<typeof EffectIndicatorRecordSchema>;
