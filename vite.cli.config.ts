import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { unzipInThread } from './scripts/vite-unzip-in-thread';

/**
 * The `binome` command (cli/binome.ts) as one Node ES module, dependencies bundled in
 * (papaparse, read-excel-file, write-excel-file, zod): consumers of the package install
 * nothing more to run `npx binome publish`.
 */
export default defineConfig({
  plugins: [unzipInThread()],
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
      output: { format: 'es', entryFileNames: '[name].mjs', banner: '#!/usr/bin/env node', codeSplitting: false },
    },
  },
  ssr: { noExternal: true },
});
