export * from './annotation';
export * from './charter';
export * from './checklist';
export * from './clip';
export * from './common';
export * from './feed';
export * from './partner';
export * from './project';
