import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { chromeExtensionDist } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Opens an extension page (popup.html, sidepanel.html, options.html…) in a tab. */
  openPage(path: string): Promise<Page>;
  /** Closes the browser; deletes the profile unless the caller gave it (it may relaunch on it). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Reuse a profile (e.g. to relaunch with what the previous run stored). */
  profileDir?: string;
  locale?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/**
 * Chromium with the built MV3 extension loaded, in a fresh profile. The flag
 * `--enable-unsafe-extension-debugging` lets tests invoke the toolbar action through CDP
 * (`Extensions.triggerAction`), which grants activeTab exactly as a user's click does.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? chromeExtensionDist;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'binome-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'fr-FR',
    acceptDownloads: options.acceptDownloads ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [
      ...chromiumArgs,
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Invokes the extension's toolbar button on the tab showing `url`: the browser grants activeTab there, as a click does. */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, url: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/** The extension's id for the tab showing `url`, as its service worker sees it. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`tab ${url} not visible to the extension`);
  return id;
}
