/**
 * Patient partners for display: the consent-gated public view of a profile
 * (the single source of truth of what may be shown about a person), its
 * labels, the directory's search index and filters, and the presence summary.
 */
export * from './departements';
export * from './directory';
export * from './labels';
export * from './nouns';
export * from './search';
export * from './summary';
