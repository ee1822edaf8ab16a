// Type and HAS-domain suggestions of the extension popup (issue 20): precision and recall on
// the labelled pages of test/fixtures/suggestions, per domain and for types, for the part the
// cues were tuned on (dev) and the held-out part, reported separately; and the time to
// classify one page. Pages are read as the extension reads them (extractMetadata on the parsed
// HTML, happy-dom here, then classifyPage). test/helpers/suggestions.ts does the counting; it
// is bundled here by Vite for Node, as 50-matching bundles its engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suggestionGoals } from './budgets.mjs';
import { median, root } from './context.mjs';

export const title = 'Type and domain suggestions (labelled French pages)';

const RUNS = 15;
const LONG_TEXT = 20_000;

async function loadHarness() {
  const { build } = await import('vite');
  const outDir = resolve(root, '.cache/bench-suggestions');
  mkdirSync(outDir, { recursive: true });
  const entry = resolve(outDir, 'entry.ts');
  writeFileSync(
    entry,
    ["export * from '../../test/helpers/suggestions';", "export { classifyPage } from '../../shared/library/classify';", ''].join(
      '\n',
    ),
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      ssr: entry,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'harness.mjs', format: 'es' } },
    },
  });
  return import(`${pathToFileURL(resolve(outDir, 'harness.mjs')).href}?t=${Date.now()}`);
}

const ratio = (n) => (n === null ? '—' : n.toFixed(2));
const counts = (s) => `${s.tp} right, ${s.fp} wrong, ${s.fn} missed`;

/** Two rows for one score: precision and recall, each against its goal (value = shortfall-style error rate). */
function rows(label, s) {
  return [
    {
      label: `${label}: precision`,
      value: s.precision === null ? 0 : 1 - s.precision,
      display: `${ratio(s.precision)} (${counts(s)})`,
      budget: 1 - suggestionGoals.precision,
      budgetLabel: `≥ ${suggestionGoals.precision}`,
    },
    {
      label: `${label}: recall`,
      value: s.recall === null ? 0 : 1 - s.recall,
      display: ratio(s.recall),
      budget: 1 - suggestionGoals.recall,
      budgetLabel: `≥ ${suggestionGoals.recall}`,
    },
  ];
}

export async function run() {
  const h = await loadHarness();
  const dir = resolve(root, 'test/fixtures/suggestions');
  const labels = h.loadLabels(dir);
  const outcomes = h.classifyLabelled(labels, dir);
  const out = [];
  for (const split of ['dev', 'heldout']) {
    const report = h.evaluate(outcomes.filter((o) => o.page.split === split));
    const name = split === 'dev' ? 'dev (tuned on)' : 'held-out';
    out.push({ label: `${name}: pages`, value: report.pages });
    for (const [domain, s] of Object.entries(report.domains)) out.push(...rows(`${name}, domain ${domain}`, s));
    out.push(...rows(`${name}, types overall`, report.typesOverall));
    for (const [type, s] of Object.entries(report.types)) {
      out.push({
        label: `${name}, type ${type}`,
        value: s.tp,
        display: `precision ${ratio(s.precision)}, recall ${ratio(s.recall)} (${counts(s)})`,
      });
    }
    out.push({
      label: `${name}: no type suggested where one was expected`,
      value: report.typeAbstentions,
      display: `${report.typeAbstentions} page(s); acceptable domains suggested: ${report.acceptableSuggested}`,
    });
    for (const m of report.mistakes) {
      out.push({
        label: `${name}, ${m.kind} on ${m.file}`,
        value: 0,
        display: `expected ${m.expected}, suggested ${m.suggested}`,
      });
    }
  }

  // Time to classify one page (metadata already read), median over pages and runs.
  const metas = labels.map((p) => h.readLabelledPage(p, dir));
  for (const meta of metas) h.classifyPage(meta); // warm-up (JIT)
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    for (const meta of metas) {
      const start = performance.now();
      h.classifyPage(meta);
      times.push(performance.now() - start);
    }
  }
  const longest = metas.reduce((a, m) => Math.max(a, m.text.length), 0);
  out.push({
    label: `classify one page (${metas.length} pages × ${RUNS}, longest text ${longest} chars)`,
    value: median(times),
    display: `${median(times).toFixed(3)} ms (median)`,
  });

  // The longest text page-reader passes (20 000 characters): all pages' texts end to end.
  const long = {
    ...metas[0],
    text: metas
      .map((m) => m.text)
      .join(' ')
      .repeat(3)
      .slice(0, LONG_TEXT),
  };
  const longTimes = [];
  for (let i = 0; i < RUNS * 4; i++) {
    const start = performance.now();
    h.classifyPage(long);
    longTimes.push(performance.now() - start);
  }
  out.push({
    label: `classify a page with a ${LONG_TEXT.toLocaleString('en')}-character text`,
    value: median(longTimes),
    display: `${median(longTimes).toFixed(2)} ms (median)`,
  });
  return out;
}
