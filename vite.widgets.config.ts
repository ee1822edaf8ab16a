import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The widget library, two ways:
 * - `BINOME_BUNDLE=npm`: one ES module per component (`dist/widgets/<name>.js`) with Lit
 *   left as a peer import, so an npm host shares one Lit between all our components;
 * - `BINOME_BUNDLE=cdn`: `dist/widgets/binome-widgets.js`, self-contained (Lit included)
 *   for a single `<script type="module">` tag on a CMS page.
 */
const root = import.meta.dirname;
const widgetDir = resolve(root, 'widgets');
export const componentNames = readdirSync(widgetDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'internal' && existsSync(resolve(widgetDir, d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();

const cdn = process.env.BINOME_BUNDLE === 'cdn';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: !cdn,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: cdn
        ? { 'binome-widgets': resolve(widgetDir, 'index.ts') }
        : {
            index: resolve(widgetDir, 'index.ts'),
            ...Object.fromEntries(componentNames.map((n) => [n, resolve(widgetDir, n, 'index.ts')])),
          },
      formats: ['es'],
    },
    rolldownOptions: {
      external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/],
      output: {
        minify: true,
        // zod/mini is shared by every component like Lit: one chunk, paid once per page.
        ...(cdn ? {} : { codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]/ }] } }),
        chunkFileNames: cdn ? 'cdn-chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
      },
    },
  },
});
