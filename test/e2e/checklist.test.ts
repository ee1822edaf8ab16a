import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { type DemoPageSession, openDemoPage } from '../helpers/demo-page';
import { tabTo } from '../helpers/keyboard';

const MAIN = 'pp-checklist[name=checklist]';

const answers = (page: Page) =>
  page
    .locator(MAIN)
    .evaluate((el) =>
      Object.fromEntries(
        Object.entries((el as unknown as { value: { answers: Record<string, { answer: string | null }> } }).value.answers).map(
          ([k, v]) => [k, v.answer],
        ),
      ),
    );

describe('checklist on the demo site (strict CSP, real Chromium input)', () => {
  let demo: DemoPageSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    demo = await openDemoPage('check-list.html');
    ({ page, errors } = demo);
    const response = demo.response;
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator(`${MAIN} [part=history] table`).waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('shows the HAS criteria and the project’s history, with no axe violation and no console error', async () => {
    const legends = await page.locator(`${MAIN} fieldset[part=criterion] legend`).allTextContents();
    expect(legends).toHaveLength(10);
    expect(legends[0]?.trim()).toBe('1. Y a-t-il un diagnostic partagé ?');
    expect(await page.locator(`${MAIN} [part=history] tbody tr`).first().textContent()).toContain(
      'Non → En cours → Oui (progrès)',
    );
    // the history's styles came with its chunk (the kit's late-style adoption, copied into it by the build)
    expect(
      await page
        .locator(`${MAIN} [part=history] .timeline > div`)
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('flex');
    await expect.poll(() => page.locator('#check-list-publiee li[part=criterion]').count()).toBe(10);
    await page.locator(`${MAIN} details summary`).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is completed with the keyboard alone, then the form sends it as JSON', async () => {
    const before = await answers(page);
    expect([before['has.8'], before['has.9'], before['has.10']]).toEqual([null, null, null]);
    await page.locator('h1').click(); // start from the page, then keyboard only
    for (const [criterion, arrows] of [
      ['has.8', 0],
      ['has.9', 2],
      ['has.10', 1],
    ] as const) {
      await tabTo(page, (f) => f.type === 'radio' && f.name === `a-${criterion}`);
      await page.keyboard.press('Space');
      for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowRight');
    }
    const after = await answers(page);
    expect([after['has.8'], after['has.9'], after['has.10']]).toEqual(['oui', 'en_cours', 'non']);
    expect(await page.locator('#journal-check-list').textContent()).toContain('pp-complete');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Transmettre à la coordination (démonstration)');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#envoi-resultat').textContent())
      .toContain("le champ « checklist » contient l'évaluation du 2026-09-14");
  });

  it('keeps the answers after a reload (storage-key), opt-in and local', async () => {
    await page.reload();
    await page.locator(`${MAIN} [part=history] table`).waitFor({ state: 'attached' });
    const after = await answers(page);
    expect([after['has.8'], after['has.9'], after['has.10']]).toEqual(['oui', 'en_cours', 'non']);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual(['binome:checklist:demo-valmont-urgences']);
  });

  it('exports a CSV that French Excel reads (BOM, « ; », CRLF) and a JSON that imports back; refuses a broken file', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${MAIN} button`, { hasText: 'Exporter pour Excel (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^check-list-Accueil-des-urgences-co-construire-l'information-.*-2026-09-14\.csv$/);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('"Projet";"Date";"Rempli par";"N°";"Critère";"Origine";"Réponse";"Commentaire"');
    expect(lines).toHaveLength(1 + 3 * 10 + 1);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${MAIN} button`, { hasText: 'Exporter (JSON)' }).click(),
    ]);
    const exported = await readFile((await json.path())!, 'utf8');
    expect(JSON.parse(exported).evaluations).toHaveLength(3);

    const input = page.locator(`${MAIN} input[type=file]`);
    await input.setInputFiles({
      name: 'casse.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"evaluations": [{"id": "x"}]}'),
    });
    await expect.poll(() => page.locator(`${MAIN} [role=alert]`).textContent()).toContain('Fichier non importé');
    const afterBroken = await answers(page);
    expect(afterBroken['has.10']).toBe('non');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator(`${MAIN} [part=history] table`).waitFor({ state: 'attached' });
    expect((await answers(page))['has.10']).toBeNull();
    await page
      .locator(`${MAIN} input[type=file]`)
      .setInputFiles({ name: 'check-list.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.locator(`${MAIN} [role=status].message`).textContent()).toContain('3 évaluations importées.');
    expect((await answers(page))['has.10']).toBe('non');
  });

  it('prints one A4 sheet: the table Critère | Oui | Non | En cours, no site navigation, no horizontal scroll', async () => {
    await page.setViewportSize({ width: 718, height: 1000 }); // A4 (210 mm) minus 2 × 10 mm margins, at 96 dpi
    await page.emulateMedia({ media: 'print' });
    const print = page.locator(`${MAIN} [part=print]`);
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator(`${MAIN} .screen`).isVisible()).toBe(false);
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await print.locator('thead th').allTextContents()).toEqual(['Critère', 'Oui', 'Non', 'En cours']);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('an action whose code cannot be fetched (connection lost) says so, changes nothing, and works once it can', async () => {
    const other = await demo.context.newPage();
    try {
      await other.route('**/files-*.js', (route) => route.abort('internetdisconnected'));
      await other.goto(`${demo.server.url}/check-list.html`);
      const checklist = other.locator(MAIN);
      await checklist.locator('[part=history] table').waitFor({ state: 'attached' });
      const before = await answers(other);
      await checklist.locator('button', { hasText: 'Exporter (JSON)' }).click();
      await expect.poll(() => checklist.locator('[role=alert]').textContent()).toContain('Cette action n’a pas pu être chargée');
      expect(await answers(other)).toEqual(before);

      await other.unroute('**/files-*.js');
      const [json] = await Promise.all([
        other.waitForEvent('download'),
        checklist.locator('button', { hasText: 'Exporter (JSON)' }).click(),
      ]);
      expect(JSON.parse(await readFile((await json.path())!, 'utf8')).evaluations.length).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
