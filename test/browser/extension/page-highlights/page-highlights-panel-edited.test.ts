/**
 * "Sur cette page" for a highlight re-found on edited text: the passage as the page reads
 * now (« Texte actuel »), then what it was when highlighted (« Au moment du surlignage »),
 * in French and English, announced with the button (aria-describedby), axe clean; a later
 * `report` from the page (it changed after the opening) updates it. Rendered for real with
 * fake tabs giving the highlighter's answers.
 */
import '../../../../extension/modules/ui/styles.css';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnchorReport } from '../../../../extension/modules/highlights/protocol';
import { PageHighlightsPanel } from '../../../../extension/modules/page-highlights/page-highlights-panel';
import type { TabApi } from '../../../../extension/modules/page-highlights/tab-highlighter';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';
import { fakePlatform, uniqueName, until } from '../../helpers/extension-page';

const PAGE = 'http://127.0.0.1:8080/article.html';
const THEN = 'aux équipes qui les acompagnent';
const NOW = 'aux équipes qui les accompagnent';
const SAME = 'la charte du partenariat a été signée';

const selectors = (exact: string, start: number) => [
  { type: 'TextQuoteSelector' as const, exact },
  { type: 'TextPositionSelector' as const, start, end: start + exact.length },
];

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  locale.value = 'fr';
});

/** The panel on a page whose highlighter re-finds `THEN` as `NOW` (and `SAME` unchanged). */
async function setup(lang: 'fr' | 'en', texts: { edited?: string } = { edited: NOW }) {
  locale.value = lang;
  const store = await LibraryStore.open(uniqueName('edited'));
  const highlights = new HighlightStore(store, lang);
  const edited = await highlights.save({ url: PAGE, title: 'Article', selectors: selectors(THEN, 10), colour: 'a-citer' });
  const same = await highlights.save({
    url: PAGE,
    title: 'Article',
    selectors: selectors(SAME, 200),
    colour: 'question',
    note: 'À **reprendre**',
  });
  const reportListeners = new Set<(tabId: number, results: readonly AnchorReport[]) => void>();
  const tabs: TabApi = {
    async sendMessage(_tabId, message) {
      const command = message as { type: string; annotations?: Array<{ id: string }> };
      if (command.type === 'binome:hl:ping') return { ok: true, version: 1, count: 0 };
      if (command.type === 'binome:hl:render')
        return {
          ok: true,
          url: PAGE,
          rendering: true,
          results: (command.annotations ?? []).map((a) =>
            a.id === edited.annotation.id && texts.edited
              ? { id: a.id, status: 'anchored', method: 'fuzzy', score: 0.93, text: texts.edited }
              : { id: a.id, status: 'anchored', method: 'quote', score: 1 },
          ),
        };
      return { ok: true };
    },
    async inject() {},
    async tabUrl() {
      return PAGE;
    },
    onReport(listener) {
      reportListeners.add(listener);
      return () => reportListeners.delete(listener);
    },
  };
  const platform = { ...fakePlatform(), targetTabId: async () => 5 };
  const container = document.createElement('div');
  document.body.append(container);
  render(h(PageHighlightsPanel, { platform, store, tabs }), container);
  cleanup = () => {
    render(null, container);
    container.remove();
    store.close();
  };
  const item = (id: string) => container.querySelector(`[data-highlight-id="${id}"]`)?.closest('li') as HTMLLIElement | null;
  await until(() => item(edited.annotation.id) && item(same.annotation.id));
  const report = (results: AnchorReport[], tabId = 5) => {
    for (const listener of reportListeners) listener(tabId, results);
  };
  return { container, item, edited: edited.annotation.id, same: same.annotation.id, report, reportListeners };
}

/** What a screen reader gets for the button: its name (aria-hidden parts left out), then the texts it is described by. */
function announced(li: HTMLLIElement): { name: string; description: string } {
  const button = li.querySelector('button.hl-go') as HTMLButtonElement;
  const ids = (button.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const named = button.cloneNode(true) as HTMLElement;
  for (const hidden of named.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return {
    name: flat(named.textContent),
    description: ids.map((id) => flat(document.getElementById(id)?.textContent)).join(' | '),
  };
}

describe('a highlight re-found on edited text', () => {
  it('shows the text as the page reads now, then what it was when highlighted (fr), announced with the button', async () => {
    const { item, edited, same, container } = await setup('fr');
    const li = item(edited) as HTMLLIElement;
    expect(li.querySelector('.hl-quote')?.textContent).toBe(NOW);
    expect(announced(li)).toEqual({
      name: `À citer — Texte actuel : ${NOW}`,
      description: `Au moment du surlignage : ${THEN}`,
    });
    // Unchanged: the quote alone, no « Texte actuel », its note still describes it.
    const unchanged = item(same) as HTMLLIElement;
    expect(unchanged.querySelector('.hl-now-label')).toBeNull();
    expect(unchanged.querySelector('.hl-was')).toBeNull();
    expect(announced(unchanged)).toEqual({ name: `Question — ${SAME}`, description: 'À reprendre' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('in English', async () => {
    const { item, edited, container } = await setup('en');
    expect(announced(item(edited) as HTMLLIElement)).toEqual({
      name: `To quote — Text now: ${NOW}`,
      description: `When highlighted: ${THEN}`,
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing more when only white space differs', async () => {
    const { item, edited } = await setup('fr', { edited: ` aux  équipes qui\nles acompagnent ` });
    const li = item(edited) as HTMLLIElement;
    expect(li.querySelector('.hl-was')).toBeNull();
    expect(li.querySelector('.hl-quote')?.textContent).toBe(THEN);
  });

  it('follows what the page reports after it changed, for its own tab only', async () => {
    const { item, edited, same, report, reportListeners } = await setup('fr', {});
    expect((item(edited) as HTMLLIElement).querySelector('.hl-was')).toBeNull();
    expect(reportListeners.size).toBe(1);
    const later: AnchorReport[] = [
      { id: edited, status: 'anchored', method: 'fuzzy', score: 0.9, text: NOW },
      { id: same, status: 'anchored', method: 'quote', score: 1 },
    ];
    report(later, 6); // another tab: ignored
    await new Promise((r) => setTimeout(r, 50));
    expect((item(edited) as HTMLLIElement).querySelector('.hl-was')).toBeNull();
    report(later);
    await until(() => item(edited)?.querySelector('.hl-was'));
    expect(announced(item(edited) as HTMLLIElement).description).toBe(`Au moment du surlignage : ${THEN}`);
    cleanup?.();
    cleanup = null;
    await until(() => reportListeners.size === 0);
  });
});
