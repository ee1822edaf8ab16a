/**
 * Patient partners on public pages: reading public feeds v2 (feed-read.ts, checked by
 * feed-check.ts; registries and v1 files refused), their words from the feed's own
 * labels (labels.ts), search and filters (search.ts), the presence summary
 * (summary.ts, nouns.ts), and what one card shows (shown-entry.ts).
 */
export * from './departements';
export * from './feed-check';
export * from './feed-describe';
export * from './feed-read';
export * from './labels';
export * from './nouns';
export * from './search';
export * from './shown-entry';
export * from './summary';
