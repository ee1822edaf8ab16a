/**
 * Building a signed charter record. Every function returns a new record (nothing is
 * mutated) whose hashes are already computed:
 * - charter.textHash = SHA-256 of the canonical charter (text with its notes, title, language,
 *   origin, clauses, source);
 * - signature.hash = SHA-256 of the canonical signature, which contains the textHash the
 *   signer saw — so a signature is bound to one exact text;
 * - events: a log where each entry hashes the previous one (the first, the text);
 * - recordHash = SHA-256 of the canonical record without recordHash.
 * New records are format 2 (text.ts); a record keeps its format as it is signed further.
 * This is integrity, not identity: anyone can recompute these hashes. What makes a
 * change visible is comparing with the copies (or the record hash) each signatory kept.
 */
import type { Locale } from '../i18n/locale';
import type { CharterEvent, CharterRecord, Drawing, Signatory, Signature } from '../schemas/charter';
import { hashCanonical } from './digest';
import { charterContent } from './text';
import { loadCharterTexts } from './texts';
import { isoWithOffset } from './time';

export interface CharterDraft {
  projectTitle: string;
  locale: Locale;
  extraClauses?: readonly string[];
  /** The establishment's own paragraphs (adaptedParagraphs()); the HAS model when absent. */
  text?: readonly string[];
}

export interface SignatureInput {
  signatory: Signatory;
  mention: string;
  method: 'typed' | 'drawn';
  typedName?: string;
  drawing?: Drawing;
}

export interface SignOptions {
  /** When the signer confirmed (defaults to now). */
  now?: Date;
  /** When the signer opened the review step (RGAA 11.12), logged before the signature. */
  reviewedAt?: Date;
  id?: string;
}

/** A record of either format without its hash (distributed over the union, so the format and its text stay paired). */
type Unsealed = CharterRecord extends infer R ? (R extends CharterRecord ? Omit<R, 'recordHash'> : never) : never;

export async function createCharterRecord(draft: CharterDraft, now: Date = new Date()): Promise<CharterRecord> {
  await loadCharterTexts(draft.locale);
  const content = charterContent(draft.projectTitle, draft.locale, draft.extraClauses, draft.text);
  const textHash = await hashCanonical(content);
  const created = await chainEvent({ type: 'created', at: isoWithOffset(now) }, textHash);
  return seal({ schemaVersion: 2, charter: { ...content, textHash }, signatures: [], events: [created] });
}

export async function signCharterRecord(
  record: CharterRecord,
  input: SignatureInput,
  options: SignOptions = {},
): Promise<{ record: CharterRecord; signature: Signature }> {
  const now = options.now ?? new Date();
  const id = options.id ?? newSignatureId();
  const organisation = input.signatory.organisation?.trim();
  const unsigned: Omit<Signature, 'hash'> = {
    id,
    signatory: { name: input.signatory.name.trim(), role: input.signatory.role, ...(organisation ? { organisation } : {}) },
    mention: input.mention.trim(),
    method: input.method,
    ...(input.method === 'typed' ? { typedName: (input.typedName ?? '').trim() } : {}),
    ...(input.method === 'drawn' && input.drawing
      ? { drawing: { viewBox: input.drawing.viewBox, paths: [...input.drawing.paths] } }
      : {}),
    signedAt: isoWithOffset(now),
    textHash: record.charter.textHash,
  };
  const signature: Signature = { ...unsigned, hash: await hashCanonical(unsigned) };
  let events = record.events ?? [];
  if (options.reviewedAt)
    events = await appendTo(
      events,
      { type: 'reviewed', at: isoWithOffset(options.reviewedAt), signatureId: id },
      record.charter.textHash,
    );
  events = await appendTo(events, { type: 'signed', at: signature.signedAt, signatureId: id }, record.charter.textHash);
  const { recordHash: _old, ...rest } = record;
  return { record: await seal({ ...rest, signatures: [...record.signatures, signature], events }), signature };
}

/** Logs an event that is not a signature (e.g. "completed"). */
export async function appendCharterEvent(
  record: CharterRecord,
  event: { type: CharterEvent['type']; at?: Date; signatureId?: string },
): Promise<CharterRecord> {
  const entry = {
    type: event.type,
    at: isoWithOffset(event.at ?? new Date()),
    ...(event.signatureId ? { signatureId: event.signatureId } : {}),
  };
  const { recordHash: _old, ...rest } = record;
  return seal({ ...rest, events: await appendTo(record.events ?? [], entry, record.charter.textHash) });
}

async function appendTo(
  events: readonly CharterEvent[],
  entry: Omit<CharterEvent, 'previous' | 'hash'>,
  textHash: string,
): Promise<CharterEvent[]> {
  const previous = events.length ? (events[events.length - 1] as CharterEvent).hash : textHash;
  return [...events, await chainEvent(entry, previous)];
}

async function chainEvent(entry: Omit<CharterEvent, 'previous' | 'hash'>, previous: string): Promise<CharterEvent> {
  const unsigned = { ...entry, previous };
  return { ...unsigned, hash: await hashCanonical(unsigned) };
}

async function seal(record: Unsealed): Promise<CharterRecord> {
  return { ...record, recordHash: await hashCanonical(record) } as CharterRecord;
}

function newSignatureId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return `sig-${uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;
}
