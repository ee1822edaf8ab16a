import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * read-excel-file unzips with fflate's asynchronous `unzip`, which starts a Worker for
 * large entries — from a blob: URL in a browser, which a strict Content-Security-Policy
 * (the demo's tools, the extension) refuses, and from evaluated code in Node (the CLI).
 * Its `fflate` import is resolved to a copy whose `unzip` runs in the calling thread
 * (shared/registry/unzip-in-thread.ts). Used by vite.cli.config.ts, vite.tools.config.ts
 * and wxt.config.ts.
 */
export function unzipInThread(): Plugin {
  const shim = resolve(import.meta.dirname, '../shared/registry/unzip-in-thread.ts');
  return {
    name: 'binome-unzip-in-thread',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer) ? shim : null,
  };
}
