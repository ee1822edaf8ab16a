/**
 * The side panel's "Sur cette page" follows the active tab of its window: rendered for real
 * with a fake platform (tab switches) and fake tabs (the highlighter's answers).
 */
import '../../../../extension/modules/ui/styles.css';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHighlightsPanel } from '../../../../extension/modules/page-highlights/page-highlights-panel';
import type { TabApi } from '../../../../extension/modules/page-highlights/tab-highlighter';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { locale } from '../../../../extension/modules/ui/locale';
import { fakePlatform, uniqueName, until } from '../../helpers/extension-page';

const PAGE_A = 'http://127.0.0.1:8080/a.html';
const PAGE_B = 'http://127.0.0.1:8080/b.html';
const NO_ACCESS = 'Ouvrez Binôme sur cette page pour voir ses surlignages';

const selectors = (exact: string) => [
  { type: 'TextQuoteSelector' as const, exact },
  { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
];

/** Tabs by id: an address (undefined: no access) and an optional delay before the script answers. */
function fakeTabs(pages: Record<number, { url?: string; delay?: Promise<void> }>) {
  const rendered: number[] = [];
  const tabs: TabApi = {
    async sendMessage(tabId, message) {
      const command = message as { type: string; annotations?: Array<{ id: string }> };
      await pages[tabId]?.delay;
      if (command.type === 'binome:hl:ping') return { ok: true, version: 1, count: 0 };
      if (command.type === 'binome:hl:render') {
        rendered.push(tabId);
        return {
          ok: true,
          url: pages[tabId]?.url,
          rendering: true,
          results: (command.annotations ?? []).map((a) => ({ id: a.id, status: 'anchored', method: 'position', score: 1 })),
        };
      }
      return { ok: true };
    },
    async inject() {},
    async tabUrl(tabId) {
      return pages[tabId]?.url;
    },
  };
  return { tabs, rendered };
}

/** A platform whose target tab the test switches, as tabs.onActivated / onUpdated would. */
function followingPlatform(first: number) {
  const listeners = new Set<(tabId: number) => void>();
  const platform = {
    ...fakePlatform(),
    targetTabId: async () => first,
    onTargetTabChange(listener: (tabId: number) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    platform,
    listeners,
    switchTo: (id: number) => {
      for (const l of listeners) l(id);
    },
  };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function setup(pages: Parameters<typeof fakeTabs>[0], first = 1) {
  locale.value = 'fr';
  const store = await LibraryStore.open(uniqueName('follow'));
  const highlights = new HighlightStore(store, 'fr');
  await highlights.save({ url: PAGE_A, title: 'A', selectors: selectors('Alpha quote'), colour: 'a-citer' });
  await highlights.save({ url: PAGE_B, title: 'B', selectors: selectors('Beta quote'), colour: 'question' });
  const { tabs, rendered } = fakeTabs(pages);
  const follow = followingPlatform(first);
  const container = document.createElement('div');
  document.body.append(container);
  render(h(PageHighlightsPanel, { platform: follow.platform, store, tabs }), container);
  cleanup = () => {
    render(null, container);
    container.remove();
    store.close();
  };
  const quotes = () => [...container.querySelectorAll('.hl-quote')].map((q) => q.textContent);
  return { container, follow, rendered, quotes };
}

describe('"Sur cette page" follows the active tab', () => {
  it('switching tab shows the new page’s highlights, never the previous ones', async () => {
    let release = () => {};
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const { container, follow, rendered, quotes } = await setup({ 1: { url: PAGE_A }, 2: { url: PAGE_B, delay: slow } });
    await until(() => quotes().length === 1);
    expect(quotes()).toEqual(['Alpha quote']);

    follow.switchTo(2);
    // Cleared before the new page answers: "looking for the highlights", no list.
    await until(() => container.textContent?.includes('Recherche des surlignages'));
    expect(quotes()).toEqual([]);
    release();
    await until(() => quotes().length === 1);
    expect(quotes()).toEqual(['Beta quote']);
    expect(rendered).toEqual([1, 2]);

    follow.switchTo(1);
    await until(() => quotes()[0] === 'Alpha quote');
    expect(quotes()).toEqual(['Alpha quote']);
  });

  it('a tab Binôme was not opened on: the honest state, no stale list', async () => {
    const { container, follow, quotes } = await setup({ 1: { url: PAGE_A }, 3: {} });
    await until(() => quotes().length === 1);
    follow.switchTo(3);
    await until(() => container.textContent?.includes(NO_ACCESS));
    expect(quotes()).toEqual([]);
    expect(container.querySelector('[data-testid="page-highlights-count"]')).toBeNull();
  });

  it('a late answer for the previous tab is dropped', async () => {
    let release = () => {};
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const { follow, quotes, rendered } = await setup(
      { 1: { url: PAGE_A }, 2: { url: PAGE_B }, 4: { url: PAGE_A, delay: slow } },
      2,
    );
    await until(() => quotes()[0] === 'Beta quote');
    follow.switchTo(4);
    follow.switchTo(2);
    // Tab 2 is shown again while tab 4 has not answered yet…
    await until(() => rendered.filter((id) => id === 2).length === 2 && quotes()[0] === 'Beta quote');
    release();
    // …then tab 4 answers (its page is A): the panel stays on tab 2's page.
    await until(() => rendered.includes(4));
    await new Promise((r) => setTimeout(r, 100));
    expect(quotes()).toEqual(['Beta quote']);
  });

  it('unsubscribes when unmounted', async () => {
    const { follow, quotes } = await setup({ 1: { url: PAGE_A } });
    await until(() => quotes().length === 1);
    expect(follow.listeners.size).toBe(1);
    cleanup?.();
    cleanup = null;
    await until(() => follow.listeners.size === 0);
    expect(follow.listeners.size).toBe(0);
  });
});
