/**
 * The extension side of highlights, with the browser replaced by small fakes: the
 * background's answers to page events, ensureHighlighter (ping → inject → render → orphan
 * flags), user meanings, and the per-site registrations.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { handleHighlighterEvent } from '../../../../extension/modules/page-highlights/events';
import {
  allMeanings,
  meaningIdFor,
  nextLook,
  proposeMeaning,
  readUserMeanings,
  saveUserMeanings,
} from '../../../../extension/modules/page-highlights/meaning-settings';
import {
  type PermissionsApi,
  type ScriptingApi,
  scriptIdFor,
  sitePattern,
  syncRegistrations,
} from '../../../../extension/modules/page-highlights/site-access';
import {
  ensureHighlighter,
  type HighlighterDeps,
  type TabApi,
} from '../../../../extension/modules/page-highlights/tab-highlighter';
import { HighlightStore } from '../../../../extension/modules/store/highlight-store';
import { LibraryStore } from '../../../../extension/modules/store/library-store';

let counter = 0;
const opened: LibraryStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const PAGE = 'http://127.0.0.1:8080/article.html';
const SELECTORS = [
  { type: 'TextQuoteSelector' as const, exact: 'Trois projets ont été menés en binôme' },
  { type: 'TextPositionSelector' as const, start: 5, end: 42 },
];

/** A tab whose highlighter is absent until injected; records commands; answers like the real script. */
function fakeTab(options: { url?: string; injectable?: boolean; orphanIds?: string[] } = {}) {
  const sent: Array<{ type: string; [k: string]: unknown }> = [];
  let present = false;
  let injections = 0;
  const tabs: TabApi = {
    async sendMessage(_tabId, message) {
      const command = message as { type: string; annotations?: Array<{ id: string }> };
      if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push(command);
      switch (command.type) {
        case 'binome:hl:ping':
          return { ok: true, version: 1, count: 0 };
        case 'binome:hl:render':
          return {
            ok: true,
            url: PAGE,
            rendering: true,
            results: (command.annotations ?? []).map((a) =>
              options.orphanIds?.includes(a.id)
                ? { id: a.id, status: 'orphan', reason: 'not-found' }
                : { id: a.id, status: 'anchored', method: 'position', score: 1 },
            ),
          };
        default:
          return { ok: true };
      }
    },
    async inject() {
      if (options.injectable === false) throw new Error('Cannot access contents of the page');
      injections++;
      present = true;
    },
    async tabUrl() {
      return options.url;
    },
  };
  return { tabs, sent, injections: () => injections };
}

async function depsWith(tabs: TabApi): Promise<HighlighterDeps> {
  const library = await LibraryStore.open(`wiring-${Date.now()}-${counter++}`);
  opened.push(library);
  return {
    tabs,
    highlights: new HighlightStore(library, 'fr'),
    meanings: async () => allMeanings([], 'fr'),
    locale: async () => 'fr',
  };
}

const fromTab = { tab: { id: 7, url: PAGE }, frameId: 0 };

