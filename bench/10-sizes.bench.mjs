// Size of each built widget, gzip level 9, and of the extension's injected scripts.
//
// The budgeted figure of a widget is what a page really downloads to show it: its npm
// module and every chunk the page requests until the widget has finished its first
// render in its default state with realistic data (lazily-loaded chunks it needs for that
// render included), measured in Chromium. Lit and the shared zod/mini chunk are left
// out (each is paid once per page, whatever the number of widgets). Code that only a user
// action needs (export, print, PDF, verify mode, the other mode, English when lang="en",
// validation messages when the data is invalid) is not counted there: it is shown apart,
// with the static closure, as information.
//
// Pages (issue 13): what a whole page downloads until its widgets have rendered, Lit and
// any validation code INCLUDED — every widget file the page requests (the zod/mini chunk
// too, if one is requested) plus Lit as a host's bundler ships it once (the Lit modules the
// page imports, bundled and minified in this run).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { serveStatic } from '../scripts/static-server.mjs';
import { gzipKB, kb, root } from './context.mjs';

export const title = 'Sizes (KB gzip)';

// BENCH_WIDGETS_DIR measures another build of the npm modules (e.g. to compare chunking choices).
const widgetsDir = resolve(root, process.env.BENCH_WIDGETS_DIR ?? 'dist/widgets');
const demoDir = resolve(root, 'dist/demo');
const benchPagesDir = resolve(demoDir, 'bench-sizes');
const extensionDir = resolve(root, '.output/chrome-mv3');

const isZod = (f) => /[\\/]chunks[\\/]zod-[^/]*\.js$/.test(f);

/** A module and every local chunk it imports statically (not dynamic imports: those cost nothing until used). */
function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(resolve(entry, '..', match[1]), seen);
  }
  return seen;
}

/** Everything a module may ever load: its static closure plus every dynamic import, transitively (an upper bound). */
function fullClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g),
    ...source.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g),
  ];
  for (const match of specifiers) fullClosure(resolve(entry, '..', match[1]), seen);
  return seen;
}

/**
 * What `files` (built widget modules) import from Lit, as the lines of a module that
 * re-exports exactly that: `export { LitElement as m0_LitElement, … } from 'lit';`.
 */
function litImportsOf(files) {
  const names = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, list, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'](lit(?:\/[^"']*)?)["']/g)) {
      const set = names.get(from) ?? new Set();
      for (const item of list.split(',')) set.add(item.trim().split(/\s+as\s+/)[0]);
      names.set(from, set);
    }
  }
  return [...names].map(([from, set], i) => `export { ${[...set].map((n) => `${n} as m${i}_${n}`).join(', ')} } from '${from}';`);
}

/**
 * Lit alone, minified the same way, so "above Lit" has its reference in the same run.
 * `exports`: the re-export lines of what a page's widgets import from Lit (litImportsOf),
 * bundled as a host's bundler would ship it once; by default LitElement, html, css and nothing.
 */
async function litBaselineKB(exports) {
  const { build } = await import('vite');
  const outDir = resolve(root, '.cache/bench-lit');
  mkdirSync(outDir, { recursive: true });
  const entry = resolve(outDir, 'entry.js');
  writeFileSync(entry, exports ? `${exports.join('\n')}\n` : "export { LitElement, html, css, nothing } from 'lit';\n");
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'lit' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return gzipKB(resolve(outDir, 'lit.js'));
}

// ——— first render, measured in Chromium ———

/**
 * Each widget in its default state with the demo site's data, as a host page would
 * write it. `ready` runs in the page and resolves once the widget shows its content
 * (not a loading message); the page then waits for the network to be idle, so that
 * any chunk loaded for that render is counted.
 */
