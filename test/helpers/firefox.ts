/**
 * Firefox (Debian's firefox-esr) with the built MV2 extension, driven by puppeteer-core over
 * WebDriver BiDi — no browser download (see docs/extension.md, section Firefox).
 *
 * - The extension's internal UUID is fixed by the `extensions.webextensions.uuids` pref, so its
 *   pages are `moz-extension://<UUID>/…`. Navigating there needs `--remote-allow-system-access`
 *   (Firefox ≥ 153) and never reports `load`: `openPage` waits for the document itself.
 * - `--remote-allow-system-access` also lets the test evaluate in the browser window itself
 *   (BiDi `moz:scope: "chrome"`). That is used for three things only, none of which changes
 *   what the extension does:
 *   1. the toolbar button: `triggerAction(window)` of Firefox's own browserAction module — "the
 *      same effects as if it were clicked by a user" (the code a click or `_execute_browser_action`
 *      runs): activeTab granted on the selected tab, the real popup opened;
 *   2. recorders installed before the extension: every HTTP(S)/WS request of the browser (the
 *      `http-on-modify-request` notification, with the principal that triggered it and the
 *      document that made it), and every console error and warning of every process (a process
 *      script forwards the Console API messages; uncaught errors come from the console service);
 *   3. asking whether the sidebar is open on the extension's panel (SidebarController) — the
 *      sidebar's own DOM is read from an extension page with `browser.extension.getViews({ type: 'sidebar' })`.
 * - BiDi sees neither the console nor the network of `moz-extension:` documents (checked with
 *   Firefox 153): hence the recorders above, each with a positive control in the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { repoRoot } from './paths';

export const firefoxExtensionDist = resolve(repoRoot, '.output/firefox-mv2');
/** The archive `wxt zip -b firefox` makes from the same build: what a user installs for good. */
export const firefoxExtensionZip = resolve(
  repoRoot,
  `.output/binome-${JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).version}-firefox.zip`,
);
/** `browser_specific_settings.gecko.id`, read from the built manifest (wxt.config.ts sets it). */
export const GECKO_ID: string = (() => {
  const manifest = resolve(firefoxExtensionDist, 'manifest.json');
  if (!existsSync(manifest)) return '(no Firefox build: run npm run build)';
  return JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id;
})();
/** Fixed internal UUID of the extension in the test profiles. */
export const EXTENSION_UUID = 'b1b0be00-0000-4000-8000-00000000b1e0';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise: no test tool downloads its own browser. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  return '/usr/bin/firefox-esr';
}

/** A request seen by the browser, with who made it. */
export interface RecordedRequest {
  readonly url: string;
  /** Origin of the principal that triggered it: the page's, `moz-extension://…`, `[Expanded Principal […]]` for a content script, `[System Principal]` for the browser. */
  readonly principal: string;
  /** The document whose load or script made it ('' when the browser cannot say, e.g. a content script's fetch). */
  readonly document: string;
  readonly at: number;
}

/** A console error or warning of any process. */
export interface ConsoleEntry {
  readonly kind: 'console' | 'uncaught';
  readonly level: string;
  readonly text: string;
  /** The script that logged or threw. */
  readonly source: string;
  /** The document it happened in, when known. */
  readonly document: string;
  readonly addonId: string;
  readonly at: number;
}

export type RequestContext = 'extension-page' | 'background' | 'content-script' | 'browser' | string;

/** Which context made a request: an extension page, the background page, a content script, the browser, or a web page (its address). */
export function contextOf(request: RecordedRequest): RequestContext {
  if (request.principal.includes(EXTENSION_BASE)) {
    if (request.principal.startsWith('[Expanded Principal')) return 'content-script';
    return request.document.endsWith('/_generated_background_page.html') ? 'background' : 'extension-page';
  }
  if (request.principal === '[System Principal]' && !request.document.startsWith('http')) return 'browser';
  return request.document || request.principal;
}

