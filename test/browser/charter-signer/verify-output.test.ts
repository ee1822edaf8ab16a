import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CharterRecord } from '../../../shared/schemas/charter';
import { loadCharterTools } from '../../../widgets/charter-signer/index';
import { checkPdf } from '../../helpers/pdf-check';
import { axeViolations } from '../helpers/axe';
import { $, director, doctor, mount, patient, root, settle, signTyped, stroke, text, until } from './helpers';

document.documentElement.lang = 'fr';
const PROJECT = 'Parcours diabète : co-construire l’éducation thérapeutique';

/** A record signed by a patient partner (drawn), a doctor and the director (typed). */
async function signedRecord(): Promise<CharterRecord> {
  const { createCharterRecord, signCharterRecord } = await loadCharterTools();
  let record = await createCharterRecord({ projectTitle: PROJECT, locale: 'fr', extraClauses: ['Une réunion par trimestre.'] });
  const drawing = { viewBox: '0 0 600 200', paths: ['M20 150L80 90L140 160L200 60', 'M260 120L400 100'] };
  ({ record } = await signCharterRecord(
    record,
    { signatory: patient, mention: 'Lu et approuvé', method: 'drawn', drawing },
    { reviewedAt: new Date() },
  ));
  ({ record } = await signCharterRecord(record, {
    signatory: doctor,
    mention: 'lu et approuve',
    method: 'typed',
    typedName: 'Karim Benali',
  }));
  ({ record } = await signCharterRecord(record, {
    signatory: director,
    mention: 'LU ET APPROUVÉ',
    method: 'typed',
    typedName: 'É. Roussel',
  }));
  return JSON.parse(JSON.stringify(record)) as CharterRecord;
}

