import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../../../shared/charter/record';
import { verifyCharterRecord } from '../../../../shared/charter/verify';
import { type CharterRecord, CharterRecordSchema } from '../../../../shared/schemas/charter';
import { at, director, doctor, drawing, patient } from './fixtures';

async function sampleRecord(): Promise<CharterRecord> {
  let record = await createCharterRecord(
    { projectTitle: 'Parcours diabète', locale: 'fr', extraClauses: ['Les réunions ont lieu en semaine.'] },
    at(0),
  );
  ({ record } = await signCharterRecord(
    record,
    { signatory: patient, mention: 'Lu et approuvé', method: 'drawn', drawing },
    { now: at(2), reviewedAt: at(1), id: 'sig-1' },
  ));
  ({ record } = await signCharterRecord(
    record,
    { signatory: doctor, mention: 'lu et approuve', method: 'typed', typedName: 'Karim Benali' },
    { now: at(4), reviewedAt: at(3), id: 'sig-2' },
  ));
  ({ record } = await signCharterRecord(
    record,
    { signatory: director, mention: 'LU ET APPROUVÉ', method: 'typed', typedName: 'Élise Roussel' },
    { now: at(6), id: 'sig-3' },
  ));
  return appendCharterEvent(record, { type: 'completed', at: at(6) });
}

/** A deep copy through JSON, as a record read from a file would be. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** `s` with the character at `index` replaced by `replacement`, or null when that changes nothing once in NFC. */
function changeOneChar(s: string, index: number, replacement: string): string | null {
  const chars = [...s];
  if (chars.length === 0) return null;
  const i = index % chars.length;
  if (chars[i] === replacement) return null;
  chars[i] = replacement;
  const changed = chars.join('');
  return changed.normalize('NFC') === s.normalize('NFC') ? null : changed;
}

