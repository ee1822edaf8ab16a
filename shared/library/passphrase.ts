/**
 * How strong a backup passphrase looks, for the hint under the field and to refuse the
 * obviously guessable. An encrypted backup can be attacked offline, without limit of
 * tries: only the passphrase and PBKDF2's cost (encrypted-backup.ts) stand in the way.
 *
 * An estimate, said as such: bits ≈ effective length × log2(alphabet size), where a
 * character repeating the previous one or following it in sequence (« aaa », « abc »,
 * « 123 ») counts a quarter, and the effective length never exceeds twice the number of
 * distinct characters. It does not know dictionaries: a long phrase of several ordinary
 * words is rated well, rightly (« cheval correct pile agrafe »), and so is a long single
 * sentence from a book, wrongly — hence « estimation » in the words shown.
 * Minimum length 12 (OWASP ASVS 2.1.1 for passwords; a passphrase is usually longer).
 *
 * Pure: tested in test/unit/shared/library/passphrase.test.ts.
 */

export const MIN_PASSPHRASE_LENGTH = 12;
/** Below this estimate, refused as too easy to guess. */
export const WEAK_BELOW_BITS = 60;
/** From this estimate on, called strong. */
export const STRONG_FROM_BITS = 80;

export type PassphraseLevel = 'empty' | 'short' | 'weak' | 'fair' | 'strong';

export interface PassphraseStrength {
  readonly level: PassphraseLevel;
  /** Characters (code points, after NFC). */
  readonly length: number;
  /** The estimate, rounded down. */
  readonly bits: number;
}

function poolSize(chars: readonly string[]): number {
  let lower = false;
  let upper = false;
  let digit = false;
  let ascii = false;
  let other = false;
  for (const c of chars) {
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= '0' && c <= '9') digit = true;
    else if (c <= '~') ascii = true;
    else other = true;
  }
  return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (ascii ? 33 : 0) + (other ? 64 : 0);
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = Array.from(passphrase.normalize('NFC'));
  const length = chars.length;
  if (!length) return { level: 'empty', length, bits: 0 };
  let effective = 0;
  let previous = -2;
  for (const c of chars) {
    const code = c.codePointAt(0) as number;
    effective += Math.abs(code - previous) <= 1 ? 0.25 : 1;
    previous = code;
  }
  effective = Math.min(effective, 2 * new Set(chars).size);
  const bits = Math.floor(effective * Math.log2(poolSize(chars)));
  const level: PassphraseLevel =
    length < MIN_PASSPHRASE_LENGTH ? 'short' : bits < WEAK_BELOW_BITS ? 'weak' : bits < STRONG_FROM_BITS ? 'fair' : 'strong';
  return { level, length, bits };
}

export type NewPassphraseProblem = 'empty' | 'short' | 'weak' | 'mismatch';

/** Why a new passphrase and its confirmation cannot be used, or `null`. */
export function checkNewPassphrase(passphrase: string, confirmation: string): NewPassphraseProblem | null {
  const { level } = passphraseStrength(passphrase);
  if (level === 'empty' || level === 'short' || level === 'weak') return level;
  // Compared as typed after NFC: the key is derived from the NFC form (encrypted-backup.ts).
  return passphrase.normalize('NFC') === confirmation.normalize('NFC') ? null : 'mismatch';
}
