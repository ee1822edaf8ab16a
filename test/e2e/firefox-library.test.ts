/**
 * The extension in a real Firefox (Debian's firefox-esr, MV2 build), driven over WebDriver BiDi
 * by puppeteer-core (test/helpers/firefox.ts): the library in Firefox's sidebar and the options,
 * in French and English, with no console error; a page of the demo site saved through the
 * popup's path and found again; export JSON → erase → import → identical; a browser restart on
 * the same profile; and no request from any extension context — with positive controls for the
 * console and network recorders.
 *
 * How the popup gets access to the page (docs/extension.md, section Firefox): the toolbar
 * button is "clicked" with Firefox's own `triggerAction(window)` (its browserAction module,
 * reached from the browser window over BiDi with `--remote-allow-system-access`): the code a
 * click runs — activeTab granted on the selected tab, the real popup opened. As in the Chromium
 * tests, the test then drives the same popup page in a tab as `popup.html?tab=<id>`, which saves
 * through the real path (scripting.executeScript of page-reader.js, classification, IndexedDB).
 *
 * The extension is installed for good here (the built `.output/binome-<version>-firefox.zip`,
 * `moz:permanent`, unsigned: accepted by ESR with `xpinstall.signatures.required = false`), not as
 * a temporary add-on: Firefox removes a temporary add-on when it stops (checked: after a restart
 * it is no longer installed), so a restart would prove nothing about the library. The other
 * Firefox tests load `.output/firefox-mv2`.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../shared/schemas/clip';
import {
  byRole,
  type ConsoleEntry,
  contextOf,
  EXTENSION_BASE,
  extensionErrors,
  type FirefoxSession,
  fill,
  fromExtension,
  isExtensionContext,
  isNetwork,
  launchFirefox,
  press,
  type RecordedRequest,
  readStore,
  sidebarSearch,
  sidebarSnapshot,
  tabIdOf,
  waitFor,
  waitForText,
} from '../helpers/firefox';
import { type StaticServer, serveDemo } from '../helpers/server';

/** Console errors of the extension (pages, background page, injected scripts), the tests' own controls left out. */
const ownErrors = (entries: ConsoleEntry[]) => extensionErrors(entries).filter((e) => !e.text.includes('[binome-test]'));

