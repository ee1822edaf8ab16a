/**
 * One function per database version; MIGRATIONS[v - 1] brings version v-1 to v. Steps
 * run inside the upgrade transaction: if one throws, the transaction aborts and the
 * database stays as it was (the page then reports it cannot open the library).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { formatValidationError } from '../../../shared/i18n/validation';
import { mergeDuplicateItems } from '../../../shared/library/dedupe';
import { normalizeUrl } from '../../../shared/library/url';
import { type LibraryItem, LibraryItemSchema } from '../../../shared/schemas/clip';

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: AnyDb, tx: UpgradeTx) => Promise<void>;

/** v1: the first layout — items by id, with an index on the raw URL. */
async function toV1(db: AnyDb): Promise<void> {
  const items = db.createObjectStore('items', { keyPath: 'id' });
  items.createIndex('url', 'url');
}

/**
 * v2: one record per page. Every v1 record is validated; an invalid one moves to the
 * quarantine store (kept for the user, never dropped). Records whose normalised URLs
 * coincide ("…/guide/?utm_source=x" and "…/guide") are merged (dedupe.ts). Then the
 * unique urlKey index, date indexes, and the annotations store.
 */
async function toV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const quarantine = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('itemId', 'itemId');

  const items = tx.objectStore('items');
  const records = (await items.getAll()) as unknown[];
  const groups = new Map<string, LibraryItem[]>();
  const writes: Promise<unknown>[] = [];
  const at = new Date().toISOString();
  for (const record of records) {
    const parsed = LibraryItemSchema.safeParse(record);
    if (!parsed.success) {
      writes.push(
        quarantine.add({ store: 'items', value: record, problem: formatValidationError(parsed.error, 'fr', record), at }),
      );
      writes.push(items.delete((record as { id: string }).id));
      continue;
    }
    const key = normalizeUrl(parsed.data.url);
    const group = groups.get(key);
    if (group) group.push(parsed.data);
    else groups.set(key, [parsed.data]);
  }
  for (const [urlKey, group] of groups) {
    const merged = group.length === 1 ? (group[0] as LibraryItem) : mergeDuplicateItems(group);
    for (const other of group) if (other.id !== merged.id) writes.push(items.delete(other.id));
    writes.push(items.put({ ...merged, urlKey }));
  }
  await Promise.all(writes);
  items.deleteIndex('url');
  items.createIndex('urlKey', 'urlKey', { unique: true });
  items.createIndex('createdAt', 'createdAt');
  items.createIndex('updatedAt', 'updatedAt');
}

/**
 * v3: the project workspace (store/records.ts). New stores only: items, annotations
 * and quarantine are left as they were (an item's `projectIds` written before v3 is kept
 * as is — nothing is dropped). One contact per card of a feed (unique `key`).
 */
async function toV3(db: AnyDb): Promise<void> {
  db.createObjectStore('projects', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('key', 'key', { unique: true });
  contacts.createIndex('savedAt', 'savedAt');
  db.createObjectStore('checklists', { keyPath: 'projectId' });
  db.createObjectStore('charters', { keyPath: 'id' }).createIndex('projectId', 'projectId');
}

/**
 * v4: the partner registry — three new stores, empty. Everything else is left as it was.
 * Contacts of version 1 are upgraded to version 2 by the workspace the first time it
 * reads them (workspace/workspace-store.ts), in a transaction of their own: the upgrade
 * needs the vocabularies' labels, which the library's first screen (where this runs)
 * has no use for.
 */
async function toV4(db: AnyDb): Promise<void> {
  db.createObjectStore('registry', { keyPath: 'id' });
  db.createObjectStore('registryPartners', { keyPath: 'id' });
  db.createObjectStore('registryWithdrawals', { keyPath: 'id' });
}

/**
 * v5: the project meetings and their relevé de conclusions (shared/schemas/meeting.ts) —
 * one new store, empty, indexed by project. Everything else is left as it was.
 */
async function toV5(db: AnyDb): Promise<void> {
  db.createObjectStore('meetings', { keyPath: 'id' }).createIndex('projectId', 'projectId');
}

/**
 * v6: the library page's saved catalog and the change log that completes it
 * (catalog-log.ts). Both start empty: the first opening of the library reads every item
 * and saves the catalog. A later migration that rewrites items or annotations must empty
 * catalogSnapshot (or log a reset) in its upgrade transaction.
 */
async function toV6(db: AnyDb): Promise<void> {
  db.createObjectStore('catalogSnapshot');
  db.createObjectStore('catalogChanges', { keyPath: 'seq', autoIncrement: true });
}

/**
 * v7: the effects of each project (shared/schemas/effect.ts): one record per indicator,
 * its dated measurements inside — one new store, empty, indexed by project. Everything
 * else is left as it was.
 */
async function toV7(db: AnyDb): Promise<void> {
  db.createObjectStore('effects', { keyPath: 'id' }).createIndex('projectId', 'projectId');
}

export const MIGRATIONS: readonly Migration[] = [toV1, toV2, toV3, toV4, toV5, toV6, toV7];
