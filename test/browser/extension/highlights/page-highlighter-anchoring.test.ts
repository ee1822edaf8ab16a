import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MEANINGS, localizeMeanings } from '../../../../extension/modules/highlights/meanings';
import { PageHighlighter } from '../../../../extension/modules/highlights/page-highlighter';
import type { AnchorReport, PageAnnotation } from '../../../../extension/modules/highlights/protocol';
import { findRange, frameDocument, highlightTexts, loadFixture } from './helpers';

/** Passages highlighted on article.html, with their meaning and the text they have on each changed page. */
const PASSAGES = [
  { id: 'comite-1', meaning: 'a-retenir', text: 'comité des usagers', occurrence: 0 },
  { id: 'savoir', meaning: 'a-citer', text: 'savoir expérientiel, issu du vécu de la maladie, aux équipes qui les acompagnent.' },
  {
    id: 'co-construire',
    meaning: 'question',
    text: `L'établissement s'engage à "co-construire" les parcours avec eux : c'est le sens du partenariat...`,
  },
  { id: 'charte', meaning: 'a-retenir', text: 'la charte du partenariat a été signée par chaque binôme' },
  { id: 'comite-juin', meaning: 'question', text: 'comité des usagers', occurrence: 1 },
  {
    id: 'propositions',
    meaning: 'a-citer',
    text: 'Ses propositions sur les horaires des consultations ont été retenues pour la rentrée',
  },
  { id: 'remuneration', meaning: 'a-retenir', text: 'le guide recommande de la prévoir dès la conception du projet' },
] as const;

const meanings = localizeMeanings(DEFAULT_MEANINGS, 'fr');
let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames) f.remove();
  frames = [];
});

async function open(name: string) {
  const frame = await loadFixture(name);
  frames.push(frame);
  const doc = frameDocument(frame);
  const events: unknown[] = [];
  const highlighter = new PageHighlighter({
    doc,
    send: async (e) => {
      events.push(e);
    },
    settle: { quietMs: 50, maxMs: 300 },
  });
  return { frame, doc, highlighter, events };
}

