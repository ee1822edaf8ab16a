import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { chromeExtensionDist } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens an extension page (popup.html, sidepanel.html, options.html…) in a tab. */
  openPage(path: string): ReturnType<BrowserContext['newPage']>;
  close(): Promise<void>;
}

/** Chromium with the built MV3 extension loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir = chromeExtensionDist, profileDir?: string): Promise<ExtensionSession> {
  const userDataDir = profileDir ?? (await mkdtemp(join(tmpdir(), 'binome-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!profileDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
