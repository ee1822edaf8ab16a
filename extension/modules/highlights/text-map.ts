/**
 * The page's text as the reader sees it, and the way back from text offsets to DOM
 * positions. Runs in a content script; reads the DOM, never changes it.
 *
 * The text is the concatenation, in document order, of the text nodes under the root
 * (document.body), skipping what is not shown as text: script, style, noscript,
 * template, form controls' internals, elements that are not rendered (display: none,
 * `hidden`, closed <details> content) and our own toolbar host. Nothing is inserted
 * between blocks: offsets are plain indexes into that concatenation, so a Range maps to
 * a pair of offsets and back in O(log n). The normalisation used for matching
 * (shared/anchoring/normalize.ts) collapses whitespace anyway.
 * Limitation: text inside other pages' shadow roots and iframes is not included.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object', 'canvas']);

/** Elements whose box is a block for the structural hint (the smallest block that holds a passage). */
const BLOCKS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'caption',
  'figcaption',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'address',
  'summary',
  'legend',
  'div',
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'details',
  'figure',
  'ul',
  'ol',
  'dl',
  'table',
  'form',
  'fieldset',
]);

export interface TextMap {
  readonly root: Element;
  /** The page text (UTF-16). */
  readonly text: string;
  /** Text nodes in document order. */
  readonly nodes: readonly Text[];
  /** starts[i]: offset in `text` of nodes[i]'s first character. */
  readonly starts: Uint32Array;
}

export interface TextMapOptions {
  /** An element to leave out with its subtree (our toolbar host). */
  readonly exclude?: Element | null;
}

/** Not `display: none` (which covers `hidden`) nor skipped content (`content-visibility: hidden`, closed <details>). */
function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  const view = element.ownerDocument.defaultView;
  return view?.getComputedStyle(element).display !== 'none';
}

/** Reads the text of `root` (default: document.body). */
export function buildTextMap(root: Element = document.body, options: TextMapOptions = {}): TextMap {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const parts: string[] = [];
  const startList: number[] = [];
  let offset = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      // A closed <details> shows its <summary> only.
      const parent = node.parentElement;
      if (parent?.localName === 'details' && !(parent as HTMLDetailsElement).open && (node as Element).localName !== 'summary') {
        return NodeFilter.FILTER_REJECT;
      }
      if (node.nodeType === Node.TEXT_NODE)
        return (node as Text).data.length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      const element = node as Element;
      if (element === options.exclude || SKIPPED.has(element.localName) || !isRendered(element)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    parts.push(data);
    startList.push(offset);
    offset += data.length;
  }
  return { root, text: parts.join(''), nodes, starts: Uint32Array.from(startList) };
}

/** Index of the last node whose start is ≤ offset (−1 if none). */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((map.starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function nodeEnd(map: TextMap, i: number): number {
  return (map.starts[i] as number) + (map.nodes[i] as Text).data.length;
}

/** A DOM Range for text[start, end), or null when the offsets are outside the text. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || start > end || map.nodes.length === 0) return null;
  let first = nodeAt(map, start);
  // An offset at a node's end belongs to the next node for a start (the range must not begin with nothing).
  while (first >= 0 && first < map.nodes.length - 1 && start >= nodeEnd(map, first)) first++;
  let last = nodeAt(map, end);
  // …and to the previous node for an end.
  while (last > 0 && end <= (map.starts[last] as number) && end > 0) last--;
  if (first < 0 || last < 0) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(map.nodes[first] as Text, start - (map.starts[first] as number));
  range.setEnd(map.nodes[last] as Text, Math.min(end - (map.starts[last] as number), (map.nodes[last] as Text).data.length));
  return range;
}

/** Offset in the text of a DOM boundary point: inside a mapped text node, or before the first mapped node after it. */
function boundaryOffset(map: TextMap, index: Map<Text, number>, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.get(container as Text);
    if (i !== undefined) return (map.starts[i] as number) + Math.min(offset, (container as Text).data.length);
  }
  const point = map.root.ownerDocument.createRange();
  point.setStart(container, offset);
  // First mapped node at or after the point (comparePoint: −1 before, 0 at, 1 after the collapsed range).
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (point.comparePoint(map.nodes[mid] as Text, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < map.nodes.length ? (map.starts[lo] as number) : map.text.length;
}

let nodeIndexCache: WeakMap<TextMap, Map<Text, number>> | undefined;

function nodeIndex(map: TextMap): Map<Text, number> {
  nodeIndexCache ??= new WeakMap();
  let index = nodeIndexCache.get(map);
  if (!index) {
    index = new Map(map.nodes.map((node, i) => [node, i]));
    nodeIndexCache.set(map, index);
  }
  return index;
}

/** The text offsets [start, end) covered by a DOM Range (e.g. the user's selection), or null if it covers no mapped text. */
export function offsetsFromRange(map: TextMap, range: Range): { start: number; end: number } | null {
  const index = nodeIndex(map);
  const start = boundaryOffset(map, index, range.startContainer, range.startOffset);
  const end = boundaryOffset(map, index, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

function isBlock(element: Element): boolean {
  return BLOCKS.has(element.localName);
}

/** Ids generated by frameworks change on every render: useless as a stable hint. */
function isStableId(id: string): boolean {
  return id.length > 0 && id.length <= 64 && !/\d{3,}|:|^[0-9a-f-]{16,}$/i.test(id);
}

function stepOf(element: Element): string {
  const name = element.localName;
  const parent = element.parentElement;
  if (!parent) return name;
  let sameType = 0;
  let position = 0;
  for (const sibling of parent.children) {
    if (sibling.localName === name) {
      sameType++;
      if (sibling === element) position = sameType;
    }
  }
  return sameType > 1 ? `${name}:nth-of-type(${position})` : name;
}

const MAX_STEPS = 10;

/**
 * The structural hint of a passage: a short CSS path (child combinators, nth-of-type)
 * from the nearest element with a stable unique id — or from body — to the smallest
 * block element holding the whole range. Null when no short, unique path exists.
 */
export function structuralHint(map: TextMap, range: Range): string | null {
  const doc = map.root.ownerDocument;
  const node = range.commonAncestorContainer;
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && element !== map.root && !isBlock(element)) element = element.parentElement;
  if (!element || !map.root.contains(element)) return null;
  const block = element;
  const steps: string[] = [];
  for (let current: Element | null = block; current; current = current.parentElement) {
    if (current === doc.body || current === doc.documentElement) {
      steps.unshift('body');
      break;
    }
    if (current.id && isStableId(current.id)) {
      const selector = `#${CSS.escape(current.id)}`;
      if (doc.querySelectorAll(selector).length === 1) {
        steps.unshift(selector);
        break;
      }
    }
    steps.unshift(stepOf(current));
    if (steps.length > MAX_STEPS) return null;
  }
  const path = steps.join(' > ');
  try {
    return doc.querySelector(path) === block ? path : null;
  } catch {
    return null;
  }
}

/** The text range [start, end) of the element a structural hint points to, or null if it points nowhere. */
export function hintRange(map: TextMap, selector: string): { start: number; end: number } | null {
  let element: Element | null;
  try {
    element = map.root.ownerDocument.querySelector(selector);
  } catch {
    return null;
  }
  if (!element) return null;
  const contents = map.root.ownerDocument.createRange();
  contents.selectNodeContents(element);
  const index = nodeIndex(map);
  const start = boundaryOffset(map, index, contents.startContainer, contents.startOffset);
  const end = boundaryOffset(map, index, contents.endContainer, contents.endOffset);
  return end > start ? { start, end } : null;
}
