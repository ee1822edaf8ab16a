/** The matching engine and the two matching forms' mappings (pure, no DOM). */

export * from './candidate-form';
export * from './criteria';
export * from './etp';
export * from './field-values';
export * from './filters';
export * from './form-fields';
export * from './issue-errors';
export * from './messages';
export * from './need-form';
export * from './rank';
export * from './themes';
