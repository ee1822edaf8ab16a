import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const demoDist = resolve(repoRoot, 'dist/demo');
export const chromeExtensionDist = resolve(repoRoot, '.output/chrome-mv3');
export const fixturesDir = resolve(repoRoot, 'test/fixtures');