const FIRST_RENDER_PAGES = {
  'partner-card': {
    setup: `el.setAttribute('src', '../data/partenaires.json'); el.setAttribute('partner-id', 'pp-001');`,
    ready: `el.shadowRoot?.querySelector('article.card dl.details')`,
    what: 'full card of a demo partner read from the published demo feed',
  },
  'partner-list': {
    setup: `el.setAttribute('src', '../data/partenaires.json');`,
    ready: `el.shadowRoot?.querySelector('ul.grid li article')`,
    what: 'directory of the 34 published demo partners',
  },
  'charter-signer': {
    setup: `el.setAttribute('project', 'Parcours de soins en diabétologie : co-construire l’éducation thérapeutique');
      el.setAttribute('signatories', JSON.stringify([
        { name: 'Jeanne Martin', role: 'patient_partenaire', organisation: 'Association Vivre avec le diabète (fictive)' },
        { name: 'Dr Karim Benali', role: 'professionnel_sante', organisation: 'Service d’endocrinologie, CH de Valmont' },
      ]));`,
    ready: `el.shadowRoot?.querySelector('form[part="form"]')`,
    what: 'sign mode: the charter and the signing form, two expected signatories',
  },
  'matching-form': {
    // Need mode reads no feed (issue 13): the registry is given as a property or opened from a file.
    setup: `el.setAttribute('mode', 'need');`,
    ready: `el.shadowRoot?.querySelector('form[part="form"]') && el.shadowRoot.querySelector('[part="open-registry"]')`,
    what: "need mode (the default), the project owner's form and « Ouvrir le registre… », before any registry is opened",
  },
  'partnership-summary': {
    setup: `el.setAttribute('src', '../data/chiffres.json');`,
    ready: `el.shadowRoot?.querySelector('table')`,
    what: 'the demo summary published from the demo registry and activity: figures, two charts, three tables',
  },
  checklist: {
    setup: `el.setAttribute('project-title', 'Accueil des urgences : co-construire l’information en salle d’attente');`,
    ready: `el.shadowRoot?.querySelector('fieldset input[type="radio"]')`,
    what: 'a blank evaluation of the 10 HAS criteria',
  },
};

/**
 * Whole pages, budgeted with Lit and validation included (issue 13). `body` is the page's
 * markup; `ready` runs in the page and is true once every widget shows its content.
 */
const WHOLE_PAGES = {
  'partners-page': {
    modules: ['partner-list', 'partner-card'],
    body: `<pp-partner-list src="../data/partenaires.json"></pp-partner-list>
<pp-partner-card src="../data/partenaires.json" partner-id="pp-037"></pp-partner-card>`,
    ready: `document.querySelector('pp-partner-list')?.shadowRoot?.querySelector('ul.grid li article') &&
      document.querySelector('pp-partner-card')?.shadowRoot?.querySelector('article.card dl.details')`,
    what: '« Nos patients partenaires »: the directory of the 34 published demo partners and one full card',
  },
  'card-page': {
    modules: ['partner-card'],
    body: `<pp-partner-card src="../data/partenaires.json" partner-id="pp-037"></pp-partner-card>`,
    ready: `document.querySelector('pp-partner-card')?.shadowRoot?.querySelector('article.card dl.details')`,
    what: 'a page with one full card read from the published demo feed',
  },
};