export const isExtensionContext = (context: RequestContext) =>
  context === 'extension-page' || context === 'background' || context === 'content-script';

/** Whether the request leaves the browser (http, https, ws, wss). */
export const isNetwork = (request: RecordedRequest) => /^(https?|wss?):/i.test(request.url);

/** Console entries that come from the extension: its pages, background page, or scripts it injected. */
export function fromExtension(entry: ConsoleEntry): boolean {
  return entry.addonId === GECKO_ID || entry.source.startsWith(EXTENSION_BASE) || entry.document.startsWith(EXTENSION_BASE);
}

/**
 * What Firefox (ExtensionCommon's wrapPromise) logs when an extension page goes away — closed,
 * reloaded; the toolbar popup closes as soon as the user clicks elsewhere — while one of its API
 * calls (here the popup's `tabs.sendMessage` drawing the page's highlights) is still on its way:
 * "Promise resolved after context unloaded" or "Promise rejected after context unloaded: <why>".
 * The answer arrives after its page is gone: no code of the extension can see it, no page's
 * console shows it. Chromium drops such an answer silently.
 */
const TEARDOWN = /^Promise (resolved|rejected) after context unloaded\b/;

/** Console errors of the extension (pages, background page, injected scripts), Firefox's teardown notices left out. */
export function extensionErrors(entries: readonly ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((e) => fromExtension(e) && e.level === 'error' && !TEARDOWN.test(e.text));
}

export interface FirefoxSession {
  readonly browser: Browser;
  readonly profileDir: string;
  /** Opens an extension page (popup.html?tab=…, sidepanel.html, options.html…) in a new tab, once its document has loaded. */
  openPage(path: string): Promise<Page>;
  /** Evaluates `expression` in the browser window itself (privileged); its value is returned through JSON. */
  chrome<T>(expression: string): Promise<T>;
  /**
   * The toolbar button, as a click on `page`'s tab: brings the tab to the front, then Firefox's own
   * triggerAction — activeTab granted, the real popup opened. Waits until that popup shows what it
   * read from the page (read through `reader`, any extension page), closes it, and returns it.
   */
  clickToolbarButton(page: Page, reader: Page): Promise<PopupSnapshot>;
  /** Every request the browser made since launch. */
  requests(): Promise<RecordedRequest[]>;
  /** Every console error and warning (all processes) since launch. */
  console(): Promise<ConsoleEntry[]>;
  /** Whether Firefox's sidebar is open on the extension's panel. */
  sidebarOpen(): Promise<boolean>;
  close(): Promise<void>;
}

/** What the real toolbar popup showed: the title it read from the page, and its text. */
export interface PopupSnapshot {
  readonly title: string;
  readonly text: string;
}

export interface FirefoxOptions {
  /** Reuse a profile (the extension is then already in it when it was installed with `install: 'permanent'`). */
  profileDir?: string;
  /**
   * 'temporary' (default): `.output/firefox-mv2` as a temporary add-on, like about:debugging;
   * 'permanent': the built archive installed for good (kept across restarts, with its data), which
   * needs `xpinstall.signatures.required = false` — honoured by ESR for an unsigned add-on;
   * 'none': already installed in `profileDir`.
   */
  install?: 'temporary' | 'permanent' | 'none';
  /** The browser's language (`intl.accept_languages`, what `navigator.language` says). French by default. */
  language?: 'fr' | 'en';
  /** Where downloads go (saved without asking). */
  downloadDir?: string;
}

