/**
 * XLSX → table rows, with read-excel-file (loaded on demand). The first sheet is the
 * registry. Typed cells come as they are (numbers, booleans, dates at 00:00 UTC); the
 * cell readers (cells.ts) accept them beside text.
 *
 * The builds (vite.cli.config.ts, vite.tools.config.ts) give read-excel-file an unzip
 * that runs in the calling thread (registry/unzip-in-thread.ts): fflate would otherwise
 * start a worker from a blob: URL for large sheets, which a strict CSP forbids.
 */
import type { Locale } from '../i18n/locale';
import type { Cell } from './cells';
import type { RegistryProblem } from './problem';
import type { TableRows } from './table';
import { problemText } from './words';

export type XlsxResult =
  | { readonly ok: true; readonly rows: TableRows }
  | { readonly ok: false; readonly problems: RegistryProblem[] };

export async function readXlsxRows(bytes: Uint8Array, locale: Locale): Promise<XlsxResult> {
  try {
    const { readSheet } = await import('read-excel-file/universal');
    // An ArrayBuffer of exactly the file's bytes (a Node Buffer may be a view on a larger pool).
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = (await readSheet(buffer)) as unknown as Cell[][];
    return { ok: true, rows };
  } catch {
    return { ok: false, problems: [{ code: 'xlsx_unreadable', message: problemText('xlsx_unreadable', locale) }] };
  }
}
