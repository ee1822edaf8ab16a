/**
 * The library page's saved catalog: its items, annotations, facets and search index as
 * plain data in ONE record, so that opening the side panel on 10 000 items reads one
 * value (≈ 50 ms in Chromium) instead of 10 000 records (≈ 150–350 ms) and does not
 * rebuild the index (≈ 100–300 ms): bench/60-library.bench.mjs.
 *
 * The record is keyed by the last change-log entry it includes (catalog-log.ts); the
 * entries after it are replayed by re-reading the items they name, in the same read
 * transaction (a consistent view). The library is read whole instead — and a new record
 * saved — when there is no record (first opening, after an import or « delete
 * everything »), when it has another format (CATALOG_FORMAT: the search changed), or
 * when so many changes were logged since that reading everything is as quick.
 *
 * Saving is safe at any time after a reading: the record is labelled with the log key
 * that reading saw, so anything the page learned later is replayed again on the next
 * opening (replaying is idempotent: it reads the item as it is now). A save is dropped
 * when a newer record exists or a reset was logged since.
 */
import type { CatalogSnapshot } from '../../../shared/library/catalog';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { CATALOG_LOG, CATALOG_SNAPSHOT, type CatalogChange, isReset, REPLAY_LIMIT } from './catalog-log';
import { type LibraryDb, plain } from './db';

export interface SavedCatalog {
  readonly catalog: CatalogSnapshot;
  readonly annotations: readonly Annotation[];
}

export interface ChangedItem {
  /** The item as it is now; undefined when it was deleted. */
  readonly item: LibraryItem | undefined;
  readonly annotations: Annotation[];
}

export type CatalogRead =
  | {
      readonly kind: 'saved';
      readonly saved: SavedCatalog;
      /** The items logged as changed since the record, as they are now. */
      readonly changed: ReadonlyMap<string, ChangedItem>;
      /** The log key this view includes. */
      readonly logKey: number;
    }
  | {
      readonly kind: 'whole';
      readonly items: LibraryItem[];
      readonly annotations: Annotation[];
      readonly logKey: number;
      /** Why the saved record was not used. */
      readonly reason: 'none' | 'format' | 'reset' | 'changes';
    };

const STORES = [CATALOG_SNAPSHOT, CATALOG_LOG, 'items', 'annotations'] as const;

/** The catalog as saved plus what changed since, or — when that cannot be used — everything. */
export async function readCatalog(db: LibraryDb, format: string): Promise<CatalogRead> {
  const tx = db.transaction([...STORES]);
  const log = tx.objectStore(CATALOG_LOG);
  const cursor = await tx.objectStore(CATALOG_SNAPSHOT).openCursor(null, 'prev');
  const savedKey = cursor ? cursor.key : 0;
  let reason: 'none' | 'format' | 'reset' | 'changes' = 'none';
  if (cursor && cursor.value.catalog.format !== format) reason = 'format';
  else if (cursor) {
    const later: CatalogChange[] = await log.getAll(IDBKeyRange.lowerBound(savedKey, true));
    const ids = new Set<string>();
    for (const change of later) if (!isReset(change)) for (const id of (change as { ids: string[] }).ids) ids.add(id);
    if (later.some(isReset)) reason = 'reset';
    else if (ids.size > REPLAY_LIMIT) reason = 'changes';
    else {
      const reads = [...ids].map(async (id): Promise<[string, ChangedItem]> => {
        const [record, annotations] = await Promise.all([
          tx.objectStore('items').get(id),
          tx.objectStore('annotations').index('itemId').getAll(id),
        ]);
        return [id, { item: record && plain(record), annotations }];
      });
      const changed = new Map(await Promise.all(reads));
      await tx.done;
      const logKey = later.reduce((max, change) => Math.max(max, change.seq ?? 0), savedKey);
      return { kind: 'saved', saved: cursor.value, changed, logKey };
    }
  }
  const [records, annotations, last] = await Promise.all([
    tx.objectStore('items').getAll(),
    tx.objectStore('annotations').getAll(),
    log.openKeyCursor(null, 'prev'),
  ]);
  await tx.done;
  // Everything committed before this reading is in it: any key up to the last one is a true label.
  const logKey = Math.max(savedKey, last ? last.key : 0);
  return { kind: 'whole', items: records.map(plain), annotations, logKey, reason };
}

/**
 * Saves the catalog as it stands after a reading labelled `logKey` (see the header);
 * resolves false when it was not saved because a newer record or a reset came first.
 */
export async function saveCatalog(db: LibraryDb, logKey: number, saved: SavedCatalog): Promise<boolean> {
  const tx = db.transaction([CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
  const snapshots = tx.objectStore(CATALOG_SNAPSHOT);
  const log = tx.objectStore(CATALOG_LOG);
  const [keys, later] = await Promise.all([snapshots.getAllKeys(), log.getAll(IDBKeyRange.lowerBound(logKey, true))]);
  if (keys.some((key) => key > logKey) || later.some(isReset)) {
    await tx.done;
    return false;
  }
  // An equal key is replaced: the same changes, perhaps an older format.
  snapshots.delete(IDBKeyRange.upperBound(logKey));
  snapshots.put(saved, logKey);
  // What the record includes need not be replayed any more.
  log.delete(IDBKeyRange.upperBound(logKey));
  await tx.done;
  return true;
}