type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/** Runs in every content process (process script): forwards Console API errors and warnings to the parent. */
const CONSOLE_FORWARDER = `
const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
const text = (value) => {
  try {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && 'message' in value) return String(value.name) + ': ' + String(value.message);
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};
storage.addLogEventListener((message) => {
  const m = message.wrappedJSObject ?? message;
  if (m.level !== 'error' && m.level !== 'warn' && m.level !== 'assert') return;
  let document = '';
  try {
    document = WindowGlobalChild.getByInnerWindowId(m.innerID)?.documentURI?.spec ?? '';
  } catch {}
  let args = [];
  try {
    args = Array.from(m.arguments ?? [], text);
  } catch {}
  Services.cpmm.sendAsyncMessage('binome-test:console', {
    kind: 'console', level: m.level, text: args.join(' '), source: String(m.filename ?? ''), document, addonId: String(m.addonId ?? ''),
  });
}, Services.scriptSecurityManager.getSystemPrincipal());
`;

/** Runs once in the browser window before the extension is installed: the two recorders. */
const RECORDERS = `(() => {
  if (window.__binomeTest) return 'already';
  const state = (window.__binomeTest = { requests: [], console: [] });
  Services.obs.addObserver((subject) => {
    const channel = subject.QueryInterface(Ci.nsIChannel);
    const info = channel.loadInfo;
    let document = '';
    try {
      document = info?.browsingContext?.currentWindowGlobal?.documentURI?.spec ?? '';
    } catch {}
    state.requests.push({ url: channel.URI.spec, principal: info?.triggeringPrincipal?.origin ?? '', document, at: Date.now() });
  }, 'http-on-modify-request');
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError) || message.logLevel < Ci.nsIConsoleMessage.warn) return;
      let document = '';
      try {
        document = WindowGlobalParent.getByInnerWindowId(message.innerWindowID)?.documentURI?.spec ?? '';
      } catch {}
      state.console.push({
        kind: 'uncaught', level: message.logLevel === Ci.nsIConsoleMessage.error ? 'error' : 'warn',
        text: message.errorMessage, source: message.sourceName ?? '', document, addonId: '', at: Date.now(),
      });
    },
  });
  Services.ppmm.addMessageListener('binome-test:console', ({ data }) => state.console.push({ ...data, at: Date.now() }));
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(CONSOLE_FORWARDER)}), true);
  return 'installed';
})()`;

