import { commands } from 'vitest/browser';
import { buildTextMap, rangeFromOffsets } from '../../../../extension/modules/highlights/text-map';
import { normalizeWithMap, originalEnd, originalStart } from '../../../../shared/anchoring';

/** A fixture page of test/fixtures/anchoring loaded in a real, rendered iframe (its own document and window). */
export async function loadFixture(name: string, height = 600): Promise<HTMLIFrameElement> {
  // Paths of the readFile command are relative to the project root.
  const html = await commands.readFile(`test/fixtures/anchoring/${name}`);
  return loadHtml(html, height);
}

export async function loadHtml(html: string, height = 600): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = String(height);
  frame.title = 'fixture';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

export function frameDocument(frame: HTMLIFrameElement): Document {
  return frame.contentDocument as Document;
}

/** A DOM Range over the `occurrence`-th place where `text` is (compared normalised), in `doc`'s body text. */
export function findRange(doc: Document, text: string, occurrence = 0): Range {
  const map = buildTextMap(doc.body);
  const normalized = normalizeWithMap(map.text);
  const needle = normalizeWithMap(text).text;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = normalized.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${text}" (#${occurrence}) is not in the page`);
  }
  const range = rangeFromOffsets(map, originalStart(normalized, at), originalEnd(normalized, at + needle.length));
  if (!range) throw new Error('no range');
  return range;
}

/** The texts of the ranges drawn under one highlight name in a window, in document order. */
export function highlightTexts(win: Window, name: string): string[] {
  const highlight = (win as Window & typeof globalThis).CSS.highlights.get(name);
  if (!highlight) return [];
  return [...(highlight as unknown as Set<Range>)]
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => r.toString());
}
