import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptedParagraphs, paragraphsText, readAdaptedText } from '../../../../shared/charter/adapted';
import { canonicalJson } from '../../../../shared/charter/canonical';
import { modelDiff } from '../../../../shared/charter/model-diff';
import { createCharterRecord, signCharterRecord } from '../../../../shared/charter/record';
import { charterContent, charterParagraphs, charterSource } from '../../../../shared/charter/text';
import { verifyCharterRecord } from '../../../../shared/charter/verify';
import type { CharterRecord } from '../../../../shared/schemas/charter';
import { at, doctor, patient } from './fixtures';

/** The model as an establishment would start adapting it: plain text, one blank line between paragraphs. */
const modelText = () => paragraphsText(charterParagraphs('', 'fr').map((p) => p.text));

/** An adaptation: two words changed in the first principle, one sentence added to the second paragraph. */
const adaptedText = () =>
  modelText()
    .replace('reconnaissance mutuelle des savoirs', 'reconnaissance réciproque des savoirs')
    .replace(
      "un plan d'action et les critères d'évaluation des résultats à atteindre.",
      "un plan d'action et les critères d'évaluation des résultats à atteindre. Il est revu chaque année.",
    );

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Re-hashes a hand-edited record as a forger would (text, signatures bound to it, record). */
function rehash(record: CharterRecord): CharterRecord {
  const sha = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
  const { textHash: _t, ...content } = record.charter;
  record.charter.textHash = sha(content);
  for (const s of record.signatures) {
    s.textHash = record.charter.textHash;
    const { hash: _h, ...rest } = s;
    s.hash = sha(rest);
  }
  delete record.events;
  const { recordHash: _r, ...rest } = record;
  record.recordHash = sha(rest);
  return record;
}

async function signedAdapted(text = adaptedText()): Promise<CharterRecord> {
  const read = readAdaptedText(text);
  if (!('paragraphs' in read)) throw new Error(read.problem);
  let record = await createCharterRecord({ projectTitle: 'Parcours diabète', locale: 'fr', text: read.paragraphs }, at(0));
  ({ record } = await signCharterRecord(
    record,
    { signatory: patient, mention: 'lu et approuvé', method: 'typed', typedName: 'Jeanne Martin' },
    { now: at(1) },
  ));
  ({ record } = await signCharterRecord(
    record,
    { signatory: doctor, mention: 'lu et approuvé', method: 'typed', typedName: 'Karim Benali' },
    { now: at(2) },
  ));
  return copy(record);
}

