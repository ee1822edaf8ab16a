import { afterEach, expect, it } from 'vitest';
import { DEFAULT_MEANINGS, localizeMeanings } from '../../../../extension/modules/highlights/meanings';
import { PageHighlighter } from '../../../../extension/modules/highlights/page-highlighter';
import type { PageAnnotation } from '../../../../extension/modules/highlights/protocol';
import { seededWords } from '../../../fixtures/pseudo-words';
import { frameDocument, loadHtml } from './helpers';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** `count` pseudo-words from a seeded generator: distinct enough that passages do not repeat. */
const words = (count: number, seed: number): string[] => seededWords(seed)(count);

it('never holds the page’s main thread for long, even when every one of 150 highlights is lost', async () => {
  const paragraphs = Array.from({ length: 150 }, (_, i) => words(110, i + 1).join(' '));
  frame = await loadHtml(`<!doctype html><html lang="fr"><body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`);
  const doc = frameDocument(frame);
  // Highlights made on another version of the page, whose passages are all gone from this one.
  const annotations: PageAnnotation[] = paragraphs.map((_, i) => {
    const quote = words(14, 10_000 + i).join(' ');
    return {
      id: `h${i}`,
      colour: 'a-retenir',
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: words(5, 20_000 + i).join(' '),
          suffix: words(5, 30_000 + i).join(' '),
        },
        { type: 'TextPositionSelector', start: i * 700, end: i * 700 + quote.length },
      ],
    };
  });
  const highlighter = new PageHighlighter({ doc, send: async () => undefined, settle: { quietMs: 10, maxMs: 50 } });
  let longest = 0;
  let last = performance.now();
  let ticking = true;
  let ticks = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    ticks++;
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const reply = await highlighter.render(annotations, localizeMeanings(DEFAULT_MEANINGS, 'fr'), 'fr', 'off');
  ticking = false;
  expect(reply.results.filter((r) => r.status === 'orphan')).toHaveLength(150);
  // The page's own timers kept running while the work went on: it was cut into slices.
  // (No ratio of durations here: timings belong in the bench, and vary with machine load.)
  expect(ticks).toBeGreaterThanOrEqual(3);
  expect(longest).toBeLessThan(500);
  highlighter.clear();
});
