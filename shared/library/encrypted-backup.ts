/**
 * The encrypted backup: the JSON backup (export-formats.ts) sealed with a passphrase, in
 * a small self-describing JSON envelope. A full backup holds health data (contacts'
 * and registry partners' lived experience, their consents) and lands in a Downloads
 * folder that is synced, shared and rarely emptied; sealed, a lost copy says nothing.
 *
 * Only Web Crypto, as browsers and Node ship it (no dependency, nothing sent anywhere):
 * - the passphrase (Unicode NFC, so that the same words typed on macOS and elsewhere give
 *   the same bytes) → PBKDF2-HMAC-SHA-256 with a random 16-byte salt and 600 000
 *   iterations, the count the OWASP Password Storage Cheat Sheet recommends for
 *   PBKDF2-SHA-256 → 256 bits;
 * - those bits → HKDF-SHA-256 → an AES-256-GCM key and, apart, a 256-bit check value
 *   stored in the envelope. The check tells a wrong passphrase from a file altered after
 *   export (two different messages). It gives an attacker nothing a decryption attempt
 *   does not: each guess still costs the 600 000 iterations;
 * - AES-GCM with a random 12-byte IV per file; the envelope's header (format, version,
 *   content, every parameter) is its additional authenticated data, so changing a
 *   parameter or the content type makes decryption fail instead of misreading.
 *
 * Reading checks the envelope before any key work (bounded iterations: a crafted file
 * cannot freeze the page for minutes) and returns a clear fr/en message for each failure;
 * it never writes anything, so a refused file changes nothing. Pure: tested in
 * test/unit/shared/library/encrypted-backup.test.ts with Node's webcrypto.
 */
import { safeParse, z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { BACKUP_FORMAT } from './export-formats';

export const ENCRYPTED_FORMAT = 'binome-encrypted-backup';
/** Version of the envelope (not of the backup inside, which says its own). */
export const ENCRYPTED_VERSION = 1;
/** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256, 600 000 iterations. */
export const PBKDF2_ITERATIONS = 600_000;
/** Most iterations a file may ask for (≈ 15× the default: seconds, not minutes). */
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
/** GCM's tag (128 bits) ends the ciphertext. */
const TAG_BYTES = 16;
const HKDF_INFO = { key: 'binome-backup-v1 aes-256-gcm', check: 'binome-backup-v1 check' };

const ABOUT =
  'Sauvegarde chiffrée de la bibliothèque Binôme (AES-256-GCM, clé dérivée par PBKDF2-SHA-256). Importez-la dans l’extension Binôme avec sa phrase de passe. / Encrypted Binôme library backup: import it in the Binôme extension with its passphrase.';

// ---------------------------------------------------------------- base64 (any size, no stack overflow)

/**
 * Base64 characters, padding only at the end. A plain character-class loop: a pattern
 * with a repeated group (`(?:[…]{4})*`) makes the regexp engine keep one backtracking
 * entry per group and overflows its stack on a backup of 20 MB.
 */
const B64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && B64_CHARS.test(text);

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks: String.fromCharCode(...bytes) on megabytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(binary);
}

/** Strict base64 (no spaces, right padding), else `null`. */
export function fromBase64(text: string): Uint8Array | null {
  if (!isBase64(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64Of = (min: number, max: number) =>
  z.string().check(
    z.refine(
      (s) => {
        const bytes = fromBase64(s);
        return bytes !== null && bytes.length >= min && bytes.length <= max;
      },
      `base64, ${min === max ? min : `${min}–${max}`} bytes`,
    ),
  );

// ---------------------------------------------------------------- the envelope

export const EncryptedEnvelopeSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(ENCRYPTED_VERSION),
  /** For a person who opens the file: what it is, how to read it back. Not authenticated. */
  about: z.optional(z.string().check(z.maxLength(1000))),
  /** What the sealed text is: a Binôme library backup. */
  contains: z.string().check(z.maxLength(100)),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(1), z.lte(MAX_ITERATIONS)),
    salt: base64Of(SALT_BYTES, 64),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64Of(IV_BYTES, IV_BYTES) }),
  check: base64Of(CHECK_BYTES, CHECK_BYTES),
  /** The ciphertext and its tag: checked for shape only here (decoding megabytes twice would be waste). */
  data: z.string().check(z.refine((s) => s.length >= 24 && isBase64(s), `base64, ${TAG_BYTES} bytes or more`)),
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelopeSchema>;

