/**
 * The real extension in Chromium: save a fixture page served on 127.0.0.1 from the
 * popup page, find it in the side panel, export it, import it into a fresh profile —
 * and check that the extension made no network request.
 *
 * How the popup gets access to the page (documented in docs/extension.md): the toolbar
 * popup cannot be clicked in headless Chromium, and a popup opened as a tab has no
 * activeTab grant for another tab. So the test invokes the extension's toolbar action on
 * the fixture tab through the DevTools protocol (`Extensions.triggerAction`, enabled by
 * `--enable-unsafe-extension-debugging`): the browser then grants activeTab for that tab
 * exactly as a user click would (and opens the real popup). The test then drives the
 * same popup page opened in a tab as `popup.html?tab=<id>`, which saves through the real
 * code path (executeScript of page-reader.js, classification, IndexedDB).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton as clickToolbar, launchWithExtension, tabIdOf as tabIdOfUrl } from '../helpers/extension';
import { type StaticServer, serveFixtures } from '../helpers/server';

interface Session {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Requests to the network (http, https, ws) made by the extension's own pages or its service worker. */
const extensionRequests: string[] = [];

function watchNetwork(context: BrowserContext, id: string): void {
  const fromExtension = (request: Request) => {
    const origin = request.serviceWorker()?.url() ?? request.frame()?.url() ?? '';
    return origin.startsWith(`chrome-extension://${id}/`);
  };
  context.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url()) && fromExtension(request)) extensionRequests.push(request.url());
  });
}

async function launch(): Promise<Session> {
  const session = await launchWithExtension();
  watchNetwork(session.context, session.extensionId);
  return {
    context: session.context,
    worker: session.serviceWorker,
    id: session.extensionId,
    profile: session.profileDir,
    open: session.openPage,
    close: session.close,
  };
}

const clickToolbarButton = (session: Session, url: string) => clickToolbar(session.context, session.id, url);
const tabIdOf = (session: Session, url: string) => tabIdOfUrl(session.worker, url);

