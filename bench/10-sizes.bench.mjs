// Size of each built widget file and of the extension's injected scripts, gzip level 9.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipKB, kb, root } from './context.mjs';

export const title = 'Sizes (KB gzip)';

const widgetsDir = resolve(root, 'dist/widgets');
const extensionDir = resolve(root, '.output/chrome-mv3');

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

/** Lit alone, minified the same way, so "above Lit" has its reference in the same run. */
async function litBaselineKB() {
  const { build } = await import('vite');
  const outDir = resolve(root, '.cache/bench-lit');
  mkdirSync(outDir, { recursive: true });
  const entry = resolve(outDir, 'entry.js');
  writeFileSync(entry, "export { LitElement, html, css, nothing } from 'lit';\n");
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

export async function run() {
  const rows = [];
  const budgets = (await import('./budgets.mjs')).sizeBudgetsKB;
  const entries = readdirSync(widgetsDir).filter((f) => f.endsWith('.js') && f !== 'binome-widgets.js');
  const isZod = (f) => /[\\/]chunks[\\/]zod-[^/]*\.js$/.test(f);
  let zodKB = 0;
  for (const file of entries.sort()) {
    const closure = [...staticClosure(resolve(widgetsDir, file))];
    const own = closure.filter((f) => !isZod(f)).reduce((sum, f) => sum + gzipKB(f), 0);
    const withZod = closure.reduce((sum, f) => sum + gzipKB(f), 0);
    zodKB = Math.max(zodKB, withZod - own);
    const name = file.replace(/\.js$/, '');
    rows.push({
      label: `widget ${name}: npm module + its chunks, above Lit and the shared zod/mini chunk`,
      value: own,
      display: `${kb(own)} (with zod/mini: ${kb(withZod)})`,
      budget: budgets[name],
      budgetLabel: budgets[name] && `≤ ${budgets[name]} KB above Lit`,
    });
  }
  rows.push({
    label: 'zod/mini runtime chunk (shared by all widgets, like Lit: paid once per page)',
    value: zodKB,
    display: kb(zodKB),
  });
  const lit = await litBaselineKB();
  rows.push({ label: 'Lit itself (reference: every widget budget is above this)', value: lit, display: kb(lit) });
  const cdn = resolve(widgetsDir, 'binome-widgets.js');
  if (existsSync(cdn))
    rows.push({
      label: 'binome-widgets.js (self-contained, Lit included, all widgets)',
      value: gzipKB(cdn),
      display: kb(gzipKB(cdn)),
    });
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
