import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { type DemoPageSession, openDemoPage } from '../helpers/demo-page';
import { focusedElement as focused, tabTo } from '../helpers/keyboard';
import { checkPdf } from '../helpers/pdf-check';

const SIGNER = 'pp-charter-signer:not([mode])';
const VERIFIER = 'pp-charter-signer[mode=verify]';

describe('charter signer on the demo site (strict CSP, real Chromium input)', () => {
  let demo: DemoPageSession;
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    demo = await openDemoPage('charte.html');
    ({ context, page, errors } = demo);
    const response = demo.response;
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator(`${SIGNER} [part=text]`).waitFor();
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('shows the charter with the project title and 226-13, with no axe violation and no console error', async () => {
    const body = await page.locator(`${SIGNER} [part=text]`).textContent();
    expect(body).toContain("« Parcours de soins en diabétologie : co-construire l'éducation thérapeutique »");
    expect(body).toContain("l'article 226-13* du Code pénal⁴⁶");
    // the « * » calls the note, which is part of the signed text; 261-3 appears only in that note
    const note = page.locator(`${SIGNER} [part=text] #correction-note`);
    expect(await note.textContent()).toMatch(/^\* La charte type de la HAS \(annexe 1\) cite « l'article 261-3 du Code pénal »/);
    expect(body?.replace((await note.textContent()) ?? '', '')).not.toContain('261-3');
    await page.locator(`${SIGNER} [part=text] a`).click();
    expect(
      await note.evaluate((n) => n.getRootNode() instanceof ShadowRoot && (n.getRootNode() as ShadowRoot).activeElement === n),
    ).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('signs for the patient partner with the keyboard only', async () => {
    await page.locator('h1').click(); // start from the page, then keyboard only
    await tabTo(page, (f) => f.name === 'who');
    expect((await focused(page)).checked).toBe(true);
    await tabTo(page, (f) => f.id === 'mention');
    await page.keyboard.type('Lu et approuvé');
    await tabTo(page, (f) => f.id === 'typedName');
    await page.keyboard.type('Jeanne Martin');
    await tabTo(page, (f) => f.text === 'Relire avant de signer');
    await page.keyboard.press('Enter');
    await page.locator(`${SIGNER} #review-title`).waitFor();
    expect((await focused(page)).id).toBe('review-title');
    await tabTo(page, (f) => f.text === 'Signer la charte');
    await page.keyboard.press('Enter');
    await page.locator('#journal li').first().waitFor();
    expect(await page.locator('#journal li').first().textContent()).toContain('pp-signed — Jeanne Martin');
    expect(await page.locator(`${SIGNER} .message`).textContent()).toBe('Signature de Jeanne Martin enregistrée.');
  });

  it('signs for the doctor by drawing with a real mouse, a touch and a pen', async () => {
    const signer = page.locator(SIGNER);
    await signer.locator('#mention').fill('lu et approuve');
    await signer.getByLabel('Dessiner ma signature').check();
    const pad = signer.locator('[part=pad]');
    const box = (await pad.boundingBox()) as { x: number; y: number; width: number; height: number };
    const at = (fx: number, fy: number) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });

    // mouse
    await page.mouse.move(at(0.1, 0.7).x, at(0.1, 0.7).y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(at(0.1 + i * 0.03, 0.7 - i * 0.04).x, at(0.1 + i * 0.03, 0.7 - i * 0.04).y);
    await page.mouse.up();
    // touch and pen, through the DevTools protocol's input domain (trusted events)
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', fx: number, fy: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ ...at(fx, fy), id: 1 }] });
    await touch('touchStart', 0.45, 0.6);
    for (let i = 1; i <= 8; i++) await touch('touchMove', 0.45 + i * 0.03, 0.6 - i * 0.01);
    await touch('touchEnd', 0.69, 0.52);
    const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', fx: number, fy: number) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        ...at(fx, fy),
        button: 'left',
        buttons: type === 'mouseReleased' ? 0 : 1,
        clickCount: 1,
        pointerType: 'pen',
      });
    await pen('mousePressed', 0.75, 0.3);
    for (let i = 1; i <= 8; i++) await pen('mouseMoved', 0.75 + i * 0.02, 0.3 + i * 0.04);
    await pen('mouseReleased', 0.91, 0.62);

    await expect.poll(() => pad.locator('path').count()).toBe(3);
    expect(await pad.getAttribute('aria-label')).toBe('Zone de signature dessinée : 3 traits');
    // the pad's styles came with its chunk (the kit's late-style adoption, copied into it by the build)
    expect(await pad.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
    await signer.getByRole('button', { name: 'Relire avant de signer' }).click();
    await signer.getByRole('button', { name: 'Signer la charte' }).click();
    await expect.poll(() => page.locator('#journal li').count()).toBe(3);
    const journal = await page.locator('#journal').textContent();
    expect(journal).toContain('pp-signed — Dr Karim Benali');
    expect(journal).toContain('pp-complete — 2 signatures');
    const record = await signer.evaluate(
      (el) => (el as unknown as { record: { signatures: { method: string; drawing?: { paths: string[] } }[] } }).record,
    );
    expect(record.signatures[1]?.method).toBe('drawn');
    expect(record.signatures[1]?.drawing?.paths).toHaveLength(3);
    expect(await signer.locator('.completion').textContent()).toContain('Charte complète');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the signatures after a reload (storage-key) and downloads a real PDF', async () => {
    await page.reload();
    const signer = page.locator(SIGNER);
    await expect.poll(() => signer.locator('[part=signatories] .state.ok').count()).toBe(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      signer.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^charte-partenariat-parcours-de-soins-en-diabetologie.*\.pdf$/);
    const bytes = new Uint8Array(await readFile(await download.path()));
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.4');
    const pdf = checkPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain('Dr Karim Benali');
    expect(pdf.text).toContain('Jeanne Martin');
    expect(pdf.pathOps).toBeGreaterThan(20); // the drawn strokes are vector paths
    expect(errors).toEqual([]);
  });

  it('prints an A4 document: the text, then one signature block per signatory', async () => {
    const signer = page.locator(SIGNER);
    await signer.getByRole('button', { name: 'Imprimer' }).click();
    const frame = signer.locator('iframe.print-frame');
    await frame.waitFor({ state: 'attached' });
    const printed = await frame.evaluate((f) => {
      const doc = (f as HTMLIFrameElement).contentDocument as Document;
      const css = [...doc.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      return {
        html: doc.documentElement.outerHTML,
        css,
        blocks: [...doc.querySelectorAll('.sig .name')].map((n) => n.textContent),
      };
    });
    expect(printed.blocks).toEqual(['Jeanne Martin', 'Dr Karim Benali']);
    // Render that document on paper, as the browser's print would.
    const paper = await context.newPage();
    await paper.setContent(printed.html);
    await paper.addStyleTag({ content: printed.css });
    const pdf = await paper.pdf({ preferCSSPageSize: true });
    await paper.close();
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const source = new TextDecoder('latin1').decode(pdf);
    const boxes = [...source.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(595.3, -1); // A4: 210 mm
      expect(h).toBeCloseTo(841.9, -1); // 297 mm
    }
  });

  it('verifies the downloaded record, and flags a one-character change', async () => {
    const signer = page.locator(SIGNER);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      signer.getByRole('button', { name: 'Télécharger le dossier (JSON)' }).click(),
    ]);
    const json = await readFile(await download.path(), 'utf8');
    const verifier = page.locator(VERIFIER);
    await verifier
      .locator('input[type=file]')
      .setInputFiles({ name: 'charte.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await verifier.locator('[part=report]').waitFor();
    expect(await verifier.locator('[part=report] [role=status]').textContent()).toContain('Dossier intact');

    const changed = json.replace('"Jeanne Martin"', '"Jeanne Mertin"');
    expect(changed).not.toBe(json);
    await verifier
      .locator('input[type=file]')
      .setInputFiles({ name: 'charte.json', mimeType: 'application/json', buffer: Buffer.from(changed) });
    await expect.poll(() => verifier.locator('[part=report] [role=alert]').count()).toBe(1);
    const rows = await verifier.locator('[part=report] tbody tr').allTextContents();
    expect(rows[0]).toContain('✗');
    expect(rows[1]).not.toContain('✗');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('verifies the page’s sample of an adapted charter and shows, word by word, what differs from the HAS model', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Exemple de dossier signé sur une charte adaptée/ }).click(),
    ]);
    const verifier = page.locator(VERIFIER);
    await verifier.locator('input[type=file]').setInputFiles(await download.path());
    await verifier.locator('.diff').waitFor();
    expect(await verifier.locator('[part=report] [role=status]').textContent()).toContain('Dossier intact');
    expect((await verifier.locator('[part=report] ul').first().textContent())?.replace(/\s+/g, ' ')).toContain(
      'Texte adapté du modèle de la HAS : ✓ indiqué dans la source',
    );
    expect((await verifier.locator('.diff ins').allTextContents()).map((t) => t.replace(/\s+/g, ' '))).toContain(
      'ajouté : - co-construction des documents remis aux patients et à leurs proches ; ¶',
    );
    expect((await verifier.locator('[part=charter]').textContent())?.replace(/\s+/g, ' ')).toContain(
      'Source : Adapté du modèle de la HAS — HAS',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
