// <pp-charter-signer>: what a page downloads before anyone clicks (the npm module and its static
// chunks, Lit excluded, PDF writer and drawing pad excluded: issue 5 budget ≤ 12 KB gzip),
// what each on-demand part adds (and the parts those load in turn, e.g. the word diff of the
// verify view), the median time to verify a record with 20 signatures (budget < 20 ms) and to
// diff an adapted text with the model, in Chromium, on the built demo page under its strict CSP.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipKB, kb, median, ms, root } from './context.mjs';

export const title = '<pp-charter-signer>';

const RUNS = 25;
const WARMUP = 3;
const SIGNATURES = 20;
const widgets = resolve(root, 'dist/widgets');

const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** A module and the local chunks it imports statically (same rule as 10-sizes). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) closure(resolve(file, '..', m[1]), seen);
  return seen;
}

const sizeOf = (files) => [...files].reduce((sum, f) => sum + gzipKB(f), 0);

/**
 * The chunks a click or a mode loads, each with what it adds to what the page already has;
 * then the chunks those load in turn (counted above what their parent brought).
 */
function lazyParts(initial) {
  const parts = new Map();
  const queue = [...initial].map((file) => ({ file, has: initial }));
  while (queue.length) {
    const { file, has } = queue.shift();
    for (const m of readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)) {
      const chunk = resolve(file, '..', m[1]);
      if (parts.has(chunk) || initial.has(chunk)) continue;
      const added = [...closure(chunk)].filter((f) => !has.has(f));
      parts.set(chunk, added);
      queue.push({ file: chunk, has: new Set([...has, ...added]) });
    }
  }
  return parts;
}

const PART_LABELS = [
  [/^pdf-export/, 'PDF writer, on « Télécharger le PDF »'],
  [/^print/, 'print view, on « Imprimer »'],
  [/^signing/, 'hashing and review step, on « Relire avant de signer »'],
  [/^verify-view/, 'verifier, schemas and report (verify mode, stored records)'],
  [/^messages-en/, 'English messages (lang="en" only)'],
  [/^record-view/, 'record hashes and JSON download, once a record exists'],
  [/^tools/, 'loadCharterTools() for hosts'],
  [/^pad-/, 'drawing pad, on « Dessiner ma signature »'],
  [/^config-words/, 'configuration messages, only when an attribute is invalid'],
  [/^model-diff/, 'word diff with the HAS model, in the verify view of an adapted text'],
  [/^adapted/, "reading an establishment's own text, only when charter-text is given"],
  [/^late-styles/, 'adopting the styles of a part loaded on demand (with the first such part)'],
  [/^charter-en/, 'English charter text (translation opened, or charter-lang="en")'],
];

function sizeRows() {
  const entry = resolve(widgets, 'charter-signer.js');
  if (!existsSync(entry)) return [{ label: 'dist/widgets/charter-signer.js missing: run npm run build', value: 0 }];
  const initial = closure(entry);
  const size = sizeOf(initial);
  const rows = [
    {
      label: 'charter-signer before any click (npm module + static chunks, Lit excluded, no drawing pad, no PDF code)',
      value: size,
      display: kb(size),
      budget: 12,
      budgetLabel: '≤ 12 KB above Lit',
    },
  ];
  // The PDF writer must not ship with the page: its fonts table and operators live only in its chunk.
  const leaked = [...initial].filter((f) => /WinAnsiEncoding/.test(readFileSync(f, 'utf8')));
  rows.push({
    label: 'PDF code in the initial download (files)',
    value: leaked.length,
    display: leaked.map((f) => basename(f)).join(', ') || 'none',
    budget: 0,
  });
  for (const [chunk, added] of lazyParts(initial)) {
    const name = basename(chunk);
    const label = PART_LABELS.find(([re]) => re.test(name))?.[1] ?? name;
    rows.push({ label: `  + ${label} (${name}, loaded on demand)`, value: sizeOf(added), display: kb(sizeOf(added)) });
  }
  return rows;
}

