// Budgets from the issues, in KB gzip. Widget budgets are "above Lit" and apply to what a
// page really downloads for the widget's first render in its default state (measured in
// Chromium by 10-sizes.bench.mjs: the npm module and every chunk requested until the widget
// has rendered, lazily loaded ones included), Lit and the shared zod/mini chunk left out.
// The partner card and directory are budgeted as whole pages instead (pageBudgetsKB, issue 13):
// their validation no longer sits in the shared zod/mini chunk that these budgets leave out,
// so "above Lit and zod" would count it against them alone; their rows stay, for information.
export const sizeBudgetsKB = {
  checklist: 8,
  'charter-signer': 12,
  'matching-form': 12,
  // « Notre partenariat en chiffres » (issue 17): no zod at all (shared/summary/check.ts).
  'partnership-summary': 10,
  'ext:highlighter.js': 15,
};

// Whole pages (issue 13), Lit and any validation code INCLUDED: every file the page requests
// until its widgets have rendered (10-sizes.bench.mjs, « page » rows).
export const pageBudgetsKB = {
  // « Nos patients partenaires »: the directory and one card (36.7 before issue 13: Lit 5.6 + zod/mini 8.7 + list 22.4).
  'partners-page': 25,
  // A page with one card (31.8 before issue 13).
  'card-page': 20,
};

// Render 1 000 partners in a directory (20-partners.bench.mjs), median.
export const renderBudgetMs = { partners1000: 200, filterKeystroke: 16 };

// Suggestions of the extension popup (issue 20), on test/fixtures/suggestions
// (90-suggestions.bench.mjs): each domain, and types overall, on both parts of the set.
export const suggestionGoals = { precision: 0.9, recall: 0.8 };

// The library side panel at 10 000 items (60-library.bench.mjs, issue 16), median: from opening
// the panel to a search that covers the whole library (« fully searchable »).
export const libraryBudgetsMs = { searchable10k: 500 };

// The review (« bilan ») of an establishment with 50 projects over 3 years, rendered in the built
// extension in Chromium (95-review.bench.mjs, issue 17.4), median: navigation start → every table
// and chart on screen.
export const reviewBudgetsMs = { establishment50x3: 300 };