/** Firefox's browserAction module for our extension, in the browser window. */
const BROWSER_ACTION = `(() => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension;
  if (!extension) throw new Error('extension not running');
  return { extension, action: ExtensionParent.apiManager.global.browserActionFor(extension) };
})()`;

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'binome-firefox-')));
  const language = options.language ?? 'fr';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    ...(options.downloadDir ? { downloadBehavior: { policy: 'allow' as const, downloadPath: options.downloadDir } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': language === 'fr' ? 'fr-FR, fr' : 'en-US, en',
      'xpinstall.signatures.required': false,
      // A download opens Firefox's downloads panel, which takes the keyboard from the page: keys
      // meant for the page after an export would go to the panel.
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const bidi = (browser as unknown as { connection: Bidi }).connection;

  let chromeContext: string | undefined;
  async function chrome<T>(expression: string): Promise<T> {
    if (!chromeContext) {
      const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
      chromeContext = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
      if (!chromeContext) throw new Error('no browser window');
    }
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})) ?? 'null')()`,
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`chrome: ${JSON.stringify(result.exceptionDetails)}`);
    return JSON.parse((result.result as { value: string }).value) as T;
  }

  try {
    await chrome(RECORDERS);
    if ((options.install ?? 'temporary') === 'temporary') await browser.installExtension(firefoxExtensionDist);
    else if (options.install === 'permanent')
      await bidi.send('webExtension.install', {
        extensionData: { type: 'archivePath', path: firefoxExtensionZip },
        'moz:permanent': true,
      });
    // Running: its background page has started.
    await waitFor(
      () => chrome<boolean>(`WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension?.backgroundState === 'running'`),
      20_000,
      'the extension did not start',
    );
  } catch (error) {
    await browser.close();
    throw error;
  }

  return {
    browser,
    profileDir,
    chrome,
    async openPage(path) {
      const page = await browser.newPage();
      const url = `${EXTENSION_BASE}/${path.replace(/^\//, '')}`;
      // Firefox never reports `load` for a moz-extension: navigation over BiDi: wait for the document instead.
      await page.goto(url, { waitUntil: [], timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction(
        (u: string) => location.href === u && document.readyState === 'complete',
        { timeout: 30_000 },
        url,
      );
      return page;
    },
    async clickToolbarButton(page, reader) {
      await page.bringToFront();
      const url = await page.evaluate(() => location.href);
      await waitFor(
        () => chrome<boolean>(`gBrowser.selectedBrowser.currentURI.spec === ${JSON.stringify(url)}`),
        5_000,
        'tab not selected',
      );
      const granted = await chrome<boolean>(`(async () => {
        const { extension, action } = ${BROWSER_ACTION};
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        action.triggerAction(window);
        const popup = ViewPopup.for(extension, window);
        if (popup) await popup.browserLoaded;
        return extension.tabManager.hasActiveTabPermission(gBrowser.selectedTab);
      })()`);
      if (!granted) throw new Error('activeTab not granted');
      // The real popup reads the page (activeTab): wait until it shows what it read, through the extension's own API.
      let shown: PopupSnapshot | null = null;
      await waitFor(
        async () => {
          shown = await reader.evaluate(() => {
            const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
            const doc = ext.extension.getViews({ type: 'popup' })[0]?.document;
            const title = (doc?.getElementById('popup-title') as HTMLInputElement | null)?.value ?? '';
            const text = doc?.body?.innerText ?? '';
            return title || doc?.querySelector('.notice') ? { title, text } : null;
          });
          return shown !== null;
        },
        20_000,
        'the toolbar popup',
      );
      // Then it is closed, as Firefox closes it when the user goes to another tab: the test drives the same
      // page in a tab (popup.html?tab=<id>), which gets the keyboard (an open popup panel keeps the focus).
      await chrome(`(async () => {
        const { extension } = ${BROWSER_ACTION};
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        ViewPopup.for(extension, window)?.closePopup();
        return true;
      })()`);
      await waitFor(
        () =>
          chrome<boolean>(`(() => {
            const { extension } = ${BROWSER_ACTION};
            const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
            return !ViewPopup.for(extension, window);
          })()`),
        5_000,
        'the toolbar popup closed',
      );
      return shown as unknown as PopupSnapshot;
    },
    requests: () => chrome<RecordedRequest[]>('window.__binomeTest.requests'),
    console: () => chrome<ConsoleEntry[]>('window.__binomeTest.console'),
    sidebarOpen: () =>
      chrome<boolean>(
        `SidebarController.isOpen && SidebarController.currentID === ${JSON.stringify(`${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`)}`,
      ),
    async close() {
      await browser.close();
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it is true. */
export async function waitFor(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reloads an extension page (Firefox never reports `load` to BiDi there: wait for the new document). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __old?: boolean }).__old = true;
    location.reload();
  });
  await page.waitForFunction(() => !(window as unknown as { __old?: boolean }).__old && document.readyState === 'complete', {
    timeout: 30_000,
  });
}

// ——— small DOM helpers for extension pages (puppeteer's ARIA queries need the accessibility tree BiDi does not give there) ———

/** Waits for a text in the page: in the body, or in one of the elements `within` selects (innerText). */
export async function waitForText(page: Page, text: string | RegExp, within = 'body', timeout = 20_000): Promise<string> {
  const source = typeof text === 'string' ? { s: text } : { r: text.source, f: text.flags };
  try {
    const handle = await page.waitForFunction(
      (sel: string, t: { s?: string; r?: string; f?: string }) => {
        for (const el of document.querySelectorAll<HTMLElement>(sel)) {
          const value = el.innerText ?? '';
          if (t.s !== undefined ? value.includes(t.s) : new RegExp(t.r ?? '', t.f).test(value)) return value;
        }
        return false;
      },
      { timeout },
      within,
      source,
    );
    return (await handle.jsonValue()) as string;
  } catch (error) {
    // Say what the page showed instead.
    const shown = await page
      .$$eval(within, (els) => els.map((el) => (el as HTMLElement).innerText).join(' | '))
      .catch(() => '(page gone)');
    throw new Error(`${String(text)} not in ${within}: ${String(error)}\n— shown: ${shown.slice(-1500)}`);
  }
}

/**
 * Activates a control from the keyboard — Enter for a button, Space for a radio or checkbox: a
 * trusted user action (it counts as a user gesture) that does not depend on where the control is
 * drawn while the page is still moving.
 */
export async function press(control: ElementHandle<Element> | null): Promise<void> {
  if (!control) throw new Error('no control to press');
  const kind = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.localName));
  // Keys go to the selected tab's focused element: select the control's tab first.
  await control.frame.page().bringToFront();
  await control.focus();
  await control.press(kind === 'radio' || kind === 'checkbox' ? ' ' : 'Enter');
}

