// The library page's saved catalog (extension/modules/store/catalog-snapshot.ts, catalog-log.ts)
// on fake-indexeddb: whatever the writes between two openings, the catalog read back from the
// saved record plus the change log answers every query as one built from every item.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../../extension/modules/library/library-state';
import {
  CATALOG_LOG,
  CATALOG_SNAPSHOT,
  logBulk,
  logChanged,
  REPLAY_LIMIT,
} from '../../../../extension/modules/store/catalog-log';
import { readCatalog, saveCatalog } from '../../../../extension/modules/store/catalog-snapshot';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { type DeletedSnapshot, LibraryStore } from '../../../../extension/modules/store/library-store';
import { WorkspaceStore } from '../../../../extension/modules/workspace/workspace-store';
import { CATALOG_FORMAT, type FacetSelection, SORTS } from '../../../../shared/library/catalog';
import type { PageMetadata } from '../../../../shared/library/metadata';
import type { Annotation } from '../../../../shared/schemas/annotation';
import { makeItems } from '../../../helpers/library-items';

let counter = 0;
const opened: { close(): void }[] = [];
async function openStore(): Promise<LibraryStore> {
  const store = await LibraryStore.open(`catalog-${Date.now()}-${counter++}`);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const s of opened.splice(0).reverse()) s.close();
});

const now = () => new Date(Date.UTC(2026, 0, 1) + counter++ * 60_000).toISOString();

/** The library page as it opens: reads the catalog (saved or whole), saves it at once when it would. */
async function openPage(store: LibraryStore, saveAfter?: number): Promise<LibraryState> {
  const state = new LibraryState(store, { idle: () => Promise.resolve(), saveAfter });
  opened.push({ close: () => state.stop() });
  await state.loadAll();
  await state.saving;
  return state;
}

/** The reference: a page that finds no saved catalog and reads every item. */
async function wholePage(store: LibraryStore): Promise<LibraryState> {
  const state = new LibraryState(store, { idle: () => new Promise(() => undefined) }); // never saves
  opened.push({ close: () => state.stop() });
  const { items, annotations } = await readWhole(store);
  state.catalog.upsertMany(items, (id) => texts(annotations.filter((a) => a.itemId === id)));
  return state;
}

async function readWhole(store: LibraryStore) {
  return { items: await store.all(), annotations: await store.annotations() };
}

// What library-state.ts indexes of a highlight: its quote and its note (as text).
function texts(annotations: readonly Annotation[]): string[] {
  return annotations
    .flatMap((a) => [...a.selectors.filter((s) => s.type === 'TextQuoteSelector').map((s) => s.exact), a.note ?? ''])
    .filter(Boolean);
}

const QUERIES = ['', 'partenariat', 'patient', 'sante mentale', 'surlign', 'note', 'oeuvre', 'renomme', 'p'];
const SELECTIONS: FacetSelection[] = [{}, { type: ['guide'] }, { tag: ['ETP'] }];

async function expectSameAnswers(page: LibraryState, store: LibraryStore): Promise<void> {
  const reference = await wholePage(store);
  expect(page.catalog.size).toBe(reference.catalog.size);
  for (const text of QUERIES)
    for (const facets of SELECTIONS)
      for (const sort of SORTS)
        expect(page.catalog.query({ text, facets, sort })).toEqual(reference.catalog.query({ text, facets, sort }));
  const { items, annotations } = await readWhole(store);
  for (const item of items) {
    expect(page.catalog.get(item.id)).toEqual(item);
    const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : 1);
    expect([...page.annotationsOf(item.id)].sort(byId)).toEqual(annotations.filter((a) => a.itemId === item.id).sort(byId));
  }
}

function page(i: number, over: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url: `https://exemple.fr/ressource/${i}`,
    title: `Partenariat patient ${i}`,
    authors: [],
    isPdf: false,
    kinds: [],
    keywords: [],
    text: '',
    ...over,
  };
}

