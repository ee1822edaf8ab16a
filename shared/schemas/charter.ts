/**
 * The record of a signed charter (vocab/charter.ts): the exact text shown,
 * its hash, and each signature with its own hash. Only the shape is defined
 * here; computing and checking the hashes belongs to the signing module.
 *
 * A drawn image alone proves neither identity nor consent, so a typed name is
 * the default signature and a drawing is optional (notes/widgets.md).
 */
import { z } from 'zod/mini';
import { customIssue, duplicateIdIndexes, IdSchema, IsoDateTimeSchema, issueCode, matching, Sha256Schema, text } from './common';

export const SIGNATORY_ROLES = [
  { id: 'patient_partenaire', label: { fr: 'Patient partenaire', en: 'Patient partner' } },
  { id: 'professionnel_sante', label: { fr: 'Professionnel de santé', en: 'Health professional' } },
  { id: 'direction_etablissement', label: { fr: "Direction de l'établissement", en: 'Establishment management' } },
  { id: 'association', label: { fr: 'Association', en: 'Association' } },
  { id: 'autre', label: { fr: 'Autre', en: 'Other' } },
] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number]['id'];
const SIGNATORY_ROLE_IDS: readonly SignatoryRole[] = SIGNATORY_ROLES.map((r) => r.id);

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
/** "minX minY width height", separated by spaces and/or commas. */
const VIEW_BOX_RE = new RegExp(`^\\s*${NUMBER}(?:[\\s,]+${NUMBER}){3}\\s*$`);
/** SVG path data: path commands, numbers, separators — nothing that could carry markup or script. */
const PATH_DATA_RE = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/;

export function isSvgPathData(value: string): boolean {
  return PATH_DATA_RE.test(value) && /[Mm]/.test(value) && /\d/.test(value);
}

export const DrawingSchema = z.object({
  viewBox: matching(VIEW_BOX_RE, 'view_box'),
  paths: z
    .array(z.string().check(z.maxLength(100_000), z.refine(isSvgPathData, issueCode('svg_path'))))
    .check(z.minLength(1), z.maxLength(500)),
});

export const SignatorySchema = z.object({
  name: text(200),
  role: z.enum(SIGNATORY_ROLE_IDS),
  organisation: z.optional(text(300)),
});

export const SignatureSchema = z
  .object({
    id: IdSchema,
    signatory: SignatorySchema,
    /** The handwritten-style mention, « lu et approuvé » (annex 1, l.996). */
    mention: text(200),
    method: z.enum(['typed', 'drawn']),
    typedName: z.optional(text(200)),
    drawing: z.optional(DrawingSchema),
    /** ISO 8601 with offset: when exactly, wherever the signer was. */
    signedAt: IsoDateTimeSchema,
    /** Hash of the charter text the signer saw (equals charter.textHash when signed on this text). */
    textHash: Sha256Schema,
    /** Hash of this signature entry. */
    hash: Sha256Schema,
  })
  .check(
    z.superRefine((signature, ctx) => {
      if (signature.method === 'typed' && signature.typedName === undefined) {
        ctx.addIssue(customIssue('typed_name_required', ['typedName'], undefined));
      }
      if (signature.method === 'drawn' && signature.drawing === undefined) {
        ctx.addIssue(customIssue('drawing_required', ['drawing'], undefined));
      }
    }),
  );

const PARAGRAPH = z.string().check(z.minLength(1), z.maxLength(20_000));

/** Version 1 (until 2026-11): the model only, the 226-13 correction note shown beside the text but not signed. */
export const SignedCharterTextV1Schema = z.object({
  projectTitle: text(300),
  locale: z.enum(['fr', 'en']),
  /** The paragraphs exactly as shown (charterParagraphs(…, 1)), not trimmed: they are hashed. */
  paragraphs: z.array(PARAGRAPH).check(z.minLength(1)),
  /** Clauses the partners added to the model charter. */
  extraClauses: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(20_000))), []),
  /** Citation of the model used (CHARTER_SOURCE). */
  source: text(500),
  textHash: Sha256Schema,
});

/**
 * Version 2: everything the signer read is hashed — list items keep their « - », the
 * guide's footnote 46 and the note on the 226-13 correction (called from the text by « * »)
 * are paragraphs of the text — and the text may be the establishment's own: the guide's
 * model is « un socle minimum » (l.615) « que chaque équipe projet ou organisation peut
 * s'approprier et personnaliser » (l.738).
 */
export const SignedCharterTextSchema = z.object({
  projectTitle: text(300),
  locale: z.enum(['fr', 'en']),
  /** `model`: the HAS model as shown by Binôme; `adapted`: the establishment's text, adapted from it (then `source` says so). */
  origin: z.enum(['model', 'adapted']),
  paragraphs: z.array(PARAGRAPH).check(z.minLength(1), z.maxLength(200)),
  extraClauses: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(20_000))), []),
  source: text(500),
  textHash: Sha256Schema,
});

/**
 * One entry of the record's event log. Each entry hashes the previous one (the first
 * hashes the charter text), so entries cannot be removed or reordered unnoticed
 * (notes/widgets.md, "Signature evidence").
 */
export const CharterEventSchema = z.object({
  type: z.enum(['created', 'reviewed', 'signed', 'completed']),
  at: IsoDateTimeSchema,
  /** The signature the event is about (reviewed, signed). */
  signatureId: z.optional(IdSchema),
  /** Hash of the previous entry; for the first entry, the charter's textHash. */
  previous: Sha256Schema,
  /** Hash of this entry (all its other fields, canonical JSON). */
  hash: Sha256Schema,
});

const RECORD_FIELDS = {
  signatures: z._default(z.array(SignatureSchema), []),
  /** Optional event log (added for the charter signer; older records have none). */
  events: z.optional(z.array(CharterEventSchema)),
  recordHash: Sha256Schema,
};

export const CharterRecordV1Schema = z.object({
  schemaVersion: z.literal(1),
  charter: SignedCharterTextV1Schema,
  ...RECORD_FIELDS,
});
export const CharterRecordV2Schema = z.object({
  schemaVersion: z.literal(2),
  charter: SignedCharterTextSchema,
  ...RECORD_FIELDS,
});

/** Every version still verifies: a record is never rewritten once signed (its hashes would change). */
export const CharterRecordSchema = z.discriminatedUnion('schemaVersion', [CharterRecordV1Schema, CharterRecordV2Schema]).check(
  z.superRefine((record, ctx) => {
    for (const index of duplicateIdIndexes(record.signatures)) {
      ctx.addIssue(customIssue('duplicate_id', ['signatures', index, 'id'], record.signatures[index]?.id));
    }
  }),
);

export type Drawing = z.infer<typeof DrawingSchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type SignedCharterText = z.infer<typeof SignedCharterTextSchema>;
export type SignedCharterTextV1 = z.infer<typeof SignedCharterTextV1Schema>;
export type CharterRecordV2 = z.infer<typeof CharterRecordV2Schema>;
export type CharterRecord = z.infer<typeof CharterRecordSchema>;
export type CharterEvent = z.infer<typeof CharterEventSchema>;
