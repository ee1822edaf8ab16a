// The review (« bilan ») of a project or an establishment: pure aggregation, tables for charts, HTML and CSV.
export { actionStateOn, buildReview, projectsInScope } from './build';
export { csvFileName, tableToCsv } from './csv';
export * from './model';
export * from './period';