let record: CharterRecord;
beforeAll(async () => {
  record = await signedRecord();
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Blobs handed to URL.createObjectURL (downloads), instead of saving files. */
function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const captured = { blobs: [] as Blob[], names: [] as string[] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    captured.blobs.push(blob as Blob);
    return `blob:${location.origin}/stub-${captured.blobs.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.names.push(this.download);
  });
  return captured;
}

const button = (el: Element, label: string) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('button')].find((b) => text(b) === label) as HTMLButtonElement;

describe('<pp-charter-signer mode="verify">', () => {
  it('checks a record given as a property and says per signature that text and signature are intact', async () => {
    const el = await mount({ record }, { mode: 'verify' });
    await until(() => $(el, '[part=report]'));
    const report = $(el, '[part=report]');
    expect(text(report?.querySelector('[role=status]'))).toContain('Dossier intact');
    const rows = [...(report?.querySelectorAll('tbody tr') ?? [])].map(text);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/✓ intact ✓ intact ✓ oui$/);
    expect(rows[0]).toContain('Jeanne Martin');
    // the signed text and the signatures are shown as signed
    expect(text($(el, '[part=text]'))).toContain(`« ${PROJECT} »`);
    expect(text($(el, '.clauses'))).toContain('Une réunion par trimestre.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('flags a changed name on that signature only, and a changed text on every signature', async () => {
    const changedName = structuredClone(record);
    (changedName.signatures[1] as CharterRecord['signatures'][number]).signatory.name = 'Dr Karim Benalli';
    const el = await mount({ record: changedName }, { mode: 'verify' });
    const verified = vi.fn();
    el.addEventListener('pp-verified', verified);
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] [role=alert]'))).toContain('a été modifié');
    const rows = [...root(el).querySelectorAll('[part=report] tbody tr')].map(text);
    expect(rows[0]).toMatch(/✓ intact ✓ intact/);
    expect(rows[1]).toMatch(/✓ intact ✗ modifié/);
    expect(rows[2]).toMatch(/✓ intact ✓ intact/);
    expect(await axeViolations(el)).toEqual([]);

    const changedText = structuredClone(record);
    changedText.charter.paragraphs[1] = (changedText.charter.paragraphs[1] as string).replace('un plan', 'deux plans');
    el.record = changedText;
    await until(() => verified.mock.calls.length === 1);
    await settle(el);
    const after = [...root(el).querySelectorAll('[part=report] tbody tr')].map(text);
    for (const row of after) expect(row).toMatch(/✗ modifié/);
    expect(text($(el, '[part=report] ul'))).toContain('Texte de la charte : ✗ modifié');
  });

  it('reads a record file chosen by the user, and says when a file is not JSON', async () => {
    const el = await mount({}, { mode: 'verify' });
    const input = $(el, 'input[type=file]') as HTMLInputElement;
    expect(text(root(el).querySelector('label[for=file]'))).toBe('Dossier de signature (fichier JSON)');
    await userEvent.upload(input, new File([JSON.stringify(record)], 'charte.json', { type: 'application/json' }));
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] [role=status]'))).toContain('Dossier intact');

    await userEvent.upload(input, new File(['{oops'], 'x.json', { type: 'application/json' }));
    await until(() => text($(el, '.message.alert')).includes('JSON lisible'));
    expect($(el, '[part=report]')).toBeNull();
  });

  it('reports a malformed record with a readable message instead of failing', async () => {
    const el = await mount(
      { record: { schemaVersion: 1, charter: {}, signatures: 'none' } as unknown as CharterRecord },
      { mode: 'verify', lang: 'en' },
    );
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] .error'))).toBe('This file is not a complete signature record: it cannot be verified.');
    // the schema's wording, with JSON paths, only as a technical detail
    expect(text($(el, '[part=report] details summary'))).toBe('Technical detail (for whoever produced the file)');
    expect(text($(el, '[part=report] details p'))).toContain('Field charter.');
    expect(text($(el, '[part=report] [role=alert]'))).toContain('Warning');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says in French that a record of an unknown format comes from a later version (issue 16: no code in the sentence)', async () => {
    const el = await mount({ record: { ...record, schemaVersion: 9 } as unknown as CharterRecord }, { mode: 'verify' });
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] .error'))).toBe(
      'Ce fichier n’est pas un dossier de signature complet : il ne peut pas être vérifié.',
    );
    expect(text($(el, '[part=report] details p'))).toBe(
      'format de dossier inconnu (schemaVersion 9) : il vient sans doute d’une version plus récente de Binôme',
    );
  });
});

describe('<pp-charter-signer>: outputs', () => {
  it('downloads the record as JSON', async () => {
    const downloads = captureDownloads();
    const el = await mount({ project: PROJECT });
    await signTyped(el, { who: patient });
    await userEvent.click(button(el, 'Télécharger le dossier (JSON)'));
    expect(downloads.names[0]).toMatch(
      /^charte-partenariat-parcours-diabete-co-construire-l-education-therapeutique-\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(JSON.parse(await (downloads.blobs[0] as Blob).text())).toEqual(el.record);
  });

  it('downloads a real A4 PDF: the text, then a signature block per signatory with the drawing as vector paths', async () => {
    const downloads = captureDownloads();
    const el = await mount({
      record,
      project: PROJECT,
      signatories: [patient, doctor, director, { name: 'Paul Durand', role: 'association' }],
    });
    await until(() => el.record);
    await userEvent.click(button(el, 'Télécharger le PDF'));
    await until(() => downloads.blobs.length === 1);
    const blob = downloads.blobs[0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(downloads.names[0]).toMatch(/\.pdf$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = checkPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(new Set(pdf.mediaBoxes)).toEqual(new Set(['0 0 595.28 841.89']));
    expect(pdf.text).toContain("l'article 226-13* du Code pénal (46)");
    expect(pdf.text).toContain('* La charte type de la HAS (annexe 1) cite');
    expect(pdf.text).toMatch(/Mention\s:\s«\sLu et approuvé\s»/);
    expect(pdf.text).toContain('Jeanne Martin');
    expect(pdf.text).toContain('Paul Durand'); // the one who has not signed gets a blank block
    expect(pdf.text).toContain(record.recordHash);
    expect(pdf.text).toContain('Clauses complémentaires');
    expect(pdf.pathOps).toBeGreaterThan(10);
  });

  it('prints the charter then a signature block per signatory on A4, in an isolated print frame', async () => {
    const el = await mount({ record, project: PROJECT, signatories: [patient, doctor, director] });
    await until(() => el.record);
    await userEvent.click(button(el, 'Imprimer'));
    await until(() => $(el, 'iframe.print-frame'));
    const frame = $(el, 'iframe.print-frame') as HTMLIFrameElement;
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    const doc = frame.contentDocument as Document;
    expect(text(doc.querySelector('h1'))).toBe('Charte d’engagement dans le partenariat en santé'.replace('’', "'"));
    expect([...doc.querySelectorAll('.sig .name')].map(text)).toEqual(['Jeanne Martin', 'Dr Karim Benali', 'Élise Roussel']);
    expect(doc.querySelectorAll('.sig svg.drawing path')).toHaveLength(2);
    expect(text(doc.body)).toContain("l'article 226-13* du Code pénal⁴⁶");
    // the note is printed once, with the text it belongs to
    expect(text(doc.body).split('La charte type de la HAS (annexe 1) cite')).toHaveLength(2);
    const css = [...doc.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(css).toMatch(/@page \{[^}]*size: a4/i);
    expect(css).toContain('break-inside: avoid');
  });

  it('prints and writes the PDF with English labels on an English page', async () => {
    const el = await mount({ record, project: PROJECT }, { lang: 'en' });
    await until(() => el.record);
    await userEvent.click(button(el, 'Print'));
    await until(() => $(el, 'iframe.print-frame'));
    const doc = ($(el, 'iframe.print-frame') as HTMLIFrameElement).contentDocument as Document;
    expect([...doc.querySelectorAll('h2')].map(text)).toEqual(['Additional clauses', 'Signatures', 'Integrity']);
    const body = text(doc.body);
    expect(body).toContain('Simple electronic signature with an integrity check, not a qualified signature.');
    expect(body).toContain(`Signature hash: ${record.signatures[0]?.hash}`);
    expect(body).toContain(`Text hash (SHA-256): ${record.charter.textHash}`);
    expect(body).toContain(`Record hash (SHA-256): ${record.recordHash}`);

    const downloads = captureDownloads();
    await userEvent.click(button(el, 'Download the PDF'));
    await until(() => downloads.blobs.length === 1);
    const pdf = checkPdf(new Uint8Array(await (downloads.blobs[0] as Blob).arrayBuffer()));
    expect(pdf.text).toContain('Integrity');
    expect(pdf.text).toContain('Signature hash');
  });

  it('prints blank signature blocks for the expected signatories before anyone signs', async () => {
    const el = await mount({ project: PROJECT, signatories: [patient, doctor] });
    await userEvent.click(button(el, 'Imprimer'));
    await until(() => $(el, 'iframe.print-frame'));
    const doc = ($(el, 'iframe.print-frame') as HTMLIFrameElement).contentDocument as Document;
    expect(doc.querySelectorAll('.sig .blank')).toHaveLength(2);
    expect(text(doc.body)).not.toContain('SHA-256');
  });

  it('continues a record given as a property after checking it, and refuses a tampered one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ record, project: PROJECT });
    await until(() => el.record);
    expect(el.completion.complete).toBe(true);
    const tampered = structuredClone(record);
    tampered.signatures.pop();
    const other = await mount({ record: tampered, project: PROJECT });
    await until(() => $(other, '.message.alert'));
    expect(other.record).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('draws with pointer events in the review of a drawn signature too (pad to record to print)', async () => {
    const el = await mount({ project: PROJECT });
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Paul Durand');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    await userEvent.click([...root(el).querySelectorAll<HTMLInputElement>('input[name=method]')][1] as HTMLInputElement);
    await settle(el);
    stroke($(el, '[part=pad]') as Element, 'pen', [0.1, 0.5], [0.9, 0.5]);
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
    await userEvent.click(button(el, 'Signer la charte'));
    await until(() => el.record);
    await userEvent.click(button(el, 'Imprimer'));
    await until(() => $(el, 'iframe.print-frame'));
    const doc = ($(el, 'iframe.print-frame') as HTMLIFrameElement).contentDocument as Document;
    expect(doc.querySelector('.sig svg.drawing path')?.getAttribute('d')).toBe(el.record?.signatures[0]?.drawing?.paths[0]);
  });
});
