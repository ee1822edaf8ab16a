/**
 * The signed charter as an A4 PDF: title, project, the charter text (the HAS model then
 * the establishment's clauses, apart), the source and the 226-13 correction note, then
 * one signature block per signatory (mention, typed name or drawn strokes as vector
 * paths, date, hash) and, last, the integrity figures. Labels come from the caller, so
 * this module has no language of its own.
 */
import type { CharterDocument } from '../charter/document';
import type { Signatory, Signature } from '../schemas/charter';
import { PdfComposer } from './layout';
import { buildPdf } from './writer';

export interface CharterDocumentLabels {
  project: string;
  source: string;
  correction: string;
  clauses: string;
  clausesNote: string;
  signatures: string;
  noSignature: string;
  role: (role: Signatory['role']) => string;
  organisation: string;
  mention: string;
  method: (method: Signature['method']) => string;
  signedAt: string;
  date: (iso: string) => string;
  signatureHash: string;
  pendingSignature: string;
  integrity: string;
  integrityNote: string;
  textHash: string;
  recordHash: string;
  page: (page: number, total: number) => string;
  /** Label–value separator: « : » in French, ": " in English. */
  sep: string;
  quote: (text: string) => string;
}

/** Superscript footnote calls ("⁴⁶") do not exist in WinAnsi: printed as "(46)". */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function footnoteCalls(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run, at: number) => {
    const digits = [...run].map((c) => SUPERSCRIPT.indexOf(c)).join('');
    return at === 0 ? `(${digits})` : ` (${digits})`;
  });
}

export function charterPdf(doc: CharterDocument, labels: CharterDocumentLabels, generatedAt: Date = new Date()): Uint8Array {
  const pdf = new PdfComposer();
  pdf.text(doc.title, { font: 'bold', size: 16, after: 4 });
  if (doc.projectTitle) pdf.text(`${labels.project}${labels.sep}${doc.projectTitle}`, { size: 11, after: 10 });
  pdf.rule();
  pdf.space(4);

  for (const p of doc.paragraphs) {
    const text = footnoteCalls(p.text);
    if (p.kind === 'item') pdf.text(text, { bullet: '•', indent: 8, after: 3 });
    else if (p.kind === 'footnote' || p.kind === 'note') pdf.text(text, { size: 8.5, gray: 0.25, after: 8 });
    else pdf.text(text, { after: 7 });
  }
  pdf.text(`${labels.source}${labels.sep}${doc.source}`, { size: 9, gray: 0.25, after: 4 });
  // Format-1 records only: format 2 has the note among its paragraphs (signed with the text).
  if (doc.correctionNote) pdf.text(`${labels.correction}${labels.sep}${doc.correctionNote}`, { size: 9, gray: 0.25, after: 10 });
  else pdf.space(6);

  if (doc.extraClauses.length) {
    pdf.ensure(60);
    pdf.text(labels.clauses, { font: 'bold', size: 12, after: 2 });
    pdf.text(labels.clausesNote, { size: 9, gray: 0.25, after: 6 });
    doc.extraClauses.forEach((clause, i) => {
      pdf.text(clause, { bullet: `${i + 1}.`, indent: 4, after: 5 });
    });
    pdf.space(6);
  }

  pdf.ensure(80);
  pdf.text(labels.signatures, { font: 'bold', size: 12, after: 6 });
  if (!doc.signatures.length && !doc.pending.length) pdf.text(labels.noSignature, { gray: 0.25 });
  for (const signature of doc.signatures) {
    // Keep a signature block on one page: name, mention, the signature itself, date, hash.
    pdf.ensure(signature.method === 'drawn' ? 190 : 140);
    pdf.rule(0.8);
    signatoryLines(pdf, signature.signatory, labels);
    pdf.text(`${labels.mention}${labels.sep}${labels.quote(signature.mention)}`, { after: 3 });
    pdf.text(`${labels.method(signature.method)}${labels.sep.trimEnd()}`, { size: 9, gray: 0.25, after: 2 });
    if (signature.method === 'drawn' && signature.drawing) {
      const box = signature.drawing.viewBox
        .trim()
        .split(/[\s,]+/)
        .map(Number) as [number, number, number, number];
      pdf.drawing(signature.drawing.paths, box, 180, 60);
      pdf.space(6);
    } else {
      pdf.text(signature.typedName ?? '', { font: 'oblique', size: 18, after: 4 });
    }
    pdf.text(`${labels.signedAt}${labels.sep}${labels.date(signature.signedAt)} (${signature.signedAt})`, { size: 9, after: 2 });
    pdf.text(`${labels.signatureHash}${labels.sep}${signature.hash}`, { size: 7.5, gray: 0.3, after: 8 });
  }
  for (const person of doc.pending) {
    pdf.ensure(150);
    pdf.rule(0.8);
    signatoryLines(pdf, person, labels);
    pdf.text(`${labels.mention}${labels.sep.trimEnd()}`, { after: 22 });
    pdf.text(`${labels.pendingSignature}${labels.sep.trimEnd()}`, { size: 9, gray: 0.25, after: 2 });
    pdf.drawing([], [0, 0, 3, 1], 180, 60);
    pdf.space(8);
    pdf.text(`${labels.signedAt}${labels.sep.trimEnd()}`, { size: 9, after: 10 });
  }

  if (doc.textHash || doc.recordHash) {
    pdf.ensure(90);
    pdf.rule();
    pdf.text(labels.integrity, { font: 'bold', size: 11, after: 3 });
    pdf.text(labels.integrityNote, { size: 9, gray: 0.25, after: 4 });
    if (doc.textHash) pdf.text(`${labels.textHash}${labels.sep}${doc.textHash}`, { size: 8, after: 2 });
    if (doc.recordHash) pdf.text(`${labels.recordHash}${labels.sep}${doc.recordHash}`, { size: 8, after: 2 });
  }

  return buildPdf(pdf.finish(labels.page), {
    title: doc.title,
    subject: doc.projectTitle,
    creationDate: generatedAt,
    ...(doc.recordHash ? { id: doc.recordHash } : {}),
  });
}

function signatoryLines(pdf: PdfComposer, person: Signatory, labels: CharterDocumentLabels): void {
  pdf.text(person.name, { font: 'bold', size: 11, after: 1 });
  const details = [
    labels.role(person.role),
    person.organisation ? `${labels.organisation}${labels.sep}${person.organisation}` : '',
  ].filter(Boolean);
  pdf.text(details.join(' — '), { size: 9.5, after: 4 });
}