/** The button (or link) whose text, trimmed, is `name` (or matches it). */
export async function byRole(
  page: Page,
  role: 'button' | 'link',
  name: string | RegExp,
  timeout = 20_000,
): Promise<ElementHandle<Element>> {
  const source = typeof name === 'string' ? { s: name } : { r: name.source, f: name.flags };
  const selector = role === 'button' ? 'button, [role=button], input[type=submit]' : 'a[href]';
  const handle = await page.waitForFunction(
    (sel: string, t: { s?: string; r?: string; f?: string }) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find((el) => {
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
        return t.s !== undefined ? label === t.s : new RegExp(t.r ?? '', t.f).test(label);
      }) ?? false,
    { timeout },
    selector,
    source,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${role} ${String(name)}`);
  return element as ElementHandle<Element>;
}

/** Sets an input's value as typing would (input event), replacing what was there. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  const input = await page.waitForSelector(selector, { timeout: 20_000 });
  if (!input) throw new Error(`no ${selector}`);
  await input.evaluate((el) => {
    (el as HTMLInputElement).value = '';
  });
  await input.type(value);
}

// ——— reading through the extension's own API, from one of its pages ———

type ExtensionApi = typeof chrome;

/** The id of the tab showing `url`, as the extension sees it (the address is visible with activeTab). */
export function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u: string) => {
    const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const tab = (await ext.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`tab ${u} not visible to the extension`);
    return tab.id;
  }, url);
}

/** What Firefox's sidebar shows (its document, found with `extension.getViews({ type: 'sidebar' })`). */
export interface SidebarSnapshot {
  readonly url: string;
  readonly lang: string;
  readonly text: string;
  readonly count: string;
}

export function sidebarSnapshot(extensionPage: Page): Promise<SidebarSnapshot | null> {
  return extensionPage.evaluate(() => {
    const ext = (globalThis as unknown as { browser: ExtensionApi & { extension: { getViews(o: object): Window[] } } }).browser;
    const [view] = ext.extension.getViews({ type: 'sidebar' });
    if (!view) return null;
    const doc = view.document;
    return {
      url: view.location.href,
      lang: doc.documentElement.lang,
      text: doc.body?.innerText ?? '',
      count: (doc.querySelector('[data-testid=result-count]') as HTMLElement | null)?.innerText ?? '',
    };
  });
}

/** Types a search in the sidebar's search field (value + input event, as typing ends). */
export function sidebarSearch(extensionPage: Page, text: string): Promise<void> {
  return extensionPage.evaluate((query: string) => {
    const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
    const [view] = ext.extension.getViews({ type: 'sidebar' }) as Array<Window & typeof globalThis>;
    const input = view?.document.getElementById('library-search') as HTMLInputElement | null;
    if (!view || !input) throw new Error('no search field in the sidebar');
    input.value = query;
    input.dispatchEvent(new view.Event('input', { bubbles: true }));
  }, text);
}

/** Every record of a store of the library database, read from an extension page. */
export function readStore<T = unknown>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name: string) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('binome-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as T[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}
