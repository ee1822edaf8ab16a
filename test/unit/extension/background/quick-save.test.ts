import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { quickSave, refreshBadge } from '../../../../extension/modules/background/quick-save';
import type { ReadPageResult } from '../../../../extension/modules/platform/platform';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { fixtureMetadata } from '../../../helpers/library-fixtures';

let n = 0;
const stores: LibraryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

async function setup(read: ReadPageResult) {
  const store = await LibraryStore.open(`quick-${n++}`);
  stores.push(store);
  const badges: { tabId: number; saved: boolean; title: string }[] = [];
  const deps = {
    store,
    readPage: async () => read,
    setBadge: async (tabId: number, saved: boolean, title: string) => {
      badges.push({ tabId, saved, title });
    },
    locale: 'fr' as const,
  };
  return { store, badges, deps };
}

const url = 'http://127.0.0.1:4000/pages/event.html';

describe('quick save (keyboard shortcut, context menu)', () => {
  it('saves the page with the suggested type and domains, and marks the tab', async () => {
    const { deps, badges, store } = await setup({ ok: true, partial: false, meta: fixtureMetadata('event.html', url) });
    const result = await quickSave(deps, { tabId: 3 });
    expect(result).toMatchObject({ ok: true, created: true, item: { resourceType: 'evenement', tags: [] } });
    expect(badges).toEqual([{ tabId: 3, saved: true, title: 'Binôme — page enregistrée dans votre bibliothèque' }]);
    expect(await store.count()).toBe(1);
  });

  it('adds the selection as an excerpt to an item already saved, keeping the user’s classification', async () => {
    const { deps, store } = await setup({ ok: true, partial: false, meta: fixtureMetadata('event.html', url) });
    await store.saveFromPage(fixtureMetadata('event.html', url), {
      resourceType: 'temoignage',
      domains: ['recherche'],
      tags: ['à moi'],
    });
    const result = await quickSave(deps, { tabId: 3, selectionText: 'Inscription gratuite.' });
    expect(result).toMatchObject({
      ok: true,
      created: false,
      item: { resourceType: 'temoignage', domains: ['recherche'], tags: ['à moi'], excerpts: ['Inscription gratuite.'] },
    });
  });

  it('saves a link (e.g. a PDF) without reading it, titled from its file name', async () => {
    const { deps, badges } = await setup({ ok: false, reason: 'no-tab' });
    const result = await quickSave(deps, { tabId: 3, linkUrl: 'http://127.0.0.1:4000/pages/files/fiche-partenariat.pdf' });
    expect(result).toMatchObject({ ok: true, item: { title: 'fiche-partenariat', isPdf: true } });
    expect(badges).toEqual([]);
  });

  it('says why it could not save, on the button title', async () => {
    const { deps, badges, store } = await setup({ ok: false, reason: 'unsupported' });
    expect(await quickSave(deps, { tabId: 4 })).toEqual({ ok: false, reason: 'unsupported' });
    expect(badges).toEqual([{ tabId: 4, saved: false, title: 'Binôme — enregistrement impossible : unsupported' }]);
    expect(await store.count()).toBe(0);
  });

  it('shows ✓ only on tabs whose page is in the library', async () => {
    const { deps, badges, store } = await setup({ ok: false, reason: 'no-tab' });
    await store.saveFromPage(fixtureMetadata('event.html', url), { resourceType: 'evenement', domains: [], tags: [] });
    expect(await refreshBadge(store, deps.setBadge, 'fr', 1, `${url}#programme`)).toBe(true);
    expect(await refreshBadge(store, deps.setBadge, 'fr', 2, 'http://127.0.0.1:4000/ailleurs')).toBe(false);
    expect(await refreshBadge(store, deps.setBadge, 'en', 3, undefined)).toBe(false);
    expect(badges.map((b) => [b.tabId, b.saved])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });
});
