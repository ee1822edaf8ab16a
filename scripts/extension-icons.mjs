// Renders the extension's icons (extension/public/icon/<size>.png, which WXT puts in the
// manifest) from our own mark, extension/assets/mark.svg, in Chromium: the PNGs are
// committed, and this script remakes them when the mark changes.
//   node scripts/extension-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(resolve(root, 'extension/assets/mark.svg'), 'utf8');
const outDir = resolve(root, 'extension/public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(resolve(outDir, `${size}.png`), png);
    console.log(`extension/public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
