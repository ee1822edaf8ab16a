/**
 * The « Registre des partenaires » in the real extension, in Chromium, and contacts read
 * from the demo hospital's page — with every request of the session recorded.
 *
 * - The demo registry (demo/registry/registre.json) is imported through the file input;
 *   « Publier » downloads the public feed (read back from the download); withdrawing
 *   Camille's `listing` consent removes her from the next feed, withdrawing Karim's `name`
 *   consent removes his name from it.
 * - On « Nos patients partenaires », the popup offers the cards the page shows and saves
 *   them as contacts from what the cards say (`data-pp-shown`): NO request from any
 *   extension context — extension pages, the service worker, the script injected in the
 *   page. Every request of the browser context is recorded for the whole session; the
 *   page's own loads happen before the extension acts, and none follows. A positive control
 *   at the end (a fetch from each context) proves the recorder sees all three.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedContact } from '../../shared/schemas/contact';
import { type PublicFeed, PublicFeedSchema } from '../../shared/schemas/public-feed';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton, type ExtensionSession, launchWithExtension, tabIdOf } from '../helpers/extension';
import { repoRoot } from '../helpers/paths';
import { type StaticServer, serveDemo } from '../helpers/server';

interface Recorded {
  readonly url: string;
  readonly type: string;
  /** 'extension-page', 'service-worker', or the address of the web page that made it. */
  readonly from: string;
  readonly at: number;
}

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://') ? 'service-worker' : `worker:${worker.url()}`;
  try {
    const url = request.frame().page().url();
    return url.startsWith('chrome-extension://') ? 'extension-page' : url;
  } catch {
    return 'unknown';
  }
}

/** Whether the request leaves the browser (the extension's own files and blob: downloads do not). */
const network = (r: Recorded) => /^(https?|wss?):/i.test(r.url);

