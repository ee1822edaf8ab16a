// Contacts saved from partner cards found on pages: pure, no DOM (the extension's page reader and library use it).
export * from './contact';
export * from './found';
export * from './keep';
export * from './labels';
export * from './legacy-v1';
export * from './profile';
export * from './shown';
