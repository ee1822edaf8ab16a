import { describe, expect, it } from 'vitest';
import { charterDocument, charterTitle } from '../../../../shared/charter/document';
import { createCharterRecord, signCharterRecord } from '../../../../shared/charter/record';
import { type CharterDocumentLabels, charterPdf } from '../../../../shared/pdf/charter';
import { checkPdf } from '../../../helpers/pdf-check';
import { director, doctor, drawing, patient } from '../charter/fixtures';

const labels: CharterDocumentLabels = {
  project: 'Action, programme ou projet',
  source: 'Source',
  correction: 'Note sur la référence au Code pénal',
  clauses: 'Clauses complémentaires',
  clausesNote: 'Ajoutées par l’établissement.',
  signatures: 'Signatures',
  noSignature: 'Aucune signature.',
  role: (role) => role,
  organisation: 'Organisation',
  mention: 'Mention',
  method: (method) => (method === 'drawn' ? 'Signature dessinée' : 'Signature tapée'),
  signedAt: 'Signé le',
  date: (iso) => iso.slice(0, 10),
  signatureHash: 'Empreinte de la signature',
  pendingSignature: 'Signature',
  integrity: 'Intégrité',
  integrityNote: 'Signature électronique simple, pas une signature qualifiée.',
  textHash: 'Empreinte du texte',
  recordHash: 'Empreinte du dossier',
  page: (n, total) => `Page ${n} / ${total}`,
  sep: '\u00a0: ',
  quote: (text) => `«\u00a0${text}\u00a0»`,
};

describe('charter document', () => {
  it('drops « Modèle de » from the title once the charter is adopted', () => {
    expect(charterTitle('fr')).toBe("Charte d'engagement dans le partenariat en santé");
    expect(charterTitle('en')).toBe('Charter of commitment to health partnership');
  });

  it('lists the expected signatories who have not signed, whatever the case of their name', async () => {
    const record = await createCharterRecord({ projectTitle: 'P', locale: 'fr' });
    const { record: signed } = await signCharterRecord(record, {
      signatory: { ...patient, name: 'JEANNE MARTIN' },
      mention: 'lu et approuvé',
      method: 'typed',
      typedName: 'J. M.',
    });
    const doc = charterDocument({
      record: signed,
      projectTitle: 'ignored when a record is given',
      locale: 'en',
      expected: [patient, doctor],
    });
    expect(doc.pending).toEqual([doctor]);
    expect(doc.projectTitle).toBe('P');
    expect(doc.locale).toBe('fr');
    expect(doc.paragraphs.filter((p) => p.kind === 'item')).toHaveLength(4);
    expect(doc.paragraphs.at(-2)?.kind).toBe('footnote');
    // format 2: the correction note is part of the signed text, not a line beside it
    expect(doc.paragraphs.at(-1)?.kind).toBe('note');
    expect(doc.correctionNote).toBe('');
    expect(doc.recordHash).toBe(signed.recordHash);
  });

  it('describes the bare charter when nothing is signed yet, without hashes', () => {
    const doc = charterDocument({ projectTitle: 'P', locale: 'fr', extraClauses: [' A ', ''], expected: [patient] });
    expect(doc).toMatchObject({ signatures: [], pending: [patient], extraClauses: ['A'] });
    expect(doc.textHash).toBeUndefined();
  });
});

describe('charter PDF', () => {
  it('is a well-formed A4 file with the text, the clauses, a block per signatory, vector drawings and the hashes', async () => {
    let record = await createCharterRecord({
      projectTitle: 'Parcours diabète',
      locale: 'fr',
      extraClauses: Array.from({ length: 6 }, (_, i) => `Clause ${i + 1} : ${'texte long '.repeat(40)}`),
    });
    ({ record } = await signCharterRecord(record, { signatory: patient, mention: 'Lu et approuvé', method: 'drawn', drawing }));
    ({ record } = await signCharterRecord(record, {
      signatory: doctor,
      mention: 'lu et approuve',
      method: 'typed',
      typedName: 'Karim Benali',
    }));
    const doc = charterDocument({
      record,
      projectTitle: 'Parcours diabète',
      locale: 'fr',
      expected: [patient, doctor, director],
    });
    const bytes = charterPdf(doc, labels, new Date(2026, 5, 2, 14, 3));
    const pdf = checkPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(new Set(pdf.mediaBoxes)).toEqual(new Set(['0 0 595.28 841.89']));
    expect(pdf.text).toContain("Charte d'engagement dans le partenariat en santé");
    expect(pdf.text).toContain('« Parcours diabète »');
    expect(pdf.text).toContain("l'article 226-13* du Code pénal (46), et celles");
    expect(pdf.text).toContain("* La charte type de la HAS (annexe 1) cite « l'article 261-3 du Code pénal »");
    expect(pdf.text.split('La charte type de la HAS')).toHaveLength(2);
    expect(pdf.text).toContain('(46) « La révélation');
    expect(pdf.text).not.toContain('261-3 du Code pénal,');
    expect(pdf.text).toContain('Clauses complémentaires');
    expect(pdf.text).toContain('Mention\u00a0: «\u00a0Lu et approuvé\u00a0»');
    expect(pdf.text).toContain('Karim Benali');
    expect(pdf.text).toContain('Élise Roussel'); // pending: a blank block to sign on paper
    expect(pdf.text).toContain(record.recordHash);
    expect(pdf.text).toContain(`Page ${pdf.pageCount} / ${pdf.pageCount}`);
    // 2 strokes of the drawing (m + l…) plus the frames and rules
    expect(pdf.pathOps).toBeGreaterThan(8);
    // the file identifier is the record hash, tying the PDF to the JSON record
    expect(new TextDecoder('latin1').decode(bytes)).toContain(`/ID [<${record.recordHash.slice(0, 32)}>`);
  });
});
