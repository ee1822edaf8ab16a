// <pp-matching-form> and its engine (issue 6): the median time to rank 10 000 partners in
// Chromium (budget < 50 ms), the time from "search" to results on screen in the real element
// on the built demo page (under its strict CSP), and what each mode downloads.
//
// The registry is the demo registry's profiles (demo/registry/registre.json, read here: it is
// private and not served by the demo site) repeated under new ids, with territory, load,
// free-text themes and the consent to share lived experience with project teams varied so that
// every criterion has work to do. The engine is bundled by itself (IIFE, below) and evaluated in
// the demo page, like the axe helper, so that nothing is added to the demo site; the element
// gets the registry as its `registry` property, as an intranet page would give it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipKB, kb, median, ms, root } from './context.mjs';

export const title = '<pp-matching-form> and the matching engine';

const RUNS = 21;
const WARMUP = 3;
const SIZE = 10_000;
const BUDGET_MS = 50;

/** shared/matching/rank.ts (+ the profile schema, to prepare the data) as one classic script. */
async function engineBundle() {
  const { build } = await import('vite');
  const outDir = resolve(root, '.cache/bench-matching');
  mkdirSync(outDir, { recursive: true });
  const entry = resolve(outDir, 'entry.ts');
  writeFileSync(
    entry,
    [
      "export { rankPartners } from '../../shared/matching/rank';",
      "export { PartnerProfileSchema } from '../../shared/schemas/partner';",
      "export { ProjectNeedSchema } from '../../shared/schemas/project';",
      '',
    ].join('\n'),
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'BinomeMatchingBench', fileName: () => 'engine.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return readFileSync(resolve(outDir, 'engine.js'), 'utf8');
}

/** The demo registry (private: read from the source tree, never from the demo site). */
function demoRegistry() {
  return JSON.parse(readFileSync(resolve(root, 'demo/registry/registre.json'), 'utf8'));
}

/** In the page: 10 000 valid profiles from the demo registry, and a realistic need. */
async function preparePage(page, size) {
  return page.evaluate(
    async ({ n, feed }) => {
      const { PartnerProfileSchema, ProjectNeedSchema } = window.BinomeMatchingBench;
      const deps = ['26', '07', '38', '69', '84', '13', '33', '75'];
      const extraThemes = [
        'Diabète de type 2',
        'Maladies rénales chroniques',
        'aidante de ma mère',
        'Cancer du sein',
        'asthme sévère',
      ];
      const raw = Array.from({ length: n }, (_, i) => {
        const p = structuredClone(feed.partners[i % feed.partners.length]);
        p.id = `${p.id}-${i}`;
        p.territory = { ...p.territory, departement: deps[i % deps.length], remote: i % 3 === 0 };
        p.load = { activeMissions: i % 4, ...(i % 5 ? { maxMissions: 5 } : {}) };
        p.experience = { ...p.experience, themes: [...(p.experience.themes ?? []), extraThemes[i % extraThemes.length]] };
        // One in four shares lived experience with project teams only (issue 13), one in six shares it with nobody.
        const date = '2026-01-10';
        if (i % 4 === 1)
          p.consents = { ...p.consents, experience: { granted: false, date }, projectExperience: { granted: true, date } };
        if (i % 6 === 5) p.consents = { ...p.consents, experience: { granted: false, date } };
        if (p.photo) delete p.photo;
        return p;
      });
      const partners = raw.map((p) => PartnerProfileSchema.parse(p));
      const need = ProjectNeedSchema.parse({
        title: 'Programme d’éducation thérapeutique diabète',
        domain: 'parcours_soins',
        missions: ['parcours_soins.etp.1', 'parcours_soins.soutien.1', 'parcours_soins.aide_parcours.2'],
        experienceThemes: ['diabète', 'proches aidants', 'maladie rénale'],
        caregiverSought: true,
        territory: { departement: '26', commune: 'Valence', remoteAccepted: true },
        slots: ['weekday', 'evening'],
        duration: 'durable',
        offer: ['vacation', 'benevolat_defraiement'],
        count: 3,
        requiredTrainings: ['du'],
      });
      window.__matchingBench = { raw, partners, need, establishment: feed.establishment };
      return partners.length;
    },
    { n: size, feed: demoRegistry() },
  );
}

async function timeEngine(page) {
  return page.evaluate(() => {
    const { rankPartners } = window.BinomeMatchingBench;
    const { partners, need } = window.__matchingBench;
    const t0 = performance.now();
    const out = rankPartners(need, partners);
    const t1 = performance.now();
    return { ms: t1 - t0, ranked: out.ranked.length, excluded: out.excluded.length, notConsidered: out.notConsidered };
  });
}

/** Sets up the real element with the 10 000 profiles (validated by the element, outside the timing). */
async function prepareElement(page) {
  await page.evaluate(async () => {
    const el = document.querySelector('pp-matching-form');
    el.registry = { schemaVersion: 1, establishment: window.__matchingBench.establishment, partners: window.__matchingBench.raw };
    await el.ready;
    const root = el.shadowRoot;
    root.querySelector('input[name=title]').value = 'Programme d’éducation thérapeutique diabète';
    root.querySelector('input[name=domain][value=parcours_soins]').click();
    await el.updateComplete;
    for (const m of ['parcours_soins.etp.1', 'parcours_soins.soutien.1'])
      root.querySelector(`input[name=missions][value="${m}"]`).click();
    root.querySelector('input[name=themes][value=diabete]').click();
    root.querySelector('input[name=departement]').value = '26';
    root.querySelector('input[name=duration][value=durable]').click();
    await el.updateComplete;
  });
}

/** From the click on "search" to the results rendered and laid out. */
async function timeElementSearch(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('pp-matching-form');
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    el.shadowRoot.querySelector('button[type=submit]').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('.results').getBoundingClientRect();
    const t1 = performance.now();
    return { ms: t1 - t0, shown: el.shadowRoot.querySelectorAll('.match').length };
  });
}