/** Annotations made on article.html through the real capture path (selection → text map → selectors). */
async function highlightOriginal(): Promise<PageAnnotation[]> {
  const { doc, highlighter } = await open('article.html');
  return PASSAGES.map((p) => {
    const captured = highlighter.capture(findRange(doc, p.text, 'occurrence' in p ? p.occurrence : 0));
    if (!captured.ok) throw new Error(`${p.id}: ${captured.reason}`);
    return { id: p.id, selectors: captured.selectors, colour: p.meaning };
  });
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function byId(results: AnchorReport[]): Record<string, AnchorReport> {
  return Object.fromEntries(results.map((r) => [r.id, r]));
}

describe('re-anchoring fixture pages in Chromium, through the injected script’s code', () => {
  it('captures a selection across nested inline elements, with a structural hint', async () => {
    const [, , , charte] = await highlightOriginal();
    expect(charte?.selectors).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'la charte du partenariat a été signée par chaque binôme' }),
      expect.objectContaining({ type: 'TextPositionSelector' }),
      { type: 'CssSelector', value: '#contenu > article > p:nth-of-type(4)' },
    ]);
  });

  it('draws every highlight back on the unchanged page, first by its structural hint', async () => {
    const annotations = await highlightOriginal();
    const { frame, highlighter } = await open('article.html');
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    expect(reply.results.every((r) => r.status === 'anchored' && r.method === 'hint')).toBe(true);
    const win = frame.contentWindow as Window;
    expect(highlightTexts(win, 'binome-question')).toEqual([PASSAGES[2].text, 'comité des usagers']);
    expect(highlightTexts(win, 'binome-a-citer')).toEqual([PASSAGES[1].text, PASSAGES[5].text]);
  });

  it.each([
    ['article-inserted.html', {}],
    [
      'article-typography.html',
      { 'co-construire': 'L’établissement s’engage à « co-construire » les parcours avec eux : c’est le sens du partenariat…' },
    ],
    ['article-typo-fixed.html', { savoir: 'savoir expérientiel, issu du vécu de la maladie, aux équipes qui les accompagnent.' }],
    ['article-moved.html', {}],
  ] as const)('%s: every highlight is re-found at the right place', async (file, changed: Record<string, string>) => {
    const annotations = await highlightOriginal();
    const { frame, doc, highlighter } = await open(file);
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    const results = byId(reply.results);
    for (const p of PASSAGES) {
      expect(results[p.id], p.id).toMatchObject({ status: 'anchored' });
      const expected = findRange(doc, changed[p.id] ?? p.text, 'occurrence' in p ? p.occurrence : 0).toString();
      expect(highlightTexts(frame.contentWindow as Window, `binome-${p.meaning}`), p.id).toContain(expected);
      // The passage as it reads now is reported only when its words changed (the side panel shows both).
      const now = (results[p.id] as { text?: string }).text;
      if (changed[p.id]) expect(flat(now ?? ''), p.id).toBe(flat(expected));
      else expect(now, p.id).toBeUndefined();
    }
  });

  it('article-deleted.html: the deleted passages are orphans, the other "comité des usagers" is not taken', async () => {
    const annotations = await highlightOriginal();
    const { frame, highlighter } = await open('article-deleted.html');
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    const results = byId(reply.results);
    expect(results['comite-juin']).toEqual({ id: 'comite-juin', status: 'orphan', reason: 'context-mismatch' });
    expect(results.propositions).toEqual({ id: 'propositions', status: 'orphan', reason: 'not-found' });
    expect(reply.results.filter((r) => r.status === 'anchored')).toHaveLength(PASSAGES.length - 2);
    // Only comite-1 ("Le comité des usagers s'est réuni") is drawn, once.
    expect(highlightTexts(frame.contentWindow as Window, 'binome-question')).toEqual([PASSAGES[2].text]);
    expect(highlightTexts(frame.contentWindow as Window, 'binome-a-retenir')).toEqual([
      'comité des usagers',
      PASSAGES[3].text,
      PASSAGES[6].text,
    ]);
  });

  it('retries once when a dynamic page settles, and finds what it renders late', async () => {
    const annotations = await highlightOriginal();
    const { frame, doc, highlighter, events } = await open('article-deleted.html');
    // The page's own script brings the June paragraph back a moment later, as a client-rendered page would.
    const bringBack = () => {
      const june = doc.createElement('p');
      june.textContent =
        "En juin, une patiente partenaire a présenté au comité des usagers le bilan des ateliers de diabétologie. Ses propositions sur les horaires des consultations ont été retenues pour la rentrée, ce qui n'était jamais arrivé auparavant.";
      doc.querySelector('blockquote')?.before(june);
    };
    setTimeout(bringBack, 20);
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    expect(reply.results.every((r) => r.status === 'anchored')).toBe(true);
    expect(highlightTexts(frame.contentWindow as Window, 'binome-a-citer')).toContain(PASSAGES[5].text);
    expect(events).toEqual([]);
  });

  it('reports later what a slower page renders after the reply', async () => {
    const annotations = await highlightOriginal();
    const { doc, highlighter, events } = await open('article-deleted.html');
    const june = doc.createElement('p');
    june.textContent =
      'En juin, une patiente partenaire a présenté au comité des usagers le bilan des ateliers de diabétologie. Ses propositions sur les horaires des consultations ont été retenues pour la rentrée.';
    setTimeout(() => doc.querySelector('blockquote')?.before(june), 150);
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    expect(reply.results.filter((r) => r.status === 'orphan').map((r) => r.id)).toEqual(['comite-juin', 'propositions']);
    await expect.poll(() => events.length, { timeout: 2000 }).toBe(1);
    expect(events[0]).toMatchObject({ type: 'binome:hl:report', results: expect.any(Array) });
    expect((events[0] as { results: AnchorReport[] }).results.every((r) => r.status === 'anchored')).toBe(true);
  });

  it('re-anchors once and reports when a page replaces its content after everything was found', async () => {
    const annotations = await highlightOriginal();
    const { doc, highlighter, events } = await open('article.html');
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    expect(reply.results.every((r) => r.status === 'anchored')).toBe(true);
    // A framework re-renders the article without the June paragraph.
    const article = doc.querySelector('article') as Element;
    const copy = article.cloneNode(true) as Element;
    copy.querySelector('blockquote')?.previousElementSibling?.remove();
    article.replaceWith(copy);
    await expect.poll(() => events.length, { timeout: 2000 }).toBe(1);
    expect(events[0]).toMatchObject({
      type: 'binome:hl:report',
      results: expect.arrayContaining([expect.objectContaining({ id: 'propositions', status: 'orphan' })]),
    });
    expect(highlighter.results().filter((r) => r.status === 'anchored')).toHaveLength(PASSAGES.length - 2);
  });

  it('reports the new wording when a page rewrites a highlighted passage after everything was found', async () => {
    const annotations = await highlightOriginal();
    const { doc, highlighter, events } = await open('article.html');
    const reply = await highlighter.render(annotations, meanings, 'fr', 'off');
    expect(reply.results.every((r) => r.status === 'anchored' && r.text === undefined)).toBe(true);
    // The typo is fixed on the live page (an editor saved the page, a framework re-rendered it).
    const paragraph = findRange(doc, 'acompagnent', 0).startContainer as Text;
    paragraph.data = paragraph.data.replace('acompagnent', 'accompagnent');
    await expect.poll(() => events.length, { timeout: 2000 }).toBe(1);
    const savoir = (events[0] as { results: AnchorReport[] }).results.find((r) => r.id === 'savoir');
    expect(savoir).toMatchObject({
      status: 'anchored',
      text: 'savoir expérientiel, issu du vécu de la maladie, aux équipes qui les accompagnent.',
    });
  });
});
