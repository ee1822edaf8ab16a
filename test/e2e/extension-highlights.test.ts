/**
 * Highlights with the real extension in Chromium, on a fixture page served on 127.0.0.1
 * under a strict CSP (test/fixtures/anchoring): highlight from the in-page toolbar (saved
 * by the background into IndexedDB), reload, the highlight is back when the extension is
 * opened; a highlighted passage is edited on the page (a typo fixed): the side panel shows
 * it as the page reads now and as it read when highlighted; the page changes (the mutated
 * fixture served at the SAME address), one highlight
 * is re-found and the other is listed as an orphan in the side panel, with its reason, and
 * can be re-attached; axe reports nothing on the side panel with highlights and orphans;
 * then the per-site permission draws highlights on return without opening the extension,
 * and revoking it stops that.
 *
 * How the extension is "opened" on the page: as in extension-library.test.ts, the toolbar
 * action is invoked on the page's tab through the DevTools protocol (`Extensions.triggerAction`,
 * enabled by `--enable-unsafe-extension-debugging`), which grants activeTab exactly as a click
 * would; the side panel is then driven as `sidepanel.html?tab=<id>` opened in a tab.
 *
 * How the per-site permission is granted (documented in docs/highlights.md): Chromium's
 * permission prompt is a native dialog that headless Chromium cannot click, and no switch or
 * DevTools command accepts it. The test checks the side panel offers the grant button, then
 * closes the browser and relaunches the SAME profile with the permission pre-granted in the
 * profile's Preferences (`extensions.settings.<id>.{active,granted,runtime_granted}_permissions
 * .explicit_host` — what Chromium itself writes when the user accepts the prompt). Everything
 * after that is the product's real path: the browser reports the grant (`permissions.getAll`),
 * the background registers highlighter.js for that site at start-up, the page draws its
 * highlight on load without the extension being opened, and "Remove" in the options revokes
 * the permission (`permissions.remove`), after which the script is unregistered and the page
 * is no longer drawn.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton, launchWithExtension, tabIdOf as tabIdOfUrl } from '../helpers/extension';
import { chromeExtensionDist, fixturesDir } from '../helpers/paths';
import { type StaticServer, serveFixtures } from '../helpers/server';

const QUESTION = 'Trois projets ont été menés en binôme';
const KEPT = 'Ses propositions sur les horaires des consultations ont été retenues';
/** Misspelt in article.html; article-typo-fixed.html reads « accompagnent ». */
const TYPO = 'aux équipes qui les acompagnent';
const SITE = 'http://127.0.0.1/*';

interface Session {
  context: BrowserContext;
  worker: Worker;
  id: string;
  open(path: string): Promise<Page>;
}

async function launch(profile: string): Promise<Session> {
  const session = await launchWithExtension({ profileDir: profile, acceptDownloads: false });
  return { context: session.context, worker: session.serviceWorker, id: session.extensionId, open: session.openPage };
}

/** Invokes the toolbar button on the tab showing `url`: grants activeTab there, as a click does. */
const openExtensionOn = (session: Session, url: string) => clickToolbarButton(session.context, session.id, url);
const tabIdOf = (session: Session, url: string) => tabIdOfUrl(session.worker, url);

/** Text of the ranges drawn under each of our highlight names, seen from the page's own world. */
function drawn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>)
      if (name.startsWith('binome-') && name !== 'binome-focus') out[name] = [...set].map((r) => r.toString());
    return out;
  });
}

async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`not in the page: ${needle}`);
  }, text);
}

/** Highlights the selection from the in-page toolbar, with the keyboard: the `n`-th meaning. */
async function highlightWithToolbar(session: Session, page: Page, tabId: number, text: string, n: number): Promise<void> {
  await select(page, text);
  await page.bringToFront();
  const reply = await session.worker.evaluate(
    ([tab]) => chrome.tabs.sendMessage(tab as number, { type: 'binome:hl:toolbar', locale: 'fr' }),
    [tabId],
  );
  expect(reply).toEqual({ ok: true });
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
}