/** A built chunk and the local chunks it imports statically (the same rule as 10-sizes). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(resolve(file, '..', m[1]), seen);
  }
  return seen;
}

function sizeRows() {
  const dir = resolve(root, 'dist/widgets');
  const entry = resolve(dir, 'matching-form.js');
  if (!existsSync(entry)) return [];
  const shell = closure(entry);
  const sum = (files) => [...files].reduce((s, f) => s + gzipKB(f), 0);
  const rows = [
    {
      label: 'matching-form shell loaded with the page (npm module + static chunks; budget checked under Sizes)',
      value: sum(shell),
      display: kb(sum(shell)),
    },
  ];
  const chunks = resolve(dir, 'chunks');
  for (const mode of ['need', 'candidate']) {
    const file = readdirSync(chunks).find((f) => f.startsWith(`${mode}-mode-`));
    if (!file) continue;
    const all = closure(resolve(chunks, file), new Set(shell));
    const zod = [...all].filter((f) => /[\\/]zod-[^/]*\.js$/.test(f));
    rows.push({
      label: `matching-form, everything a "${mode}" page downloads (shell + the ${mode} mode, loaded on first use; Lit excluded)`,
      value: sum(all),
      display: `${kb(sum(all))} (of which zod/mini ${kb(sum(zod))}, shared with the other widgets)`,
    });
  }
  return rows;
}

export async function run(ctx) {
  const rows = sizeRows();
  const source = await engineBundle();
  const page = await ctx.demoPage('/trouver-des-partenaires.html');
  await page.evaluate(source);
  const count = await preparePage(page, SIZE);

  const engine = [];
  let last;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    last = await timeEngine(page);
    if (i >= WARMUP) engine.push(last.ms);
  }
  const engineMedian = median(engine);
  rows.push({
    label: `rank ${count.toLocaleString('en')} partners (hard rules, weighted score, stable sort; ${last.ranked} ranked, ${last.excluded} excluded, ${last.notConsidered} not considered), median of ${RUNS}`,
    value: engineMedian,
    display: ms(engineMedian),
    budget: BUDGET_MS,
    budgetLabel: `< ${BUDGET_MS} ms`,
  });

  await prepareElement(page);
  const element = [];
  let shown = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const r = await timeElementSearch(page);
    shown = r.shown;
    if (i >= WARMUP) element.push(r.ms);
  }
  const elementMedian = median(element);
  rows.push({
    label: `<pp-matching-form> over ${count.toLocaleString('en')} partners: click "search" → ${shown} results explained, rendered and laid out, median of ${RUNS}`,
    value: elementMedian,
    display: ms(elementMedian),
  });
  await page.close();
  return rows;
}
