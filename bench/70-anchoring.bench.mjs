// Re-anchoring 200 highlights on a 200 000-character page, in Chromium, on the built demo
// site: ours (hint → position → quote → fuzzy, shared/anchoring) against a Hypothesis-style
// baseline (exact indexOf, then approx-string-match with min(256, quote/2) errors), same page,
// same run. The workload (bench/anchoring/entry.ts) is bundled here with Vite into
// dist/demo/bench-anchoring/ and loaded as a same-origin module under the demo's strict CSP.
import { resolve } from 'node:path';
import { build } from 'vite';
import { ms } from './context.mjs';

export const title = 'Re-anchoring: 200 highlights on a 200 000-character page (Chromium)';

const RUNS = 15;
const EDITED_BUDGET_MS = 150;

async function bundle(root) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: resolve(root, 'dist/demo/bench-anchoring'),
      emptyOutDir: true,
      minify: true,
      lib: { entry: resolve(root, 'bench/anchoring/entry.ts'), formats: ['es'], fileName: () => 'anchoring-bench.js' },
    },
  });
}

async function measure(page, fn, scenario) {
  await page.evaluate((s) => window.__anchoringBench.show(s), scenario);
  await page.evaluate(([f, s]) => window.__anchoringBench[f](s), [fn, scenario]); // warm-up (JIT)
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(([f, s]) => window.__anchoringBench[f](s), [fn, scenario]));
  return runs;
}

const quality = (runs) => {
  const { correct, anchored, orphans = [] } = runs[0];
  const lost = orphans.length ? `, ${orphans.length} orphan(s) (${orphans.map((o) => o.split(':')[0]).join(', ')})` : '';
  return `${correct}/${anchored} anchored at the right place${lost}`;
};

export async function run(ctx) {
  await bundle(ctx.root);
  const page = await ctx.demoPage('/');
  await page.addScriptTag({ type: 'module', url: '/bench-anchoring/anchoring-bench.js' });
  await page.waitForFunction(() => window.__anchoringBench !== undefined);
  const info = await page.evaluate(() => window.__anchoringBench.setup(42));

  const mapRuns = await measure(page, 'textMapOnly', 'unchanged');
  const oursUnchanged = await measure(page, 'ours', 'unchanged');
  const oursEdited = await measure(page, 'ours', 'edited');
  const baseUnchanged = await measure(page, 'baseline', 'unchanged');
  const baseEdited = await measure(page, 'baseline', 'edited');
  const oursDeleted = await measure(page, 'ours', 'deleted');
  const baseDeleted = await measure(page, 'baseline', 'deleted');
  await page.close();

  const median = (runs) => ctx.median(runs.map((r) => r.ms));
  const [map, ou, oe, bu, be, od, bd] = [
    mapRuns,
    oursUnchanged,
    oursEdited,
    baseUnchanged,
    baseEdited,
    oursDeleted,
    baseDeleted,
  ].map(median);
  const wrong = (runs) => `${runs[0].anchored} attached to another place, ${info.highlights - runs[0].anchored} orphans`;
  return [
    { label: `text map + normalised copy of the page (${info.chars} chars)`, value: map, display: ms(map) },
    {
      label: `ours, unchanged page (${info.highlights} highlights)`,
      value: ou,
      display: `${ms(ou)} — ${quality(oursUnchanged)}`,
    },
    {
      label: 'ours, every quote edited',
      value: oe,
      display: `${ms(oe)} — ${quality(oursEdited)}`,
      budget: EDITED_BUDGET_MS,
      budgetLabel: `< ${EDITED_BUDGET_MS} ms`,
    },
    {
      label: 'baseline (indexOf + approx-string-match), unchanged page',
      value: bu,
      display: `${ms(bu)} — ${quality(baseUnchanged)}`,
    },
    { label: 'baseline, every quote edited', value: be, display: `${ms(be)} — ${quality(baseEdited)}` },
    { label: 'baseline ÷ ours, unchanged page', value: bu / ou, display: `× ${(bu / ou).toFixed(1)}` },
    { label: 'baseline ÷ ours, every quote edited', value: be / oe, display: `× ${(be / oe).toFixed(1)}` },
    { label: 'ours, every quoted passage deleted', value: od, display: `${ms(od)} — ${wrong(oursDeleted)}` },
    { label: 'baseline, every quoted passage deleted', value: bd, display: `${ms(bd)} — ${wrong(baseDeleted)}` },
  ];
}
