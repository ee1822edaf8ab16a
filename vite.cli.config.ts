import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * read-excel-file unzips with fflate's asynchronous `unzip`, which starts a Worker for
 * large entries (from a blob: URL in a browser — refused by a strict CSP —, from
 * evaluated code in Node). Its `fflate` import is resolved to a copy whose `unzip` runs
 * in the calling thread (shared/registry/unzip-in-thread.ts). vite.tools.config.ts has
 * the same plugin (a config importing another config would need the TypeScript loader).
 */
function unzipInThread(): Plugin {
  const shim = resolve(import.meta.dirname, 'shared/registry/unzip-in-thread.ts');
  return {
    name: 'binome-unzip-in-thread',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer)) return shim;
      return null;
    },
  };
}

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
