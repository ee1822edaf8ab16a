// Store screenshots (1280 × 800, what the Chrome Web Store and AMO ask for), taken from the
// real built extension in Chromium on the built demo site: pages are saved through the
// popup exactly as a user does (toolbar button → popup → « Enregistrer »), then the popup,
// the library and the options are photographed, in French and in English.
//   npm run build && npm run store:screenshots   → docs/store/screenshots/*.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output/chrome-mv3');
const outDir = resolve(root, 'docs/store/screenshots');
const SIZE = { width: 1280, height: 800 };
const PAGES = ['partenaires.html', 'check-list.html', 'charte.html', 'trouver-des-partenaires.html'];
const WORDS = {
  fr: { save: 'Enregistrer la page dans la bibliothèque', saved: 'Enregistrée dans votre bibliothèque.' },
  en: { save: 'Save the page to the library', saved: 'Saved in your library.' },
};

/** What a click on the toolbar button does (activeTab granted), through the DevTools protocol. */
async function clickToolbarButton(context, extensionId, url) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await cdp.detach();
}

/** The popup drawn over the page it was opened on, as a user sees it. */
async function composite(context, background, popup) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const src = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0"><img src="${src(background)}" style="display:block">` +
      `<img src="${src(popup)}" style="position:absolute;top:8px;right:16px;box-shadow:0 6px 24px #0006;border-radius:8px"></body>`,
  );
  const png = await page.screenshot();
  await page.close();
  return png;
}

async function shoot(locale, site) {
  const words = WORDS[locale];
  const profile = await mkdtemp(join(tmpdir(), 'binome-store-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: locale === 'fr' ? 'fr-FR' : 'en-US',
    viewport: SIZE,
    args: [
      ...chromiumArgs,
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const shots = {};
    for (const [index, path] of PAGES.entries()) {
      const url = `${site.url}/${path}`;
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await clickToolbarButton(context, id, url);
      const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
      const save = popup.getByRole('button', { name: words.save, exact: true });
      await save.waitFor();
      if (index === 0) shots.popup = await composite(context, await page.screenshot(), await popup.screenshot());
      await save.click();
      await popup.getByText(words.saved).waitFor();
      await popup.close();
      await page.close();
    }
    const library = await context.newPage();
    await library.goto(`chrome-extension://${id}/sidepanel.html?view=page`);
    await library.getByRole('searchbox').first().waitFor();
    await library.waitForTimeout(300);
    shots.library = await library.screenshot();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForLoadState('networkidle');
    shots.options = await options.screenshot();
    for (const [name, png] of Object.entries(shots)) {
      writeFileSync(resolve(outDir, `${name}.${locale}.png`), png);
      console.log(`docs/store/screenshots/${name}.${locale}.png`);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
const site = await serveStatic(resolve(root, 'dist/demo'));
try {
  await shoot('fr', site);
  await shoot('en', site);
} finally {
  await site.close();
}
