// What every benchmark may use: gzip sizes, a Chromium page on the built demo site,
// and a median helper.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

export { chromiumArgs, chromiumPath };

export const root = resolve(import.meta.dirname, '..');

export function gzipKB(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kb = (n) => `${n.toFixed(1)} KB gzip`;
export const ms = (n) => `${n.toFixed(2)} ms (median)`;

export async function createBenchContext() {
  let browser;
  let server;
  return {
    root,
    gzipKB,
    median,
    /** A page of the built demo site (served with the strict CSP), in headless Chromium. */
    async demoPage(path = '/') {
      server ??= await serveStatic(resolve(root, 'dist/demo'));
      browser ??= await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: chromiumArgs,
      });
      const page = await browser.newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async close() {
      await browser?.close();
      await server?.close();
    },
  };
}