describe('background: page events', () => {
  it('save → stored with its page, reply { ok, id }; edit, delete → { ok }; report → orphan flags', async () => {
    const deps = await depsWith(fakeTab({ url: PAGE }).tabs);
    const save = {
      type: 'binome:hl:save',
      url: PAGE,
      title: 'Article',
      quote: 'Trois projets',
      selectors: SELECTORS,
      colour: 'question',
    };
    const reply = await handleHighlighterEvent(deps, save, fromTab);
    expect(reply).toMatchObject({ ok: true, id: expect.any(String) });
    const id = (reply as { id: string }).id;
    const page = await deps.highlights.ofPage(PAGE);
    expect(page.item?.title).toBe('Article');
    expect(page.annotations.map((a) => a.id)).toEqual([id]);

    expect(await handleHighlighterEvent(deps, { type: 'binome:hl:edit', id, note: '*à vérifier*' }, fromTab)).toEqual({
      ok: true,
    });
    expect((await deps.highlights.get(id))?.note).toBe('*à vérifier*');
    await handleHighlighterEvent(
      deps,
      { type: 'binome:hl:report', url: PAGE, results: [{ id, status: 'orphan', reason: 'ambiguous' }] },
      fromTab,
    );
    expect((await deps.highlights.get(id))?.orphan).toBe(true);
    expect(await handleHighlighterEvent(deps, { type: 'binome:hl:delete', id }, fromTab)).toEqual({ ok: true });
    expect(await deps.highlights.get(id)).toBeUndefined();
    expect(await handleHighlighterEvent(deps, { type: 'binome:hl:edit', id, note: 'x' }, fromTab)).toEqual({
      ok: false,
      error: 'unknown-highlight',
    });
  });

  it('refuses invalid events, events from a sub-frame or from outside a tab, and non-web pages — writing nothing', async () => {
    const deps = await depsWith(fakeTab({ url: PAGE }).tabs);
    const save = { type: 'binome:hl:save', url: PAGE, title: 'A', quote: 'q', selectors: SELECTORS, colour: 'question' };
    expect(await handleHighlighterEvent(deps, { ...save, colour: '<b>' }, fromTab)).toEqual({
      ok: false,
      error: 'invalid-event',
    });
    expect(await handleHighlighterEvent(deps, { ...save, selectors: [] }, fromTab)).toEqual({
      ok: false,
      error: 'invalid-event',
    });
    expect(await handleHighlighterEvent(deps, save, { tab: { id: 7 }, frameId: 3 })).toEqual({ ok: false, error: 'not-a-tab' });
    expect(await handleHighlighterEvent(deps, save, {})).toEqual({ ok: false, error: 'not-a-tab' });
    expect(await handleHighlighterEvent(deps, { ...save, url: 'file:///etc/passwd' }, fromTab)).toEqual({
      ok: false,
      error: 'not-web-page',
    });
    expect(await deps.highlights.library.count()).toBe(0);
  });

  it('ready → the page receives its highlights with render', async () => {
    const tab = fakeTab({ url: PAGE });
    const deps = await depsWith(tab.tabs);
    const { annotation } = await deps.highlights.save({ url: PAGE, title: 'A', selectors: SELECTORS, colour: 'a-citer' });
    await tab.tabs.inject(7, '/highlighter.js');
    await handleHighlighterEvent(deps, { type: 'binome:hl:ready', url: PAGE, version: 1 }, fromTab);
    const render = tab.sent.find((c) => c.type === 'binome:hl:render') as unknown as {
      annotations: Array<{ id: string }>;
      meanings: unknown[];
      locale: string;
    };
    expect(render.annotations.map((a) => a.id)).toEqual([annotation.id]);
    expect(render.meanings).toHaveLength(3);
    expect(render.locale).toBe('fr');
  });
});

describe('ensureHighlighter: ping, else inject, then render', () => {
  it('injects once, renders the page annotations and stores orphan flags from the results', async () => {
    const tab = fakeTab({ url: PAGE, orphanIds: [] });
    const deps = await depsWith(tab.tabs);
    const a = await deps.highlights.save({ url: PAGE, title: 'A', selectors: SELECTORS, colour: 'a-citer' });
    const b = await deps.highlights.save({ url: `${PAGE}#x`, title: 'A', selectors: SELECTORS, colour: 'question' });
    const first = await ensureHighlighter(deps, 7);
    expect(first).toMatchObject({ ok: true, url: PAGE, injected: true });
    expect(tab.injections()).toBe(1);
    const second = await ensureHighlighter(deps, 7);
    expect(second).toMatchObject({ ok: true, injected: false });
    expect(tab.injections()).toBe(1);
    expect((await deps.highlights.get(a.annotation.id))?.orphan).toBeUndefined();

    const orphaning = fakeTab({ url: PAGE, orphanIds: [b.annotation.id] });
    const result = await ensureHighlighter({ ...deps, tabs: orphaning.tabs }, 7);
    expect(result.ok && result.reply.results.find((r) => r.id === b.annotation.id)?.status).toBe('orphan');
    expect((await deps.highlights.get(b.annotation.id))?.orphan).toBe(true);
  });

  it('says why it cannot: no access to the tab, not a web page, injection refused', async () => {
    expect(await ensureHighlighter(await depsWith(fakeTab({}).tabs), 7)).toEqual({ ok: false, reason: 'no-access' });
    expect(await ensureHighlighter(await depsWith(fakeTab({ url: 'chrome://settings/' }).tabs), 7)).toEqual({
      ok: false,
      reason: 'not-web-page',
    });
    expect(await ensureHighlighter(await depsWith(fakeTab({ url: PAGE, injectable: false }).tabs), 7)).toEqual({
      ok: false,
      reason: 'no-access',
    });
  });
});

