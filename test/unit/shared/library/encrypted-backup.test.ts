/**
 * The encrypted backup envelope (issue 20), with Node's Web Crypto: a round trip at the
 * real cost (600 000 PBKDF2 iterations, timed), the wrong passphrase and the altered file
 * told apart, malformed envelopes refused with their field, Unicode passphrases, and
 * property tests (fast-check) at a low iteration count.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { newContact } from '../../../../shared/contacts/contact';
import {
  ENCRYPTED_FORMAT,
  type EncryptedEnvelope,
  EncryptedEnvelopeSchema,
  fromBase64,
  isEncryptedBackup,
  looksEncrypted,
  MAX_ITERATIONS,
  openBackup,
  PBKDF2_ITERATIONS,
  sealBackup,
  sealByDefault,
  sealedFileName,
  toBase64,
} from '../../../../shared/library/encrypted-backup';
import { exportText } from '../../../../shared/library/export-formats';
import { parseBackupText, validateBackup } from '../../../../shared/library/import';
import { makeItems } from '../../../helpers/library-items';
import { demoFound, PAGE_URL } from '../contacts/helpers';

const FAST = { iterations: 1000 };
const PASS = 'cheval correct pile agrafe';

async function sealed(text = 'bonjour', passphrase = PASS, options = FAST): Promise<EncryptedEnvelope> {
  return JSON.parse(await sealBackup(text, passphrase, options));
}

/** `value` with one bit of its base64 bytes flipped at `index`. */
function flip(value: string, index: number): string {
  const bytes = fromBase64(value) as Uint8Array;
  bytes[index % bytes.length] = (bytes[index % bytes.length] as number) ^ 0x01;
  return toBase64(bytes);
}

