/**
 * The library page's saved catalog on Chromium's real IndexedDB (store/catalog-snapshot.ts,
 * catalog-log.ts): typed arrays and thousands of items through the real structured clone,
 * read back in one request, with the writes logged since replayed — and the same answers
 * as a catalog built from every item, whatever was written in between.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../../../../extension/modules/library/library-state';
import { CATALOG_LOG, CATALOG_SNAPSHOT } from '../../../../extension/modules/store/catalog-log';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { type FacetSelection, LibraryCatalog, SORTS } from '../../../../shared/library/catalog';
import { makeItems } from '../../../helpers/library-items';
import { uniqueName } from '../../helpers/extension-page';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0).reverse()) close();
});

async function openStore(): Promise<LibraryStore> {
  const store = await LibraryStore.open(uniqueName('catalog'));
  cleanup.push(() => store.close());
  return store;
}

/** The library page opening: saved catalog or whole library; saves at once when it would. */
async function openPage(store: LibraryStore, saveAfter?: number): Promise<LibraryState> {
  const state = new LibraryState(store, { idle: () => Promise.resolve(), saveAfter });
  cleanup.push(() => state.stop());
  await state.loadAll();
  await state.saving;
  return state;
}

/** The reference: a catalog built from every item and annotation, as read now. */
async function wholeCatalog(store: LibraryStore): Promise<LibraryCatalog> {
  const [items, annotations] = await Promise.all([store.all(), store.annotations()]);
  const catalog = new LibraryCatalog();
  catalog.upsertMany(items, (id) =>
    annotations
      .filter((a) => a.itemId === id)
      .flatMap((a) => [...a.selectors.flatMap((s) => (s.type === 'TextQuoteSelector' ? [s.exact] : [])), a.note ?? ''])
      .filter(Boolean),
  );
  return catalog;
}

const QUERIES = [
  '',
  'partenariat',
  'patient partenaire',
  'educ therap',
  'sante mentale',
  'oeuvre',
  'surligne',
  'dupont',
  'p',
  '12',
];
const SELECTIONS: FacetSelection[] = [{}, { type: ['guide'] }, { tag: ['ETP', 'DU'] }, { year: ['none'] }];

async function expectSameAnswers(page: LibraryState, store: LibraryStore): Promise<void> {
  const reference = await wholeCatalog(store);
  expect(page.catalog.size).toBe(reference.size);
  for (const text of QUERIES)
    for (const facets of SELECTIONS)
      for (const sort of SORTS)
        expect(page.catalog.query({ text, facets, sort })).toEqual(reference.query({ text, facets, sort }));
}

describe('saved catalog (Chromium IndexedDB)', () => {
  it('saves 3 000 items in one record and reads it back with the same answers; replays what was written since', async () => {
    const store = await openStore();
    await store.importBackup({ items: makeItems(3000, 31), annotations: [] });
    const first = await openPage(store);
    expect(first.lastRead).toBe('whole');
    expect(await first.saving).toBe(true);
    expect(await store.db.count(CATALOG_SNAPSHOT)).toBe(1);
    expect(await store.db.count(CATALOG_LOG)).toBe(0); // what the record includes is dropped from the log
    first.stop();

    const second = await openPage(store);
    expect(second.lastRead).toBe('saved');
    await expectSameAnswers(second, store);
    second.stop();

    // Written while no library page is open: a save from the popup, an edit, a deletion, a highlight with a note.
    const [a, b, c] = await store.all();
    await store.saveFromPage(
      {
        url: 'https://exemple.fr/nouvelle',
        title: 'Œuvre commune, nouvelle page',
        authors: [],
        isPdf: false,
        kinds: [],
        keywords: [],
        text: '',
      },
      { resourceType: 'guide', domains: [], tags: ['ETP'] },
    );
    await store.update(a!.id, { next: { title: 'Santé mentale : titre revu' } });
    await store.delete([b!.id]);
    await new HighlightStore(store).save({
      url: c!.url,
      title: c!.title,
      selectors: [{ type: 'TextQuoteSelector', exact: 'un passage surligné' }],
      colour: 'jaune',
      note: 'Dupont le **cite**',
    });
    expect(await store.db.count(CATALOG_LOG)).toBe(4);
    const third = await openPage(store);
    expect(third.lastRead).toBe('saved');
    await expectSameAnswers(third, store);
    expect(third.catalog.get(b!.id)).toBeUndefined();
    expect(third.catalog.query({ text: 'surligne' }).ids).toEqual([c!.id]);
    expect(third.annotationsOf(c!.id)).toHaveLength(1);
  });

  it('a write that fails logs nothing; « delete everything » drops the record', async () => {
    const store = await openStore();
    await store.importBackup({ items: makeItems(50, 32), annotations: [] });
    (await openPage(store)).stop();
    const [item] = await store.all();
    await expect(store.put({ ...item!, url: 'javascript:alert(1)' })).rejects.toThrow('invalid library record');
    await expect(store.putAnnotations([{ ...annotation(), itemId: 'inconnu' }])).rejects.toThrow('invalid library record');
    expect(await store.db.count(CATALOG_LOG)).toBe(0);

    await store.clear();
    expect(await store.db.count(CATALOG_SNAPSHOT)).toBe(0);
    const page = await openPage(store);
    expect(page.lastRead).toBe('whole');
    expect(page.catalog.size).toBe(0);
  });
});

function annotation() {
  return {
    id: 'a1',
    itemId: 'x',
    source: 'https://exemple.fr/',
    selectors: [{ type: 'TextQuoteSelector' as const, exact: 'citation' }],
    colour: 'jaune',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}