/** Whether parsed JSON says it is an encrypted backup (of any envelope version). */
export function isEncryptedBackup(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

/** Whether the first bytes of a file are those of an encrypted backup (the writer puts `format` first). */
export function looksEncrypted(head: string): boolean {
  return new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${ENCRYPTED_FORMAT}"`).test(head);
}

/** The bytes every parameter is bound to (AES-GCM additional data), in a fixed order. */
function headerBytes(e: Omit<EncryptedEnvelope, 'data' | 'check' | 'about'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify([
      e.format,
      e.version,
      e.contains,
      e.kdf.name,
      e.kdf.hash,
      e.kdf.iterations,
      e.kdf.salt,
      e.cipher.name,
      e.cipher.iv,
    ]),
  );
}

const bytes = (value: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(value);

async function deriveKeys(
  crypto: Crypto,
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations }, secret, 256);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const info = (text: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(text),
  });
  const [key, check] = await Promise.all([
    crypto.subtle.deriveKey(info(HKDF_INFO.key), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveBits(info(HKDF_INFO.check), hkdf, CHECK_BYTES * 8),
  ]);
  return { key, check: new Uint8Array(check) };
}

export interface SealOptions {
  /** PBKDF2 iterations (tests use fewer; files always say theirs). */
  readonly iterations?: number;
  readonly crypto?: Crypto;
  /** What the text is (`binome-library` by default). */
  readonly contains?: string;
}

/** Seals `text` with `passphrase`: the envelope as JSON text, `format` first. Throws on an empty passphrase. */
export async function sealBackup(text: string, passphrase: string, options: SealOptions = {}): Promise<string> {
  if (!passphrase) throw new TypeError('empty passphrase');
  const crypto = options.crypto ?? globalThis.crypto;
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) throw new RangeError('iterations');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    contains: options.contains ?? BACKUP_FORMAT,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const { key, check } = await deriveKeys(crypto, passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header), tagLength: TAG_BYTES * 8 },
    key,
    new TextEncoder().encode(text),
  );
  const envelope: EncryptedEnvelope = {
    format: header.format,
    version: header.version,
    about: ABOUT,
    contains: header.contains,
    kdf: header.kdf,
    cipher: header.cipher,
    check: toBase64(check),
    data: toBase64(new Uint8Array(sealed)),
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

// ---------------------------------------------------------------- reading back

export type OpenProblem = 'no-passphrase' | 'envelope' | 'newer' | 'contents' | 'passphrase' | 'damaged';

export type OpenOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: OpenProblem; readonly message: string };

const MESSAGES = {
  fr: {
    'no-passphrase': 'Cette sauvegarde est chiffrée : saisissez sa phrase de passe.',
    envelope: (where: string) =>
      `Cette sauvegarde chiffrée est illisible (${where}) : elle n’a pas été écrite par Binôme, ou elle a été abîmée. La bibliothèque n’a pas été modifiée.`,
    newer: (v: string) =>
      `Cette sauvegarde chiffrée vient d’une version plus récente de Binôme (chiffrement, version ${v}) : mettez l’extension à jour pour l’importer.`,
    contents:
      'Ce fichier chiffré ne contient pas une sauvegarde de la bibliothèque Binôme. La bibliothèque n’a pas été modifiée.',
    passphrase:
      'Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée. Rien n’a été importé, la bibliothèque n’a pas été modifiée.',
    damaged:
      'La phrase de passe est la bonne, mais le contenu chiffré a été modifié ou abîmé depuis l’export : rien n’a été importé, la bibliothèque n’a pas été modifiée.',
  },
  en: {
    'no-passphrase': 'This backup is encrypted: enter its passphrase.',
    envelope: (where: string) =>
      `This encrypted backup is unreadable (${where}): it was not written by Binôme, or it was damaged. The library was not changed.`,
    newer: (v: string) =>
      `This encrypted backup comes from a newer version of Binôme (encryption, version ${v}): update the extension to import it.`,
    contents: 'This encrypted file does not hold a Binôme library backup. The library was not changed.',
    passphrase: 'Wrong passphrase: the backup was not decrypted. Nothing was imported, the library was not changed.',
    damaged:
      'The passphrase is right, but the encrypted content was changed or damaged since the export: nothing was imported, the library was not changed.',
  },
} as const;

