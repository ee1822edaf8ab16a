import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { buildExport, importBackupText } from '../../../../extension/modules/transfer/transfer';
import { exportText } from '../../../../shared/library/export-formats';
import type { PageMetadata } from '../../../../shared/library/metadata';
import type { Annotation } from '../../../../shared/schemas/annotation';
import { makeItems } from '../../../helpers/library-items';

let counter = 0;
const opened: LibraryStore[] = [];
async function openStore(name = `test-${Date.now()}-${counter++}`): Promise<LibraryStore> {
  const store = await LibraryStore.open(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function page(url: string, overrides: Partial<PageMetadata> = {}): PageMetadata {
  return { url, title: `Page ${url}`, authors: [], isPdf: false, kinds: [], keywords: [], text: '', ...overrides };
}
const choices = { resourceType: 'guide' as const, domains: [], tags: [] };

function annotation(id: string, itemId: string, modified = '2026-01-01T00:00:00.000Z'): Annotation {
  return {
    id,
    itemId,
    source: 'https://exemple.fr/',
    selectors: [{ type: 'TextQuoteSelector', exact: `citation ${id}` }],
    colour: 'jaune',
    created: modified,
    modified,
  };
}

describe('LibraryStore: saving and finding pages', () => {
  it('saves a page once and finds it under any form of its address', async () => {
    const store = await openStore();
    const first = await store.saveFromPage(page('https://exemple.fr/guide/?utm_source=x#haut'), choices);
    expect(first.created).toBe(true);
    for (const variant of ['https://exemple.fr/guide', 'https://EXEMPLE.fr/guide/', 'https://exemple.fr/guide?fbclid=1#bas']) {
      expect((await store.findByUrl(variant))?.id).toBe(first.item.id);
    }
    const again = await store.saveFromPage(page('https://exemple.fr/guide#autre'), { ...choices, excerpt: 'un passage' });
    expect(again.created).toBe(false);
    expect(again.item.id).toBe(first.item.id);
    expect(again.item.excerpts).toEqual(['un passage']);
    expect(await store.count()).toBe(1);
    expect(await store.findByUrl('https://exemple.fr/autre')).toBeUndefined();
  });

  it('validates every record: an invalid one is refused and nothing is written', async () => {
    const store = await openStore();
    const [item] = makeItems(1);
    await expect(store.put({ ...item!, url: 'javascript:alert(1)' })).rejects.toThrow('invalid library record');
    await expect(store.update('nope', { next: { title: 'x' } })).resolves.toBeUndefined();
    await store.put(item!);
    await expect(store.update(item!.id, { next: { title: '' } })).rejects.toThrow('invalid library record');
    expect((await store.get(item!.id))?.title).toBe(item!.title);
  });

  it('lists the most recent first', async () => {
    const store = await openStore();
    for (const item of makeItems(30)) await store.put(item);
    const recent = await store.recent(5);
    expect(recent.map((i) => i.id)).toEqual(['item-1-29', 'item-1-28', 'item-1-27', 'item-1-26', 'item-1-25']);
  });

  it('edits with a newer date, even within the same millisecond', async () => {
    const store = await openStore();
    const [item] = makeItems(1);
    await store.put(item!);
    const edited = await store.update(item!.id, { base: { note: item!.note }, next: { note: 'nouvelle note' } }, item!.updatedAt);
    expect(edited?.note).toBe('nouvelle note');
    expect(Date.parse(edited!.updatedAt)).toBeGreaterThan(Date.parse(item!.updatedAt));
  });

  it('deletes an item with its annotations, and undo puts everything back', async () => {
    const store = await openStore();
    const items = makeItems(3);
    for (const item of items) await store.put(item);
    await store.importBackup({ items: [], annotations: [annotation('h1', items[0]!.id), annotation('h2', items[1]!.id)] });
    const snapshot = await store.delete([items[0]!.id]);
    expect(snapshot.items.map((i) => i.id)).toEqual([items[0]!.id]);
    expect(snapshot.annotations.map((a) => a.id)).toEqual(['h1']);
    expect(await store.count()).toBe(2);
    expect(await store.annotationsOf(items[0]!.id)).toEqual([]);
    expect(await store.restore(snapshot)).toBe(1);
    expect(await store.get(items[0]!.id)).toEqual(items[0]);
    expect((await store.annotationsOf(items[0]!.id)).map((a) => a.id)).toEqual(['h1']);
  });

  it('does not restore over a page saved again after the deletion', async () => {
    const store = await openStore();
    const saved = await store.saveFromPage(page('https://exemple.fr/a'), choices);
    const snapshot = await store.delete([saved.item.id]);
    await store.saveFromPage(page('https://exemple.fr/a/'), choices);
    expect(await store.restore(snapshot)).toBe(0);
    expect(await store.count()).toBe(1);
  });

  it('tells listeners in this page and in other pages what changed', async () => {
    const name = `changes-${counter++}`;
    const popup = await openStore(name);
    const panel = await openStore(name);
    const local: unknown[] = [];
    const remote = new Promise((resolve) => panel.onChange(resolve));
    popup.onChange((change) => local.push(change));
    const { item } = await popup.saveFromPage(page('https://exemple.fr/b'), choices);
    expect(local).toEqual([{ type: 'items', ids: [item.id] }]);
    await expect(remote).resolves.toEqual({ type: 'items', ids: [item.id] });
  });
});

describe('LibraryStore: annotations (for the highlights issue)', () => {
  it('stores validated annotations of stored items, searchable by item, and deletes them', async () => {
    const store = await openStore();
    const [item] = makeItems(1);
    await store.put(item!);
    const changes: unknown[] = [];
    store.onChange((c) => changes.push(c));
    await store.putAnnotations([annotation('a1', item!.id), annotation('a2', item!.id)]);
    expect((await store.annotationsOf(item!.id)).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(changes).toEqual([{ type: 'items', ids: [item!.id] }]);
    await expect(store.putAnnotations([annotation('a3', 'no-such-item')])).rejects.toThrow('invalid library record');
    await expect(store.putAnnotations([{ ...annotation('a4', item!.id), selectors: [] }])).rejects.toThrow(
      'invalid library record',
    );
    expect(await store.annotations()).toHaveLength(2);
    await store.deleteAnnotations(['a1']);
    expect((await store.annotationsOf(item!.id)).map((a) => a.id)).toEqual(['a2']);
  });
});

describe('LibraryStore: import', () => {
  it('merges by id and by address, keeping the newer edit and the stored id', async () => {
    const store = await openStore();
    const items = makeItems(4);
    for (const item of items) await store.put(item);
    const incoming = [
      { ...items[0]!, title: 'Plus récent', updatedAt: '2030-01-01T00:00:00.000Z' }, // same id, newer → replaces
      { ...items[1]!, title: 'Plus ancien', updatedAt: '2000-01-01T00:00:00.000Z' }, // same id, older → kept as stored
      {
        ...items[2]!,
        id: 'autre-id',
        url: `${items[2]!.url}&utm_medium=mail`,
        title: 'Par adresse',
        updatedAt: '2030-01-01T00:00:00.000Z',
      }, // same page
      ...makeItems(2, 7), // new
    ];
    const summary = await store.importBackup({ items: incoming, annotations: [annotation('h', 'autre-id')] });
    expect(summary).toEqual({ added: 2, updated: 2, unchanged: 1, conflicts: 0, annotations: 1 });
    expect((await store.get(items[0]!.id))?.title).toBe('Plus récent');
    expect((await store.get(items[1]!.id))?.title).toBe(items[1]!.title);
    expect((await store.get(items[2]!.id))?.title).toBe('Par adresse');
    expect(await store.get('autre-id')).toBeUndefined();
    // The highlight follows the item it belongs to, under the stored id.
    expect((await store.annotationsOf(items[2]!.id)).map((a) => a.id)).toEqual(['h']);
    expect(await store.count()).toBe(6);
    // Importing the same file again changes nothing.
    expect(await store.importBackup({ items: incoming, annotations: [] })).toMatchObject({ added: 0, updated: 0 });
  });

  it('cancelled in the middle of writing, leaves the library exactly as it was', async () => {
    const store = await openStore();
    const before = makeItems(100, 3);
    for (const item of before) await store.put(item);
    const controller = new AbortController();
    const run = store.importBackup(
      { items: makeItems(3000, 4), annotations: [] },
      { signal: controller.signal, onProgress: (done) => done > 200 && controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await store.count()).toBe(100);
    expect((await store.exportData()).items).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": "binome-library", "items": [', /JSON lisible/],
    ['another format', JSON.stringify({ format: 'zotero', items: [] }), /pas une sauvegarde/],
    [
      'one bad item among good ones',
      JSON.stringify([...makeItems(5, 9), { ...makeItems(1, 10)[0]!, resourceType: 'recette' }]),
      /^Élément 6 .* Champ resourceType : valeur non reconnue$/,
    ],
    ['a duplicate', JSON.stringify([makeItems(1, 9)[0], makeItems(1, 9)[0]]), /même identifiant/],
  ])('refuses %s before any write: the library is unchanged', async (_label, text, message) => {
    const store = await openStore();
    for (const item of makeItems(10)) await store.put(item);
    const snapshot = exportText('json', await store.exportData(), { exportedAt: 'x' });
    const outcome = await importBackupText(store, text, 'fr');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]).toMatch(message);
    expect(exportText('json', await store.exportData(), { exportedAt: 'x' })).toBe(snapshot);
  });
});

describe('LibraryStore: export → import round trip', () => {
  it('gives back an identical library for 10 000 items, through the export and import the pages use', async () => {
    const source = await openStore();
    const items = makeItems(10_000, 42);
    await source.importBackup({ items, annotations: [annotation('h1', items[5]!.id), annotation('h2', items[9000]!.id)] });
    const phases = new Set<string>();
    const file = await buildExport(source, 'json', 'fr', { onProgress: (phase) => phases.add(phase) });

    const target = await openStore();
    const outcome = await importBackupText(target, await file.text(), 'fr', { onProgress: (phase) => phases.add(phase) });
    expect(outcome).toEqual({
      ok: true,
      summary: {
        added: 10_000,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        annotations: 2,
        workspace: 0,
        restored: { projects: 0, contacts: 0, checklists: 0, charters: 0, meetings: 0, effects: 0, registry: 0 },
      },
      encrypted: false,
    });
    expect(await target.exportData()).toEqual(await source.exportData());
    expect((await target.exportData()).items).toEqual(items);
    expect([...phases]).toEqual(['exporting', 'reading', 'checking', 'writing']);
  }, 60_000);

  it('an export can be cancelled', async () => {
    const store = await openStore();
    await store.importBackup({ items: makeItems(3000, 5), annotations: [] });
    const controller = new AbortController();
    const run = buildExport(store, 'bibtex', 'fr', {
      signal: controller.signal,
      onProgress: (_p, done) => done > 0 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('LibraryStore: clear', () => {
  it('deletes everything', async () => {
    const store = await openStore();
    for (const item of makeItems(5)) await store.put(item);
    await store.clear();
    expect(await store.count()).toBe(0);
  });
});