describe('an adapted charter text (guide l.615: « socle minimum »; l.738: « s’approprier et personnaliser »)', () => {
  it('reads plain text: blank lines between paragraphs, « - » items, wrapped lines joined', () => {
    expect(
      adaptedParagraphs(
        'Premier  paragraphe\n écrit sur deux lignes.\n\n  \n- un principe\n– un autre\n  qui continue\n\n⁴⁶ note',
      ),
    ).toEqual(['Premier paragraphe écrit sur deux lignes.', '- un principe', '- un autre qui continue', '⁴⁶ note']);
    expect(readAdaptedText('a\r\n\r\nb')).toEqual({ paragraphs: ['a', 'b'] });
  });

  it('refuses what cannot be a charter text, with a code the widget words in the page language', () => {
    expect(readAdaptedText(['a'])).toEqual({ problem: 'not_text' });
    expect(readAdaptedText(' \n\n - \n')).toEqual({ problem: 'empty' });
    expect(readAdaptedText('x'.repeat(50_001))).toEqual({ problem: 'too_long' });
    expect(readAdaptedText(Array.from({ length: 201 }, (_, i) => `p${i}`).join('\n\n'))).toEqual({ problem: 'too_many' });
  });

  it('gives back the paragraphs it was written from (property)', () => {
    const wordChar = fc.constantFrom('a', 'é', 'Z', '«', '»', '4', '.', ',', '-', '*', '⁴');
    const word = fc.string({ unit: wordChar, minLength: 1, maxLength: 8 });
    const paragraph = fc
      .tuple(fc.boolean(), fc.array(word, { minLength: 1, maxLength: 8 }))
      .map(([item, words]) => (item ? '- ' : '') + words.join(' '))
      // A paragraph that merely looks like an item marker is not a paragraph a page author writes.
      .filter((p) => p !== '-' && !/^[-–•] /.test(p.startsWith('- ') ? p.slice(2) : p));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (paragraphs) => {
        expect(adaptedParagraphs(paragraphsText(paragraphs))).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
    expect(adaptedParagraphs(modelText())).toEqual(charterParagraphs('', 'fr').map((p) => p.text));
  });

  it('makes a model record when the text is the model, an adapted one otherwise, whose source says so', () => {
    const same = charterContent('P', 'fr', [], adaptedParagraphs(modelText()));
    expect(same).toEqual(charterContent('P', 'fr'));
    expect(same.origin).toBe('model');
    const adapted = charterContent('P', 'fr', [], adaptedParagraphs(adaptedText()));
    expect(adapted.origin).toBe('adapted');
    expect(adapted.source).toBe(
      'Adapté du modèle de la HAS — HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026, annexe 1',
    );
    // the placeholder is filled with the title, as in the model
    expect(adapted.paragraphs[0]).toContain('du projet « P ».');
  });

  it('is signed and verifies as an adaptation, not as the model; the diff shows exactly what changed', async () => {
    const record = await signedAdapted();
    expect(record.schemaVersion).toBe(2);
    const report = await verifyCharterRecord(record);
    expect(report).toMatchObject({ valid: true, adapted: true, originOk: true, matchesModel: false, textIntact: true });
    const diff = modelDiff(record.charter);
    expect({ removed: diff.removed, added: diff.added }).toEqual({ removed: 1, added: 6 });
    const changes = diff.paragraphs.flat().filter((run) => run.kind !== 'same');
    expect(changes).toEqual([
      { kind: 'added', text: 'Il est revu chaque année.' },
      { kind: 'removed', text: 'mutuelle' },
      { kind: 'added', text: 'réciproque' },
    ]);
    // the model itself differs in nothing
    const plain = (await createCharterRecord({ projectTitle: 'Parcours diabète', locale: 'fr' })).charter;
    expect(
      modelDiff(plain)
        .paragraphs.flat()
        .every((run) => run.kind === 'same'),
    ).toBe(true);
  });

  it('refuses an adaptation passed off as the model, or stripped of « Adapté du modèle de la HAS », even re-hashed', async () => {
    const asModel = await signedAdapted();
    if (asModel.schemaVersion !== 2) throw new Error('format 2 expected');
    asModel.charter.origin = 'model';
    asModel.charter.source = charterSource('fr', 'model');
    const r1 = await verifyCharterRecord(rehash(asModel));
    expect(r1).toMatchObject({ valid: false, textIntact: true, recordIntact: true, adapted: false, originOk: false });

    const unsaid = await signedAdapted();
    unsaid.charter.source = charterSource('fr', 'model');
    const r2 = await verifyCharterRecord(rehash(unsaid));
    expect(r2).toMatchObject({ valid: false, textIntact: true, adapted: true, originOk: false });
  });
});

describe('the demo site’s sample of an adapted charter', () => {
  it('verifies as an intact adaptation (it is offered on the charter page for the verify view)', async () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../../../demo/assets/exemple-charte-adaptee.json', import.meta.url), 'utf8'),
    );
    const report = await verifyCharterRecord(sample);
    expect(report).toMatchObject({ valid: true, adapted: true, originOk: true, matchesModel: false });
    const diff = modelDiff(sample.charter);
    expect(
      diff.paragraphs
        .flat()
        .filter((run) => run.kind === 'added')
        .map((run) => run.text),
    ).toEqual([
      'Il est revu chaque année par le comité de pilotage du partenariat.',
      "s'engagent",
      'à respecter les',
      '- co-construction des documents remis aux patients et à leurs proches ; ¶',
    ]);
  });
});

describe('nothing shipped still says the charter text cannot be changed (issue 15)', () => {
  it('in the charter signer, its shared code, its documentation and its demo page', () => {
    const files = [
      ...['charter-signer.ts', 'messages.ts', 'messages-en.ts', 'verify-view.ts', 'record-view.ts', 'labels.ts'].map(
        (f) => `../../../../widgets/charter-signer/${f}`,
      ),
      '../../../../docs/widgets/charter-signer.md',
      '../../../../demo/pages/charte.html',
    ];
    for (const file of files) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect({
        file,
        hit: /ne se modifie pas|ne peut pas être modifié|cannot be changed|can(?:not|'t) be modified/i.exec(text)?.[0],
      }).toEqual({
        file,
        hit: undefined,
      });
    }
  });
});
