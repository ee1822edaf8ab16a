import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { unzipInThread } from './scripts/vite-unzip-in-thread';

const root = import.meta.dirname;

/**
 * Browser tools served beside a site: `dist/tools/publish-page.js`, the script of the
 * demo's « Publier l'annuaire » page (demo/tools/publish-page.ts) — the registry reader,
 * papaparse, read-excel-file, zod and publish() in ONE ES module: nothing is fetched while
 * a registry is converted, and it runs under a strict CSP (no eval, no inline script, no
 * worker). The registry templates and the public feed's JSON Schema (written by
 * `npm run build:cli`, which `npm run build:tools` runs first) are copied beside it, for
 * the page to offer. scripts/build-demo.mjs copies dist/tools/ to dist/demo/tools/.
 */
function besideFiles(): Plugin {
  const files = {
    'registre-modele.csv': resolve(root, 'templates/registre-modele.csv'),
    'registre-modele.xlsx': resolve(root, 'templates/registre-modele.xlsx'),
    'public-feed.schema.json': resolve(root, 'dist/schemas/public-feed.schema.json'),
  };
  return {
    name: 'binome-tools-files',
    generateBundle() {
      for (const [fileName, path] of Object.entries(files)) {
        if (!existsSync(path)) this.error(`${path} missing (npm run build:cli writes the schema)`);
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}

export default defineConfig({
  plugins: [unzipInThread(), besideFiles()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/tools',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: { 'publish-page': resolve(root, 'demo/tools/publish-page.ts') },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lib mode keeps whitespace in ES output; this file is served as is, so it is minified whole.
      output: { codeSplitting: false, minify: true },
    },
  },
});
