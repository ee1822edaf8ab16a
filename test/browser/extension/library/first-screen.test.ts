/**
 * The side panel's first screen on Chromium's real IndexedDB: the newest items read in one
 * request (store/recent.ts), shown before the count and before the whole library is loaded
 * (library/library-state.ts), then everything searchable; and the opening that reads it
 * (store/db.ts), which loads the migrations only when the database on disk is older.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../../../extension/modules/library/first-screen';
import { LibraryState } from '../../../../extension/modules/library/library-state';
import { DB_VERSION, openLibraryDb } from '../../../../extension/modules/store/db';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { recentAndCount } from '../../../../extension/modules/store/recent';
import type { LibraryItem } from '../../../../shared/schemas/clip';
import { makeItems } from '../../../helpers/library-items';
import { uniqueName } from '../../helpers/extension-page';

const opened: LibraryStore[] = [];
async function open(items: LibraryItem[]): Promise<LibraryStore> {
  const store = await LibraryStore.open(uniqueName('first'));
  opened.push(store);
  await store.importBackup({ items, annotations: [] });
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A promise settled by the test, to decide when the count arrives. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The newest first, walked with a cursor: what the one-request read must give. */
async function byCursor(store: LibraryStore, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor = await store.db.transaction('items').store.index('createdAt').openCursor(null, 'prev');
  while (cursor && ids.length < limit) {
    ids.push(cursor.value.id);
    cursor = await cursor.continue();
  }
  return ids;
}

describe('first screen (Chromium IndexedDB)', () => {
  it('reads the newest items in one request, in the cursor’s order (equal dates included), and counts them all', async () => {
    // Chromium has getAllRecords: this test runs the one-request read, the unit tests the cursor.
    expect('getAllRecords' in IDBIndex.prototype).toBe(true);
    const items = makeItems(300, 21);
    // Several items added in the same millisecond: their order must not depend on the read.
    const tied = items.slice(0, 80).map((item) => ({ ...item, createdAt: '2031-05-05T10:00:00.000Z' }));
    const store = await open([...tied, ...items.slice(80)]);
    const { recent, total } = recentAndCount(store.db, PAGE_SIZE);
    const got = await recent;
    expect(got.map((i) => i.id)).toEqual(await byCursor(store, PAGE_SIZE));
    expect(got).toHaveLength(PAGE_SIZE);
    expect(got.every((i) => !('urlKey' in i))).toBe(true);
    expect(await total).toBe(300);
  });

  it('shows the newest items before the count, then the count, then searches the whole library', async () => {
    const items = makeItems(120, 22);
    const oldest = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]!;
    const store = await open(items);
    const state = new LibraryState(store);
    const count = deferred<number>();
    await state.showRecent({ recent: recentAndCount(store.db, PAGE_SIZE).recent, total: count.promise });
    expect(state.load.value).toBe('recent');
    expect(state.recent.value).toHaveLength(PAGE_SIZE);
    expect(state.recent.value.some((i) => i.id === oldest.id)).toBe(false);
    expect(state.total.value).toBeNull();
    count.resolve(120);
    await count.promise;
    expect(state.total.value).toBe(120);

    await state.loadAll();
    expect(state.load.value).toBe('ready');
    state.setText(oldest.title);
    expect(state.result.value?.ids).toContain(oldest.id);
    state.stop();
  });

  it('a count that comes after the whole library is loaded changes nothing; a short library is counted by its items', async () => {
    const store = await open(makeItems(70, 23));
    const state = new LibraryState(store);
    const late = deferred<number>();
    await state.showRecent({ recent: recentAndCount(store.db, PAGE_SIZE).recent, total: late.promise });
    await state.loadAll();
    expect(state.total.value).toBe(70);
    late.resolve(69); // counted before an item was deleted elsewhere, say
    await late.promise;
    expect(state.total.value).toBe(70);
    state.stop();

    const small = await open(makeItems(12, 24));
    const few = new LibraryState(small);
    await few.showRecent({ recent: recentAndCount(small.db, PAGE_SIZE).recent, total: new Promise<number>(() => {}) });
    expect(few.recent.value).toHaveLength(12);
    expect(few.total.value).toBe(12);
  });

  it('a failed read says so (error state), and nothing more is loaded', async () => {
    const store = await open(makeItems(3, 25));
    const state = new LibraryState(store);
    await state.showRecent({ recent: Promise.reject(new Error('lecture impossible')), total: Promise.resolve(3) });
    expect(state.load.value).toBe('error');
    expect(state.error.value).toBe('lecture impossible');
    await state.loadAll();
    expect(state.load.value).toBe('error');
  });
});

describe('opening the library (Chromium IndexedDB)', () => {
  /** The versions asked of indexedDB.open while `run` runs. */
  async function openings<T>(run: () => Promise<T>): Promise<{ result: T; versions: (number | undefined)[] }> {
    const spy = vi.spyOn(indexedDB, 'open');
    try {
      const result = await run();
      return { result, versions: spy.mock.calls.map((call) => call[1]) };
    } finally {
      spy.mockRestore();
    }
  }

  it('a database at the current version opens in one request; an older one is upgraded, its data kept', async () => {
    const name = uniqueName('open');
    // What an installed v2 extension left on disk (created with the migrations: two requests).
    const created = await openings(() => openLibraryDb(name, 2));
    expect(created.versions).toEqual([2, 2]);
    const [item] = makeItems(1, 26);
    await created.result.put('items', { ...item!, urlKey: item!.url });
    created.result.close();

    // Older on disk: the first opening stops before any change, the second upgrades.
    const upgraded = await openings(() => openLibraryDb(name));
    expect(upgraded.versions).toEqual([DB_VERSION, DB_VERSION]);
    expect(upgraded.result.version).toBe(DB_VERSION);
    expect(await upgraded.result.get('items', item!.id)).toMatchObject({ id: item!.id, title: item!.title });
    expect(upgraded.result.objectStoreNames.contains('registry')).toBe(true);
    upgraded.result.close();

    // Every later opening (the side panel's first screen among them): one request.
    const again = await openings(() => openLibraryDb(name));
    expect(again.versions).toEqual([DB_VERSION]);
    again.result.close();
  });
});