describe('user meanings', () => {
  it('reads stored meanings leniently: invalid entries, duplicates and built-in ids are dropped', () => {
    const stored = [
      { id: 'a-verifier', label: 'À vérifier', colour: '#fbcfe8', pattern: 'dotted' },
      { id: 'a-verifier', label: 'Doublon', colour: '#fbcfe8', pattern: 'dotted' },
      { id: 'question', label: 'Remplace un sens fourni', colour: '#fbcfe8', pattern: 'dotted' },
      { id: 'rouge', label: 'Couleur seule', colour: '#fbcfe8' },
      { id: 'x', label: '<img>', colour: 'red;}body{display:none', pattern: 'solid' },
      'n’importe quoi',
    ];
    expect(readUserMeanings(stored).map((m) => m.id)).toEqual(['a-verifier']);
    expect(readUserMeanings({ not: 'a list' })).toEqual([]);
  });

  it('proposes a meaning from the editor: label required, unique (accents and case ignored), id derived', () => {
    const yours = readUserMeanings([{ id: 'a-verifier', label: 'À vérifier', colour: '#fbcfe8', pattern: 'dotted' }]);
    expect(proposeMeaning({ label: '  ', colour: '#fed7aa', pattern: 'dashed' }, yours, 'fr')).toEqual({
      ok: false,
      problem: 'label-empty',
    });
    expect(proposeMeaning({ label: 'a VERIFIER', colour: '#fed7aa', pattern: 'dashed' }, yours, 'fr')).toEqual({
      ok: false,
      problem: 'label-taken',
    });
    expect(proposeMeaning({ label: 'question', colour: '#fed7aa', pattern: 'dashed' }, yours, 'fr')).toEqual({
      ok: false,
      problem: 'label-taken',
    });
    expect(proposeMeaning({ label: 'Idée', colour: '#fed7aa', pattern: 'nope' }, yours, 'fr').ok).toBe(false);
    expect(proposeMeaning({ label: 'Idée  de  projet', colour: '#fed7aa', pattern: 'dashed' }, yours, 'fr')).toEqual({
      ok: true,
      meaning: { id: 'idee-de-projet', label: 'Idée de projet', colour: '#fed7aa', pattern: 'dashed' },
    });
    expect(meaningIdFor('À vérifier', ['a-verifier'])).toBe('a-verifier-2');
    expect(meaningIdFor('123 !', [])).toBe('sens');
    expect(nextLook(yours)).toEqual({ colour: '#fbcfe8', pattern: 'dashed' });
  });

  it('never writes an invalid list', async () => {
    const written: unknown[] = [];
    const area = { get: async () => ({}), set: async (items: Record<string, unknown>) => void written.push(items) };
    await expect(saveUserMeanings(area, [{ id: 'x', label: 'X', colour: 'red', pattern: 'solid' }] as never)).rejects.toThrow();
    expect(written).toEqual([]);
  });
});

describe('per-site automatic highlights', () => {
  it('one pattern per site, whatever the page and port', () => {
    expect(sitePattern('https://www.chu-exemple.fr/a/b?c=1#d')).toBe('https://www.chu-exemple.fr/*');
    expect(sitePattern('http://127.0.0.1:4173/live/article.html')).toBe('http://127.0.0.1/*');
    expect(sitePattern('chrome://extensions/')).toBeUndefined();
  });

  it('keeps the registered scripts in step with the granted sites', async () => {
    let granted = ['https://a.example/*', 'https://b.example/*', '<all_urls>'];
    const registered = new Map<string, string>([
      ['binome-hl:https://old.example/*', 'https://old.example/*'],
      ['other', 'x'],
    ]);
    const permissions: PermissionsApi = {
      request: async () => true,
      remove: async () => true,
      granted: async () => granted,
    };
    const scripting: ScriptingApi = {
      registered: async () => [...registered.keys()],
      async register(id, pattern) {
        if (registered.has(id)) throw new Error('Duplicate script ID');
        registered.set(id, pattern);
      },
      async unregister(ids) {
        for (const id of ids) registered.delete(id);
      },
    };
    await syncRegistrations(permissions, scripting, '/highlighter.js');
    expect([...registered.keys()].sort()).toEqual([
      scriptIdFor('https://a.example/*'),
      scriptIdFor('https://b.example/*'),
      'other',
    ]);
    granted = ['https://b.example/*'];
    await syncRegistrations(permissions, scripting, '/highlighter.js');
    expect([...registered.keys()].sort()).toEqual([scriptIdFor('https://b.example/*'), 'other']);
  });
});
