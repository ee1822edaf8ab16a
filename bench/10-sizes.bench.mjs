// Size of each built widget file and of the extension's injected scripts, gzip level 9.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export async function run() {
  const rows = [];
  const budgets = (await import('./budgets.mjs')).sizeBudgetsKB;
  const entries = readdirSync(widgetsDir).filter((f) => f.endsWith('.js') && f !== 'binome-widgets.js');
  for (const file of entries.sort()) {
    const own = gzipKB(resolve(widgetsDir, file));
    const withChunks = [...staticClosure(resolve(widgetsDir, file))].reduce((sum, f) => sum + gzipKB(f), 0);
    const name = file.replace(/\.js$/, '');
    rows.push({
      label: `widget ${name} (npm module + its chunks, Lit excluded)`,
      value: withChunks,
      display: `${kb(withChunks)} (file alone ${kb(own)})`,
      budget: budgets[name],
      budgetLabel: budgets[name] && `≤ ${budgets[name]} KB above Lit`,
    });
  }
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
