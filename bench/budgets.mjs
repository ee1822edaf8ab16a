// Budgets from the issues, in KB gzip. Widget budgets are "above Lit": the npm module
// with its own chunks, Lit left out.
export const sizeBudgetsKB = {
  'partner-card': 8,
  'partner-list': 12,
  checklist: 8,
  'charter-signer': 12,
  'matching-form': 12,
  'ext:highlighter.js': 15,
};