describe('extension library: save, find, export, import — in real Chromium', () => {
  let fixtures: StaticServer;
  let first: Session;
  let second: Session | undefined;
  let pageUrl: string;
  let exportedPath: string;
  let exportedJson: string;
  const downloads = mkdtemp(join(tmpdir(), 'binome-downloads-'));

  beforeAll(async () => {
    fixtures = await serveFixtures();
    first = await launch();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await fixtures?.close();
    await rm(await downloads, { recursive: true, force: true });
  });

  it('saves a scholarly article from the popup, with its metadata, suggestions and the "already saved" badge', async () => {
    pageUrl = `${fixtures.url}/pages/scholarly-article.html?utm_source=e2e`;
    const article = await first.context.newPage();
    await article.goto(pageUrl);
    // A selection in the page becomes the excerpt.
    await article.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article h2 + p') as Node);
      getSelection()?.addRange(range);
    });
    await clickToolbarButton(first, pageUrl);
    const tabId = await tabIdOf(first, pageUrl);

    const popup = await first.open(`popup.html?tab=${tabId}`);
    await popup.getByLabel('Titre').waitFor();
    expect(await popup.getByLabel('Titre').inputValue()).toBe(
      'Les patients partenaires dans la formation des médecins : une étude qualitative',
    );
    // Suggested from the DOI/PMID and the words of the page; the user confirms or changes.
    expect(await popup.getByLabel(/^Type de ressource/).inputValue()).toBe('article_scientifique');
    expect(await popup.getByRole('checkbox', { name: /Formation et enseignement/ }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: /Recherche/ }).isChecked()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: /Parcours de soins/ }).isChecked()).toBe(false);
    expect(await popup.getByRole('group', { name: 'Texte sélectionné' }).textContent()).toContain(
      'Contexte : les patients enseignants',
    );
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByLabel(/^Étiquettes/).fill('patient enseignant, e2e');
    await popup.getByLabel('Note').fill('À citer dans le rapport annuel.');
    await popup.getByRole('button', { name: 'Enregistrer la page dans la bibliothèque' }).click();
    await popup.getByText('Enregistrée dans votre bibliothèque.').waitFor();
    expect(await popup.getByRole('button', { name: 'Mettre à jour la page dans la bibliothèque' }).isVisible()).toBe(true);

    const badge = await first.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('✓');
    const title = await first.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/^Binôme — page (enregistrée|déjà) dans votre bibliothèque$/);

    // Opened again on the same page (another address form): it says so.
    const again = await first.open(`popup.html?tab=${tabId}`);
    await again.getByText(/^Déjà dans votre bibliothèque/).waitFor();
    await again.close();
    await popup.close();
    await article.close();
  });

  it('finds it by search in the side panel, with its detail, keyboard only', async () => {
    const panel = await first.open('sidepanel.html');
    await panel.getByTestId('result-count').filter({ hasText: '1 résultat' }).waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    const search = panel.getByRole('searchbox', { name: /^Rechercher/ });
    await search.focus();
    await panel.keyboard.type('ETUDE qualitative medecins');
    await panel.getByTestId('result-count').filter({ hasText: '1 résultat' }).waitFor();
    await search.fill('introuvable');
    await panel.getByText('Aucun résultat.').waitFor();
    await search.fill('rapport annuel'); // the note is searchable
    const result = panel.getByRole('button', { name: /Les patients partenaires dans la formation/ });
    await result.waitFor();
    await result.focus();
    await panel.keyboard.press('Enter');
    const heading = panel.getByRole('heading', { level: 2, name: /Les patients partenaires dans la formation/ });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const facts = await panel.locator('dl.facts').textContent();
    expect(facts).toContain('10.9999/rsp.211.0061');
    expect(facts).toContain('33812345');
    expect(facts).toContain('Revue Santé et Partenariat');
    expect(await panel.locator('.detail blockquote').first().textContent()).toContain('Contexte : les patients enseignants');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('has an accessible options page showing the storage used', async () => {
    const options = await first.open('options.html');
    await options
      .getByTestId('storage-used')
      .filter({ hasText: /^1 ressource/ })
      .waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('exports the full JSON backup from the side panel', async () => {
    const panel = await first.open('sidepanel.html');
    await panel.getByTestId('result-count').filter({ hasText: '1 résultat' }).waitFor();
    await panel.getByText('Exporter, importer').click();
    await panel.getByLabel('Format', { exact: true }).selectOption('json');
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Exporter', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^binome-bibliotheque-\d{4}-\d{2}-\d{2}\.json$/);
    exportedPath = join(await downloads, file.suggestedFilename());
    await file.saveAs(exportedPath);
    exportedJson = await readFile(exportedPath, 'utf8');
    const backup = JSON.parse(exportedJson);
    expect(backup.format).toBe('binome-library');
    expect(backup.items).toHaveLength(1);
    expect(backup.items[0]).toMatchObject({
      url: pageUrl.replace('?utm_source=e2e', ''),
      doi: '10.9999/rsp.211.0061',
      pmid: '33812345',
      tags: ['patient enseignant', 'e2e'],
      note: 'À citer dans le rapport annuel.',
      resourceType: 'article_scientifique',
    });
    await panel.getByText(/enregistré dans vos téléchargements/).waitFor();
    await panel.close();
  });

  it('imports the backup into a fresh profile, where it is found again, identical', async () => {
    second = await launch();
    const options = await second.open('options.html');
    await options
      .getByTestId('storage-used')
      .filter({ hasText: /^0 ressource/ })
      .waitFor();
    await options.getByLabel(/^Fichier de sauvegarde/).setInputFiles(exportedPath);
    await options.getByRole('button', { name: 'Importer' }).click();
    await options.getByText(/^Import terminé : 1 ressource ajoutée, 0 mise à jour, 0 inchangée\./).waitFor();
    await options
      .getByTestId('storage-used')
      .filter({ hasText: /^1 ressource/ })
      .waitFor();

    const panel = await second.open('sidepanel.html');
    await panel.getByRole('searchbox', { name: /^Rechercher/ }).fill('enseignant');
    await panel.getByRole('button', { name: /Les patients partenaires dans la formation/ }).waitFor();

    // Exported again from the new profile: the same items, to the byte.
    await panel.getByText('Exporter, importer').click();
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Exporter', exact: true }).click();
    const again = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    expect(again.items).toEqual(JSON.parse(exportedJson).items);
    await panel.close();
    await options.close();
  });

  it('refuses an invalid backup and leaves the library unchanged', async () => {
    if (!second) throw new Error('second profile missing');
    const options = await second.open('options.html');
    await options
      .getByTestId('storage-used')
      .filter({ hasText: /^1 ressource/ })
      .waitFor();
    await options.getByLabel(/^Fichier de sauvegarde/).setInputFiles({
      name: 'abimee.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'binome-library', version: 1, items: [{ id: 'x', title: 'Sans adresse' }] })),
    });
    await options.getByRole('button', { name: 'Importer' }).click();
    await options.getByText("Import refusé, la bibliothèque n'a pas été modifiée :").waitFor();
    expect(await options.getByTestId('status-details').textContent()).toMatch(/^Élément 1 \(« Sans adresse »\) : Champ/);
    expect(await options.getByTestId('storage-used').textContent()).toMatch(/^1 ressource/);
    await options.close();
  });

  it('made no network request of its own during the run (and the watch does see one when it happens)', async () => {
    expect(extensionRequests).toEqual([]);
    // Control: a request from the service worker is caught by the same watch.
    await first.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      `${fixtures.url}/pages/no-metadata.html?probe`,
    );
    await expect.poll(() => extensionRequests.length).toBe(1);
  });
});