/** Same length and bytes, without stopping at the first difference. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * The text sealed in a parsed envelope, or why not (message in `locale`). Checks the
 * envelope first (no key work on a malformed file), then the passphrase (check value),
 * then the ciphertext (GCM tag over the data and the header). Never throws on bad input.
 */
export async function openBackup(
  data: unknown,
  passphrase: string,
  locale: Locale,
  options: { readonly crypto?: Crypto; readonly contains?: string } = {},
): Promise<OpenOutcome> {
  const M = MESSAGES[locale];
  const fail = (problem: OpenProblem, message: string): OpenOutcome => ({ ok: false, problem, message });
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > ENCRYPTED_VERSION) {
    return fail('newer', M.newer(String(version)));
  }
  const parsed = safeParse(EncryptedEnvelopeSchema, data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') || (locale === 'en' ? 'envelope' : 'enveloppe');
    return fail('envelope', M.envelope(locale === 'en' ? `field "${path}"` : `champ « ${path} »`));
  }
  const envelope = parsed.data;
  if (envelope.contains !== (options.contains ?? BACKUP_FORMAT)) return fail('contents', M.contents);
  if (!passphrase) return fail('no-passphrase', M['no-passphrase']);
  const crypto = options.crypto ?? globalThis.crypto;
  const salt = fromBase64(envelope.kdf.salt) as Uint8Array;
  const { key, check } = await deriveKeys(crypto, passphrase, salt, envelope.kdf.iterations);
  if (!sameBytes(check, fromBase64(envelope.check) as Uint8Array)) return fail('passphrase', M.passphrase);
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes(fromBase64(envelope.cipher.iv) as Uint8Array),
        additionalData: headerBytes(envelope),
        tagLength: TAG_BYTES * 8,
      },
      key,
      bytes(fromBase64(envelope.data) as Uint8Array),
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    // The GCM tag does not match (or the text is not UTF-8): altered after export.
    return fail('damaged', M.damaged);
  }
}

// ---------------------------------------------------------------- when to seal by default

/** How many records of each kind a backup would hold (whole-library.ts countWholeLibrary). */
export type BackupCounts = Partial<Record<(typeof PEOPLE_STORES)[number], number>>;

/**
 * The stores whose records name people: contacts (read from public cards, but gathered in
 * one file with the user's notes and agreements), the partner registry (health data,
 * consents), and the project workspace — a project's team, the charter's signatures, the
 * meetings' participants and action owners, the checklist's members, the effects'
 * assessors.
 */
const PEOPLE_STORES = [
  'contacts',
  'registry',
  'registryPartners',
  'registryWithdrawals',
  'projects',
  'checklists',
  'charters',
  'meetings',
  'effects',
] as const;

/**
 * Encryption is the default when the backup holds data about people (PEOPLE_STORES). A
 * library of resources only stays plain by default, for reference managers and scripts.
 */
export function sealByDefault(counts: BackupCounts): boolean {
  return PEOPLE_STORES.some((name) => (counts[name] ?? 0) > 0);
}

/** "binome-bibliotheque-2026-12-07-chiffree.json": says in Downloads which copy is sealed. */
export function sealedFileName(date: Date = new Date()): string {
  return `binome-bibliotheque-${date.toISOString().slice(0, 10)}-chiffree.json`;
}
