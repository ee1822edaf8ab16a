// <pp-checklist>: module size (issue 4 budget: ≤ 8 KB gzip above Lit, the shared zod/mini
// chunk apart, as in 10-sizes), what its lazily loaded chunks weigh, and the median time to
// render it and to answer its 10 criteria — in Chromium, on the built demo site under its
// strict CSP, in fresh elements with no storage.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipKB, kb, median, ms, root } from './context.mjs';

export const title = '<pp-checklist>';

const RUNS = 21;
const WARMUP = 3;
const dir = resolve(root, 'dist/widgets');
const isZod = (f) => /[\\/]chunks[\\/]zod-[^/]*\.js$/.test(f);

/** Files a module loads: statically (paid on first render) or by dynamic import() (paid when used). */
function imports(path) {
  const source = readFileSync(path, 'utf8');
  const local = (re) => [...source.matchAll(re)].map((m) => resolve(path, '..', m[1]));
  return {
    static: local(/(?:import|export)\s*(?:[^'"()`]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
    dynamic: local(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g),
  };
}

function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const file of imports(entry).static) staticClosure(file, seen);
  return seen;
}

function sizeRows() {
  const entry = resolve(dir, 'checklist.js');
  if (!existsSync(entry)) return [];
  const first = staticClosure(entry);
  const sum = (files) => [...files].filter((f) => !isZod(f)).reduce((total, f) => total + gzipKB(f), 0);
  const own = sum(first);
  const lazy = (name) => {
    const file = [...first].flatMap((f) => imports(f).dynamic).find((f) => f.includes(`/chunks/${name}-`));
    if (!file) return 0;
    const closure = staticClosure(file);
    return sum([...closure].filter((f) => !first.has(f)));
  };
  const history = lazy('views-history');
  const io = lazy('io');
  const zod = readdirSync(resolve(dir, 'chunks')).filter((f) => f.startsWith('zod-'));
  const zodKB = zod.reduce((total, f) => total + gzipKB(resolve(dir, 'chunks', f)), 0);
  return [
    {
      // The budgeted figure is the measured first render in bench/10-sizes; the views below
      // the criteria are static imports, so this closure is what a blank sheet needs.
      label: 'checklist npm module + its static chunks (form, people, summary, actions, printed sheet), Lit and zod/mini apart',
      value: own,
      display: kb(own),
    },
    {
      label: '+ history view (chunk loaded once a project has past evaluations)',
      value: history,
      display: kb(history),
    },
    {
      label: '+ validation (schemas and messages, loaded when a value, stored data or a file is read)',
      value: io,
      display: `${kb(io)} (+ zod/mini ${kb(zodKB)}, shared)`,
    },
  ];
}

/** Creates, renders and fills in fresh elements in the page; returns the timings of each run (ms). */
async function measure(page) {
  return page.evaluate(
    async ({ runs, warmup }) => {
      await customElements.whenDefined('pp-checklist');
      const host = document.createElement('div');
      document.querySelector('main')?.append(host);
      const render = [];
      const answer = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      for (let i = 0; i < runs + warmup; i++) {
        await frame();
        const el = document.createElement('pp-checklist');
        el.setAttribute('project-title', 'Banc de mesure');
        let start = performance.now();
        host.append(el);
        await el.updateComplete;
        el.shadowRoot.querySelector('.screen').getBoundingClientRect(); // style and layout included
        const rendered = performance.now() - start;
        const radios = [...el.shadowRoot.querySelectorAll('input[type="radio"][value="oui"]')];
        if (radios.length !== 10) throw new Error(`expected 10 criteria, got ${radios.length}`);
        start = performance.now();
        for (const radio of radios) {
          radio.click();
          await el.updateComplete;
        }
        el.shadowRoot.querySelector('[part="summary"]').getBoundingClientRect();
        const answered = performance.now() - start;
        if (!el.value || Object.values(el.value.answers).some((a) => a.answer !== 'oui')) throw new Error('answers not recorded');
        if (i >= warmup) {
          render.push(rendered);
          answer.push(answered);
        }
        el.remove();
      }
      host.remove();
      return { render, answer };
    },
    { runs: RUNS, warmup: WARMUP },
  );
}

export async function run(ctx) {
  const rows = sizeRows();
  const page = await ctx.demoPage('/check-list.html');
  try {
    const { render, answer } = await measure(page);
    rows.push(
      {
        label: `render a new checklist (10 criteria, views included), median of ${RUNS} in Chromium`,
        value: median(render),
        display: ms(median(render)),
      },
      {
        label: `answer all 10 criteria (10 clicks, each rendered), median of ${RUNS}`,
        value: median(answer),
        display: `${ms(median(answer))}, ${(median(answer) / 10).toFixed(2)} ms per answer`,
      },
    );
  } finally {
    await page.close();
  }
  return rows;
}
