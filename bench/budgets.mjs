// Budgets from the issues, in KB gzip. Widget budgets are "above Lit" and apply to what a
// page really downloads for the widget's first render in its default state (measured in
// Chromium by 10-sizes.bench.mjs: the npm module and every chunk requested until the widget
// has rendered, lazily loaded ones included), Lit and the shared zod/mini chunk left out.
export const sizeBudgetsKB = {
  'partner-card': 8,
  'partner-list': 12,
  checklist: 8,
  'charter-signer': 12,
  'matching-form': 12,
  'ext:highlighter.js': 15,
};
