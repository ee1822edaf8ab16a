// The review (« bilan », issue 17.4) of an establishment with 50 projects over 3 years, in the
// built extension in Chromium: each project with a checklist every six months answered by the
// team and by two members, a meeting a month (2–4 actions each, ≈ 5 400 actions), three
// indicators measured each quarter, a charter, three of 80 registry partners
// (test/helpers/review-seed.ts). Times come from the page's own marks: `binome:review-read`
// (the database read), `binome:review-build` (the pure model), `binome:review-tables` (tables
// on screen) and `binome:review-rendered` (charts drawn too), from navigation start. Baseline in
// the same run: the same page on an empty library (what opening the page costs by itself).
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { reviewBudgetsMs } from './budgets.mjs';
import { chromiumArgs, chromiumPath, median, root } from './context.mjs';

export const title = 'Review (extension, establishment of 50 projects × 3 years, Chromium)';

const RUNS = 11;
const msFmt = (n) => `${n.toFixed(1)} ms (median)`;

async function loadSeed(dir) {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(root, 'test/helpers/review-seed.ts'), formats: ['es'], fileName: () => 'review-seed.mjs' },
    },
  });
  return import(pathToFileURL(join(dir, 'review-seed.mjs')).href);
}

/** Opens the review RUNS times; the marks of each opening (ms from navigation start). */
async function openReviews(context, id) {
  const marks = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/review.html`);
    await page.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0, null, {
      timeout: 30_000,
    });
    marks.push(
      await page.evaluate(() => {
        const at = (n) => performance.getEntriesByName(n)[0];
        return {
          mounted: at('binome:review-mounted')?.startTime ?? Number.NaN,
          read: at('binome:review-read')?.startTime ?? Number.NaN,
          build: at('binome:review-build')?.duration ?? Number.NaN,
          tables: at('binome:review-tables')?.startTime ?? Number.NaN,
          rendered: at('binome:review-rendered')?.startTime ?? Number.NaN,
          rows: document.querySelectorAll('.review-table tbody tr').length,
          charts: document.querySelectorAll('.review-chart svg[role="img"]').length,
        };
      }),
    );
    await page.close();
  }
  const of = (key) => median(marks.map((m) => m[key]));
  return {
    mounted: of('mounted'),
    read: of('read'),
    build: of('build'),
    tables: of('tables'),
    rendered: of('rendered'),
    rows: marks[0].rows,
    charts: marks[0].charts,
  };
}

export async function run() {
  const work = await mkdtemp(join(tmpdir(), 'binome-bench-review-'));
  const extension = resolve(root, '.output/chrome-mv3');
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const rows = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    const { establishment, writeRecords } = await loadSeed(join(work, 'seed'));

    const empty = await openReviews(context, id);

    const records = establishment(50, 3);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/review.html`);
    await page.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0);
    await page.evaluate(writeRecords, records);
    await page.close();
    const load = loadavg()[0];
    const full = await openReviews(context, id);
    const actions = records.meetings.reduce((n, m) => n + m.actions.length, 0);

    rows.push({
      label: `data: ${records.projects.length} projects, ${records.meetings.length} meetings, ${actions} actions, ${records.effects.length} indicators; ${full.rows} table rows, ${full.charts} charts on the page`,
      value: full.rows,
      display: `(machine load ${load.toFixed(2)} at the start, 2 cores)`,
    });
    rows.push({
      label: 'page mounted (navigation start → the review component on screen)',
      value: full.mounted,
      display: msFmt(full.mounted),
    });
    rows.push({ label: 'database read (navigation start → every record read)', value: full.read, display: msFmt(full.read) });
    rows.push({ label: 'review model built (shared/review, pure)', value: full.build, display: msFmt(full.build) });
    rows.push({ label: 'tables on screen (navigation start)', value: full.tables, display: msFmt(full.tables) });
    rows.push({
      label: 'establishment review rendered: tables and charts (navigation start → binome:review-rendered)',
      value: full.rendered,
      display: msFmt(full.rendered),
      budget: reviewBudgetsMs.establishment50x3,
      budgetLabel: `< ${reviewBudgetsMs.establishment50x3} ms`,
    });
    rows.push({
      label: 'baseline: the same page on an empty library, same run (mounted / read / rendered)',
      value: empty.rendered,
      display: `${empty.mounted.toFixed(1)} / ${empty.read.toFixed(1)} / ${msFmt(empty.rendered)}`,
    });
  } finally {
    await context.close();
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}