/** The whole backup but the moment it was made. */
function backupBody(json: string): Record<string, unknown> {
  const { exportedAt: _at, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

describe('Firefox: the library in the sidebar, the options, saving a demo page, export/import, restart', () => {
  let demo: StaticServer;
  let session: FirefoxSession;
  let profile: string;
  let downloads: string;
  let options: Page;
  let pageUrl: string;
  let hospital: Page;
  let settledAt = 0;
  let exported: string;
  /** Requests of the earlier browser runs (the recorder lives as long as the browser). */
  const earlier: RecordedRequest[] = [];
  const allRequests = async () => [...earlier, ...(await session.requests())];

  /** Exports the full JSON backup from the options page; returns the file's text and removes the file. */
  async function exportBackup(page: Page): Promise<string> {
    for (const f of await readdir(downloads)) await rm(join(downloads, f), { force: true });
    await page.select('#options-transfer-format', 'json');
    await press(await page.waitForSelector('#options-transfer-export'));
    let file = '';
    await waitFor(
      async () => {
        const names = (await readdir(downloads)).filter((f) => /^binome-bibliotheque-\d{4}-\d{2}-\d{2}\.json$/.test(f));
        file = names[0] ?? '';
        if (!file) return false;
        // Complete once it parses (Firefox writes the file, then renames it into place).
        const text = await readFile(join(downloads, file), 'utf8').catch(() => '');
        try {
          return Boolean(JSON.parse(text));
        } catch {
          return false;
        }
      },
      30_000,
      'the backup download',
    );
    const text = await readFile(join(downloads, file), 'utf8');
    await rm(join(downloads, file));
    return text;
  }

  beforeAll(async () => {
    demo = await serveDemo();
    profile = await mkdtemp(join(tmpdir(), 'binome-firefox-profile-'));
    downloads = await mkdtemp(join(tmpdir(), 'binome-firefox-downloads-'));
    session = await launchFirefox({ profileDir: profile, install: 'permanent', downloadDir: downloads });
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('shows the library in Firefox’s sidebar and opens the options, in French, with no console error', async () => {
    // Firefox opens an extension's sidebar when it is installed: the library is in it.
    expect(await session.sidebarOpen()).toBe(true);
    options = await session.openPage('options.html');
    await waitForText(options, 'Options de Binôme');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    await waitForText(options, /^0 ressource/, '[data-testid=storage-used]');

    await waitFor(
      async () => (await sidebarSnapshot(options))?.text.includes('Votre bibliothèque est vide') ?? false,
      10_000,
      'sidebar',
    );
    const sidebar = await sidebarSnapshot(options);
    expect(sidebar).toMatchObject({ url: `${EXTENSION_BASE}/sidepanel.html`, lang: 'fr' });
    expect(sidebar?.text).toContain('Ma bibliothèque');

    // The console recorder sees an extension page's errors (controls, left out of the check below).
    await options.evaluate(() => {
      console.error('[binome-test] control: console.error');
      setTimeout(() => {
        throw new Error('[binome-test] control: uncaught');
      });
    });
    await waitFor(
      async () =>
        (await session.console()).filter((e) => fromExtension(e) && e.text.includes('[binome-test] control')).length === 2,
      5_000,
      'the console controls',
    );
    expect(ownErrors(await session.console())).toEqual([]);
  });

  it('saves a page of the demo site through the popup’s path: toolbar button → activeTab → page-reader.js → IndexedDB', async () => {
    pageUrl = `${demo.url}/charte.html`;
    hospital = await session.browser.newPage();
    await hospital.goto(pageUrl, { waitUntil: 'networkidle0' });
    await hospital.waitForFunction(() => document.querySelector('pp-charter-signer')?.shadowRoot?.querySelector('[part=text]'));
    settledAt = Date.now();
    // A selection in the page becomes the excerpt.
    await hospital.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main > p:not(.notice)') as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });

    // Before the button is clicked, the extension cannot read the page (no host permission).
    const refused = await options.evaluate(async (u: string) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tab = (await ext.tabs.query({})).find((t) => t.url === u);
      return tab === undefined;
    }, pageUrl);
    expect(refused).toBe(true);

    // The toolbar popup itself reads the page (activeTab, page-reader.js) and offers to save it.
    const toolbarPopup = await session.clickToolbarButton(hospital, options);
    expect(toolbarPopup.title).toBe("Charte d'engagement — Centre hospitalier de Valmont");
    expect(toolbarPopup.text).toContain('La HAS recommande que chaque partenaire');
    const tabId = await tabIdOf(options, pageUrl);
    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => (document.getElementById('popup-title') as HTMLInputElement | null)?.value, {
      timeout: 10_000,
    });
    expect(await popup.$eval('#popup-title', (el) => (el as HTMLInputElement).value)).toBe(
      "Charte d'engagement — Centre hospitalier de Valmont",
    );
    expect(await popup.$eval('main blockquote', (el) => el.textContent)).toContain('La HAS recommande que chaque partenaire');
    const suggestedType = await popup.$eval('#popup-type', (el) => (el as HTMLSelectElement).value);

    await fill(popup, '#popup-tags', 'charte, firefox');
    await fill(popup, '#popup-note', 'Vue dans Firefox.');
    await press(await byRole(popup, 'button', 'Enregistrer la page dans la bibliothèque'));
    await waitForText(popup, 'Enregistrée dans votre bibliothèque.');
    await byRole(popup, 'button', 'Mettre à jour la page dans la bibliothèque');

    // The toolbar badge says "saved" on that tab (browserAction in MV2).
    const badge = await popup.evaluate(
      (id: number) =>
        (
          globalThis as unknown as { browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } }
        ).browser.browserAction.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe('✓');

    const [item] = await readStore<LibraryItem>(popup, 'items');
    expect(item).toMatchObject({
      url: pageUrl,
      title: "Charte d'engagement — Centre hospitalier de Valmont",
      lang: 'fr',
      resourceType: suggestedType,
      tags: ['charte', 'firefox'],
      note: 'Vue dans Firefox.',
      isPdf: false,
    });
    expect(item?.excerpts[0]).toContain('La HAS recommande que chaque partenaire');
    expect(Date.now() - Date.parse(item?.consultedAt ?? '')).toBeLessThan(120_000);

    // « Ouvrir la bibliothèque » opens Firefox's sidebar (sidebarAction.open, from the click).
    await session.chrome('SidebarController.hide()');
    await waitFor(async () => !(await session.sidebarOpen()), 5_000, 'sidebar closed');
    await press(await byRole(popup, 'button', 'Ouvrir la bibliothèque'));
    await waitFor(() => session.sidebarOpen(), 5_000, 'sidebar opened by the popup');
    await popup.close();
  });

  it('finds it in the library: the sidebar shows it, search finds it by its words, the detail shows its metadata', async () => {
    await waitFor(async () => (await sidebarSnapshot(options))?.count === '1 résultat', 10_000, 'sidebar: 1 résultat');
    // Search in the sidebar: accents and case ignored.
    await sidebarSearch(options, 'ENGAGEMENT valmont');
    await waitFor(async () => (await sidebarSnapshot(options))?.count === '1 résultat', 5_000, 'sidebar search');
    await sidebarSearch(options, 'introuvable');
    await waitFor(async () => (await sidebarSnapshot(options))?.text.includes('Aucun résultat.') ?? false, 5_000, 'no result');
    await sidebarSearch(options, '');

    // The same page in a tab, with the keyboard: the note is searchable too.
    const panel = await session.openPage('sidepanel.html');
    await waitForText(panel, '1 résultat', '[data-testid=result-count]');
    await panel.focus('#library-search');
    await panel.keyboard.type('vue dans firefox');
    await waitForText(panel, '1 résultat', '[data-testid=result-count]');
    const result = await byRole(panel, 'button', /Charte d'engagement — Centre hospitalier de Valmont/);
    await result.focus();
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('h2#detail-title');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    const facts = await panel.$eval('dl.facts', (el) => (el as HTMLElement).innerText);
    expect(facts).toContain('charte, firefox');
    expect(await panel.$eval('.detail blockquote', (el) => el.textContent)).toContain('La HAS recommande');
    await panel.close();
    expect(ownErrors(await session.console())).toEqual([]);
  });

  it('speaks English once chosen in the options: options, sidebar and library pages, with no console error', async () => {
    await press(await options.waitForSelector('input[name=locale][value=en]'));
    await waitForText(options, 'Binôme options');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    // The sidebar follows at once (storage.onChanged).
    await waitFor(async () => (await sidebarSnapshot(options))?.lang === 'en', 5_000, 'sidebar in English');
    const sidebar = await sidebarSnapshot(options);
    expect(sidebar?.text).toContain('My library');
    expect(sidebar?.count).toBe('1 result');

    const panel = await session.openPage('sidepanel.html');
    await waitForText(panel, '1 result', '[data-testid=result-count]');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    const again = await session.openPage('options.html');
    await waitForText(again, /^1 resource/, '[data-testid=storage-used]');
    await again.close();
    await panel.close();

    // Back to « the browser's language »: this browser is French.
    await press(await options.waitForSelector('input[name=locale][value=auto]'));
    await waitForText(options, 'Options de Binôme');
    await waitFor(async () => (await sidebarSnapshot(options))?.lang === 'fr', 5_000, 'sidebar in French');
    expect(ownErrors(await session.console())).toEqual([]);
  });

  it('exports the JSON backup, erases everything, imports it back: identical', async () => {
    await waitForText(options, /^1 ressource/, '[data-testid=storage-used]');
    exported = await exportBackup(options);
    await waitForText(options, /enregistré dans vos téléchargements/);
    const backup = JSON.parse(exported);
    expect(backup.format).toBe('binome-library');
    expect(backup.items).toHaveLength(1);
    expect(backup.items[0]).toMatchObject({ url: pageUrl, tags: ['charte', 'firefox'] });

    await press(await byRole(options, 'button', 'Supprimer toute la bibliothèque…'));
    await press(await byRole(options, 'button', 'Oui, tout supprimer'));
    await waitForText(options, 'La bibliothèque a été vidée.');
    await waitForText(options, /^0 ressource/, '[data-testid=storage-used]');
    expect(await readStore(options, 'items')).toEqual([]);
    await waitFor(
      async () => (await sidebarSnapshot(options))?.text.includes('Votre bibliothèque est vide') ?? false,
      5_000,
      'sidebar empty',
    );

    const input = (await options.waitForSelector('#options-transfer-file')) as ElementHandle<HTMLInputElement>;
    const file = join(downloads, 'sauvegarde.json');
    await writeFile(file, exported);
    await input.uploadFile(file);
    await press(await options.waitForSelector('#options-transfer-import'));
    await waitForText(options, /Import terminé : 1 ressource ajoutée, 0 mise à jour, 0 inchangée\./);
    await waitForText(options, /^1 ressource/, '[data-testid=storage-used]');
    await waitFor(async () => (await sidebarSnapshot(options))?.count === '1 résultat', 5_000, 'sidebar after import');

    const again = await exportBackup(options);
    expect(backupBody(again)).toEqual(backupBody(exported));
    expect(ownErrors(await session.console())).toEqual([]);
  });

  it('keeps the library across a browser restart on the same profile (an English browser now: « browser language » follows it)', async () => {
    earlier.push(...(await session.requests()));
    const before = ownErrors(await session.console());
    expect(before).toEqual([]);
    await session.close();

    session = await launchFirefox({ profileDir: profile, install: 'none', language: 'en', downloadDir: downloads });
    options = await session.openPage('options.html');
    await waitForText(options, 'Binôme options');
    await waitForText(options, /^1 resource/, '[data-testid=storage-used]');
    const panel = await session.openPage('sidepanel.html');
    await waitForText(panel, '1 result', '[data-testid=result-count]');
    await panel.focus('#library-search');
    await panel.keyboard.type('charte');
    await byRole(panel, 'button', /Charte d'engagement — Centre hospitalier de Valmont/);
    await panel.close();
    expect(backupBody(await exportBackup(options))).toEqual(backupBody(exported));
    expect(ownErrors(await session.console())).toEqual([]);
  });

  it('made NO request from any extension context (pages, background page, content scripts); the page none after its own loads', async () => {
    const requests = await allRequests();
    const fromExt = requests.filter((r) => isNetwork(r) && isExtensionContext(contextOf(r)));
    expect(fromExt).toEqual([]);
    // The page's own loads were recorded (the recorder sees them), and none came after them.
    const own = requests.filter((r) => contextOf(r) === pageUrl);
    expect(own.some((r) => r.url === `${demo.url}/widgets/binome-widgets.js`)).toBe(true);
    expect(own.filter((r) => r.at > settledAt)).toEqual([]);
  });

  it('positive control: the recorder sees a request from an extension page, the background page and a content script', async () => {
    const control = (where: string) => `${demo.url}/controle-${where}.json`;
    hospital = await session.browser.newPage();
    await hospital.goto(pageUrl, { waitUntil: 'networkidle0' });
    await session.clickToolbarButton(hospital, options);
    const tabId = await tabIdOf(options, pageUrl);
    await options.evaluate(
      async (urls: string[], id: number) => {
        const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
        await fetch(urls[0] as string).catch(() => undefined);
        await (ext.extension.getBackgroundPage() as Window).fetch(urls[1] as string).catch(() => undefined);
        await ext.scripting.executeScript({
          target: { tabId: id },
          func: (u: string) => void fetch(u).catch(() => undefined),
          args: [urls[2] as string],
        });
      },
      [control('page'), control('background'), control('content-script')],
      tabId,
    );
    await expect
      .poll(async () =>
        (await session.requests())
          .filter((r) => r.url.includes('/controle-'))
          .map((r) => [r.url.split('/').pop(), contextOf(r)])
          .sort(),
      )
      .toEqual([
        ['controle-background.json', 'background'],
        ['controle-content-script.json', 'content-script'],
        ['controle-page.json', 'extension-page'],
      ]);
  });
});
