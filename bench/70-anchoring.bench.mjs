// Re-anchoring 200 highlights on a 200 000-character page, in Chromium, on the built demo
// site: ours (hint → position → quote → fuzzy, shared/anchoring) against a Hypothesis-style
// baseline (exact indexOf, then approx-string-match with min(256, quote/2) errors), same page,
// same run; timed with the page read inside the run and, for the edited page, on a prepared
// page (matching alone). Accuracy: at the right start, whole (right end too), orphans, and
// passages attached to another place when they were deleted (scenarios in entry.ts). The
// workload (bench/anchoring/entry.ts) is bundled here with Vite into dist/demo/bench-anchoring/
// and loaded as a same-origin module under the demo's strict CSP.
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
  const { correct, whole, anchored, orphans = [] } = runs[0];
  const lost = orphans.length ? `, ${orphans.length} orphan(s) (${orphans.map((o) => o.split(':')[0]).join(', ')})` : '';
  return `${correct}/${anchored} anchored at the right place, ${whole} of them whole${lost}`;
};

export async function run(ctx) {
  await bundle(ctx.root);
  const page = await ctx.demoPage('/');
  await page.addScriptTag({ type: 'module', url: '/bench-anchoring/anchoring-bench.js' });
  await page.waitForFunction(() => window.__anchoringBench !== undefined);
  const info = await page.evaluate(() => window.__anchoringBench.setup(42));

  const runs = {
    map: await measure(page, 'textMapOnly', 'unchanged'),
    oursUnchanged: await measure(page, 'ours', 'unchanged'),
    oursEdited: await measure(page, 'ours', 'edited'),
    oursEditedPrepared: await measure(page, 'oursPrepared', 'edited'),
    oursShifted: await measure(page, 'ours', 'shifted'),
    baseUnchanged: await measure(page, 'baseline', 'unchanged'),
    baseEdited: await measure(page, 'baseline', 'edited'),
    baseEditedPrepared: await measure(page, 'baselinePrepared', 'edited'),
    baseShifted: await measure(page, 'baseline', 'shifted'),
    oursDeleted: await measure(page, 'ours', 'deleted'),
    baseDeleted: await measure(page, 'baseline', 'deleted'),
    oursElsewhere: await measure(page, 'ours', 'elsewhere'),
    baseElsewhere: await measure(page, 'baseline', 'elsewhere'),
  };
  await page.close();

  const t = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, ctx.median(r.map((x) => x.ms))]));
  const wrong = (r) => `${r[0].anchored} attached to another place, ${info.highlights - r[0].anchored} orphans`;
  const ratio = (base, ours) => ({ value: base / ours, display: `× ${(base / ours).toFixed(1)}` });
  return [
    { label: `text map + normalised copy of the page (${info.chars} chars)`, value: t.map, display: ms(t.map) },
    {
      label: `ours, unchanged page (${info.highlights} highlights)`,
      value: t.oursUnchanged,
      display: `${ms(t.oursUnchanged)} — ${quality(runs.oursUnchanged)}`,
    },
    {
      label: 'ours, every quote edited',
      value: t.oursEdited,
      display: `${ms(t.oursEdited)} — ${quality(runs.oursEdited)}`,
      budget: EDITED_BUDGET_MS,
      budgetLabel: `< ${EDITED_BUDGET_MS} ms`,
    },
    {
      label: 'ours, every quote edited and its page shifted by 150–450 chars',
      value: t.oursShifted,
      display: `${ms(t.oursShifted)} — ${quality(runs.oursShifted)}`,
    },
    {
      label: 'baseline (indexOf + approx-string-match), unchanged page',
      value: t.baseUnchanged,
      display: `${ms(t.baseUnchanged)} — ${quality(runs.baseUnchanged)}`,
    },
    { label: 'baseline, every quote edited', value: t.baseEdited, display: `${ms(t.baseEdited)} — ${quality(runs.baseEdited)}` },
    {
      label: 'baseline, every quote edited and its page shifted',
      value: t.baseShifted,
      display: `${ms(t.baseShifted)} — ${quality(runs.baseShifted)}`,
    },
    { label: 'baseline ÷ ours, unchanged page', ...ratio(t.baseUnchanged, t.oursUnchanged) },
    { label: 'baseline ÷ ours, every quote edited (text map + matching + ranges)', ...ratio(t.baseEdited, t.oursEdited) },
    {
      label: `every quote edited, prepared page (matching + ranges): baseline ${ms(t.baseEditedPrepared)}, ours ${ms(t.oursEditedPrepared)}`,
      ...ratio(t.baseEditedPrepared, t.oursEditedPrepared),
    },
    { label: 'baseline ÷ ours, every quote edited and shifted', ...ratio(t.baseShifted, t.oursShifted) },
    {
      label: 'ours, every quoted passage deleted',
      value: t.oursDeleted,
      display: `${ms(t.oursDeleted)} — ${wrong(runs.oursDeleted)}`,
    },
    {
      label: 'baseline, every quoted passage deleted',
      value: t.baseDeleted,
      display: `${ms(t.baseDeleted)} — ${wrong(runs.baseDeleted)}`,
    },
    {
      label: 'ours, every passage deleted, a near-identical copy far away in another context',
      value: t.oursElsewhere,
      display: `${ms(t.oursElsewhere)} — ${wrong(runs.oursElsewhere)}`,
    },
    {
      label: 'baseline, every passage deleted, a near-identical copy far away',
      value: t.baseElsewhere,
      display: `${ms(t.baseElsewhere)} — ${wrong(runs.baseElsewhere)}`,
    },
  ];
}
