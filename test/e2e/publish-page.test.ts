import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { templateRows } from '../../shared/registry/template';
import { PublicFeedSchema } from '../../shared/schemas/public-feed';
import { axeViolations } from '../helpers/axe';
import { type DemoPageSession, openDemoPage } from '../helpers/demo-page';
import { fixturesDir } from '../helpers/paths';

/** « Publier l'annuaire » of the built demo (npm run build:tools, then build:demo), under the strict CSP. */
const fixture = (name: string) => resolve(fixturesDir, 'registry', name);
const NEVER_PUBLISHED = ['Célestine', 'Morvan', 'Ecorcheville', 'Fargeau', 'Quillet', 'Schizophrénie', 'psychiatrie'];

let session: DemoPageSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(): Promise<{ page: Page; requests: string[] }> {
  session = await openDemoPage('publier.html');
  expect(session.response?.headers()['content-security-policy']).toContain("default-src 'self'");
  const { page } = session;
  // The button is enabled by the page's script: then it is ready.
  await page.locator('#preparer:not([disabled])').waitFor();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return { page, requests };
}

describe('demo page « Publier l’annuaire »', () => {
  it('converts a French Excel CSV in the browser, sends nothing, and downloads a valid partenaires.json', async () => {
    const { page, requests } = await open();
    expect(await axeViolations(page)).toEqual([]);
    await page.setInputFiles('#registre', fixture('registre-excel.csv'));
    await page.fill('#etablissement-nom', 'CH de Valmont (fictif)');
    await page.fill('#etablissement-email', 'partenariat@ch-valmont.example.org');
    // Keyboard only: from the last field to the button, then Enter.
    await page.focus('#etablissement-page');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('preparer');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('resultat-titre');
    await expect(page.locator('#resume').textContent()).resolves.toBe(
      '3 personnes publiées sur 6. Le fichier public ne contient que ce que chaque personne a accepté de montrer.',
    );
    expect(await page.locator('#publies li').allTextContents()).toHaveLength(3);
    expect(await page.locator('#non-publies li').allTextContents()).toEqual([
      "pp-103 (Célestine Morvan) — profil non publié : consentement « présence dans l'annuaire » non donné ou retiré le 2 mai 2026",
      'pp-104 (Damien Ecorcheville) — profil non publié : consentement « conservation des données » non donné ou retiré le 20 avril 2026',
      "pp-105 (Élodie Fargeau) — profil non publié : gestionnaire de l'établissement (règle de l'établissement, d'après l'exemple du guide HAS 3.3)",
    ]);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger')]);
    expect(download.suggestedFilename()).toBe('partenaires.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const feed = PublicFeedSchema.parse(JSON.parse(text));
    expect(feed.establishment).toEqual({ name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@ch-valmont.example.org' });
    expect(feed.partners.map((p) => p.id)).toEqual(['pp-101', 'pp-102', 'pp-106']);
    for (const word of NEVER_PUBLISHED) expect(text).not.toContain(word);

    // Nothing left the browser: no request at all during the conversion and the download.
    expect(requests.filter((r) => !r.startsWith('GET blob:'))).toEqual([]);
    expect(session!.errors).toEqual([]);
  });

  it('reads an XLSX workbook under the strict CSP (no worker), and a JSON registry with its own establishment', async () => {
    const { page, requests } = await open();
    await page.setInputFiles('#registre', fixture('registre.xlsx'));
    await page.fill('#etablissement-nom', 'CH de Valmont (fictif)');
    await page.click('#preparer');
    await expect.poll(() => page.locator('#resume').textContent(), { timeout: 10_000 }).toContain('3 personnes publiées sur 6');

    // A new file makes the prepared one stale.
    await page.setInputFiles('#registre', fixture('registre.json'));
    await page.fill('#etablissement-nom', '');
    await expect(page.locator('#resultat').isHidden()).resolves.toBe(true);
    await page.click('#preparer');
    await expect.poll(() => page.locator('#resume').textContent(), { timeout: 10_000 }).toContain('3 personnes publiées sur 6');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger')]);
    const feed = PublicFeedSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(feed.establishment.name).toBe('Centre hospitalier de Valmont (fictif)');
    expect(requests.filter((r) => !r.startsWith('GET blob:'))).toEqual([]);
    expect(session!.errors).toEqual([]);
  });

  it('reads a large workbook (sheet over fflate’s worker threshold) in the page’s own thread, under the CSP', async () => {
    // 1 500 partners: the sheet's XML is several megabytes, which fflate would hand to a blob: worker.
    const [header = [], example = []] = templateRows();
    const rows = Array.from({ length: 1500 }, (_, i) =>
      example.map((value, c) =>
        header[c] === 'id' ? `pp-${i + 1}` : header[c] === 'experience_recit' ? `${value} ${'x'.repeat(400)}` : value,
      ),
    );
    const buffer = await writeExcelFile([header, ...rows].map((row) => row.map((value) => value || null))).toBuffer();
    const { page, requests } = await open();
    await page.setInputFiles('#registre', { name: 'grand-registre.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.fill('#etablissement-nom', 'CH fictif');
    await page.click('#preparer');
    await expect
      .poll(() => page.locator('#resume').textContent(), { timeout: 30_000 })
      .toContain('1500 personnes publiées sur 1500');
    expect(requests).toEqual([]);
    expect(session!.errors).toEqual([]);
  });

  it('shows every problem with its row and column in an error summary, links the missing establishment to its field, offers no file', async () => {
    const { page, requests } = await open();
    await page.setInputFiles('#registre', fixture('registre-erreurs.csv'));
    await page.click('#preparer');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('erreurs');
    const items = await page.locator('#erreurs-liste li').allTextContents();
    expect(items[0]).toBe('établissement manquant : un fichier CSV ou XLSX ne le contient pas, indiquez au moins son nom');
    expect(items).toContain('ligne 3, colonne consentement_nom : oui, non ou une date attendue (lu : « peut-être »)');
    expect(items).toHaveLength(9);
    await expect(page.locator('#resultat').isHidden()).resolves.toBe(true);
    await expect(page.locator('#etablissement-nom').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // From the summary to the field, by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('etablissement-nom');
    expect(requests).toEqual([]);
    expect(session!.errors).toEqual([]);
  });

  it('asks for a file when none is chosen, and offers the templates and the JSON Schema it links to', async () => {
    const { page } = await open();
    await page.click('#preparer');
    await expect
      .poll(() => page.locator('#erreurs-liste').textContent())
      .toBe('Choisissez le fichier du registre (CSV, XLSX ou JSON).');
    for (const href of ['tools/registre-modele.xlsx', 'tools/registre-modele.csv', 'tools/public-feed.schema.json']) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
    }
  });
});
