// `npm run bench`: runs every bench/*.bench.mjs in name order and prints its figures.
// Sizes are KB gzip of built files; times are medians over repeated runs in Chromium,
// with baselines measured in the same run. Budgets are checked here, not in unit tests:
// a figure over budget is flagged and makes the command exit 1.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBenchContext } from '../bench/context.mjs';

const benchDir = resolve(import.meta.dirname, '../bench');
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();

const ctx = await createBenchContext();
let overBudget = 0;
try {
  for (const file of files) {
    const mod = await import(pathToFileURL(resolve(benchDir, file)).href);
    console.log(`\n## ${mod.title ?? file}`);
    const rows = await mod.run(ctx);
    for (const row of rows) {
      const budget = row.budget === undefined ? '' : ` (budget ${row.budgetLabel ?? row.budget})`;
      const over = row.budget !== undefined && row.value > row.budget;
      if (over) overBudget++;
      console.log(`${over ? '✗' : '-'} ${row.label}: ${row.display ?? row.value}${budget}${over ? '  OVER BUDGET' : ''}`);
    }
  }
} finally {
  await ctx.close();
}
console.log(`\n${overBudget === 0 ? 'All figures within budget.' : `${overBudget} figure(s) over budget.`}`);
process.exit(overBudget === 0 ? 0 : 1);
