import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The `binome` command (cli/binome.ts) as one Node ES module, dependencies bundled in:
 * consumers of the package install nothing more to run `npx binome publish`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: { binome: resolve(import.meta.dirname, 'cli/binome.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
