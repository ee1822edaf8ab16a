/**
 * What keeps the library page's saved catalog (catalog-snapshot.ts) true: every
 * transaction that writes items or annotations also writes, in that same transaction,
 * which items it touched (logChanged) — or, for a bulk write (an import, « delete
 * everything »), a reset that drops the saved catalog (logReset). A write that commits has
 * its log entry; one that aborts has none. The page reads the saved catalog and replays
 * the entries logged after it.
 *
 * Kept apart from library-store.ts (and its schemas) so the writers elsewhere
 * (highlight-store.ts, workspace/workspace-store.ts, transfer/whole-library.ts) log with a
 * few lines, and the side panel's first screen reads without the schemas.
 */
import { type IDBPTransaction, type StoreNames, unwrap } from 'idb';
import type { LibrarySchema } from './db';

/** The log of changes, and the saved catalog it completes. */
export const CATALOG_LOG = 'catalogChanges';
export const CATALOG_SNAPSHOT = 'catalogSnapshot';

/** One write: the items it touched (added, edited, deleted, or whose annotations changed), or a reset. */
export type CatalogChange =
  | { readonly seq?: number; readonly ids: readonly string[] }
  | { readonly seq?: number; readonly reset: true };

export function isReset(change: CatalogChange): boolean {
  return 'reset' in change;
}

type WriteTx<Stores extends ArrayLike<StoreNames<LibrarySchema>>> = IDBPTransaction<LibrarySchema, Stores, 'readwrite'>;

/**
 * Logs, inside `tx` (which must include CATALOG_LOG), that these items changed. Not awaited:
 * the request belongs to the transaction — if it fails, the whole write is undone.
 */
export function logChanged<Stores extends ArrayLike<StoreNames<LibrarySchema>>>(
  tx: WriteTx<Stores>,
  ids: Iterable<string>,
): void {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  (unwrap(tx) as IDBTransaction).objectStore(CATALOG_LOG).add({ ids: list } satisfies CatalogChange);
}

/** Beyond this many changed items, replaying them costs about what reading everything does. */
export const REPLAY_LIMIT = 1000;

/** A bulk write (an import): its ids, or a reset when there are more than a replay is worth. Both catalog stores in `tx`. */
export function logBulk<Stores extends ArrayLike<StoreNames<LibrarySchema>>>(tx: WriteTx<Stores>, ids: Iterable<string>): void {
  const list = [...new Set(ids)];
  if (list.length > REPLAY_LIMIT) logReset(tx);
  else logChanged(tx, list);
}

/** Logs, inside `tx` (which must include both catalog stores), that everything may have changed. */
export function logReset<Stores extends ArrayLike<StoreNames<LibrarySchema>>>(tx: WriteTx<Stores>): void {
  const raw = unwrap(tx) as IDBTransaction;
  raw.objectStore(CATALOG_SNAPSHOT).clear();
  raw.objectStore(CATALOG_LOG).add({ reset: true } satisfies CatalogChange);
}
