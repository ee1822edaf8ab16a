import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTextMap,
  hintRange,
  offsetsFromRange,
  rangeFromOffsets,
  structuralHint,
} from '../../../../extension/modules/highlights/text-map';
import { frameDocument, loadFixture, loadHtml } from './helpers';

const PAGE = `<!doctype html><html lang="fr"><head><style>.none{display:none}</style></head><body>
<main id="contenu"><article>
<p>Un <em>passage <strong>très</strong> important</em> ici.</p>
<script>window.__x = "script";</script><style>p { margin: 0 }</style>
<p hidden>caché</p><p class="none">invisible</p><noscript>sans script</noscript><template>modèle</template>
<details><summary>Résumé</summary>contenu replié<p>aussi replié</p></details>
<p>Deuxième <a href="/x">lien <b>gras</b></a> paragraphe.</p>
<p>Troisième paragraphe 😀 avec émoji.</p>
</article></main></body></html>`;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames) f.remove();
  frames = [];
});

async function page(html = PAGE) {
  const frame = await loadHtml(html);
  frames.push(frame);
  return frameDocument(frame);
}

describe('text map over a real DOM', () => {
  it('reads nested inline elements in order and skips what is not shown as text', async () => {
    const doc = await page();
    const map = buildTextMap(doc.body);
    const visible = map.text.replace(/\s+/g, ' ').trim();
    expect(visible).toBe(
      'Un passage très important ici. Résumé Deuxième lien gras paragraphe. Troisième paragraphe 😀 avec émoji.',
    );
    for (const hidden of ['script', 'margin', 'caché', 'invisible', 'sans script', 'modèle', 'replié'])
      expect(map.text).not.toContain(hidden);
  });

  it('maps every offset pair to a Range with the same text, and back', async () => {
    const doc = await page();
    const map = buildTextMap(doc.body);
    // Range.toString() also reads unrendered text (script, hidden…): compare only ranges that avoid it.
    const unmapped = [...doc.querySelectorAll('script, style, [hidden], .none, noscript, details')];
    let compared = 0;
    for (let start = 0; start < map.text.length; start += 3) {
      for (const length of [1, 5, 17, 60]) {
        const end = Math.min(map.text.length, start + length);
        const range = rangeFromOffsets(map, start, end) as Range;
        expect(offsetsFromRange(map, range)).toEqual({ start, end });
        if (unmapped.some((el) => range.intersectsNode(el))) continue;
        expect(range.toString()).toBe(map.text.slice(start, end));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('reads ranges whose boundaries are elements (a selection made by double-click or by script)', async () => {
    const doc = await page();
    const map = buildTextMap(doc.body);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('em') as Element);
    const offsets = offsetsFromRange(map, range) as { start: number; end: number };
    expect(map.text.slice(offsets.start, offsets.end)).toBe('passage très important');
    const across = doc.createRange();
    across.setStartBefore(doc.querySelector('a') as Element);
    across.setEndAfter(doc.querySelector('b') as Element);
    const o = offsetsFromRange(map, across) as { start: number; end: number };
    expect(map.text.slice(o.start, o.end)).toBe('lien gras');
  });

  it('gives a short structural hint that points back to the block holding the passage', async () => {
    const doc = await page();
    const map = buildTextMap(doc.body);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('b') as Element);
    const hint = structuralHint(map, range) as string;
    expect(hint).toBe('#contenu > article > p:nth-of-type(4)');
    const block = hintRange(map, hint) as { start: number; end: number };
    expect(map.text.slice(block.start, block.end)).toBe('Deuxième lien gras paragraphe.');
    expect(hintRange(map, 'p:nth-of-type(99)')).toBeNull();
    expect(hintRange(map, '!! not a selector')).toBeNull();
  });

  it('reads a whole fixture article: script, style and the hidden draft are left out', async () => {
    const frame = await loadFixture('article.html');
    frames.push(frame);
    const map = buildTextMap(frameDocument(frame).body);
    expect(map.text).toContain('Patients partenaires : un an de partenariat');
    expect(map.text).toContain('la charte du partenariat a été signée par chaque binôme');
    expect(map.text).not.toContain('Brouillon');
    expect(map.text).not.toContain('__analytics');
  });
});
