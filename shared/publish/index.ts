/**
 * From the private registry to the public feed: the consent rule (public-view.ts),
 * the labels that make the feed self-describing (terms.ts), publish() and its report.
 */
export * from './contact-routes';
export * from './health';
export * from './public-view';
export * from './publish';
export * from './report-messages';
export * from './summary';
export * from './terms';
