/**
 * Draws highlights with the CSS Custom Highlight API: the page's DOM is never touched
 * (no <mark>, no wrapper, no attribute), so its own scripts and styles keep working and a
 * framework re-rendering the page cannot break. One `Highlight` per meaning, registered as
 * `binome-<meaning>`; the rules that style them live in one constructed stylesheet added to
 * `document.adoptedStyleSheets` (allowed under a strict CSP, and not a DOM mutation).
 */
import { FALLBACK_MEANING, isSafeMeaning, type Meaning } from './meanings';

const PREFIX = 'binome-';
const FOCUS = `${PREFIX}focus`;
const TEXT = '#161616';

function rule(name: string, m: Meaning): string {
  return `::highlight(${name}){background-color:${m.colour};color:${TEXT};text-decoration:underline ${m.pattern} ${TEXT}}`;
}

/** The stylesheet text for a set of meanings (exported for tests). */
export function highlightCss(meanings: readonly Meaning[]): string {
  const safe = meanings.filter(isSafeMeaning);
  const names = [...safe, FALLBACK_MEANING].map((m) => `::highlight(${PREFIX}${m.id})`);
  return [
    ...safe.map((m) => rule(`${PREFIX}${m.id}`, m)),
    rule(`${PREFIX}${FALLBACK_MEANING.id}`, FALLBACK_MEANING),
    // The highlight reached from the side panel: inverted, unmistakable.
    `::highlight(${FOCUS}){background-color:${TEXT};color:#fff;text-decoration:underline solid #fff}`,
    `@media (forced-colors:active){${names.join(',')}{background-color:Mark;color:MarkText}::highlight(${FOCUS}){background-color:Highlight;color:HighlightText}}`,
  ].join('\n');
}

interface Painted {
  readonly range: Range;
  readonly meaning: string;
}

export class HighlightPainter {
  /** False where the browser lacks the Custom Highlight API or constructed stylesheets. */
  readonly supported: boolean;
  private readonly doc: Document;
  private readonly painted = new Map<string, Painted>();
  private readonly groups = new Map<string, Highlight>();
  private readonly known = new Set<string>();
  private sheet: CSSStyleSheet | undefined;
  private focusGroup: Highlight | undefined;

  constructor(doc: Document = document) {
    this.doc = doc;
    const view = doc.defaultView;
    this.supported = Boolean(
      view && 'highlights' in view.CSS && typeof view.Highlight === 'function' && 'adoptedStyleSheets' in doc,
    );
  }

  /** Sets the meanings and their styles (may be called again when the user edits them). */
  setMeanings(meanings: readonly Meaning[]): void {
    this.known.clear();
    for (const m of meanings) if (isSafeMeaning(m)) this.known.add(m.id);
    if (!this.supported) return;
    const view = this.doc.defaultView as Window & typeof globalThis;
    try {
      if (!this.sheet) {
        this.sheet = new view.CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(highlightCss(meanings));
    } catch (error) {
      console.warn('[Binôme] highlight styles could not be added', error);
    }
    // Re-file painted ranges whose meaning became (un)known.
    for (const [id, p] of [...this.painted]) this.paint(id, p.range, p.meaning);
  }

  private group(meaning: string): Highlight {
    const name = `${PREFIX}${this.known.has(meaning) ? meaning : FALLBACK_MEANING.id}`;
    let group = this.groups.get(name);
    if (!group) {
      const view = this.doc.defaultView as Window & typeof globalThis;
      group = new view.Highlight();
      this.groups.set(name, group);
      view.CSS.highlights.set(name, group);
    }
    return group;
  }

  paint(id: string, range: Range, meaning: string): void {
    this.erase(id);
    this.painted.set(id, { range, meaning });
    if (this.supported) this.group(meaning).add(range);
  }

  erase(id: string): void {
    const p = this.painted.get(id);
    if (!p) return;
    this.painted.delete(id);
    if (!this.supported) return;
    for (const group of this.groups.values()) group.delete(p.range);
    this.focusGroup?.delete(p.range);
  }

  clear(): void {
    for (const id of [...this.painted.keys()]) this.erase(id);
  }

  has(id: string): boolean {
    return this.painted.has(id);
  }

  rangeOf(id: string): Range | undefined {
    return this.painted.get(id)?.range;
  }

  meaningOf(id: string): string | undefined {
    return this.painted.get(id)?.meaning;
  }

  ids(): string[] {
    return [...this.painted.keys()];
  }

  /** The highlight under a point of the page (a click), if any. */
  at(node: Node, offset: number): string | undefined {
    for (const [id, p] of this.painted) {
      try {
        if (p.range.isPointInRange(node, offset)) return id;
      } catch {
        // Node in another document or a doctype: not ours.
      }
    }
    return undefined;
  }

  /** Marks one highlight as the focused one and scrolls it into view; false if it is not painted. */
  focus(id: string): boolean {
    const p = this.painted.get(id);
    if (!p) return false;
    if (this.supported) {
      const view = this.doc.defaultView as Window & typeof globalThis;
      if (!this.focusGroup) {
        this.focusGroup = new view.Highlight();
        this.focusGroup.priority = 1;
        view.CSS.highlights.set(FOCUS, this.focusGroup);
      }
      this.focusGroup.clear();
      this.focusGroup.add(p.range);
    }
    scrollRangeIntoView(this.doc, p.range);
    return true;
  }

  /** Removes everything this painter added: highlights, registrations, stylesheet. */
  destroy(): void {
    this.clear();
    if (!this.supported) return;
    const view = this.doc.defaultView as Window & typeof globalThis;
    for (const name of this.groups.keys()) view.CSS.highlights.delete(name);
    this.groups.clear();
    if (this.focusGroup) view.CSS.highlights.delete(FOCUS);
    this.focusGroup = undefined;
    const sheet = this.sheet;
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = undefined;
  }
}

/** Brings a range to the upper third of the viewport (instantly when the user prefers reduced motion). */
export function scrollRangeIntoView(doc: Document, range: Range): void {
  const view = doc.defaultView;
  if (!view) return;
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // Scroll containers first (instant), then the window to the passage itself.
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const rect = range.getBoundingClientRect();
  const top = rect.top - view.innerHeight / 3;
  if (rect.top < 0 || rect.bottom > view.innerHeight || Math.abs(top) > view.innerHeight / 3) {
    view.scrollBy({ top, behavior: reduce ? 'auto' : 'smooth' });
  }
}
