// What a page with one partner card downloads (JS, KB gzip level 9 of each file requested until
// the card has rendered and the network is idle, measured in Chromium), three ways, in the same run:
//
// - npm + Vite: an app that does `import 'binome/widgets/partner-card'`, built by Vite with its
//   defaults (the npm module dist/widgets/partner-card.js, Lit from node_modules) — the reference;
// - the autoloader: `<script type="module" src="widgets/binome-widgets.js">` with dist/cdn/ as
//   widgets/ — budget (issue 14): at most 1.1 × the reference;
// - the standalone file (dist/standalone/binome-widgets.js): everything at once, for information.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/static-server.mjs';
import { gzipKB, kb, root } from './context.mjs';

export const title = 'Script tag against npm + Vite: a page with one card (KB gzip)';

export const SCRIPT_TAG_RATIO_BUDGET = 1.1;

const work = resolve(root, '.cache/bench-script-tag');
const feeds = resolve(root, 'dist/demo/data');
const CARD = '<pp-partner-card src="data/partenaires.json" partner-id="pp-037"></pp-partner-card>';
const READY = () => document.querySelector('pp-partner-card')?.shadowRoot?.querySelector('article.card dl.details');

const page = (head) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Une fiche</title>${head}</head>
<body><main>${CARD}</main></body></html>
`;

/** The app an npm host writes, built by Vite as it would be. */
async function buildViteApp(dir) {
  const app = resolve(dir, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(resolve(app, 'index.html'), page('<script type="module" src="./main.js"></script>'));
  writeFileSync(resolve(app, 'main.js'), "import 'binome/widgets/partner-card';\n");
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: app,
    // What `npm install binome` puts in node_modules: the npm modules (Lit resolved from node_modules).
    resolve: { alias: [{ find: /^binome\/widgets\/(.*)$/, replacement: resolve(root, 'dist/widgets/$1.js') }] },
    build: { outDir: resolve(dir, 'site'), emptyOutDir: true },
  });
  cpSync(feeds, resolve(dir, 'site/data'), { recursive: true });
  return resolve(dir, 'site');
}

function scriptTagSite(dir, widgets, file) {
  const site = resolve(dir, 'site');
  mkdirSync(site, { recursive: true });
  cpSync(widgets, resolve(site, 'widgets'), { recursive: true });
  cpSync(feeds, resolve(site, 'data'), { recursive: true });
  writeFileSync(resolve(site, 'index.html'), page(`<script type="module" src="widgets/${file}"></script>`));
  return site;
}

/** The JS files the page requested until the card rendered and the network was idle (paths on disk). */
async function jsRequested(ctx, site) {
  const server = await serveStatic(site, { csp: null });
  const tab = await ctx.demoPage('/');
  try {
    const requested = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.url().startsWith(server.url) && pathname.endsWith('.js')) requested.add(pathname);
    });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction(READY, null, { timeout: 15_000 }).catch((error) => {
      throw new Error(`the card did not render (${errors.join('; ') || error})`);
    });
    await tab.waitForLoadState('networkidle');
    await tab.waitForTimeout(300);
    await tab.waitForLoadState('networkidle');
    if (errors.length) throw new Error(errors.join('; '));
    return [...requested].map((path) => resolve(site, `.${path}`));
  } finally {
    await tab.close();
    await server.close();
  }
}

export async function run(ctx) {
  for (const needed of [
    'dist/widgets/partner-card.js',
    'dist/cdn/binome-widgets.js',
    'dist/standalone/binome-widgets.js',
    'dist/demo/data',
  ]) {
    if (!existsSync(resolve(root, needed))) return [{ label: `${needed} missing: run npm run build`, value: 0 }];
  }
  rmSync(work, { recursive: true, force: true });
  const sum = (files) => files.reduce((total, f) => total + gzipKB(f), 0);
  const measure = async (name, site) => {
    const files = await jsRequested(ctx, site);
    return { name, files, size: sum(files) };
  };
  try {
    const npm = await measure('npm + Vite', await buildViteApp(resolve(work, 'vite')));
    const auto = await measure(
      'autoloader',
      scriptTagSite(resolve(work, 'autoloader'), resolve(root, 'dist/cdn'), 'binome-widgets.js'),
    );
    const one = await measure(
      'standalone',
      scriptTagSite(resolve(work, 'standalone'), resolve(root, 'dist/standalone'), 'binome-widgets.js'),
    );
    const ratio = auto.size / npm.size;
    const files = (m) => (process.env.BENCH_FILES ? `: ${m.files.map((f) => f.slice(work.length + 1)).join(', ')}` : '');
    return [
      {
        label: 'one card, npm + Vite (import "binome/widgets/partner-card", Vite defaults, Lit included): JS requested',
        value: npm.size,
        display: `${kb(npm.size)} in ${npm.files.length} files${files(npm)}`,
      },
      {
        label: 'one card, script tag with the autoloader (dist/cdn/binome-widgets.js, Lit included): JS requested',
        value: auto.size,
        display: `${kb(auto.size)} in ${auto.files.length} files (the autoloader itself ${kb(gzipKB(resolve(root, 'dist/cdn/binome-widgets.js')))})${files(auto)}`,
      },
      {
        label: 'autoloader ÷ npm + Vite, same card, same run',
        value: ratio,
        display: `${ratio.toFixed(3)} ×`,
        budget: SCRIPT_TAG_RATIO_BUDGET,
        budgetLabel: `≤ ${SCRIPT_TAG_RATIO_BUDGET} ×`,
      },
      {
        label:
          'one card, the standalone single file (dist/standalone/binome-widgets.js: every component and everything they may load)',
        value: one.size,
        display: `${kb(one.size)} in ${one.files.length} file${one.files.length > 1 ? 's' : ''}`,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