describe('saved catalog: the first opening reads everything and saves; the next one reads the record', () => {
  it('reads the whole library once, then the saved record with the changes since', async () => {
    const store = await openStore();
    for (const item of makeItems(120, 9)) await store.put(item);
    const first = await openPage(store);
    expect(first.lastRead).toBe('whole');
    expect(await first.saving).toBe(true);
    first.stop();

    const second = await openPage(store);
    expect(second.lastRead).toBe('saved');
    expect(second.saving).toBeNull(); // nothing replayed: nothing to save
    await expectSameAnswers(second, store);

    // A page saved from the popup and an edit, while no library page is open: replayed from the log.
    await store.saveFromPage(
      page(1, { title: 'Œuvre commune renommée' }),
      { resourceType: 'guide', domains: [], tags: ['ETP'] },
      { now: now() },
    );
    const [edited] = await store.all();
    await store.update(edited!.id, { next: { title: 'Renommé : santé mentale' } }, now());
    const third = await openPage(store);
    expect(third.lastRead).toBe('saved');
    await expectSameAnswers(third, store);
  });

  it('reads everything again after « delete everything » or an import of more items than a replay is worth', async () => {
    const store = await openStore();
    for (const item of makeItems(30, 2)) await store.put(item);
    (await openPage(store)).stop();
    await store.clear();
    const afterClear = await openPage(store);
    expect(afterClear.lastRead).toBe('whole');
    expect(afterClear.catalog.size).toBe(0);

    await store.importBackup({ items: makeItems(REPLAY_LIMIT + 1, 4), annotations: [] });
    const afterImport = await openPage(store);
    expect(afterImport.lastRead).toBe('whole');
    await expectSameAnswers(afterImport, store);
    expect((await openPage(store)).lastRead).toBe('saved');
  });

  it('logs a bulk write as its ids, or as a reset beyond the replay limit', async () => {
    const store = await openStore();
    const tx = store.db.transaction([CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
    logBulk(tx, ['a', 'b', 'a']);
    logBulk(
      tx,
      Array.from({ length: REPLAY_LIMIT + 1 }, (_, i) => `x${i}`),
    );
    await tx.done;
    const log = await store.db.getAll(CATALOG_LOG);
    expect(log).toEqual([
      { seq: 1, ids: ['a', 'b'] },
      { seq: 2, reset: true },
    ]);
  });

  it('rebuilds a catalog saved in another format (the search changed) and replaces it', async () => {
    const store = await openStore();
    for (const item of makeItems(20, 3)) await store.put(item);
    const read = await readCatalog(store.db, CATALOG_FORMAT);
    expect(read.kind).toBe('whole');
    const old = await openPage(store);
    const snapshot = old.catalog.toSnapshot();
    await saveCatalog(store.db, read.logKey, { catalog: { ...snapshot, format: 'catalog-0/search-0' }, annotations: [] });
    const again = await openPage(store);
    expect(again.lastRead).toBe('whole');
    expect(await again.saving).toBe(true);
    expect((await readCatalog(store.db, CATALOG_FORMAT)).kind).toBe('saved');
  });

  it('does not save over a newer record, nor after a reset logged since its reading', async () => {
    const store = await openStore();
    await store.put(makeItems(1, 1)[0]!);
    const read = await readCatalog(store.db, CATALOG_FORMAT);
    const page = await openPage(store); // saves with the same label
    const catalog = page.catalog.toSnapshot();
    page.stop(); // (an open page would read and save again after the clear below)
    await store.put(makeItems(2, 1)[1]!);
    const later = await readCatalog(store.db, CATALOG_FORMAT);
    expect(await saveCatalog(store.db, later.logKey, { catalog, annotations: [] })).toBe(true);
    expect(await saveCatalog(store.db, read.logKey, { catalog, annotations: [] })).toBe(false);
    await store.clear();
    expect(await saveCatalog(store.db, later.logKey, { catalog, annotations: [] })).toBe(false);
    expect((await readCatalog(store.db, CATALOG_FORMAT)).kind).toBe('whole');
  });

  it('replays the items a deleted project is unlinked from (workspace)', async () => {
    const store = await openStore();
    const workspace = new WorkspaceStore(store);
    const project = await workspace.createProject({
      title: 'Accueil',
      domain: 'offre_soins',
      dates: { start: '2026-01-01' },
      description: '',
    });
    const [item] = makeItems(1, 8);
    await store.put({ ...item!, projectIds: [project.id] });
    (await openPage(store, 1)).stop();
    await workspace.deleteProject(project.id);
    // The change's message (another channel object) lands before the next page opens: only the log tells it.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const page = await openPage(store);
    expect(page.lastRead).toBe('saved');
    expect(page.catalog.get(item!.id)?.projectIds).toEqual([]);
  });

  it('applies a change told while the catalog is being read', async () => {
    const store = await openStore();
    for (const item of makeItems(10, 6)) await store.put(item);
    const state = new LibraryState(store, { idle: () => Promise.resolve() });
    opened.push({ close: () => state.stop() });
    const loading = state.loadAll(); // its read transaction is open from here
    // Another page writes (its transaction waits for the read: not in it) and tells the change before the read ends.
    const late = { ...makeItems(11, 6)[10]!, title: 'Arrivée pendant la lecture' };
    const tx = store.db.transaction(['items', CATALOG_LOG], 'readwrite');
    tx.objectStore('items').put({ ...late, urlKey: late.url });
    logChanged(tx, [late.id]);
    store.notify({ type: 'items', ids: [late.id] });
    await loading;
    await tx.done;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.catalog.query({ text: 'arrivee lecture' }).ids).toEqual([late.id]);
  });
});

describe('saved catalog: same answers as reading every item, whatever the writes (property)', () => {
  type Op =
    | { kind: 'save'; i: number; tag: boolean }
    | { kind: 'edit'; i: number; title: string }
    | { kind: 'delete'; i: number }
    | { kind: 'undo' }
    | { kind: 'highlight'; i: number; text: string; note: string }
    | { kind: 'edit-highlight'; j: number; note: string }
    | { kind: 'delete-highlight'; j: number }
    | { kind: 'orphan'; j: number; orphan: boolean }
    | { kind: 'import'; from: number; count: number }
    | { kind: 'clear' }
    | { kind: 'open'; save: boolean };

  const op: fc.Arbitrary<Op> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('save' as const), i: fc.nat(15), tag: fc.boolean() }), weight: 4 },
    {
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        i: fc.nat(15),
        title: fc.constantFrom('Renommé', 'Œuvre', 'Santé mentale'),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), i: fc.nat(15) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('undo' as const) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('highlight' as const),
        i: fc.nat(15),
        text: fc.constantFrom('surligné important', 'passage sur la santé'),
        note: fc.constantFrom('', 'une **note** utile'),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('edit-highlight' as const),
        j: fc.nat(20),
        note: fc.constantFrom('', 'note revue'),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('delete-highlight' as const), j: fc.nat(20) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('orphan' as const), j: fc.nat(20), orphan: fc.boolean() }), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('import' as const), from: fc.nat(30), count: fc.integer({ min: 1, max: 5 }) }),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: 'clear' as const }), weight: 1 },
    // A page that saves after any replay, or only after many (as in the extension).
    { arbitrary: fc.record({ kind: fc.constant('open' as const), save: fc.boolean() }), weight: 3 },
  );
  const pool = makeItems(40, 11);

  it('after any sequence of saves, edits, deletions, undos, highlights, imports and clears', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const store = await openStore();
        const highlights = new HighlightStore(store, 'fr');
        // A page left open all along follows the changes as they are told.
        const live = await openPage(store);
        let undo: DeletedSnapshot | null = null;
        const pick = (list: string[], n: number) => list[n % Math.max(1, list.length)];
        const ids = async (n: number) => pick((await store.all()).map((i) => i.id).sort(), n);
        const annotationIds = async (n: number) => pick((await store.annotations()).map((a) => a.id).sort(), n);
        for (const o of ops) {
          switch (o.kind) {
            case 'save':
              await store.saveFromPage(
                page(o.i),
                { resourceType: 'guide', domains: [], tags: o.tag ? ['ETP'] : [] },
                { now: now() },
              );
              break;
            case 'edit': {
              const id = await ids(o.i);
              if (id) await store.update(id, { next: { title: `${o.title} ${o.i}` } }, now());
              break;
            }
            case 'delete': {
              const id = await ids(o.i);
              if (id) undo = await store.delete([id]);
              break;
            }
            case 'undo':
              if (undo) await store.restore(undo);
              undo = null;
              break;
            case 'highlight':
              await highlights.save(
                {
                  url: page(o.i).url,
                  title: 'Page surlignée',
                  selectors: [{ type: 'TextQuoteSelector', exact: o.text }],
                  colour: 'jaune',
                  note: o.note,
                },
                { now: now() },
              );
              break;
            case 'edit-highlight': {
              const id = await annotationIds(o.j);
              if (id) await highlights.edit(id, { note: o.note }, now());
              break;
            }
            case 'delete-highlight': {
              const id = await annotationIds(o.j);
              if (id) await highlights.delete([id]);
              break;
            }
            case 'orphan': {
              const id = await annotationIds(o.j);
              if (id) await highlights.setOrphanFlags([{ id, status: o.orphan ? 'orphan' : 'anchored' }]);
              break;
            }
            case 'import':
              await store.importBackup({ items: pool.slice(o.from, o.from + o.count), annotations: [] });
              break;
            case 'clear':
              await store.clear();
              undo = null;
              break;
            case 'open':
              await expectSameAnswers(await openPage(store, o.save ? 1 : undefined), store);
              break;
          }
        }
        await expectSameAnswers(await openPage(store), store);
        // Changes reach the open page asynchronously (it re-reads the items): let them land.
        await new Promise((resolve) => setTimeout(resolve, 30));
        await expectSameAnswers(live, store);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
