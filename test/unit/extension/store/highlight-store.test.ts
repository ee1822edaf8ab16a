import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryChange } from '../../../../extension/modules/store/changes';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { LibraryStore, LibraryValidationError } from '../../../../extension/modules/store/library-store';
import type { Selector } from '../../../../shared/schemas/annotation';

let counter = 0;
const opened: LibraryStore[] = [];
async function open(): Promise<{ library: LibraryStore; store: HighlightStore; changes: LibraryChange[] }> {
  const library = await LibraryStore.open(`hl-${Date.now()}-${counter++}`);
  opened.push(library);
  const changes: LibraryChange[] = [];
  library.onChange((c) => changes.push(c));
  return { library, store: new HighlightStore(library, 'fr'), changes };
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const URL_A = 'https://www.chu-exemple.fr/partenariat/bilan?utm_source=lettre#suite';
const selectors = (exact: string, start = 10): Selector[] => [
  { type: 'TextQuoteSelector', exact, prefix: 'avant ', suffix: ' après' },
  { type: 'TextPositionSelector', start, end: start + exact.length },
  { type: 'CssSelector', value: 'article > p:nth-of-type(2)' },
];
const highlight = (exact: string, extra: Partial<{ note: string; colour: string; start: number }> = {}) => ({
  url: URL_A,
  title: 'Bilan du partenariat en santé',
  selectors: selectors(exact, extra.start),
  colour: extra.colour ?? 'a-retenir',
  ...(extra.note !== undefined ? { note: extra.note } : {}),
});

describe('HighlightStore: a highlight is saved with its page, in one transaction', () => {
  it('creates the page item with the first highlight, and reuses it (normalised address) for the next', async () => {
    const { library, store, changes } = await open();
    const first = await store.save(highlight('le comité des usagers'), { now: '2026-06-01T10:00:00.000Z' });
    expect(first.createdItem).toBe(true);
    expect(first.item.url).toContain('chu-exemple.fr/partenariat/bilan');
    expect(first.annotation).toMatchObject({ itemId: first.item.id, colour: 'a-retenir', created: '2026-06-01T10:00:00.000Z' });
    expect(changes).toEqual([{ type: 'items', ids: [first.item.id] }]);

    const second = await store.save(
      { ...highlight('savoir expérientiel', { note: '  **à citer**  ' }), url: 'https://www.chu-exemple.fr/partenariat/bilan/' },
      { now: '2026-06-01T10:00:00.000Z' },
    );
    expect(second.createdItem).toBe(false);
    expect(second.item.id).toBe(first.item.id);
    expect(second.annotation.note).toBe('**à citer**');
    // The item was refreshed: updatedAt moved forward even within the same millisecond.
    expect(Date.parse(second.item.updatedAt)).toBeGreaterThan(Date.parse(first.item.updatedAt));
    expect(await library.count()).toBe(1);
    const page = await store.ofPage('https://WWW.chu-exemple.fr/partenariat/bilan?fbclid=1');
    expect(page.item?.id).toBe(first.item.id);
    expect(
      page.annotations
        .map((a) => a.selectors[0])
        .map((s) => (s as { exact: string }).exact)
        .sort(),
    ).toEqual(['le comité des usagers', 'savoir expérientiel']);
  });

  it('writes nothing when the annotation is invalid — no item without its highlight, nor the reverse', async () => {
    const { library, store } = await open();
    await expect(store.save(highlight('citation', { colour: 'Not A Colour!' }))).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(store.save({ ...highlight('x'), url: 'javascript:alert(1)' })).rejects.toThrow();
    expect(await library.count()).toBe(0);
    expect(await library.annotations()).toEqual([]);
  });

  it('edits meaning and note (modified bumped, empty note removed); editing a deleted highlight does nothing', async () => {
    const { store } = await open();
    const { annotation } = await store.save(highlight('citation', { note: 'une note' }), { now: '2026-06-01T10:00:00.000Z' });
    const edited = await store.edit(annotation.id, { colour: 'question' }, '2026-06-01T10:00:00.000Z');
    expect(edited).toMatchObject({ colour: 'question', note: 'une note' });
    expect(Date.parse(edited?.modified ?? '')).toBeGreaterThan(Date.parse(annotation.modified));
    const cleared = await store.edit(annotation.id, { note: '   ' });
    expect(cleared && 'note' in cleared).toBe(false);
    await expect(store.edit(annotation.id, { colour: 'BAD' })).rejects.toBeInstanceOf(LibraryValidationError);
    expect((await store.get(annotation.id))?.colour).toBe('question');
    await store.delete([annotation.id]);
    expect(await store.edit(annotation.id, { note: 'ressuscité ?' })).toBeUndefined();
    expect(await store.get(annotation.id)).toBeUndefined();
  });

  it('deletes with undo; undo does not bring back a highlight whose page was deleted meanwhile', async () => {
    const { library, store } = await open();
    const a = await store.save(highlight('un'));
    const b = await store.save(highlight('deux'));
    const removed = await store.delete([a.annotation.id, 'unknown-id']);
    expect(removed.map((r) => r.id)).toEqual([a.annotation.id]);
    expect((await store.ofPage(URL_A)).annotations.map((r) => r.id)).toEqual([b.annotation.id]);
    expect(await store.restore(removed)).toBe(1);
    expect((await store.ofPage(URL_A)).annotations).toHaveLength(2);

    const again = await store.delete([a.annotation.id]);
    await library.delete([a.item.id]);
    expect(await store.restore(again)).toBe(0);
    expect(await library.annotations()).toEqual([]);
  });

  it('stores orphan flags in bulk, writing only what changed, without touching `modified`', async () => {
    const { store, changes } = await open();
    const a = await store.save(highlight('un'));
    const b = await store.save(highlight('deux'));
    changes.length = 0;
    const changed = await store.setOrphanFlags([
      { id: a.annotation.id, status: 'orphan' },
      { id: b.annotation.id, status: 'anchored' },
      { id: 'gone', status: 'orphan' },
    ]);
    expect(changed).toEqual([a.annotation.id]);
    expect(changes).toEqual([{ type: 'items', ids: [a.item.id] }]);
    const stored = await store.get(a.annotation.id);
    expect(stored?.orphan).toBe(true);
    expect(stored?.modified).toBe(a.annotation.modified);
    expect(await store.setOrphanFlags([{ id: a.annotation.id, status: 'orphan' }])).toEqual([]);
    expect(await store.setOrphanFlags([{ id: a.annotation.id, status: 'anchored' }])).toEqual([a.annotation.id]);
    expect((await store.get(a.annotation.id))?.orphan).toBeUndefined();
  });

  it('re-attaches an orphan: new selectors, same id, orphan flag cleared', async () => {
    const { store } = await open();
    const { annotation } = await store.save(highlight('ancien passage'));
    await store.setOrphanFlags([{ id: annotation.id, status: 'orphan' }]);
    const moved = await store.reattach(annotation.id, selectors('nouveau passage', 400));
    expect(moved?.id).toBe(annotation.id);
    expect(moved?.orphan).toBeUndefined();
    expect(moved?.selectors[0]).toMatchObject({ exact: 'nouveau passage' });
    expect(await store.reattach('unknown', selectors('x'))).toBeUndefined();
  });
});
