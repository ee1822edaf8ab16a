/** The backup passphrase's strength hint and the checks before sealing (issue 20). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNewPassphrase,
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
  STRONG_FROM_BITS,
  WEAK_BELOW_BITS,
} from '../../../../shared/library/passphrase';

describe('backup passphrase', () => {
  it('rates examples as a person would expect', () => {
    const level = (p: string) => passphraseStrength(p).level;
    expect(level('')).toBe('empty');
    expect(level('Tr0ub4dor&3')).toBe('short');
    // Long but repetitive or in sequence: refused as guessable.
    expect(level('aaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(level('abcdefghijklmnop')).toBe('weak');
    expect(level('123456789012')).toBe('weak');
    expect(level('azerazerazer')).toBe('weak');
    // Mixed characters at the minimum length: usable, not strong.
    expect(level('Binome2026!!')).toBe('fair');
    // Several ordinary words: strong.
    expect(level('cheval correct pile agrafe')).toBe('strong');
    expect(level('Le thé vert de mamie à 17 h')).toBe('strong');
  });

  it('counts characters, not UTF-16 units, after NFC', () => {
    expect(passphraseStrength('é'.normalize('NFD')).length).toBe(1);
    expect(passphraseStrength('🙂🙂🙂').length).toBe(3);
    expect(passphraseStrength('x'.repeat(MIN_PASSPHRASE_LENGTH - 1)).level).toBe('short');
  });

  it('checks a new passphrase and its confirmation', () => {
    expect(checkNewPassphrase('', '')).toBe('empty');
    expect(checkNewPassphrase('court', 'court')).toBe('short');
    expect(checkNewPassphrase('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(checkNewPassphrase('cheval correct pile agrafe', 'cheval correct pile agrafé')).toBe('mismatch');
    expect(checkNewPassphrase('cheval correct pile agrafe', 'cheval correct pile agrafe')).toBeNull();
    // The same words typed composed and decomposed are the same passphrase (the key uses NFC).
    const p = 'Phrase très sûre à retenir';
    expect(checkNewPassphrase(p, p.normalize('NFD'))).toBeNull();
  });

  it('is short exactly below the minimum length; otherwise the level follows the estimate (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (p) => {
        const s = passphraseStrength(p);
        const expected =
          s.length === 0
            ? 'empty'
            : s.length < MIN_PASSPHRASE_LENGTH
              ? 'short'
              : s.bits < WEAK_BELOW_BITS
                ? 'weak'
                : s.bits < STRONG_FROM_BITS
                  ? 'fair'
                  : 'strong';
        expect(s.level).toBe(expected);
      }),
    );
  });

  it('never rates a passphrase lower for one more character that is new to it (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('Q', '7', '%', 'ж'), (p, extra) => {
        fc.pre(!p.includes(extra) && !/[PR68$&жзе]$/.test(p));
        expect(passphraseStrength(p + extra).bits).toBeGreaterThanOrEqual(passphraseStrength(p).bits);
      }),
    );
  });
});