const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * The bench pages, served from their own folder: a copy of the built npm modules
 * (dist/widgets), the demo feed, and Lit from node_modules through an import map (the
 * npm modules import bare `lit`, as a host's bundler would resolve it).
 */
function writeBenchPages() {
  rmSync(benchPagesDir, { recursive: true, force: true });
  mkdirSync(benchPagesDir, { recursive: true });
  cpSync(widgetsDir, resolve(benchPagesDir, 'widgets'), {
    recursive: true,
    filter: (src) => !/[\\/](?:types|cdn-chunks)(?:[\\/]|$)/.test(src) && !src.endsWith('binome-widgets.js'),
  });
  // The public feed the demo build published from its private registry (scripts/build-demo.mjs).
  cpSync(resolve(demoDir, 'data'), resolve(benchPagesDir, 'data'), { recursive: true });
  for (const pkg of LIT_PACKAGES) {
    cpSync(resolve(root, 'node_modules', pkg), resolve(benchPagesDir, 'node_modules', pkg), {
      recursive: true,
      filter: (src) => !src.includes(`${pkg}/development`) && !/\.(?:map|ts)$/.test(src),
    });
  }
  const base = '/node_modules';
  const importMap = {
    imports: {
      lit: `${base}/lit/index.js`,
      'lit/': `${base}/lit/`,
      'lit-html': `${base}/lit-html/lit-html.js`,
      'lit-html/': `${base}/lit-html/`,
      'lit-element/': `${base}/lit-element/`,
      '@lit/reactive-element': `${base}/@lit/reactive-element/reactive-element.js`,
      '@lit/reactive-element/': `${base}/@lit/reactive-element/`,
    },
  };
  for (const [name, page] of Object.entries(FIRST_RENDER_PAGES)) {
    writeFileSync(
      resolve(benchPagesDir, `${name}.js`),
      `import '../widgets/${name}.js';
const el = document.createElement('pp-${name}');
${page.setup}
document.querySelector('main').append(el);
window.__rendered = new Promise((done) => {
  const check = () => (${page.ready} ? el.updateComplete.then(() => done(true)) : setTimeout(check, 20));
  check();
});
`,
    );
    writeFileSync(
      resolve(benchPagesDir, `${name}.html`),
      `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${name} — first render</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="./${name}.js"></script></head>
<body><main></main></body></html>
`,
    );
  }
  for (const [name, page] of Object.entries(WHOLE_PAGES)) {
    writeFileSync(
      resolve(benchPagesDir, `${name}.js`),
      `${page.modules.map((m) => `import '../widgets/${m}.js';`).join('\n')}
window.__rendered = new Promise((done) => {
  const check = () => (${page.ready} ? done(true) : setTimeout(check, 20));
  check();
});
`,
    );
    writeFileSync(
      resolve(benchPagesDir, `${name}.html`),
      `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${name} — first render</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module" src="./${name}.js"></script></head>
<body><main>${page.body}</main></body></html>
`,
    );
  }
}

/**
 * The widget files (npm module and chunks) the page requested, until the widget has rendered
 * and the network is idle; `lit` collects the Lit modules it imported by name (`lit`,
 * `lit/static-html.js`…).
 */
async function firstRenderFiles(ctx, server, name, lit = new Set()) {
  const page = await ctx.demoPage('/');
  const requested = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/widgets/') && url.pathname.endsWith('.js')) requested.add(url.pathname);
    const litModule = /^\/node_modules\/(lit\/.+\.js)$/.exec(url.pathname)?.[1];
    if (litModule) lit.add(litModule === 'lit/index.js' ? 'lit' : litModule);
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.url}/${name}.html`);
  try {
    await page.waitForFunction(() => window.__rendered, null, { timeout: 15_000 });
    await page.evaluate(() => window.__rendered);
  } catch (error) {
    throw new Error(`${name}: not rendered (${errors.join('; ') || String(error)})`);
  }
  await page.waitForLoadState('networkidle');
  // Idle-time work (a search index, a prefetch) would request its chunk now: it is counted too.
  await page.waitForTimeout(300);
  await page.waitForLoadState('networkidle');
  await page.close();
  if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
  return [...requested].map((path) => resolve(benchPagesDir, `.${path}`));
}

export async function run(ctx) {
  const rows = [];
  const { sizeBudgetsKB: budgets, pageBudgetsKB: pageBudgets } = await import('./budgets.mjs');
  const entries = readdirSync(widgetsDir).filter((f) => f.endsWith('.js') && f !== 'binome-widgets.js');
  const sum = (files) => files.reduce((total, f) => total + gzipKB(f), 0);
  let zodKB = 0;
  const statics = new Map();
  for (const file of entries.sort()) {
    const closure = [...staticClosure(resolve(widgetsDir, file))];
    const own = sum(closure.filter((f) => !isZod(f)));
    zodKB = Math.max(zodKB, sum(closure) - own);
    const everything = sum([...fullClosure(resolve(widgetsDir, file))].filter((f) => !isZod(f)));
    statics.set(file.replace(/\.js$/, ''), { own, everything });
  }

  const firstRender = new Map();
  const wholePages = new Map();
  {
    writeBenchPages();
    // No CSP here: the import map is an inline script (the demo site, strict, is not the place to measure).
    const server = await serveStatic(benchPagesDir, { csp: null });
    try {
      for (const name of Object.keys(FIRST_RENDER_PAGES)) {
        // BENCH_ONLY=partner measures the first render of the widgets whose name contains it.
        if (!statics.has(name) || (process.env.BENCH_ONLY && !name.includes(process.env.BENCH_ONLY))) continue;
        const files = await firstRenderFiles(ctx, server, name);
        firstRender.set(name, {
          own: sum(files.filter((f) => !isZod(f))),
          files: files.filter((f) => !isZod(f)).map((f) => relative(resolve(benchPagesDir, 'widgets'), f)),
        });
      }
      for (const [name, page] of Object.entries(WHOLE_PAGES)) {
        if (!page.modules.every((m) => statics.has(m))) continue;
        const lit = new Set();
        const files = await firstRenderFiles(ctx, server, name, lit);
        wholePages.set(name, {
          lit,
          litExports: litImportsOf(files),
          widgetsKB: sum(files),
          zodKB: sum(files.filter(isZod)),
          names: files.map((f) => relative(resolve(benchPagesDir, 'widgets'), f)),
        });
      }
    } finally {
      await server.close();
      rmSync(benchPagesDir, { recursive: true, force: true });
    }
  }

  for (const [name, { own, everything }] of statics) {
    const measured = firstRender.get(name);
    const info = `static closure ${kb(own)}; with every lazy chunk it may ever load ${kb(everything)}`;
    if (measured) {
      rows.push({
        label: `widget ${name}, first render measured in Chromium (${FIRST_RENDER_PAGES[name].what}): npm module + chunks requested, above Lit and zod/mini`,
        value: measured.own,
        // BENCH_FILES=1 lists the files counted.
        display: `${kb(measured.own)} in ${measured.files.length} files (${info})${process.env.BENCH_FILES ? `: ${measured.files.join(', ')}` : ''}`,
        budget: budgets[name],
        budgetLabel: budgets[name] && `≤ ${budgets[name]} KB above Lit`,
      });
    } else {
      rows.push({
        label: `widget ${name}: npm module + its static chunks, above Lit and the shared zod/mini chunk`,
        value: own,
        display: `${kb(own)} (with every lazy chunk it may ever load: ${kb(everything)})`,
      });
    }
  }
  for (const [name, { lit, litExports, widgetsKB, zodKB, names }] of wholePages) {
    // Lit tree-shaken to what the page's widgets import, as a host's bundler would ship it once.
    const litKB = await litBaselineKB(litExports);
    const zod = zodKB > 0 ? ` incl. zod/mini ${kb(zodKB)}` : ', no zod/mini';
    rows.push({
      label: `page ${name}, first render in Chromium (${WHOLE_PAGES[name].what}): every file requested, Lit and validation included`,
      value: widgetsKB + litKB,
      display: `${kb(widgetsKB + litKB)} = Lit (${[...lit].join(', ')}) ${kb(litKB)} + ${names.length} widget files ${kb(widgetsKB)}${zod}${process.env.BENCH_FILES ? `: ${names.join(', ')}` : ''}`,
      budget: pageBudgets[name],
      budgetLabel: pageBudgets[name] && `≤ ${pageBudgets[name]} KB, Lit included`,
    });
  }
  rows.push({
    label: 'zod/mini runtime chunk (shared by all widgets, like Lit: paid once per page)',
    value: zodKB,
    display: kb(zodKB),
  });
  const lit = await litBaselineKB();
  rows.push({ label: 'Lit itself (reference: every widget budget is above this)', value: lit, display: kb(lit) });
  // The script-tag ways (autoloader, standalone file) are measured in 15-script-tag.bench.mjs.
  for (const script of ['page-reader.js', 'content-scripts/content.js', 'highlighter.js']) {
    const path = resolve(extensionDir, script);
    if (existsSync(path)) {
      const size = gzipKB(path);
      rows.push({
        label: `extension injected script ${script}`,
        value: size,
        display: kb(size),
        budget: budgets[`ext:${script}`],
      });
    }
  }
  return rows;
}
