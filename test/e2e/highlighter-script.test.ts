/**
 * The built injected script (.output/chrome-mv3/highlighter.js) in real Chromium, on fixture
 * pages served under a strict CSP, run in an ISOLATED WORLD as a content script is — with
 * the extension's messaging replaced by a stub (the wiring to the library is part B).
 * Checks what only a real content script can show: CSS highlights and the adopted
 * stylesheet registered from the isolated world are seen by the page, nothing in the page's
 * DOM changes but the toolbar host, and the keyboard path of the toolbar saves a highlight.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { chromeExtensionDist } from '../helpers/paths';
import { type StaticServer, serveFixtures } from '../helpers/server';

const script = readFileSync(resolve(chromeExtensionDist, 'highlighter.js'), 'utf8');

// Stands in for chrome.runtime in the isolated world: records events, confirms saves, and
// exposes the script's message listener so commands go through the real listener path.
const RUNTIME_STUB = `
globalThis.__events = [];
globalThis.chrome = { runtime: {
  id: 'binome-test',
  onMessage: { addListener(listener) { globalThis.__listener = listener; } },
  async sendMessage(event) {
    globalThis.__events.push(event);
    return event.type === 'binome:hl:save' ? { ok: true, id: 'saved-' + globalThis.__events.length } : { ok: true };
  },
} };
globalThis.__send = (command) => new Promise((resolve) => {
  const async = globalThis.__listener(command, {}, resolve);
  if (async !== true) resolve(undefined);
});
`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Injects the built script into an isolated world of the page; returns an evaluator for that world. */
async function inject(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'binome' });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  await evaluate(RUNTIME_STUB);
  await evaluate(script);
  return evaluate;
}

/** Selects, from the page's own world, the first occurrence of `text` within one text node. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
    }
    throw new Error(`not found: ${needle}`);
  }, text);
}

const QUOTE = 'le guide recommande de la prévoir dès la conception du projet';

describe('the built highlighter script, as a content script in Chromium under a strict CSP', () => {
  it('captures on one version of a page and draws it back on a changed version, touching nothing', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${server.url}/anchoring/article.html`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    let world = await inject(page);
    await select(page, QUOTE);
    const captured = await world<{ ok: boolean; selectors: unknown[] }>(`__send({ type: 'binome:hl:capture' })`);
    expect(captured).toMatchObject({ ok: true, quote: QUOTE });

    await page.goto(`${server.url}/anchoring/article-moved.html`);
    world = await inject(page);
    await page.evaluate(() => {
      const w = window as unknown as { __records: MutationRecord[] };
      w.__records = [];
      new MutationObserver((r) => w.__records.push(...r)).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const annotation = { id: 'a1', colour: 'a-retenir', selectors: captured.selectors };
    const reply = await world<{ results: unknown[]; rendering: boolean }>(
      `__send({ type: 'binome:hl:render', locale: 'fr', meanings: [], annotations: [${JSON.stringify(annotation)}] })`,
    );
    expect(reply).toMatchObject({ ok: true, rendering: true, results: [{ id: 'a1', status: 'anchored' }] });
    // Seen from the page's own world: the highlight and our stylesheet, and no DOM change.
    const seen = await page.evaluate(() => ({
      text: [...((CSS.highlights.get('binome-a-retenir') as unknown as Set<Range>) ?? [])].map((r) => r.toString()),
      sheets: document.adoptedStyleSheets.filter((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('::highlight(binome-a-retenir)')),
      ).length,
      mutations: (window as unknown as { __records: MutationRecord[] }).__records.length,
    }));
    expect(seen).toEqual({ text: [QUOTE], sheets: 1, mutations: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights from the keyboard: toolbar command, arrows, Enter — saved through the extension, then drawn', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/anchoring/article.html`);
    const world = await inject(page);
    await world(`__send({ type: 'binome:hl:render', locale: 'fr', meanings: [], annotations: [] })`);
    await select(page, 'Trois projets ont été menés en binôme');
    expect(await world(`__send({ type: 'binome:hl:toolbar' })`)).toEqual({ ok: true });
    // Focus is in the closed shadow root: "Question" is the second button.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...((CSS.highlights.get('binome-question') as unknown as Set<Range>) ?? [])].map((r) => r.toString()),
        ),
      )
      .toEqual(['Trois projets ont été menés en binôme']);
    const events = await world<Array<{ type: string; colour: string }>>('globalThis.__events');
    expect(events).toMatchObject([
      { type: 'binome:hl:ready', url: `${server.url}/anchoring/article.html`, version: 1 },
      { type: 'binome:hl:save', colour: 'question', quote: 'Trois projets ont été menés en binôme' },
    ]);
    // The only element added to the page, with a closed shadow root.
    expect(
      await page.evaluate(() => [
        document.documentElement.lastElementChild?.localName,
        document.querySelector('binome-highlighter')?.shadowRoot,
      ]),
    ).toEqual(['binome-highlighter', null]);
    await page.close();
  });
});