/** In the demo page: a record with 20 signatures (half drawn), built with the widget's own tools, then timed verifications. */
async function timeVerification(page) {
  return page.evaluate(
    async ({ signatures, runs, warmup }) => {
      const { loadCharterTools } = await import('./widgets/charter-signer.js');
      const { createCharterRecord, signCharterRecord, verifyCharterRecord } = await loadCharterTools();
      const roles = ['patient_partenaire', 'professionnel_sante', 'direction_etablissement', 'association', 'autre'];
      let record = await createCharterRecord({
        projectTitle: 'Parcours de soins en diabétologie',
        locale: 'fr',
        extraClauses: ['Une réunion par trimestre.'],
      });
      for (let i = 0; i < signatures; i++) {
        const drawn = i % 2 === 0;
        const paths = Array.from(
          { length: 4 },
          (_, s) =>
            `M${10 + s * 120} 150${Array.from({ length: 60 }, (_, k) => `L${10 + s * 120 + k * 2} ${100 + Math.round(40 * Math.sin(k / 5 + i))}`).join('')}`,
        );
        ({ record } = await signCharterRecord(
          record,
          {
            signatory: { name: `Signataire ${i + 1}`, role: roles[i % roles.length], organisation: 'CH de Valmont (fictif)' },
            mention: 'Lu et approuvé',
            method: drawn ? 'drawn' : 'typed',
            ...(drawn ? { drawing: { viewBox: '0 0 600 200', paths } } : { typedName: `Signataire ${i + 1}` }),
          },
          { reviewedAt: new Date() },
        ));
      }
      const json = JSON.stringify(record);
      const times = [];
      let valid = true;
      for (let i = 0; i < warmup + runs; i++) {
        const input = JSON.parse(json); // a record as read from a file
        const start = performance.now();
        const report = await verifyCharterRecord(input);
        const elapsed = performance.now() - start;
        valid &&= report.valid && report.signatures.length === signatures;
        if (i >= warmup) times.push(elapsed);
      }
      return { times, valid, bytes: json.length };
    },
    { signatures: SIGNATURES, runs: RUNS, warmup: WARMUP },
  );
}

/** The verify view's word diff of an adapted text with the model: every fifth word of the model replaced, one paragraph added. */
async function timeDiff(page) {
  return page.evaluate(
    async ({ runs, warmup }) => {
      const { loadCharterTools } = await import('./widgets/charter-signer.js');
      const { charterModelText, readAdaptedText, createCharterRecord, modelDiff } = await loadCharterTools();
      const model = await charterModelText('fr');
      const changed = `${model
        .split(' ')
        .map((word, i) => (i % 5 === 4 ? `${word}-modifié` : word))
        .join(' ')}\n\nUn paragraphe ajouté par l’établissement.`;
      const { paragraphs } = readAdaptedText(changed);
      const record = await createCharterRecord({
        projectTitle: 'Parcours de soins en diabétologie',
        locale: 'fr',
        text: paragraphs,
      });
      const times = [];
      let diff;
      for (let i = 0; i < warmup + runs; i++) {
        const start = performance.now();
        diff = modelDiff(record.charter);
        if (i >= warmup) times.push(performance.now() - start);
      }
      return { times, removed: diff.removed, added: diff.added };
    },
    { runs: RUNS, warmup: WARMUP },
  );
}

export async function run(ctx) {
  const rows = sizeRows();
  const page = await ctx.demoPage('/charte.html');
  try {
    const diff = await timeDiff(page);
    rows.push({
      label: `word diff of an adapted charter with the model (${diff.removed} words removed, ${diff.added} added), median of ${RUNS}`,
      value: median(diff.times),
      display: ms(median(diff.times)),
    });
    const { times, valid, bytes } = await timeVerification(page);
    const value = median(times);
    rows.push({
      label: `verify a record with ${SIGNATURES} signatures (${(bytes / 1024).toFixed(0)} KB JSON; every hash recomputed, schema checked), median of ${RUNS}`,
      value: valid ? value : Number.POSITIVE_INFINITY,
      display: valid ? ms(value) : 'verification failed',
      budget: 20,
      budgetLabel: '< 20 ms',
    });
  } finally {
    await page.close();
  }
  return rows;
}
