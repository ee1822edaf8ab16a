/**
 * Highlights in a real Firefox (firefox-esr, the MV2 build loaded from `.output/firefox-mv2`),
 * on a fixture page served on 127.0.0.1 under a strict CSP (test/fixtures/anchoring): the
 * extension is opened on the page (toolbar button → activeTab), `highlighter.js` is injected on
 * demand (MV2 `scripting.executeScript`, no host permission), a passage is highlighted from the
 * in-page toolbar and saved by the background page into IndexedDB; the page is reloaded, the
 * extension opened again, the highlight is re-found; the passage is then deleted from the page
 * (the changed fixture served at the SAME address) and shows as an orphan in the library panel.
 *
 * As in the Chromium test (extension-highlights.test.ts), the toolbar is opened with the message
 * the `highlight-selection` command (Alt+Shift+H) sends — `tabs.sendMessage(tab, { type:
 * 'binome:hl:toolbar' })`, here from an extension page since MV2 Firefox has a background page
 * rather than a service worker — then driven with the keyboard in the page. The toolbar button is
 * Firefox's own `triggerAction` (test/helpers/firefox.ts), which also opens the real popup: that
 * popup draws the page's highlights, as it does for a user.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import {
  contextOf,
  extensionErrors,
  type FirefoxSession,
  firefoxExtensionDist,
  isExtensionContext,
  isNetwork,
  launchFirefox,
  readStore,
  reloadExtensionPage,
  tabIdOf,
  waitForText,
} from '../helpers/firefox';
import { fixturesDir } from '../helpers/paths';
import { type StaticServer, serveFixtures } from '../helpers/server';

const QUESTION = 'Trois projets ont été menés en binôme';
const KEPT = 'Ses propositions sur les horaires des consultations ont été retenues';

/** Text of the ranges drawn under each of our highlight names, seen from the page. */
function drawn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, set] of CSS.highlights as unknown as Map<string, Set<Range>>)
      if (name.startsWith('binome-') && name !== 'binome-focus') out[name] = [...set].map((r) => r.toString());
    return out;
  });
}