describe('the partner registry in the extension, and contacts read without any request', () => {
  let demo: StaticServer;
  let session: ExtensionSession;
  let library: Page;
  let downloads: string;
  const recorded: Recorded[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    demo = await serveDemo();
    downloads = await mkdtemp(join(tmpdir(), 'binome-registry-'));
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('request', (request) =>
      recorded.push({ url: request.url(), type: request.resourceType(), from: origin(request), at: Date.now() }),
    );
    session.context.on('weberror', (e) => errors.push(String(e.error())));
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  /** « Publier » → the downloaded partenaires.json, read and validated. */
  async function publishFeed(): Promise<PublicFeed> {
    if (library.url().includes('&id=')) await library.getByRole('button', { name: 'Retour à la liste' }).click();
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Publier' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('partenaires.json');
    const path = join(downloads, `feed-${Date.now()}.json`);
    await download.saveAs(path);
    return PublicFeedSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  }

  async function openPartner(id: string, title: string): Promise<void> {
    if (library.url().includes('&id=')) await library.getByRole('button', { name: 'Retour à la liste' }).click();
    await library.locator(`#registry-${id}`).click();
    await library.getByRole('heading', { level: 2, name: title }).waitFor();
  }

  it('imports the demo registry through the file input', async () => {
    library = await session.openPage('sidepanel.html?view=page&section=registry');
    await library.getByRole('heading', { name: 'Registre des partenaires' }).waitFor();
    await library.getByLabel(/^Fichier du registre/).setInputFiles(resolve(repoRoot, 'demo/registry/registre.json'));
    await library.getByRole('button', { name: 'Importer' }).click();
    await library.getByText(/^37 partenaires importés depuis « registre\.json »/).waitFor();
    await expect.poll(() => library.locator('[data-testid=registry-partners] > li').count()).toBe(37);
    expect(await library.getByTestId('registry-withdrawals').textContent()).toContain('pp-033');
    expect(await axeViolations(library)).toEqual([]);
  });

  it('reads CSV and XLSX tables in the extension too (no worker under its CSP): a bad row changes nothing, the template imports', async () => {
    const template = await readFile(resolve(repoRoot, 'templates/registre-modele.csv'), 'utf8');
    const bad = template.replace(/;15\/01\/2026;/, ';peut-être;');
    expect(bad).not.toBe(template);
    const badPath = join(downloads, 'registre-faux.csv');
    await writeFile(badPath, bad);
    await library.getByLabel(/^Fichier du registre/).setInputFiles(badPath);
    await library.getByRole('button', { name: 'Importer' }).click();
    await library.getByText(/^Le fichier n’a pas été importé : 1 problème à corriger\. Le registre n’a pas changé\.$/).waitFor();
    expect(await library.getByTestId('registry-problems').textContent()).toMatch(/^ligne 2, colonne consentement_/);
    expect(await library.locator('[data-testid=registry-partners] > li').count()).toBe(37);

    // The XLSX template replaces the registry (one example row), under the registry's establishment…
    await library.getByLabel(/^Fichier du registre/).setInputFiles(resolve(repoRoot, 'templates/registre-modele.xlsx'));
    await library.getByRole('button', { name: 'Importer' }).click();
    await library.getByText(/^1 partenaire importé depuis « registre-modele\.xlsx »/).waitFor();
    await expect.poll(() => library.locator('[data-testid=registry-partners] > li').count()).toBe(1);
    expect(await library.getByRole('region', { name: 'Établissement' }).textContent()).toContain('Centre hospitalier de Valmont');
    // … and the demo registry again.
    await library.getByLabel(/^Fichier du registre/).setInputFiles(resolve(repoRoot, 'demo/registry/registre.json'));
    await library.getByRole('button', { name: 'Importer' }).click();
    await library.getByText(/^37 partenaires importés depuis « registre\.json »/).waitFor();
    await expect.poll(() => library.locator('[data-testid=registry-partners] > li').count()).toBe(37);
  });

  it('publishes the public feed as a download: only what each person consented to', async () => {
    const feed = await publishFeed();
    expect(feed.schemaVersion).toBe(2);
    expect(feed.establishment.name).toBe('Centre hospitalier de Valmont (fictif)');
    expect(feed.partners).toHaveLength(34);
    expect(feed.partners.find((p) => p.id === 'pp-001')?.name).toBe('Camille F.');
    expect(feed.partners.find((p) => p.id === 'pp-002')?.name).toBe('Karim B.');
    const text = JSON.stringify(feed);
    // No consent record, no registry name of people who refused it, nobody withdrawn or managing.
    expect(text).not.toMatch(/"consents"|"managesEstablishment"|Lanier|Samuel|Rémi|Isabelle C\.|Denis A\./);
  });

  it('withdrawing the listing consent removes the person from the next feed', async () => {
    await openPartner('pp-001', 'Camille F. (pp-001)');
    await library.getByRole('button', { name: 'Annuaire : Retiré' }).click();
    await library.getByText(/^Consentement « Annuaire » enregistré comme retiré le /).waitFor();
    expect(await library.getByTestId('consent-listing').textContent()).toMatch(/^refusé ou retiré le /);
    expect(await axeViolations(library)).toEqual([]);
    const feed = await publishFeed();
    expect(feed.partners.map((p) => p.id)).not.toContain('pp-001');
    expect(feed.partners).toHaveLength(33);
    expect(JSON.stringify(feed)).not.toContain('Camille');
    // The report says why.
    await library.getByRole('button', { name: 'Vérifier' }).click();
    expect(await library.getByTestId('publish-report').textContent()).toMatch(
      /pp-001 \(Camille F\.\) — profil non publié : consentement « présence dans l'annuaire » non donné ou retiré le /,
    );
  });

  it('withdrawing the name consent removes the name from the next feed, the person stays', async () => {
    await openPartner('pp-002', 'Karim B. (pp-002)');
    await library.getByRole('button', { name: 'Nom : Retiré' }).click();
    await library.getByText(/^Consentement « Nom » enregistré comme retiré le /).waitFor();
    const feed = await publishFeed();
    const karim = feed.partners.find((p) => p.id === 'pp-002');
    expect(karim).toBeDefined();
    expect(karim?.name).toBeUndefined();
    expect(JSON.stringify(feed)).not.toMatch(/Karim|Benali/);
  });

  it('a project’s matching ranks the registry (matching consent only) and links the selection', async () => {
    // Karim's matching consent withdrawn: he is neither ranked nor named any more.
    await openPartner('pp-002', 'Karim B. (pp-002)');
    await library.getByRole('button', { name: 'Projets : Retiré' }).click();
    await library.getByText(/^Consentement « Projets » enregistré comme retiré le /).waitFor();
    await library.getByRole('link', { name: 'Projets', exact: true }).click();
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill('Ateliers d’éducation thérapeutique');
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: 'Ateliers d’éducation thérapeutique' }).waitFor();
    await library.getByText('Trouver des partenaires', { exact: true }).click();
    expect(await library.getByRole('radio', { name: /^le registre des partenaires : 37 personnes/ }).isChecked()).toBe(true);
    const form = library.locator('pp-matching-form');
    // Nothing to type again (issue 20): the project's title, domain and open-ended dates fill the need.
    await expect.poll(() => form.locator('input[name=title]').inputValue()).toBe('Ateliers d’éducation thérapeutique');
    expect(await form.locator('input[name=domain][value=parcours_soins]').isChecked()).toBe(true);
    expect(await form.locator('input[name=duration][value=durable]').isChecked()).toBe(true);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.match').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await form.locator('.matches').textContent()).not.toMatch(/Karim|Benali/);
    const boxes = form.locator('.match input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await form.locator('button[part=propose]').click();
    await library.getByText('Sélection reliée au projet : 2 partenaires.').waitFor();
    expect(await library.getByTestId('project-partners').textContent()).toContain('registre des partenaires');
    expect(await axeViolations(library)).toEqual([]);
    await library.getByRole('link', { name: 'Registre des partenaires' }).click();
    await library.getByRole('heading', { name: 'Registre des partenaires' }).waitFor();
  });

  let hospital: Page;
  let settledAt = 0;

  it('saves contacts from « Nos patients partenaires » from what the cards say', async () => {
    const pageUrl = `${demo.url}/partenaires.html`;
    hospital = await session.context.newPage();
    await hospital.goto(pageUrl, { waitUntil: 'networkidle' });
    await hospital.locator('pp-partner-list#annuaire [part~="card"][data-pp-shown]').first().waitFor({ state: 'attached' });
    // Every lazy portrait loaded: the page's own loads are over before the extension acts.
    await hospital.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await hospital.waitForLoadState('networkidle');
    await hospital.evaluate(() => window.scrollTo(0, 0));
    await hospital.waitForTimeout(500);
    settledAt = Date.now();
    expect(recorded.some((r) => r.from === pageUrl && r.url.endsWith('/data/partenaires.json'))).toBe(true);

    await clickToolbarButton(session.context, session.extensionId, pageUrl);
    const tabId = await tabIdOf(session.serviceWorker, pageUrl);
    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('heading', { name: /patients partenaires sur cette page$/ }).waitFor();
    const text = (await popup.locator('.found-partners').textContent()) ?? '';
    expect(text).toContain('Aïcha D.');
    for (const absent of ['Rémi G.', 'Samuel N.', 'Isabelle C.', 'Denis A.', 'Sophie', 'Lanier'])
      expect(text).not.toContain(absent);
    await popup.getByRole('button', { name: 'Tout désélectionner' }).click();
    await popup.getByRole('checkbox', { name: /^Aïcha D\./ }).check();
    await popup.getByRole('checkbox', { name: /^Agnès L\./ }).check();
    await popup.getByRole('button', { name: 'Enregistrer 2 contacts' }).click();
    await popup.getByText('2 contacts ajoutés.').waitFor();
    await popup.close();

    await library.goto(`chrome-extension://${session.extensionId}/sidepanel.html?view=page&section=contacts`);
    await library.getByTestId('contacts-count').filter({ hasText: '2 contacts' }).waitFor();
    await library.getByRole('link', { name: 'Agnès L.' }).click();
    const card = library.locator('pp-partner-card');
    await expect.poll(() => card.locator('[part="name"]').textContent()).toBe('Agnès L.');
    // What the card showed, without its portrait: the extension asks the hospital for nothing.
    expect(await card.locator('img[part~="photo"]:not([hidden])').count()).toBe(0);
    const stored = await library.evaluate(
      () =>
        new Promise<unknown[]>((done) => {
          const open = indexedDB.open('binome-library');
          open.onsuccess = () => {
            const request = open.result.transaction('contacts').objectStore('contacts').getAll();
            request.onsuccess = () => {
              open.result.close();
              done(request.result);
            };
          };
        }),
    );
    const contacts = stored as SavedContact[];
    expect(contacts.map((c) => c.shown.id).sort()).toEqual(['pp-009', 'pp-037']);
    expect(contacts.every((c) => c.source.feedUrl === `${demo.url}/data/partenaires.json`)).toBe(true);
    expect(JSON.stringify(contacts)).not.toMatch(/"photo"|"consents"|Diallo|Leroy/);
    expect(await axeViolations(library)).toEqual([]);
  });

  it('made NO request from any extension context during the whole session, nor from the page after its own loads', async () => {
    const fromExtension = recorded.filter((r) => (r.from === 'extension-page' || r.from === 'service-worker') && network(r));
    expect(fromExtension).toEqual([]);
    const hospitalUrl = `${demo.url}/partenaires.html`;
    const afterSettled = recorded.filter((r) => r.from === hospitalUrl && r.at > settledAt);
    expect(afterSettled).toEqual([]);
    expect(recorded.filter((r) => r.from === 'unknown' && network(r))).toEqual([]);
    // The extension pages loaded their own files, which the recorder saw too.
    expect(
      recorded.some((r) => r.from === 'extension-page' && r.url.startsWith(`chrome-extension://${session.extensionId}/`)),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('positive control: the recorder sees a request from an extension page, the service worker and a script injected in the page', async () => {
    const control = (where: string) => `${demo.url}/controle-${where}.json`;
    await library.evaluate((url) => fetch(url).catch(() => undefined), control('page'));
    await session.serviceWorker.evaluate(
      (url) =>
        fetch(url)
          .then(() => undefined)
          .catch(() => undefined),
      control('worker'),
    );
    const tabId = await tabIdOf(session.serviceWorker, `${demo.url}/partenaires.html`);
    await session.serviceWorker.evaluate(
      async ({ tabId, url }) => {
        await chrome.scripting.executeScript({
          target: { tabId },
          func: (u: string) =>
            fetch(u)
              .then(() => undefined)
              .catch(() => undefined),
          args: [url],
        });
      },
      { tabId, url: control('injected') },
    );
    await expect
      .poll(() => recorded.filter((r) => r.url.includes('/controle-')).map((r) => [r.url.split('/').pop(), r.from]))
      .toEqual(
        expect.arrayContaining([
          ['controle-page.json', 'extension-page'],
          ['controle-worker.json', 'service-worker'],
          ['controle-injected.json', `${demo.url}/partenaires.html`],
        ]),
      );
    await hospital.close();
  });
});
