// The widget library inside the extension (issue 9), measured on the built extension:
// - the side panel's first screen (what sidepanel.html loads, and the library page its entry
//   imports at once: entrypoints/sidepanel/main.tsx), then everything it can load
//   once the Projects and Contacts sections are used (the widgets, their lazily loaded
//   parts, the matching engine…), gzip level 9;
// - the widgets' own share of that (the widget-elements chunk and what it alone brings);
// - partner-reader.js, the script injected on demand to read partner cards on a page, and
//   the time it takes on the demo hospital's directory page (38 people), median of 15 runs.
// Each widget is bundled once: test/e2e/extension-projects.test.ts checks it on the same build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kb, root } from './context.mjs';

export const title = 'Extension with the widgets (KB gzip; Chromium)';

const ext = resolve(root, '.output/chrome-mv3');
const RUNS = 15;

/** Files an HTML page loads at once: its module script, modulepreloads and stylesheets. */
function pageFiles(html) {
  const source = readFileSync(join(ext, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

/**
 * What a page loads before its first render: its files, and the files its entry's dynamic
 * import at start brings. The side panel's entry starts reading the library, then imports
 * the page's code (sidepanel/library-page.tsx) at once; Vite lists that import's chunks and
 * stylesheets, preloaded together, in the entry's preload map (`__vite__mapDeps`). The
 * entry's other dynamic imports, if any, are there too: counted, not hidden.
 */
function startFiles(html) {
  const files = pageFiles(html);
  const entry = files.find((f) => f.endsWith('.js'));
  const source = entry ? readFileSync(join(ext, entry), 'utf8') : '';
  const map = source.match(/__vite__mapDeps=.*?\.f=\[([^\]]*)\]/);
  const started = map ? [...map[1].matchAll(/["'`]([\w./-]+\.(?:js|css))["'`]/g)].map((m) => m[1]) : [];
  return [...new Set([...files, ...started])];
}

/** Every local file a chunk refers to (static imports, dynamic imports, preload maps), transitively. */
function closure(files, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(join(ext, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const refs = [
      ...[...source.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => `${dir}${m[1]}`),
      ...[...source.matchAll(/["'`]\/?((?:chunks|assets)\/[\w.-]+\.(?:js|css))["'`]/g)].map((m) => m[1]),
    ];
    closure(refs, seen);
  }
  return seen;
}

const sum = (ctx, files) => [...files].reduce((total, f) => total + ctx.gzipKB(join(ext, f)), 0);

export async function run(ctx) {
  const first = new Set(startFiles('sidepanel.html'));
  const everything = closure([...first]);
  const widgetsEntry = readdirSync(join(ext, 'chunks')).find((f) => f.startsWith('widget-elements-'));
  const widgets = widgetsEntry ? closure([`chunks/${widgetsEntry}`]) : new Set();
  const widgetsOnly = [...widgets].filter((f) => !first.has(f));

  const firstKB = sum(ctx, first);
  const allKB = sum(ctx, everything);
  const widgetsKB = sum(ctx, widgetsOnly);
  const readerKB = ctx.gzipKB(join(ext, 'partner-reader.js'));

  // The page reader, on the demo directory page, as the extension injects it.
  const page = await ctx.demoPage('/partenaires.html');
  await page.waitForFunction(
    () =>
      (document.querySelector('pp-partner-list:not([summary-only])')?.shadowRoot?.querySelectorAll('[part~="card"]').length ??
        0) > 20,
  );
  // The built script is one expression (an IIFE returning a promise), evaluated as executeScript does.
  const reader = readFileSync(join(ext, 'partner-reader.js'), 'utf8').trim().replace(/;$/, '');
  const timed = `(async () => { const start = performance.now(); const found = await ${reader};
    return { ms: performance.now() - start, count: found.partners.length }; })()`;
  const times = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const result = await page.evaluate(timed);
    times.push(result.ms);
    count = result.count;
  }
  await page.close();

  return [
    { label: `side panel, first screen (${first.size} files)`, value: firstKB, display: kb(firstKB) },
    {
      label: `side panel with the widgets: everything it can load (${everything.size} files)`,
      value: allKB,
      display: kb(allKB),
    },
    {
      label: `  of which the widgets and their lazy parts (${widgetsOnly.length} files)`,
      value: widgetsKB,
      display: kb(widgetsKB),
    },
    { label: 'partner-reader.js (injected on demand)', value: readerKB, display: kb(readerKB) },
    {
      label: `partner reader on the demo directory page (${count} cards offered)`,
      value: ctx.median(times),
      display: `${ctx.median(times).toFixed(1)} ms (median of ${RUNS})`,
    },
  ];
}
