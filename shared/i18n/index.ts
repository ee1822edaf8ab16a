export * from './format';
export * from './locale';
export * from './parse';
export * from './validation';
