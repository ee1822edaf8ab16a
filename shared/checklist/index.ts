// Pure checklist logic (no DOM, no zod). Reading data from outside is in ./io (loaded on demand by the widget).
export * from './criteria';
export * from './csv';
export * from './disagreement';
export * from './evaluation';
export * from './export';
export * from './extra-criteria';
export * from './history';
export * from './records';
export * from './summary';
