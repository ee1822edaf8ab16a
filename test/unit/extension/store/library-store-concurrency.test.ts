import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import type { PageMetadata } from '../../../../shared/library/metadata';
import { makeItems } from '../../../helpers/library-items';

const page = (url: string): PageMetadata => ({ url, title: url, authors: [], isPdf: false, kinds: [], keywords: [], text: '' });

describe('concurrent writes from the popup and the side panel', () => {
  it('lose nothing: two connections interleaving saves, re-saves and edits', async () => {
    const name = 'concurrent';
    // Two pages of the extension = two connections to the same database.
    const popup = await LibraryStore.open(name);
    const panel = await LibraryStore.open(name);
    try {
      const shared = (
        await popup.saveFromPage(page('https://exemple.fr/partage'), { resourceType: 'guide', domains: [], tags: ['départ'] })
      ).item;
      const staleView = { tags: shared.tags, note: shared.note }; // what the side panel shows, never refreshed
      const popupView = { tags: shared.tags, domains: shared.domains, resourceType: shared.resourceType, note: shared.note };

      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++) {
        // Popup: a new page, then the shared page again with a new excerpt and a tag.
        work.push(popup.saveFromPage(page(`https://exemple.fr/page-${i}`), { resourceType: 'autre', domains: [], tags: [] }));
        work.push(
          popup.saveFromPage(page('https://exemple.fr/partage#encore'), {
            ...popupView,
            tags: [...popupView.tags, `popup-${i}`],
            excerpt: `extrait ${i}`,
            base: popupView,
          }),
        );
        // Side panel: edits the same item from its stale view.
        work.push(panel.update(shared.id, { base: staleView, next: { tags: [...staleView.tags, `panneau-${i}`] } }));
      }
      await Promise.all(work);

      expect(await panel.count()).toBe(41);
      const final = await panel.get(shared.id);
      const expectedTags = ['départ', ...Array.from({ length: 40 }, (_, i) => [`popup-${i}`, `panneau-${i}`]).flat()];
      expect(new Set(final?.tags)).toEqual(new Set(expectedTags));
      expect(new Set(final?.excerpts)).toEqual(new Set(Array.from({ length: 40 }, (_, i) => `extrait ${i}`)));
    } finally {
      popup.close();
      panel.close();
    }
  });

  it('the same page saved from two pages at once gives one item', async () => {
    const a = await LibraryStore.open('same-page');
    const b = await LibraryStore.open('same-page');
    try {
      const results = await Promise.all([
        a.saveFromPage(page('https://exemple.fr/x'), { resourceType: 'autre', domains: [], tags: ['a'] }),
        b.saveFromPage(page('https://exemple.fr/x/'), { resourceType: 'autre', domains: [], tags: ['b'] }),
      ]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(await a.count()).toBe(1);
    } finally {
      a.close();
      b.close();
    }
  });

  it('(control) writing whole records from stale copies would lose edits — which is why edits are merges', async () => {
    const a = await LibraryStore.open('control');
    const b = await LibraryStore.open('control');
    try {
      const [item] = makeItems(1);
      await a.put({ ...item!, tags: [] });
      await Promise.all([a.put({ ...item!, tags: ['from-a'] }), b.put({ ...item!, tags: ['from-b'] })]);
      expect((await a.get(item!.id))?.tags).toHaveLength(1);
    } finally {
      a.close();
      b.close();
    }
  });
});
