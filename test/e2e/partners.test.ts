import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { type StaticServer, serveDemo } from '../helpers/server';

/**
 * The "Nos patients partenaires" page of the built demo site, in Chromium, under the strict
 * CSP: its widgets read the public feeds published at build time (partners-published.test.ts
 * checks that nothing else is served).
 */
describe('demo page « Nos patients partenaires »', () => {
  let demo: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    demo = await serveDemo();
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function open(options: Parameters<Browser['newPage']>[0] = {}): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage(options);
    const errors: string[] = [];
    page.on(
      'console',
      (msg) => (msg.type() === 'error' || msg.type() === 'warning') && errors.push(`${msg.type()}: ${msg.text()}`),
    );
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(`${demo.url}/partenaires.html`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    return { page, errors };
  }

  it('shows the directory, the presence summary and the cards, with no console error and no axe violation', async () => {
    const { page, errors } = await open();
    const directory = page.locator('#annuaire');
    await expect.poll(() => directory.locator('li.item').count(), { timeout: 10_000 }).toBe(34);
    await expect(page.locator('pp-partner-list[summary-only] .summary').textContent()).resolves.toBe(
      '34 patientes et patients partenaires, dont 10 en recherche',
    );
    // Every card says what it displays, for the extension's page reader: a compact cut with the establishment.
    const shown = JSON.parse((await directory.locator('li.item article').first().getAttribute('data-pp-shown')) ?? '');
    expect(shown.establishment.name).toBe('Centre hospitalier de Valmont (fictif)');
    expect(shown.partner.missions).toEqual([]);
    expect(shown.partner.id).toBe('pp-001');
    await expect(page.locator('pp-partner-card[partner-id="pp-037"] h3').textContent()).resolves.toBe('Agnès L.');
    await expect(page.locator('pp-partner-card[partner-id="pp-002"] .roles').textContent()).resolves.toBe('Patient researcher');
    // People without the name consent are shown by role only; withdrawn people not at all.
    await expect(directory.locator('h3', { hasText: 'Patiente partenaire — recherche' }).count()).resolves.toBeGreaterThan(0);
    const html = await directory.evaluate((el) => el.shadowRoot!.innerHTML);
    expect(html).not.toMatch(/Lanier|Rémi G|Samuel N|Isabelle C|Denis A/);
    // Photos are the site's own files, allowed by img-src 'self'.
    await directory.locator('img[src]').first().scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        directory
          .locator('img')
          .first()
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(80);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters as a visitor types and chooses, and announces the count', async () => {
    const { page, errors } = await open();
    const directory = page.locator('#annuaire');
    await expect.poll(() => directory.locator('li.item').count(), { timeout: 10_000 }).toBe(34);
    await directory.locator('input[type="search"]').pressSequentially('helene');
    await expect.poll(() => directory.locator('li.item h3').allTextContents()).toEqual(['Hélène Marchal']);
    await expect.poll(() => directory.locator('[role="status"]').textContent()).toBe('1 patient partenaire affiché sur 34');
    await directory.locator('input[type="search"]').press('Escape');
    await directory.locator('select[name="domain"]').selectOption('recherche');
    await directory.locator('select[name="territory"]').selectOption('38');
    await expect
      .poll(() => directory.locator('li.item h3').allTextContents())
      .toEqual(['Patiente partenaire — recherche', 'Thomas G.']);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows two establishments in one directory: each card with its establishment, and an establishment filter', async () => {
    const { page, errors } = await open();
    const ght = page.locator('#annuaire-ght');
    // Research only (domain="recherche"): 10 at Valmont, 1 at Trois-Rivières.
    await expect.poll(() => ght.locator('li.item').count(), { timeout: 10_000 }).toBe(11);
    await expect(ght.locator('li.item .establishment', { hasText: 'Trois-Rivières' }).count()).resolves.toBe(1);
    await ght.locator('select[name="establishment"]').selectOption({ label: 'Centre hospitalier des Trois-Rivières (fictif)' });
    await expect.poll(() => ght.locator('li.item h3').allTextContents()).toEqual(['Ousmane D.']);
    await expect(ght.locator('li.item a[href^="mailto:usagers@ch-trois-rivieres"]').count()).resolves.toBe(1);
    const html = await ght.evaluate((el) => el.shadowRoot!.innerHTML);
    expect(html).not.toMatch(/Gaspard|Lemoine|Odile|Ferrat|Privas/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints a clean trombinoscope: no filters, no buttons, three cards a row', async () => {
    const { page } = await open();
    const directory = page.locator('#annuaire');
    await expect.poll(() => directory.locator('li.item').count(), { timeout: 10_000 }).toBe(34);
    await page.emulateMedia({ media: 'print' });
    await expect(directory.locator('form').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    await expect(
      directory
        .locator('.toggle')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).resolves.toBe('none');
    const columns = await directory.locator('.grid').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(3);
    await expect(page.locator('#print-trombinoscope').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page, errors } = await open({ viewport: { width: 320, height: 800 } });
    const directory = page.locator('#annuaire');
    await expect.poll(() => directory.locator('li.item').count(), { timeout: 10_000 }).toBe(34);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, shows the light-DOM fallback text instead of blank boxes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${demo.url}/partenaires.html`);
    await expect(page.locator('#annuaire p').textContent()).resolves.toContain(
      "L'annuaire des patients partenaires est aussi disponible",
    );
    await expect(page.locator('#annuaire').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
