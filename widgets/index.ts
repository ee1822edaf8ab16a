// Every component of the library; each registers its own tag when imported.
export * from './charter-signer/index.js';
export * from './checklist/index.js';
export * from './matching-form/index.js';
export * from './partner-card/index.js';
export * from './partner-list/index.js';
export * from './partnership-summary/index.js';
