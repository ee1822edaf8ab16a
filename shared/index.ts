/** Binôme's domain model: vocabularies, schemas, i18n helpers and text utilities (pure TypeScript). */

export * from './i18n/index';
export * from './schemas/index';
export * from './text/normalize';
export * from './vocab/index';
