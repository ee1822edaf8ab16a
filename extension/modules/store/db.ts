/**
 * The library database: IndexedDB in the extension's origin, opened only by extension
 * pages and the background (a content script would open the web page's database).
 *
 * Versions (each step in migrations.ts, tested in test/unit/extension/store/migrations.test.ts):
 *   v1  items (key id, index url)
 *   v2  items get `urlKey` (normalised URL, unique index: one record per page; v1
 *       duplicates merged), indexes createdAt / updatedAt; stores annotations
 *       (index itemId) and quarantine (records that failed validation, never dropped).
 *   v3  the project workspace: projects (index updatedAt), contacts (unique index key:
 *       one contact per card of a feed; index savedAt), checklists (key projectId) and
 *       charters (index projectId) — records in store/records.ts.
 *   v4  the partner registry (« Registre des partenaires »): registry (the establishment,
 *       one record), registryPartners (one PartnerProfile each, with its order) and
 *       registryWithdrawals (what proves a withdrawn data-keeping consent) — records in
 *       shared/schemas/workspace.ts. Contacts of version 1 are upgraded to version 2
 *       (what the card showed, as a public feed entry: shared/contacts/legacy-v1.ts) by
 *       the workspace when it first reads them (workspace/workspace-store.ts).
 *   v5  meetings (index projectId): each project meeting with its relevé de conclusions
 *       and decided actions (shared/schemas/meeting.ts, projects/meetings-store.ts).
 *   v6  the library page's saved catalog: catalogSnapshot (the catalog and search index
 *       as plain data, keyed by the last change it includes) and catalogChanges (every
 *       write to items or annotations logs the ids it touched, in its own transaction) —
 *       catalog-log.ts, catalog-snapshot.ts. Derived data: never in a backup.
 *   v7  effects (index projectId): each project's effect indicators in the guide's
 *       categories, with their dated measurements (shared/schemas/effect.ts,
 *       workspace/effects-store.ts).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../shared/schemas/clip';
import type { EffectIndicatorRecord } from '../../../shared/schemas/effect';
import type { MeetingRecord } from '../../../shared/schemas/meeting';
import type { RegistryInfo, RegistryPartnerRecord, WithdrawalRecord } from '../../../shared/schemas/workspace';
import type { CatalogChange } from './catalog-log';
import type { SavedCatalog } from './catalog-snapshot';
import type { Migration } from './migrations';
import type { CharterEntry, ChecklistEntry, ProjectRecord, StoredContact } from './records';

export const DB_NAME = 'binome-library';
export const DB_VERSION = 7;

/** A stored item: the schema's fields plus its lookup key. */
export type StoredItem = LibraryItem & { urlKey: string };

export interface QuarantineRecord {
  id?: number;
  store: string;
  value: unknown;
  problem: string;
  at: string;
}

export interface LibrarySchema extends DBSchema {
  items: { key: string; value: StoredItem; indexes: { urlKey: string; createdAt: string; updatedAt: string } };
  annotations: { key: string; value: Annotation; indexes: { itemId: string } };
  quarantine: { key: number; value: QuarantineRecord };
  projects: { key: string; value: ProjectRecord; indexes: { updatedAt: string } };
  contacts: { key: string; value: StoredContact; indexes: { key: string; savedAt: string } };
  checklists: { key: string; value: ChecklistEntry };
  charters: { key: string; value: CharterEntry; indexes: { projectId: string } };
  registry: { key: string; value: RegistryInfo };
  registryPartners: { key: string; value: RegistryPartnerRecord };
  registryWithdrawals: { key: string; value: WithdrawalRecord };
  meetings: { key: string; value: MeetingRecord; indexes: { projectId: string } };
  catalogSnapshot: { key: number; value: SavedCatalog };
  catalogChanges: { key: number; value: CatalogChange };
  effects: { key: string; value: EffectIndicatorRecord; indexes: { projectId: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** The schema's fields only (the stored urlKey is the store's business). */
export function plain(record: StoredItem): LibraryItem {
  const { urlKey: _urlKey, ...item } = record;
  return item;
}

/** Thrown by the opening without migrations when the database must be created or upgraded. */
class UpgradeNeeded extends Error {}

/**
 * Opens (and upgrades) the database. A connection closes itself when a newer version
 * wants to open (an updated extension), instead of blocking it.
 *
 * The migrations (migrations.ts: the schemas, the validation messages, the dedupe) are
 * loaded only when the database on disk is older than `version` — once per profile and
 * extension update: every other opening, the side panel's first screen among them, is
 * one request without them. An opening that finds an older database aborts its upgrade
 * transaction before any change (nothing is written), loads them and opens again.
 */
export async function openLibraryDb(name = DB_NAME, version = DB_VERSION): Promise<LibraryDb> {
  try {
    return await open(name, version, null);
  } catch (error) {
    if (!(error instanceof UpgradeNeeded)) throw error;
  }
  const { MIGRATIONS } = await import('./migrations');
  return open(name, version, MIGRATIONS);
}

async function open(name: string, version: number, migrations: readonly Migration[] | null): Promise<LibraryDb> {
  let upgradeNeeded = false;
  try {
    const db = await openDB<LibrarySchema>(name, version, {
      upgrade(database, oldVersion, newVersion, transaction) {
        if (!migrations) {
          upgradeNeeded = true;
          // The opening fails with the abort; `done` rejecting too is expected.
          transaction.done.catch(() => undefined);
          transaction.abort();
          return;
        }
        const raw = database as unknown as IDBPDatabase<unknown>;
        const tx = transaction as unknown as Parameters<Migration>[1];
        // Each step runs after the previous one's requests, inside the single upgrade transaction.
        // The first step starts synchronously, while the upgrade transaction is surely active.
        let chain: Promise<void> = Promise.resolve();
        for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
          const step = migrations[v - 1];
          if (!step) continue;
          chain = v === oldVersion + 1 ? step(raw, tx) : chain.then(() => step(raw, tx));
        }
        chain.catch((error) => {
          console.error('[binome] migration failed, database left unchanged', error);
          // The opening fails with the abort; `done` rejecting too is expected, not an unhandled error.
          transaction.done.catch(() => undefined);
          transaction.abort();
        });
      },
      blocking() {
        db.close();
      },
    });
    return db;
  } catch (error) {
    if (upgradeNeeded) throw new UpgradeNeeded();
    throw error;
  }
}
