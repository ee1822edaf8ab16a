/** The library store on Chromium's real IndexedDB (the unit tests use fake-indexeddb). */
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { buildExport, importBackupText } from '../../../../extension/modules/transfer/transfer';
import { exportText } from '../../../../shared/library/export-formats';
import { makeItems } from '../../../helpers/library-items';
import { fixtureMeta, uniqueName } from '../../helpers/extension-page';

const opened: LibraryStore[] = [];
async function open(name: string) {
  const store = await LibraryStore.open(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('library store in real IndexedDB (Chromium)', () => {
  it('export → import round trip is identical for 10 000 items', async () => {
    const source = await open(uniqueName('rt-source'));
    const items = makeItems(10_000, 11);
    await source.importBackup({ items, annotations: [] });
    const file = await buildExport(source, 'json', 'fr');
    const target = await open(uniqueName('rt-target'));
    const outcome = await importBackupText(target, await file.text(), 'fr');
    expect(outcome).toMatchObject({ ok: true, summary: { added: 10_000 } });
    const again = exportText('json', await target.exportData(), { exportedAt: 'same' });
    expect(again).toBe(exportText('json', { items, annotations: [] }, { exportedAt: 'same' }));
  }, 60_000);

  it('cancelling an import while it writes leaves the library as it was', async () => {
    const store = await open(uniqueName('cancel'));
    await store.importBackup({ items: makeItems(50, 1), annotations: [] });
    const controller = new AbortController();
    const run = store.importBackup(
      { items: makeItems(5000, 2), annotations: [] },
      { signal: controller.signal, onProgress: (done) => done > 100 && controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await store.count()).toBe(50);
  });

  it('two pages writing at once lose nothing', async () => {
    const name = uniqueName('concurrent');
    const popup = await open(name);
    const panel = await open(name);
    const { item } = await popup.saveFromPage(fixtureMeta('has-guide.html'), { resourceType: 'guide', domains: [], tags: [] });
    const base = { tags: item.tags };
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => [
        popup.saveFromPage(fixtureMeta('has-guide.html', `http://127.0.0.1:4000/pages/has-guide.html#${i}`), {
          resourceType: 'guide',
          domains: [],
          tags: [...base.tags, `p${i}`],
          excerpt: `passage ${i}`,
          base,
        }),
        panel.update(item.id, { base, next: { tags: [...base.tags, `s${i}`] } }),
        panel.saveFromPage(fixtureMeta('scholarly-article.html', `http://127.0.0.1:4000/a/${i}`), {
          resourceType: 'autre',
          domains: [],
          tags: [],
        }),
      ]).flat(),
    );
    const final = await popup.get(item.id);
    expect(final?.tags).toHaveLength(60);
    expect(final?.excerpts).toHaveLength(30);
    expect(await popup.count()).toBe(31);
  });

  it('migrates a v1 database to v2', async () => {
    const name = uniqueName('v1');
    const [a, b] = makeItems(2, 3);
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'id' }).createIndex('url', 'url');
      },
    });
    await v1.put('items', { ...a, url: 'https://exemple.fr/page/' });
    await v1.put('items', { ...b, url: 'https://exemple.fr/page?utm_campaign=x', updatedAt: '2030-01-01T00:00:00.000Z' });
    v1.close();
    const store = await open(name);
    expect(store.db.version).toBeGreaterThanOrEqual(2);
    expect(await store.count()).toBe(1);
    expect((await store.findByUrl('https://exemple.fr/page'))?.id).toBe(b?.id);
  });
});
