/**
 * Verification of a charter record as it was received (parsed JSON, not yet trusted).
 * Hashes are recomputed over the raw values — not over schema-cleaned ones, which
 * would trim a space added to a name and hide the change. The report says, for each
 * signature, whether the text it was bound to and the signature itself are intact.
 */
import type { Locale } from '../i18n/locale';
import { safeParseWithMessage } from '../i18n/validation';
import { type CharterRecord, CharterRecordSchema, type SignatoryRole } from '../schemas/charter';
import { hashCanonical } from './digest';
import { isApprovalMention } from './mention';
import { matchesModel } from './model-check';
import { type CharterFormat, charterSource } from './text';
import { loadCharterTexts } from './texts';

export interface SignatureCheck {
  index: number;
  id: string;
  name: string;
  role: SignatoryRole | string;
  signedAt: string;
  method: string;
  /** The signature was made on this record's text, and that text is unchanged. */
  textIntact: boolean;
  /** The signature entry (signatory, mention, method, drawing, date) is unchanged. */
  signatureIntact: boolean;
  /** The mention reads « lu et approuvé ». */
  mentionOk: boolean;
}

export interface CharterVerification {
  /** Everything below holds: nothing was changed since signing. */
  valid: boolean;
  /** The record has the expected shape (else `message` says why). */
  wellFormed: boolean;
  message?: string;
  /** The charter text still hashes to charter.textHash. */
  textIntact: boolean;
  /** The text is the HAS model (Annex 1) for the record's title and language. */
  matchesModel: boolean;
  /** The record says its text is the establishment's adaptation of the HAS model (format 2). */
  adapted: boolean;
  /**
   * The text is what the record says: the HAS model (with the model's source), or an
   * adaptation whose source says « Adapté du modèle de la HAS ». Format 1 records are the model only.
   */
  originOk: boolean;
  /** The whole record still hashes to recordHash. */
  recordIntact: boolean;
  /** The event log chain is unbroken and lists every signature (null: the record has no log). */
  logIntact: boolean | null;
  signatures: SignatureCheck[];
  /** The parsed record when well formed. */
  record?: CharterRecord;
}

type Raw = Record<string, unknown>;
const asObject = (value: unknown): Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function without(object: Raw, key: string): Raw {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

/** Hash of a raw value, or null when it cannot be hashed (not JSON). */
async function safeHash(value: unknown): Promise<string | null> {
  try {
    return await hashCanonical(value);
  } catch {
    return null;
  }
}

/** Said instead of the schema's « no expected shape » when the record comes from a later format. */
const UNKNOWN_FORMAT: Record<Locale, (version: string) => string> = {
  fr: (v) => `format de dossier inconnu (schemaVersion ${v}) : il vient sans doute d’une version plus récente de Binôme`,
  en: (v) => `unknown record format (schemaVersion ${v}): probably from a later version of Binôme`,
};

export async function verifyCharterRecord(input: unknown, locale: Locale = 'fr'): Promise<CharterVerification> {
  const raw = asObject(input);
  const version = raw.schemaVersion;
  const parsed =
    typeof version === 'number' && version > 2
      ? ({ ok: false, message: UNKNOWN_FORMAT[locale](String(version)) } as const)
      : safeParseWithMessage(CharterRecordSchema, input, locale);
  const charter = asObject(raw.charter);
  const textHash = str(charter.textHash);
  const rawSignatures = asArray(raw.signatures).map(asObject);
  const rawEvents = Array.isArray(raw.events) ? raw.events.map(asObject) : null;

  const [computedText, computedRecord, ...rest] = await Promise.all([
    safeHash(without(charter, 'textHash')),
    safeHash(without(raw, 'recordHash')),
    ...rawSignatures.map((s) => safeHash(without(s, 'hash'))),
    ...(rawEvents ?? []).map((e) => safeHash(without(e, 'hash'))),
  ]);
  const signatureHashes = rest.slice(0, rawSignatures.length);
  const eventHashes = rest.slice(rawSignatures.length);

  const textIntact = computedText !== null && computedText === textHash;
  const recordIntact = computedRecord !== null && computedRecord === str(raw.recordHash);
  const charterLocale: Locale = charter.locale === 'en' ? 'en' : 'fr';
  // The model in the record's language; if it cannot be fetched, the record is not shown as matching it.
  const modelLoaded = await loadCharterTexts(charterLocale).then(
    () => true,
    () => false,
  );
  // Format 1 records have no origin: they are the model; anything else is read as format 2 (the schema rejects unknown versions).
  const format: CharterFormat = raw.schemaVersion === 1 ? 1 : 2;
  const adapted = format === 2 && charter.origin === 'adapted';
  const modelOk =
    modelLoaded &&
    Array.isArray(charter.paragraphs) &&
    charter.paragraphs.every((p) => typeof p === 'string') &&
    matchesModel(
      { projectTitle: str(charter.projectTitle), locale: charterLocale, paragraphs: charter.paragraphs as string[] },
      format,
    );
  const sourceOk =
    format === 1 || (modelLoaded && charter.source === charterSource(charterLocale, adapted ? 'adapted' : 'model'));
  const originOk = sourceOk && (adapted || modelOk);

  const signatures: SignatureCheck[] = rawSignatures.map((s, index) => {
    const signatory = asObject(s.signatory);
    return {
      index,
      id: str(s.id),
      name: str(signatory.name),
      role: str(signatory.role),
      signedAt: str(s.signedAt),
      method: str(s.method),
      textIntact: textIntact && str(s.textHash) === textHash,
      signatureIntact: signatureHashes[index] !== null && signatureHashes[index] === str(s.hash),
      mentionOk: isApprovalMention(str(s.mention), charterLocale),
    };
  });

  let logIntact: boolean | null = null;
  if (rawEvents) {
    logIntact = rawEvents.every((event, i) => {
      const previous = i === 0 ? textHash : str(rawEvents[i - 1]?.hash);
      return eventHashes[i] !== null && eventHashes[i] === str(event.hash) && str(event.previous) === previous;
    });
    const signedIds = rawEvents.filter((e) => e.type === 'signed').map((e) => str(e.signatureId));
    const ids = signatures.map((s) => s.id);
    logIntact &&= ids.every((id) => signedIds.includes(id)) && signedIds.every((id) => ids.includes(id));
  }

  const valid =
    parsed.ok &&
    textIntact &&
    originOk &&
    recordIntact &&
    logIntact !== false &&
    signatures.every((s) => s.textIntact && s.signatureIntact && s.mentionOk);
  return {
    valid,
    wellFormed: parsed.ok,
    ...(parsed.ok ? { record: parsed.data } : { message: parsed.message }),
    textIntact,
    matchesModel: modelOk,
    adapted,
    originOk,
    recordIntact,
    logIntact,
    signatures,
  };
}