async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((needle: string) => {
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

describe('Firefox: highlights on the live page — content script injected on demand, re-found, orphan', () => {
  let server: StaticServer;
  let session: FirefoxSession;
  let pageUrl: string;
  let version = 'article.html';
  let page: Page;
  let panel: Page;
  let tabId: number;
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
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Highlights the selection from the in-page toolbar, with the keyboard: the `n`-th meaning. */
  async function highlightWithToolbar(text: string, n: number): Promise<void> {
    await select(page, text);
    await page.bringToFront();
    const reply = await panel.evaluate(
      (tab: number) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(tab, {
          type: 'binome:hl:toolbar',
          locale: 'fr',
        }),
      tabId,
    );
    expect(reply).toEqual({ ok: true });
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
  }

  it('the MV2 build asks for no host permission at install: one optional permission per site, like `tabs`', () => {
    const manifest = JSON.parse(readFileSync(resolve(firefoxExtensionDist, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
    expect(manifest.optional_permissions).toEqual(['tabs', 'http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it('nothing runs in the page until the extension is opened on it; then highlighter.js is injected', async () => {
    page = await session.browser.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle0' });
    // An extension page to ask the extension's own API.
    panel = await session.openPage('options.html');
    const registered = await panel.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts(),
    );
    expect(registered).toEqual([]);
    await expect(tabIdOf(panel, pageUrl)).rejects.toThrow(/not visible/); // no access to the tab: not even its address
    expect(await drawn(page)).toEqual({});

    await session.clickToolbarButton(page, panel);
    tabId = await tabIdOf(panel, pageUrl);
    await panel.close();
    panel = await session.openPage(`sidepanel.html?tab=${tabId}`);
    await waitForText(panel, 'Aucun surlignage sur cette page.');
    const ping = await panel.evaluate(
      (tab: number) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(tab, { type: 'binome:hl:ping' }),
      tabId,
    );
    expect(ping).toMatchObject({ ok: true });
  });

  it('highlights from the in-page toolbar: saved by the background page, drawn, listed in the panel', async () => {
    await highlightWithToolbar(QUESTION, 1); // « Question »
    await expect.poll(() => drawn(page), { timeout: 15_000 }).toEqual({ 'binome-question': [QUESTION] });
    await highlightWithToolbar(KEPT, 0); // « À retenir »
    await expect
      .poll(() => drawn(page), { timeout: 15_000 })
      .toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': [KEPT] });

    // The panel follows (change channel from the background page), in the order of the text.
    await expect.poll(() => panel.$$eval('.hl-list button.hl-go', (b) => b.length), { timeout: 15_000 }).toBe(2);
    const labels = await panel.$$eval('.hl-list button.hl-go', (b) => b.map((x) => (x as HTMLElement).innerText));
    expect(labels[0]).toMatch(/Question[\s\S]*Trois projets ont été menés en binôme/);
    expect(labels[1]).toMatch(/À retenir[\s\S]*Ses propositions/);

    // In IndexedDB (the extension's origin), with the page saved in the library.
    const annotations = await readStore<{ selectors: Array<{ type: string; exact?: string }> }>(panel, 'annotations');
    expect(annotations.map((a) => a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact).sort()).toEqual(
      [KEPT, QUESTION].sort(),
    );
    const items = await readStore<{ url: string }>(panel, 'items');
    expect(items.map((i) => i.url)).toEqual([pageUrl]);
  });

  it('after a reload the page is left alone until the extension is opened; then the highlights are re-found', async () => {
    await page.reload({ waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await drawn(page)).toEqual({});
    await session.clickToolbarButton(page, panel);
    await reloadExtensionPage(panel);
    await expect
      .poll(() => drawn(page), { timeout: 15_000 })
      .toEqual({ 'binome-question': [QUESTION], 'binome-a-retenir': [KEPT] });
    await expect.poll(() => panel.$$eval('.hl-list button.hl-go', (b) => b.length), { timeout: 15_000 }).toBe(2);
  });

  it('the passage deleted from the page shows as an orphan, with its reason; the other is still drawn', async () => {
    version = 'article-deleted.html';
    await page.reload({ waitUntil: 'networkidle0' });
    await session.clickToolbarButton(page, panel);
    await reloadExtensionPage(panel);
    const orphans = await panel.waitForSelector('[data-testid=page-orphans]', { timeout: 20_000 });
    expect(await orphans?.$eval('h2, h3', (h) => (h as HTMLElement).innerText)).toBe('1 passage introuvable');
    expect(await orphans?.$eval('blockquote', (q) => (q as HTMLElement).innerText)).toBe(KEPT);
    expect(await orphans?.evaluate((o) => (o as HTMLElement).innerText)).toContain('Le texte n’apparaît plus sur la page');
    await expect.poll(() => drawn(page), { timeout: 15_000 }).toEqual({ 'binome-question': [QUESTION] });
    expect(await panel.$$eval('.hl-list button.hl-go', (b) => b.length)).toBe(1);
  });

  it('no console error from the extension; no request from its contexts, the injected script included (with a control)', async () => {
    const errors = extensionErrors(await session.console());
    expect(errors).toEqual([]);
    const requests = await session.requests();
    expect(requests.filter((r) => isNetwork(r) && isExtensionContext(contextOf(r)))).toEqual([]);
    // Control: a fetch from a script injected in the page is seen, and attributed to the extension.
    await panel.evaluate(
      (tab: number, url: string) =>
        (globalThis as unknown as { browser: typeof chrome }).browser.scripting.executeScript({
          target: { tabId: tab },
          func: (u: string) => void fetch(u).catch(() => undefined),
          args: [url],
        }),
      tabId,
      `${server.url}/controle-highlights.json`,
    );
    await expect
      .poll(async () => (await session.requests()).filter((r) => r.url.endsWith('/controle-highlights.json')).map(contextOf))
      .toEqual(['content-script']);
  });
});
