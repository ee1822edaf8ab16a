import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MEANINGS, localizeMeanings } from '../../../../extension/modules/highlights/meanings';
import { PageHighlighter } from '../../../../extension/modules/highlights/page-highlighter';
import type { PageAnnotation } from '../../../../extension/modules/highlights/protocol';
import { highlightCss } from '../../../../extension/modules/highlights/render';
import { TOOLBAR_TAG } from '../../../../extension/modules/highlights/toolbar';
import { findRange, frameDocument, highlightTexts, loadFixture } from './helpers';

const meanings = localizeMeanings(DEFAULT_MEANINGS, 'fr');
let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames) f.remove();
  frames = [];
});

async function setUp() {
  const frame = await loadFixture('article.html', 240);
  frames.push(frame);
  const doc = frameDocument(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  // The page has its own constructed stylesheet and styles: they must survive us.
  const pageSheet = new win.CSSStyleSheet();
  pageSheet.replaceSync('h1 { color: rgb(10, 20, 30); }');
  doc.adoptedStyleSheets = [pageSheet];
  const highlighter = new PageHighlighter({
    doc,
    send: async () => ({ ok: true, id: 'new-1' }),
    settle: { quietMs: 30, maxMs: 200 },
  });
  const annotations: PageAnnotation[] = [
    ['a', 'comité des usagers', 'a-retenir'],
    ['b', 'la charte du partenariat a été signée par chaque binôme', 'question'],
    ['c', 'afin de bâtir une relation de confiance durable', 'a-citer'],
  ].map(([id, text, colour]) => {
    const captured = highlighter.capture(findRange(doc, text as string));
    if (!captured.ok) throw new Error(captured.reason);
    return { id: id as string, selectors: captured.selectors, colour: colour as string };
  });
  return { frame, doc, win, pageSheet, highlighter, annotations };
}

/** Every DOM mutation in `doc` until `stop()`, which returns them. */
function observe(doc: Document): { stop(): MutationRecord[] } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      return records;
    },
  };
}

describe('drawing highlights without touching the page', () => {
  it('registers CSS highlights and mutates nothing in the page’s DOM', async () => {
    const { doc, win, highlighter, annotations } = await setUp();
    const observer = observe(doc);
    const reply = await highlighter.render(annotations, meanings, 'fr', 'selection');
    expect(reply).toMatchObject({ ok: true, rendering: true });
    await expect(highlighter.handle({ type: 'binome:hl:focus', id: 'c' })).resolves.toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(observer.stop()).toEqual([]);
    expect(highlightTexts(win, 'binome-a-retenir')).toEqual(['comité des usagers']);
    expect(highlightTexts(win, 'binome-question')).toEqual(['la charte du partenariat a été signée par chaque binôme']);
    expect(highlightTexts(win, 'binome-focus')).toEqual(['afin de bâtir une relation de confiance durable']);
  });

  it('adds only its toolbar host when the toolbar opens', async () => {
    const { doc, highlighter, annotations } = await setUp();
    await highlighter.render(annotations, meanings, 'fr', 'selection');
    const observer = observe(doc);
    doc.getSelection()?.addRange(findRange(doc, 'Trois projets ont été menés en binôme'));
    expect(highlighter.openToolbar(false)).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 20));
    const records = observer.stop();
    expect(records).toHaveLength(1);
    expect(records[0]?.type).toBe('childList');
    expect(records[0]?.target).toBe(doc.documentElement);
    expect([...(records[0]?.addedNodes ?? [])].map((n) => n.nodeName.toLowerCase())).toEqual([TOOLBAR_TAG]);
    // A closed shadow root: the page cannot reach into it.
    expect((doc.querySelector(TOOLBAR_TAG) as HTMLElement).shadowRoot).toBeNull();
  });

  it('keeps the page’s own stylesheets, styles and scripts working, and removes everything on clear', async () => {
    const { doc, win, pageSheet, highlighter, annotations } = await setUp();
    const h1 = doc.querySelector('h1') as HTMLElement;
    const colourBefore = win.getComputedStyle(h1).color;
    await highlighter.render(annotations, meanings, 'fr', 'selection');
    expect(doc.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(win.getComputedStyle(h1).color).toBe(colourBefore);
    expect(colourBefore).toBe('rgb(10, 20, 30)');
    expect((win as unknown as { __analytics: unknown }).__analytics).toEqual({ page: 'article' });
    doc.getSelection()?.addRange(findRange(doc, 'Trois projets'));
    highlighter.openToolbar(false);
    expect(await highlighter.handle({ type: 'binome:hl:clear' })).toEqual({ ok: true });
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
    expect(doc.querySelector(TOOLBAR_TAG)).toBeNull();
    expect(highlightTexts(win, 'binome-a-retenir')).toEqual([]);
  });

  it('styles each meaning with a colour AND an underline pattern, with forced-colours support', () => {
    const css = highlightCss(meanings);
    expect(css).toContain('::highlight(binome-a-retenir){background-color:#fde68a;color:#161616;text-decoration:underline solid');
    expect(css).toContain('::highlight(binome-question){background-color:#bfdbfe;color:#161616;text-decoration:underline wavy');
    expect(css).toContain('::highlight(binome-a-citer){background-color:#bbf7d0;color:#161616;text-decoration:underline double');
    expect(css).toContain('forced-colors');
    // The browser keeps the pattern (the declaration is valid for ::highlight).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const question = [...sheet.cssRules].find((r) => r.cssText.includes('binome-question')) as CSSStyleRule;
    expect(question.style.getPropertyValue('text-decoration-style')).toBe('wavy');
    // Ill-formed meanings never reach the CSS.
    expect(highlightCss([{ id: 'x', label: 'x', colour: 'red}body{display:none', pattern: 'solid' }])).not.toContain('body{');
  });

  it('scrolls to a highlight far down the page', async () => {
    const { frame, highlighter, annotations } = await setUp();
    await highlighter.render(annotations, meanings, 'fr', 'off');
    const win = frame.contentWindow as Window;
    win.scrollTo(0, 0);
    expect(await highlighter.handle({ type: 'binome:hl:focus', id: 'c' })).toEqual({ ok: true });
    await expect.poll(() => win.scrollY, { timeout: 2000 }).toBeGreaterThan(200);
    expect(await highlighter.handle({ type: 'binome:hl:focus', id: 'unknown' })).toEqual({ ok: false });
  });

  it('answers invalid commands with an error, not an exception', async () => {
    const { highlighter } = await setUp();
    expect(await highlighter.handle({ type: 'binome:hl:render', annotations: 'nope' })).toEqual({
      ok: false,
      error: 'invalid-command',
    });
    expect(await highlighter.handle(null)).toEqual({ ok: false, error: 'invalid-command' });
    expect(await highlighter.handle({ type: 'binome:hl:ping' })).toEqual({ ok: true, version: 1, count: 0 });
  });
});
