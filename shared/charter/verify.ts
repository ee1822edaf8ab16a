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

export async function verifyCharterRecord(input: unknown, locale: Locale = 'fr'): Promise<CharterVerification> {
  const raw = asObject(input);
  const parsed = safeParseWithMessage(CharterRecordSchema, input, locale);
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
  const modelOk =
    modelLoaded &&
    Array.isArray(charter.paragraphs) &&
    charter.paragraphs.every((p) => typeof p === 'string') &&
    matchesModel({ projectTitle: str(charter.projectTitle), locale: charterLocale, paragraphs: charter.paragraphs as string[] });

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
    modelOk &&
    recordIntact &&
    logIntact !== false &&
    signatures.every((s) => s.textIntact && s.signatureIntact && s.mentionOk);
  return {
    valid,
    wellFormed: parsed.ok,
    ...(parsed.ok ? { record: parsed.data } : { message: parsed.message }),
    textIntact,
    matchesModel: modelOk,
    recordIntact,
    logIntact,
    signatures,
  };
}
