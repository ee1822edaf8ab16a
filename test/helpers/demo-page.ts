import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { type StaticServer, serveDemo } from './server';

export interface DemoPageSession {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  response: Response | null;
  /** Console errors and uncaught exceptions of the page, as they come. */
  errors: string[];
  close(): Promise<void>;
}

/** A page of the built demo site (served under its strict CSP) in a fresh headless Chromium. */
export async function openDemoPage(
  path: string,
  { viewport = { width: 1100, height: 900 }, acceptDownloads = true } = {},
): Promise<DemoPageSession> {
  const server = await serveDemo();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  const context = await browser.newContext({ acceptDownloads, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto(`${server.url}/${path}`);
  return {
    server,
    browser,
    context,
    page,
    response,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