describe('encrypted backup envelope', () => {
  it('seals a backup holding a contact at 600 000 iterations, and opens it back identical (timed)', async () => {
    const contact = newContact(demoFound('pp-037', 'full'), { pageUrl: PAGE_URL, seenAt: '2026-06-02T10:00:00.000Z' }, 'c-1');
    const plain = exportText('json', { items: [], contacts: [contact] }, { exportedAt: '2026-06-02T10:00:00.000Z' });
    const started = performance.now();
    const file = await sealBackup(plain, PASS);
    const sealMs = performance.now() - started;
    // Self-describing, `format` first (looksEncrypted peeks at the file's start), nothing in clear.
    expect(looksEncrypted(file)).toBe(true);
    expect(looksEncrypted(plain)).toBe(false);
    for (const clear of ['Agnès', 'pp-037', 'experience', contact.shown.experience?.text?.slice(0, 20) ?? 'x']) {
      expect(file).not.toContain(clear);
    }
    const envelope = JSON.parse(file);
    expect(EncryptedEnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelope).toMatchObject({
      format: ENCRYPTED_FORMAT,
      version: 1,
      contains: 'binome-library',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(fromBase64(envelope.cipher.iv)).toHaveLength(12);

    const openedAt = performance.now();
    const opened = await openBackup(envelope, PASS, 'fr');
    const openMs = performance.now() - openedAt;
    expect(opened).toEqual({ ok: true, text: plain });
    if (!opened.ok) return;
    const parsed = parseBackupText(opened.text, 'fr');
    const check = await validateBackup(parsed.ok ? parsed.data : null, 'fr');
    expect(check.ok && check.backup.contacts).toEqual([contact]);
    // The cost a user waits for, and each guess costs an attacker (printed for the notes).
    console.info(
      `[encrypted-backup] PBKDF2-SHA-256 ×600 000 in Node: seal ${sealMs.toFixed(0)} ms, open ${openMs.toFixed(0)} ms`,
    );
    expect(sealMs).toBeLessThan(15_000);
  });

  it('seals and opens a backup of 10 000 resources (≈ 9 MB: no stack overflow in base64 or its check)', async () => {
    const plain = exportText('json', { items: makeItems(10_000, 3) });
    expect(plain.length).toBeGreaterThan(8_000_000);
    const file = await sealBackup(plain, PASS, FAST);
    const opened = await openBackup(JSON.parse(file), PASS, 'fr');
    expect(opened.ok && opened.text === plain).toBe(true);
  }, 60_000);

  it('draws a new salt and IV for every file', async () => {
    const [a, b] = await Promise.all([sealed(), sealed()]);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('says a wrong passphrase clearly, in French and English, without decrypting anything', async () => {
    const envelope = await sealed();
    expect(await openBackup(envelope, 'cheval correct pile agrafé', 'fr')).toEqual({
      ok: false,
      problem: 'passphrase',
      message:
        'Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée. Rien n’a été importé, la bibliothèque n’a pas été modifiée.',
    });
    const en = await openBackup(envelope, 'wrong', 'en');
    expect(en).toMatchObject({ ok: false, problem: 'passphrase', message: expect.stringMatching(/^Wrong passphrase/) });
    expect(await openBackup(envelope, '', 'fr')).toMatchObject({
      ok: false,
      problem: 'no-passphrase',
      message: 'Cette sauvegarde est chiffrée : saisissez sa phrase de passe.',
    });
  });

  it('tells a file altered after export (ciphertext, IV, tag) from a wrong passphrase', async () => {
    const envelope = await sealed('{"format":"binome-library","version":3,"items":[],"annotations":[]}');
    const data = fromBase64(envelope.data) as Uint8Array;
    for (const index of [0, Math.floor(data.length / 2), data.length - 1]) {
      const altered = await openBackup({ ...envelope, data: flip(envelope.data, index) }, PASS, 'fr');
      expect(altered).toMatchObject({ ok: false, problem: 'damaged', message: expect.stringMatching(/modifié ou abîmé/) });
    }
    expect(
      await openBackup({ ...envelope, cipher: { ...envelope.cipher, iv: flip(envelope.cipher.iv, 3) } }, PASS, 'en'),
    ).toMatchObject({
      ok: false,
      problem: 'damaged',
      message: expect.stringMatching(/changed or damaged since the export/),
    });
    // Cut short: the tag no longer matches.
    const short = toBase64(data.subarray(0, data.length - 1));
    expect(await openBackup({ ...envelope, data: short }, PASS, 'fr')).toMatchObject({ ok: false, problem: 'damaged' });
    // The parameters derive the key: altered, they read as another passphrase (never as the text).
    expect(await openBackup({ ...envelope, kdf: { ...envelope.kdf, iterations: 1001 } }, PASS, 'fr')).toMatchObject({
      ok: false,
      problem: 'passphrase',
    });
    expect(
      await openBackup({ ...envelope, kdf: { ...envelope.kdf, salt: flip(envelope.kdf.salt, 0) } }, PASS, 'fr'),
    ).toMatchObject({
      ok: false,
      problem: 'passphrase',
    });
    // The note for people is not part of the seal; the content type is checked.
    expect((await openBackup({ ...envelope, about: 'autre chose' }, PASS, 'fr')).ok).toBe(true);
    expect(await openBackup({ ...envelope, contains: 'autre-chose' }, PASS, 'fr')).toMatchObject({
      ok: false,
      problem: 'contents',
    });
  });

  it('refuses a malformed envelope by its field, before any key work, and a newer one by its version', async () => {
    const envelope = await sealed();
    const cases: [unknown, RegExp][] = [
      [null, /champ « enveloppe »/],
      [{ format: ENCRYPTED_FORMAT }, /champ « version »/],
      [{ ...envelope, version: '1' }, /champ « version »/],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: 0 } }, /champ « kdf\.iterations »/],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: MAX_ITERATIONS + 1 } }, /champ « kdf\.iterations »/],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: 1.5 } }, /champ « kdf\.iterations »/],
      [{ ...envelope, kdf: { ...envelope.kdf, hash: 'SHA-1' } }, /champ « kdf\.hash »/],
      [{ ...envelope, kdf: { ...envelope.kdf, salt: 'AAAA' } }, /champ « kdf\.salt »/],
      [{ ...envelope, cipher: { name: 'AES-CBC', iv: envelope.cipher.iv } }, /champ « cipher\.name »/],
      [{ ...envelope, cipher: { ...envelope.cipher, iv: toBase64(new Uint8Array(16)) } }, /champ « cipher\.iv »/],
      [{ ...envelope, check: 'pas du base64 !' }, /champ « check »/],
      [{ ...envelope, data: `${envelope.data.slice(0, -4)} ===` }, /champ « data »/],
      [{ ...envelope, data: undefined }, /champ « data »/],
    ];
    for (const [data, message] of cases) {
      const outcome = await openBackup(data, PASS, 'fr');
      expect(outcome).toMatchObject({ ok: false, problem: 'envelope', message: expect.stringMatching(message) });
      expect(outcome.ok || outcome.message).toMatch(/La bibliothèque n’a pas été modifiée\.$/);
    }
    expect(await openBackup({ ...envelope, version: 2 }, PASS, 'en')).toMatchObject({
      ok: false,
      problem: 'newer',
      message: expect.stringMatching(/newer version of Binôme \(encryption, version 2\)/),
    });
    // A huge iteration count is refused without being run: no key is derived at all.
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      expect(await openBackup({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }, PASS, 'fr')).toMatchObject({
        ok: false,
        problem: 'envelope',
      });
      expect(derive).not.toHaveBeenCalled();
    } finally {
      derive.mockRestore();
    }
  });

  it('derives the key from the passphrase in Unicode NFC (the same words typed on any system)', async () => {
    const composed = 'Phrase très sûre à retenir';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await openBackup(await sealed('x', composed), decomposed, 'fr')).toEqual({ ok: true, text: 'x' });
  });

  it('refuses to seal with an empty passphrase or an iteration count out of bounds', async () => {
    await expect(sealBackup('x', '')).rejects.toThrow(TypeError);
    await expect(sealBackup('x', PASS, { iterations: 0 })).rejects.toThrow(RangeError);
    await expect(sealBackup('x', PASS, { iterations: MAX_ITERATIONS + 1 })).rejects.toThrow(RangeError);
  });

  it('round-trips any text with any passphrase, and only with it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (text, passphrase, other) => {
          const envelope = JSON.parse(await sealBackup(text, passphrase, FAST));
          expect(isEncryptedBackup(envelope)).toBe(true);
          expect(await openBackup(envelope, passphrase, 'fr')).toEqual({ ok: true, text });
          const wrong = await openBackup(envelope, other, 'fr');
          if (other.normalize('NFC') !== passphrase.normalize('NFC'))
            expect(wrong).toMatchObject({ ok: false, problem: 'passphrase' });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses any single bit changed in the ciphertext (property)', async () => {
    const envelope = await sealed('{"items":[],"note":"données de santé"}');
    const length = (fromBase64(envelope.data) as Uint8Array).length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: length - 1 }), async (index) => {
        const outcome = await openBackup({ ...envelope, data: flip(envelope.data, index) }, PASS, 'fr');
        expect(outcome).toMatchObject({ ok: false, problem: 'damaged' });
      }),
      { numRuns: 25 },
    );
  });

  it('encrypts by default when the backup holds data about people: contacts, registry or project workspace', () => {
    expect(sealByDefault({})).toBe(false);
    expect(sealByDefault({ contacts: 0, registry: 0, registryPartners: 0, registryWithdrawals: 0 })).toBe(false);
    expect(sealByDefault({ contacts: 1 })).toBe(true);
    expect(sealByDefault({ registry: 1 })).toBe(true);
    expect(sealByDefault({ registryPartners: 3 })).toBe(true);
    expect(sealByDefault({ registryWithdrawals: 1 })).toBe(true);
    // Meetings name participants and owners, effects their assessors, charters their signers.
    for (const store of ['projects', 'checklists', 'charters', 'meetings', 'effects'] as const) {
      expect(sealByDefault({ [store]: 1 })).toBe(true);
    }
    expect(sealByDefault({ projects: 0, meetings: 0, effects: 0, charters: 0, checklists: 0 })).toBe(false);
    expect(sealedFileName(new Date('2026-12-07T10:00:00Z'))).toBe('binome-bibliotheque-2026-12-07-chiffree.json');
  });
});