const anyChar = fc.oneof(
  fc.constantFrom(' ', 'e', 'é', 'E', '0', '1', '9', '-', ':', 'L', 'M', '.', '«'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
);

describe('charter record', () => {
  let record: CharterRecord;
  beforeAll(async () => {
    record = await sampleRecord();
  });

  it('is a valid record that verifies, with every signature bound to the text hash', async () => {
    expect(CharterRecordSchema.safeParse(record).success).toBe(true);
    const report = await verifyCharterRecord(copy(record));
    expect(report).toMatchObject({
      valid: true,
      wellFormed: true,
      textIntact: true,
      matchesModel: true,
      recordIntact: true,
      logIntact: true,
    });
    expect(report.signatures.map((s) => [s.name, s.textIntact, s.signatureIntact, s.mentionOk])).toEqual([
      ['Jeanne Martin', true, true, true],
      ['Dr Karim Benali', true, true, true],
      ['Élise Roussel', true, true, true],
    ]);
    expect(record.signatures.every((s) => s.textHash === record.charter.textHash)).toBe(true);
    expect(record.signatures[0]?.signedAt).toMatch(/[+-]\d{2}:\d{2}$/);
  });

  it('logs created, reviewed, signed and completed events, each hashing the previous one', () => {
    expect(record.events?.map((e) => e.type)).toEqual([
      'created',
      'reviewed',
      'signed',
      'reviewed',
      'signed',
      'signed',
      'completed',
    ]);
    expect(record.events?.[0]?.previous).toBe(record.charter.textHash);
    for (const [i, event] of (record.events ?? []).slice(1).entries()) expect(event.previous).toBe(record.events?.[i]?.hash);
  });

  it('is hashed canonically: same record, same hashes, whatever the key order or indentation', async () => {
    const again = await sampleRecord();
    expect(again.recordHash).toBe(record.recordHash);
    const reversedKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversedKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversedKeys(v)]),
            )
          : value;
    const reordered = JSON.parse(JSON.stringify(reversedKeys(record), null, 3)) as CharterRecord;
    expect(Object.keys(reordered)[0]).toBe('recordHash');
    expect((await verifyCharterRecord(reordered)).valid).toBe(true);
  });

  it('fails verification after any one-character change in the text (property)', async () => {
    await fc.assert(
      // Every paragraph, the footnote and the correction note included (format 2 hashes what was shown).
      fc.asyncProperty(fc.nat(40), fc.nat(5000), anyChar, async (paragraph, index, replacement) => {
        const tampered = copy(record);
        const p = paragraph % tampered.charter.paragraphs.length;
        const changed = changeOneChar(tampered.charter.paragraphs[p] as string, index, replacement);
        fc.pre(changed !== null);
        tampered.charter.paragraphs[p] = changed as string;
        const report = await verifyCharterRecord(tampered);
        expect(report.valid).toBe(false);
        expect(report.textIntact).toBe(false);
        expect(report.signatures.every((s) => !s.textIntact)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('fails verification after any one-character change in a signatory name (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.nat(100), anyChar, async (which, index, replacement) => {
        const tampered = copy(record);
        const signature = tampered.signatures[which] as CharterRecord['signatures'][number];
        const changed = changeOneChar(signature.signatory.name, index, replacement);
        fc.pre(changed !== null);
        signature.signatory.name = changed as string;
        const report = await verifyCharterRecord(tampered);
        expect(report.valid).toBe(false);
        expect(report.signatures[which]?.signatureIntact).toBe(false);
        // the other signatures and the text are still reported intact
        expect(report.textIntact).toBe(true);
        expect(report.signatures.filter((s) => s.signatureIntact)).toHaveLength(2);
      }),
      { numRuns: 150 },
    );
  });

  it('fails verification after any one-character change in a signature date (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.nat(40), anyChar, async (which, index, replacement) => {
        const tampered = copy(record);
        const signature = tampered.signatures[which] as CharterRecord['signatures'][number];
        const changed = changeOneChar(signature.signedAt, index, replacement);
        fc.pre(changed !== null);
        signature.signedAt = changed as string;
        const report = await verifyCharterRecord(tampered);
        expect(report.valid).toBe(false);
        expect(report.signatures[which]?.signatureIntact).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('fails verification after any one-character change in the drawing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(1), fc.nat(100), anyChar, async (path, index, replacement) => {
        const tampered = copy(record);
        const paths = tampered.signatures[0]?.drawing?.paths as string[];
        const changed = changeOneChar(paths[path] as string, index, replacement);
        fc.pre(changed !== null);
        paths[path] = changed as string;
        const report = await verifyCharterRecord(tampered);
        expect(report.valid).toBe(false);
        expect(report.signatures[0]?.signatureIntact).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('flags a text that was edited and re-hashed as no longer the HAS model', async () => {
    const tampered = copy(record);
    tampered.charter.paragraphs[1] = 'Ce cadre d’action est facultatif.';
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../../../shared/charter/canonical');
    const { textHash: _t, ...content } = tampered.charter;
    tampered.charter.textHash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    const report = await verifyCharterRecord(tampered);
    expect(report.textIntact).toBe(true);
    expect(report.matchesModel).toBe(false);
    expect(report.valid).toBe(false);
    // the signatures were bound to the old text hash
    expect(report.signatures.every((s) => !s.textIntact)).toBe(true);
  });

  it('detects a removed signature, a reordered log and a trailing space the schema would trim', async () => {
    const removed = copy(record);
    removed.signatures.splice(1, 1);
    const r1 = await verifyCharterRecord(removed);
    expect(r1).toMatchObject({ valid: false, recordIntact: false, logIntact: false });

    const reordered = copy(record);
    const events = reordered.events as NonNullable<CharterRecord['events']>;
    [events[1], events[2]] = [events[2] as (typeof events)[number], events[1] as (typeof events)[number]];
    expect(await verifyCharterRecord(reordered)).toMatchObject({ valid: false, logIntact: false });

    const spaced = copy(record);
    (spaced.signatures[1] as CharterRecord['signatures'][number]).signatory.name += ' ';
    const r3 = await verifyCharterRecord(spaced);
    expect(r3.valid).toBe(false);
    expect(r3.signatures[1]?.signatureIntact).toBe(false);
  });

  it('reports a malformed record with a readable message instead of throwing', async () => {
    for (const input of [null, 'text', 42, [], {}, { schemaVersion: 1, charter: 'x', signatures: 'y' }]) {
      const report = await verifyCharterRecord(input, 'en');
      expect(report.valid).toBe(false);
      expect(report.wellFormed).toBe(false);
      expect(report.message).toMatch(/\w/);
    }
  });

  it('flags a signature whose mention is not « lu et approuvé » even if its hash was recomputed', async () => {
    const { signCharterRecord: sign } = await import('../../../../shared/charter/record');
    const base = await createCharterRecord({ projectTitle: 'P', locale: 'fr' }, at(0));
    const { record: bad } = await sign(
      base,
      { signatory: patient, mention: 'ok', method: 'typed', typedName: 'Jeanne Martin' },
      { now: at(1) },
    );
    const report = await verifyCharterRecord(copy(bad));
    expect(report.signatures[0]).toMatchObject({ signatureIntact: true, mentionOk: false });
    expect(report.valid).toBe(false);
  });

  it('is format 2 and hashes the note on the 226-13 correction, called from the text by « * »', async () => {
    expect(record.schemaVersion).toBe(2);
    const paragraphs = record.charter.paragraphs;
    expect(paragraphs.find((p) => p.includes('Code pénal'))).toContain("l'article 226-13* du Code pénal⁴⁶");
    expect(paragraphs.at(-1)).toMatch(/^\* La charte type de la HAS \(annexe 1\) cite « l'article 261-3 du Code pénal »/);
    const noteChanged = copy(record);
    noteChanged.charter.paragraphs[noteChanged.charter.paragraphs.length - 1] += ' ';
    expect(await verifyCharterRecord(noteChanged)).toMatchObject({ valid: false, textIntact: false });
  });

  it('refuses a model record whose note (or its call) was dropped, even re-hashed', async () => {
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../../../shared/charter/canonical');
    for (const edit of [
      (p: string[]) => p.pop(),
      (p: string[]) => p.splice(8, 1, (p[8] as string).replace('226-13*', '226-13')),
    ]) {
      const tampered = copy(record);
      edit(tampered.charter.paragraphs);
      const { textHash: _t, ...content } = tampered.charter;
      tampered.charter.textHash = createHash('sha256').update(canonicalJson(content)).digest('hex');
      expect(await verifyCharterRecord(tampered)).toMatchObject({ valid: false, textIntact: true, matchesModel: false });
    }
  });
});

describe('records of format 1 (signed before the note was part of the text) still verify', () => {
  const fixture = (locale: 'fr' | 'en') =>
    JSON.parse(
      readFileSync(new URL(`../../../fixtures/charter/record-v1-${locale}.json`, import.meta.url), 'utf8'),
    ) as CharterRecord;

  it.each(['fr', 'en'] as const)('a %s record signed with the format-1 code is intact and the HAS model', async (locale) => {
    const old = fixture(locale);
    expect(old.schemaVersion).toBe(1);
    expect(CharterRecordSchema.safeParse(old).success).toBe(true);
    const report = await verifyCharterRecord(old);
    expect(report).toMatchObject({
      valid: true,
      textIntact: true,
      matchesModel: true,
      adapted: false,
      originOk: true,
      logIntact: true,
    });
    expect(report.signatures.every((s) => s.textIntact && s.signatureIntact)).toBe(true);
  });

  it('and a one-character change in one still shows', async () => {
    const old = fixture('fr');
    old.charter.paragraphs[4] = (old.charter.paragraphs[4] as string).replace('mutuelle', 'mutuele');
    expect(await verifyCharterRecord(old)).toMatchObject({ valid: false, textIntact: false });
  });

  it('keeps its format when signed further', async () => {
    const { record: more } = await signCharterRecord(
      fixture('fr'),
      { signatory: director, mention: 'lu et approuvé', method: 'typed', typedName: 'Élise Roussel' },
      { now: at(9) },
    );
    expect(more.schemaVersion).toBe(1);
    expect((await verifyCharterRecord(copy(more))).valid).toBe(true);
  });

  it('an unknown format is refused with a message', async () => {
    const report = await verifyCharterRecord({ ...fixture('fr'), schemaVersion: 3 }, 'fr');
    expect(report).toMatchObject({ valid: false, wellFormed: false });
    expect(report.message).toBe(
      'format de dossier inconnu (schemaVersion 3) : il vient sans doute d’une version plus récente de Binôme',
    );
  });
});
