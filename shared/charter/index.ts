/** Signing the HAS model charter: canonical hashing, records, verification, completion (no DOM). */
export * from './adapted';
export * from './canonical';
export * from './completion';
export * from './digest';
export * from './document';
export * from './mention';
export * from './model-check';
export * from './model-diff';
export * from './record';
export * from './text';
export * from './texts';
export * from './time';
export * from './verify';
export * from './word-diff';