describe('extension highlights on the live page — real Chromium, real extension', () => {
  let server: StaticServer;
  let profile: string;
  let session: Session | undefined;
  let pageUrl: string;
  let version = 'article.html';
  const serve = (res: ServerResponse) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': STRICT_CSP,
    });
    res.end(readFileSync(resolve(fixturesDir, 'anchoring', version)));
  };

  beforeAll(async () => {
    server = await serveFixtures({ routes: { '/live/article.html': (_req: unknown, res: ServerResponse) => serve(res) } });
    pageUrl = `${server.url}/live/article.html`;
    profile = await mkdtemp(join(tmpdir(), 'binome-highlights-'));
    session = await launch(profile);
  });
  afterAll(async () => {
    await session?.context.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('asks for no host permission at install; one optional host permission per site; Alt+Shift+H', () => {
    const manifest = JSON.parse(readFileSync(resolve(chromeExtensionDist, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'sidePanel']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.commands['highlight-selection'].suggested_key.default).toBe('Alt+Shift+H');
  });

  let page: Page;
  let panel: Page;
  let tabId: number;

  it('highlights from the toolbar: saved by the background with its page, drawn, listed in the side panel', async () => {
    const s = session as Session;
    page = await s.context.newPage();
    await page.goto(pageUrl);
    await openExtensionOn(s, pageUrl);
    tabId = await tabIdOf(s, pageUrl);
    panel = await s.open(`sidepanel.html?tab=${tabId}`);
    await panel.getByText('Aucun surlignage sur cette page.').waitFor();

    await highlightWithToolbar(s, page, tabId, QUESTION, 1); // "Question"
    await expect.poll(() => drawn(page)).toEqual({ 'binome-question': [QUESTION] });
    await highlightWithToolbar(s, page, tabId, KEPT, 0); // "À retenir"
    await expect.poll(() => drawn(page)).toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': [KEPT] });

    // The side panel follows (change channel from the background): in the order of the text.
    const buttons = panel.locator('.hl-list button.hl-go');
    await expect.poll(() => buttons.count()).toBe(2);
    expect(await buttons.nth(0).innerText()).toMatch(/Question[\s\S]*Trois projets ont été menés en binôme/);
    expect(await buttons.nth(1).innerText()).toMatch(/À retenir[\s\S]*Ses propositions/);

    // The page is in the library with both highlights (and they are searchable).
    await panel.getByLabel('Rechercher').fill('horaires des consultations');
    await expect.poll(() => panel.getByTestId('result-count').innerText()).toMatch(/^1 /);
  });

  it('scrolls to a highlight from the side panel list (focus)', async () => {
    await panel.locator('.hl-list button.hl-go').nth(1).click();
    await expect
      .poll(() =>
        page.evaluate(() => [...((CSS.highlights.get('binome-focus') as unknown as Set<Range>) ?? [])].map((r) => r.toString())),
      )
      .toEqual([KEPT]);
  });

  it('after a reload the page is left alone until the extension is opened; then the highlights are back', async () => {
    const s = session as Session;
    await page.reload();
    await page.waitForTimeout(500);
    expect(await drawn(page)).toEqual({});
    await openExtensionOn(s, pageUrl);
    await panel.reload();
    await expect.poll(() => drawn(page)).toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': [KEPT] });
    await expect.poll(() => panel.locator('.hl-list button.hl-go').count()).toBe(2);
  });

  it('the page was edited: a highlight re-found on its new wording shows the text now and what it was; axe 0', async () => {
    const s = session as Session;
    await highlightWithToolbar(s, page, tabId, TYPO, 2); // "À citer"
    await expect.poll(() => panel.locator('.hl-list button.hl-go').count()).toBe(3);

    version = 'article-typo-fixed.html';
    await page.reload();
    await openExtensionOn(s, pageUrl);
    await panel.reload();
    const edited = panel.locator('.hl-list li.hl-edited');
    await edited.waitFor();
    expect(await panel.locator('.hl-list li.hl-edited').count()).toBe(1);
    const button = edited.getByRole('button');
    expect(await button.innerText()).toMatch(/À citer[\s\S]*Texte actuel : aux équipes qui les accompagnent/);
    expect(await edited.locator('.hl-was').innerText()).toBe('Au moment du surlignage : aux équipes qui les acompagnent');
    // Read with the button: its description is the former wording.
    expect(await button.getAttribute('aria-describedby')).toBe(await edited.locator('.hl-was').getAttribute('id'));
    // Drawn on the page as it reads now.
    await expect.poll(() => drawn(page)).toMatchObject({ 'binome-a-citer': ['aux équipes qui les accompagnent'] });
    expect(await axeViolations(panel)).toEqual([]);

    // Removed again (straight from the database): the scenarios below count two highlights.
    await panel.evaluate(async (quote) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('binome-library');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const store = db.transaction('annotations', 'readwrite').objectStore('annotations');
      const all = await new Promise<Array<{ id: string; selectors: Array<{ exact?: string }> }>>((ok) => {
        const r = store.getAll();
        r.onsuccess = () => ok(r.result);
      });
      const target = all.find((a) => a.selectors.some((sel) => sel.exact === quote));
      if (!target) throw new Error('no annotation');
      store.delete(target.id);
      db.close();
    }, TYPO);
  });

  it('the page changed: one highlight re-found, the other listed as an orphan with its reason; axe 0', async () => {
    const s = session as Session;
    // A note in Markdown, with markup that must stay text.
    await panel.evaluate(async (quote) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('binome-library');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const store = db.transaction('annotations', 'readwrite').objectStore('annotations');
      const all = await new Promise<Array<{ selectors: Array<{ type: string; exact?: string }>; note?: string }>>((ok) => {
        const r = store.getAll();
        r.onsuccess = () => ok(r.result);
      });
      const target = all.find((a) => a.selectors.some((sel) => sel.exact === quote));
      if (!target) throw new Error('no annotation');
      store.put({ ...target, note: '**Important** : à reprendre <img src=x onerror="document.title=1">' });
      db.close();
    }, KEPT);

    version = 'article-deleted.html';
    await page.reload();
    await openExtensionOn(s, pageUrl);
    await panel.reload();
    const orphans = panel.getByTestId('page-orphans');
    await orphans.waitFor();
    expect(await orphans.getByRole('heading').innerText()).toBe('1 passage introuvable');
    expect(await orphans.locator('blockquote').innerText()).toBe(KEPT);
    expect(await orphans.innerText()).toContain('Le texte n’apparaît plus sur la page');
    // The note: Markdown structure as elements, the HTML as text.
    expect(await orphans.locator('.hl-note strong').innerText()).toBe('Important');
    expect(await orphans.locator('.hl-note img').count()).toBe(0);
    expect(await orphans.locator('.hl-note').innerText()).toContain('<img src=x');
    await expect.poll(() => drawn(page)).toEqual({ 'binome-question': [QUESTION] });
    expect(await panel.locator('.hl-list button.hl-go').count()).toBe(1);

    expect(await axeViolations(panel)).toEqual([]);
  });

  it('deletes an orphan with undo (focus on "Annuler")', async () => {
    const orphans = panel.getByTestId('page-orphans');
    await orphans.getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => orphans.count()).toBe(0);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await panel.getByRole('button', { name: 'Annuler' }).click();
    await panel.getByText('Surlignage rétabli.').waitFor();
    await orphans.waitFor();
    expect(await orphans.locator('blockquote').innerText()).toBe(KEPT);
  });

  it('re-attaches the orphan to a new selection (same highlight, drawn, no longer an orphan)', async () => {
    await select(page, 'La rémunération des patients partenaires');
    await panel.getByRole('button', { name: /^Rattacher/ }).click();
    await panel.getByText('Surlignage rattaché à la nouvelle sélection.').waitFor();
    await expect
      .poll(() => drawn(page))
      .toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': ['La rémunération des patients partenaires'] });
    await expect.poll(() => panel.getByTestId('page-orphans').count()).toBe(0);
    expect(await panel.locator('.hl-list button.hl-go').count()).toBe(2);
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('offers the per-site permission in the side panel', async () => {
    await panel.getByRole('button', { name: 'Afficher automatiquement sur http://127.0.0.1' }).waitFor();
  });

  it('with the site granted, highlights are drawn on return without opening the extension; revoking stops it', async () => {
    await session?.context.close();
    session = undefined;
    // Pre-grant the site in the profile, as Chromium records an accepted prompt (see the header).
    const prefsFile = join(profile, 'Default', 'Preferences');
    const prefs = JSON.parse(await readFile(prefsFile, 'utf8'));
    const settings = prefs.extensions.settings as Record<string, { path?: string; [k: string]: unknown }>;
    const [, entry] = Object.entries(settings).find(([, v]) => v.path === chromeExtensionDist) ?? [];
    if (!entry) throw new Error('extension not found in the profile');
    const grant = (key: string) => {
      const current = (entry[key] ?? { api: [], manifest_permissions: [], scriptable_host: [] }) as { explicit_host?: string[] };
      entry[key] = { ...current, explicit_host: [SITE] };
    };
    for (const key of ['active_permissions', 'granted_permissions', 'runtime_granted_permissions']) grant(key);
    await writeFile(prefsFile, JSON.stringify(prefs));

    const s = await launch(profile);
    session = s;
    expect((await s.worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([SITE]);
    await expect
      .poll(() => s.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((c) => c.id)))
      .toEqual([`binome-hl:${SITE}`]);

    // Return to the page: drawn without the extension being opened.
    const back = await s.context.newPage();
    await back.goto(pageUrl);
    await expect
      .poll(() => drawn(back), { timeout: 10_000 })
      .toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': ['La rémunération des patients partenaires'] });

    // The options list the site; "Remove" revokes it.
    const options = await s.open('options.html');
    const sites = options.getByTestId('granted-sites');
    await sites.waitFor();
    expect(await sites.innerText()).toContain('http://127.0.0.1');
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Retirer http://127.0.0.1' }).click();
    await options.getByText('Aucun site autorisé.').waitFor();
    expect((await s.worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);
    await expect.poll(() => s.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);

    const again = await s.context.newPage();
    await again.goto(pageUrl);
    await again.waitForTimeout(1000);
    expect(await drawn(again)).toEqual({});
  });
});
