/**
 * fflate, with `unzip` done in the calling thread. read-excel-file unzips with fflate's
 * asynchronous `unzip`, which hands large entries to a Worker made from a blob: URL (in
 * a browser) or from evaluated code (in Node): a page under a strict Content-Security-
 * Policy cannot start it, and the CLI has no need for it. The builds of the CLI and of
 * the « Publier l'annuaire » page resolve read-excel-file's `fflate` to this module.
 * A registry is a few hundred kilobytes: unzipping it in the thread takes milliseconds.
 */
import { type AsyncUnzipOptions, type UnzipCallback, unzipSync } from 'fflate';

export * from 'fflate';

export function unzip(data: Uint8Array, options: AsyncUnzipOptions | UnzipCallback, callback?: UnzipCallback): () => void {
  const cb = (typeof options === 'function' ? options : callback) as UnzipCallback;
  const opts = typeof options === 'function' ? {} : options;
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    let result: ReturnType<typeof unzipSync>;
    try {
      result = unzipSync(data, opts.filter ? { filter: opts.filter } : {});
    } catch (error) {
      cb(error as Parameters<UnzipCallback>[0], null as unknown as Parameters<UnzipCallback>[1]);
      return;
    }
    cb(null, result);
  });
  return () => {
    cancelled = true;
  };
}
