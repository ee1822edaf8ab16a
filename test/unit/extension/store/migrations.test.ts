import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLibraryDb } from '../../../../extension/modules/store/db';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import type { LibraryItem } from '../../../../shared/schemas/clip';
import { makeItems } from '../../../helpers/library-items';

/** The v1 layout, written out by hand: what an installed v1 extension left on disk. */
async function createV1(name: string, records: unknown[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('items', { keyPath: 'id' }).createIndex('url', 'url');
    },
  });
  for (const record of records) await db.put('items', record);
  db.close();
}

const [template] = makeItems(1);
const v1 = (over: Partial<LibraryItem>): LibraryItem => ({ ...template!, ...over });

describe('database migration v1 → v2', () => {
  it('adds the URL key, merges duplicates of one page, quarantines invalid records, adds stores and indexes', async () => {
    const name = 'migration-v1-v2';
    const older = v1({
      id: 'old',
      url: 'https://exemple.fr/guide/',
      tags: ['a', 'commun'],
      note: 'note 1',
      excerpts: ['e1'],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      consultedAt: '2025-01-01T00:00:00.000Z',
    });
    const newer = v1({
      id: 'new',
      url: 'https://exemple.fr/guide?utm_source=lettre',
      title: 'Titre récent',
      tags: ['commun', 'b'],
      note: 'note 2',
      excerpts: [],
      createdAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-02T00:00:00.000Z',
      consultedAt: '2025-03-01T00:00:00.000Z',
    });
    const other = v1({ id: 'other', url: 'https://exemple.fr/autre' });
    const broken = { ...template, id: 'broken', title: '' };
    await createV1(name, [older, newer, other, broken]);

    const store = await LibraryStore.open(name);
    try {
      expect(store.db.version).toBe(DB_VERSION);
      // v3 (projects) adds its own stores: test/unit/projects/migrations.test.ts.
      expect([...store.db.objectStoreNames]).toEqual(expect.arrayContaining(['annotations', 'items', 'quarantine']));
      const tx = store.db.transaction('items');
      expect([...tx.store.indexNames].sort()).toEqual(['createdAt', 'updatedAt', 'urlKey']);
      expect(tx.store.index('urlKey').unique).toBe(true);

      expect(await store.count()).toBe(2);
      const merged = await store.get('new');
      expect(merged).toEqual({
        ...newer,
        tags: ['commun', 'b', 'a'],
        excerpts: ['e1'],
        note: 'note 2\n\nnote 1',
        createdAt: '2025-01-01T00:00:00.000Z',
        consultedAt: '2025-03-01T00:00:00.000Z',
      });
      expect(await store.get('old')).toBeUndefined();
      expect((await store.findByUrl('https://exemple.fr/guide'))?.id).toBe('new');
      expect(await store.get('other')).toEqual(other);
      expect((await store.db.get('items', 'other'))?.urlKey).toBe('https://exemple.fr/autre');

      const quarantined = await store.db.getAll('quarantine');
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]).toMatchObject({ store: 'items', value: broken, problem: 'Champ title : ne doit pas être vide' });
    } finally {
      store.close();
    }
  });

  it('creates the latest version directly on a fresh profile', async () => {
    const db = await openLibraryDb('fresh-profile');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['annotations', 'items', 'quarantine']));
    db.close();
  });

  it('keeps working on a v2 database opened again (no step re-run)', async () => {
    const name = 'reopen';
    const first = await LibraryStore.open(name);
    await first.put(makeItems(1)[0]!);
    first.close();
    const again = await LibraryStore.open(name);
    expect(await again.count()).toBe(1);
    again.close();
  });
});
