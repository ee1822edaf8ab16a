/**
 * Everything the highlighter does in a page, behind the message protocol: re-anchors the
 * annotations it is given (retrying once when a dynamic page settles), draws them,
 * reports what was found and what is orphaned, describes the user's selection, and runs
 * the toolbar. It never stores anything: saves, edits and deletions are sent to the
 * extension, and the page only changes once the extension has confirmed.
 */
import { anchorSequence, describeRange, preparePageText } from '../../../shared/anchoring';
import type { Locale } from '../../../shared/i18n/locale';
import { DEFAULT_MEANINGS, localizeMeanings, type Meaning } from './meanings';
import { highlighterMessages } from './messages';
import type { AnchorReport, CaptureResult, HighlighterEvent, PageAnnotation } from './protocol';
import { HIGHLIGHTER_PROTOCOL_VERSION, HL, readAck, readCommand, readSaveReply } from './protocol-lite';
import { HighlightPainter } from './render';
import { type SettleOptions, waitForQuiet } from './settle';
import { buildTextMap, hintRange, offsetsFromRange, rangeFromOffsets, structuralHint, type TextMap } from './text-map';
import { type AnchorRect, HighlightToolbar } from './toolbar';

export interface PageHighlighterOptions {
  readonly doc?: Document;
  /** Sends an event to the extension and resolves with its reply (rejects when nobody listens). */
  readonly send: (event: HighlighterEvent) => Promise<unknown>;
  /** How long a dynamic page must stay quiet before the one retry, and the longest wait. */
  readonly settle?: SettleOptions;
  /** Tests only: an open shadow root so that axe-core can audit the toolbar. */
  readonly shadowMode?: ShadowRootMode;
}

type Captured = Extract<CaptureResult, { ok: true }> & { readonly range: Range };
type CaptureFailure = Extract<CaptureResult, { ok: false }>;

const SETTLE_DEFAULTS = { quietMs: 400, maxMs: 4000 };
/** Longest stretch of anchoring work before giving the page its main thread back. */
const SLICE_MS = 10;

function sameReports(a: readonly AnchorReport[], b: readonly AnchorReport[]): boolean {
  const textOf = (r: AnchorReport | undefined) => (r?.status === 'anchored' ? r.text : undefined);
  return a.length === b.length && a.every((r, i) => r.id === b[i]?.id && r.status === b[i]?.status && textOf(r) === textOf(b[i]));
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The passage found, as the page reads now, when its words differ from the highlight's quote
 * (white space aside: the quote was taken from the same kind of text, trimmed).
 */
function textNow(annotation: PageAnnotation, found: string): string | undefined {
  const quote = annotation.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact;
  const now = found.trim();
  return quote !== undefined && flat(now) !== flat(quote) ? now : undefined;
}

export class PageHighlighter {
  private readonly doc: Document;
  private readonly send: PageHighlighterOptions['send'];
  private readonly settle: SettleOptions;
  private readonly shadowMode: ShadowRootMode;
  private readonly painter: HighlightPainter;
  private toolbar: HighlightToolbar | undefined;
  private annotations = new Map<string, PageAnnotation>();
  private reports = new Map<string, AnchorReport>();
  private meanings: Meaning[];
  /** The meanings of the last `render` (the user's own included); none yet: the defaults. */
  private given: readonly Meaning[] = [];
  private locale: Locale = 'fr';
  private toolbarOnSelection = false;
  private pendingRange: Range | undefined;
  private generation = 0;
  private listening = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PageHighlighterOptions) {
    this.doc = options.doc ?? document;
    this.send = options.send;
    this.settle = { ...SETTLE_DEFAULTS, ...options.settle };
    this.shadowMode = options.shadowMode ?? 'closed';
    this.painter = new HighlightPainter(this.doc);
    this.meanings = localizeMeanings(DEFAULT_MEANINGS, 'fr');
  }

  /** Runs one protocol command; invalid commands get `{ ok: false, error }`, never an exception. */
  async handle(message: unknown): Promise<unknown> {
    const command = readCommand(message);
    if (!command) return { ok: false, error: 'invalid-command' };
    switch (command.type) {
      case `${HL}ping`:
        return { ok: true, version: HIGHLIGHTER_PROTOCOL_VERSION, count: this.annotations.size };
      case `${HL}render`:
        return this.render(command.annotations, command.meanings, command.locale, command.toolbar ?? 'selection');
      case `${HL}add`:
        return { ok: true, result: await this.add(command.annotation) };
      case `${HL}update`:
        return { ok: this.update(command.id, command.colour, command.note) };
      case `${HL}remove`:
        return { ok: this.remove(command.id) };
      case `${HL}focus`:
        return { ok: this.painter.focus(command.id) };
      case `${HL}capture`: {
        const captured = this.capture();
        if (!captured.ok) return captured;
        const { range: _range, ...reply } = captured;
        return reply;
      }
      case `${HL}toolbar`:
        if (command.locale) this.configure(undefined, command.locale);
        return this.openToolbar(true);
      case `${HL}clear`:
        this.clear();
        return { ok: true };
    }
  }

  // ---------------------------------------------------------------- anchoring

  private readText(): TextMap {
    return buildTextMap(this.doc.body, { exclude: this.toolbar?.host });
  }

  /**
   * Anchors and (re)draws `list`; returns one report per annotation, in order. Highlights
   * are drawn as they are found, and the work is cut into slices of about 10 ms with a
   * yield to the browser in between: hundreds of highlights never freeze the page.
   * A newer render makes this one stop.
   */
  private async anchorAndPaint(list: readonly PageAnnotation[], generation = this.generation): Promise<AnchorReport[]> {
    if (list.length === 0) return [];
    const map = this.readText();
    const page = preparePageText(map.text);
    const reports: AnchorReport[] = new Array(list.length);
    let slice = performance.now();
    for (const { index, result } of anchorSequence(page, list, { resolveHint: (selector) => hintRange(map, selector.value) })) {
      if (generation !== this.generation) break;
      const annotation = list[index] as PageAnnotation;
      const range = result.status === 'anchored' ? rangeFromOffsets(map, result.start, result.end) : null;
      let report: AnchorReport;
      if (result.status === 'anchored' && range) {
        this.painter.paint(annotation.id, range, annotation.colour);
        const text = textNow(annotation, map.text.slice(result.start, result.end));
        report = { id: annotation.id, status: 'anchored', method: result.method, score: result.score, ...(text ? { text } : {}) };
      } else {
        this.painter.erase(annotation.id);
        report = { id: annotation.id, status: 'orphan', reason: result.status === 'orphan' ? result.reason : 'not-found' };
      }
      this.reports.set(annotation.id, report);
      reports[index] = report;
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
    return reports.filter(Boolean);
  }

  /** `meanings` undefined (the `toolbar` command only says the language): keep those the extension gave. */
  private configure(meanings: readonly Meaning[] | undefined, locale: Locale): void {
    if (meanings) this.given = meanings;
    this.locale = locale;
    this.meanings = this.given.length > 0 ? [...this.given] : localizeMeanings(DEFAULT_MEANINGS, locale);
    this.painter.setMeanings(this.meanings);
    this.toolbar?.setMeanings(this.meanings, locale);
  }

  async render(
    annotations: readonly PageAnnotation[],
    meanings: readonly Meaning[],
    locale: Locale,
    toolbar: 'selection' | 'off',
  ): Promise<{ ok: true; url: string; rendering: boolean; results: AnchorReport[] }> {
    const generation = ++this.generation;
    this.configure(meanings, locale);
    this.toolbarOnSelection = toolbar === 'selection';
    this.listen();
    this.painter.clear();
    this.reports.clear();
    this.annotations = new Map(annotations.map((a) => [a.id, a]));
    let results = await this.anchorAndPaint([...this.annotations.values()], generation);
    let watch = true;
    if (results.some((r) => r.status === 'orphan')) {
      // A dynamic page may still be rendering its content: wait until it settles, retry once.
      const { mutated } = await waitForQuiet(this.doc.body, { ...this.settle, ignore: this.toolbar?.host });
      if (mutated && generation === this.generation) {
        results = await this.anchorAndPaint([...this.annotations.values()], generation);
        watch = false;
      }
    }
    // Nothing moved while we looked: the page may still change a little later (content fetched, then
    // rendered; nodes replaced by a framework). Watch once more, for a bounded time, and report changes.
    if (watch && generation === this.generation) void this.watchOnce(generation);
    return { ok: true, url: this.doc.location?.href ?? '', rendering: this.painter.supported, results };
  }

  /** Re-anchors once if the page changes within the settle bounds, and reports any change of status. */
  private async watchOnce(generation: number): Promise<void> {
    const { mutated } = await waitForQuiet(this.doc.body, { ...this.settle, ignore: this.toolbar?.host, waitForChange: true });
    if (!mutated || generation !== this.generation) return;
    const before = [...this.annotations.keys()].map((id) => this.reports.get(id) as AnchorReport);
    const after = await this.anchorAndPaint([...this.annotations.values()], generation);
    if (!sameReports(before, after))
      await this.notify({ type: `${HL}report`, url: this.doc.location?.href ?? '', results: after });
  }

  async add(annotation: PageAnnotation): Promise<AnchorReport> {
    this.annotations.set(annotation.id, annotation);
    const [report] = await this.anchorAndPaint([annotation]);
    return report ?? { id: annotation.id, status: 'orphan', reason: 'not-found' };
  }

  update(id: string, colour?: string, note?: string): boolean {
    const annotation = this.annotations.get(id);
    if (!annotation) return false;
    const next = { ...annotation, ...(colour ? { colour } : {}), ...(note !== undefined ? { note } : {}) };
    this.annotations.set(id, next);
    const range = this.painter.rangeOf(id);
    if (range && colour) this.painter.paint(id, range, colour);
    return true;
  }

  remove(id: string): boolean {
    const existed = this.annotations.delete(id);
    this.reports.delete(id);
    this.painter.erase(id);
    return existed;
  }

  /** Current reports (for tests and diagnostics). */
  results(): AnchorReport[] {
    return [...this.annotations.keys()].map((id) => this.reports.get(id)).filter((r): r is AnchorReport => Boolean(r));
  }

  clear(): void {
    this.generation++;
    this.annotations.clear();
    this.reports.clear();
    this.painter.destroy();
    this.toolbar?.destroy();
    this.toolbar = undefined;
    this.unlisten();
  }

  // ---------------------------------------------------------------- selection

  private selectionRange(): Range | undefined {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
    const range = selection.getRangeAt(0);
    if (this.toolbar?.host.contains(range.commonAncestorContainer)) return undefined;
    return range;
  }

  private isEditable(range: Range): boolean {
    const node = range.commonAncestorContainer;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const active = this.doc.activeElement;
    if (active && (active.localName === 'input' || active.localName === 'textarea') && active !== this.doc.body) return true;
    return Boolean(element?.closest('[contenteditable]:not([contenteditable="false"])'));
  }

  /** Describes the selection (or `range`) with selectors. */
  capture(range = this.selectionRange()): Captured | CaptureFailure {
    if (!range) return { ok: false, reason: 'no-selection' };
    if (this.isEditable(range)) return { ok: false, reason: 'editable' };
    const map = this.readText();
    const offsets = offsetsFromRange(map, range);
    if (!offsets) return { ok: false, reason: 'empty' };
    const page = preparePageText(map.text);
    const described = describeRange(page, offsets.start, offsets.end, structuralHint(map, range));
    if (!described.ok) return { ok: false, reason: described.reason };
    const exact = rangeFromOffsets(map, described.start, described.end);
    if (!exact) return { ok: false, reason: 'empty' };
    return {
      ok: true,
      url: this.doc.location?.href ?? '',
      title: this.doc.title,
      quote: described.quote.exact,
      selectors: described.selectors,
      range: exact,
    };
  }

  // ---------------------------------------------------------------- toolbar

  private ensureToolbar(): HighlightToolbar {
    if (!this.toolbar) {
      this.toolbar = new HighlightToolbar(
        this.doc,
        {
          pick: (meaning) => void this.pick(meaning),
          saveNote: (note) => void this.saveNote(note),
          remove: () => void this.removeFromToolbar(),
          closed: () => {
            this.pendingRange = undefined;
          },
        },
        this.shadowMode,
      );
      this.toolbar.setMeanings(this.meanings, this.locale);
    }
    return this.toolbar;
  }

  private failureText(reason: CaptureFailure['reason']): string {
    const t = highlighterMessages(this.locale);
    return reason === 'too-long' ? t.tooLong : reason === 'editable' ? t.editable : t.noSelection;
  }

  /** Opens the toolbar on the current selection. */
  openToolbar(focus: boolean): { ok: true } | CaptureFailure {
    const range = this.selectionRange();
    if (!range) return { ok: false, reason: 'no-selection' };
    if (this.isEditable(range)) return { ok: false, reason: 'editable' };
    this.pendingRange = range.cloneRange();
    this.ensureToolbar().show(rectOf(range), { kind: 'create' }, focus);
    return { ok: true };
  }

  private async notify(event: HighlighterEvent): Promise<unknown> {
    try {
      return await this.send(event);
    } catch {
      return undefined;
    }
  }

  private async pick(meaning: string): Promise<void> {
    const toolbar = this.ensureToolbar();
    const t = highlighterMessages(this.locale);
    const mode = toolbar.currentMode;
    if (mode.kind === 'edit') {
      if (!readAck(await this.notify({ type: `${HL}edit`, id: mode.id, colour: meaning }))) return toolbar.status(t.failed, true);
      this.update(mode.id, meaning);
      toolbar.edit({ ...mode, meaning });
      return toolbar.status(t.recoloured(toolbar.labelOf(meaning)));
    }
    const captured = this.capture(this.pendingRange ?? this.selectionRange());
    if (!captured.ok) return toolbar.status(this.failureText(captured.reason), true);
    const { range, ...described } = captured;
    const id = readSaveReply(
      await this.notify({
        type: `${HL}save`,
        url: described.url,
        title: described.title,
        quote: described.quote,
        selectors: described.selectors,
        colour: meaning,
      }),
    );
    if (!id) return toolbar.status(t.failed, true);
    this.annotations.set(id, { id, selectors: described.selectors, colour: meaning });
    this.reports.set(id, { id, status: 'anchored', method: 'position', score: 1 });
    this.painter.paint(id, range, meaning);
    this.pendingRange = undefined;
    // The passage now shows as highlighted rather than selected.
    this.doc.getSelection()?.removeAllRanges();
    toolbar.edit({ kind: 'edit', id, meaning, note: '' });
    toolbar.status(t.saved(toolbar.labelOf(meaning)));
  }

  private async saveNote(note: string): Promise<void> {
    const toolbar = this.ensureToolbar();
    const mode = toolbar.currentMode;
    if (mode.kind !== 'edit') return;
    const t = highlighterMessages(this.locale);
    if (!readAck(await this.notify({ type: `${HL}edit`, id: mode.id, note }))) return toolbar.status(t.failed, true);
    this.update(mode.id, undefined, note);
    toolbar.edit({ ...mode, note });
    toolbar.status(t.noteSaved);
  }

  private async removeFromToolbar(): Promise<void> {
    const toolbar = this.ensureToolbar();
    const mode = toolbar.currentMode;
    if (mode.kind !== 'edit') return;
    const t = highlighterMessages(this.locale);
    if (!readAck(await this.notify({ type: `${HL}delete`, id: mode.id }))) return toolbar.status(t.failed, true);
    this.remove(mode.id);
    toolbar.hide(true);
  }

  /** Opens the toolbar on an existing highlight (a click on it). */
  private editAt(node: Node, offset: number): boolean {
    const id = this.painter.at(node, offset);
    const annotation = id ? this.annotations.get(id) : undefined;
    const range = id ? this.painter.rangeOf(id) : undefined;
    if (!id || !annotation || !range) return false;
    this.ensureToolbar().show(
      rectOf(range),
      { kind: 'edit', id, meaning: annotation.colour, note: annotation.note ?? '' },
      false,
    );
    return true;
  }

  // ---------------------------------------------------------------- page events

  private readonly onPointerUp = (event: Event) => {
    if (this.toolbar && event.composedPath().includes(this.toolbar.host)) return;
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => {
      if (this.toolbarOnSelection && this.selectionRange()) {
        this.openToolbar(false);
        return;
      }
      if (event.type !== 'pointerup') return;
      const { clientX, clientY } = event as PointerEvent;
      const caret = caretAt(this.doc, clientX, clientY);
      if (!(caret && this.editAt(caret.node, caret.offset)) && this.toolbar?.currentMode.kind === 'edit') this.toolbar.hide();
    }, 50);
  };

  private readonly onSelectionChange = () => {
    if (
      this.toolbar?.isOpen &&
      this.toolbar.currentMode.kind === 'create' &&
      !this.selectionRange() &&
      !this.pendingRangeFocused()
    ) {
      this.toolbar.hide();
    }
  };

  /** While keyboard focus is in the toolbar, the page selection may collapse without closing it. */
  private pendingRangeFocused(): boolean {
    return Boolean(this.toolbar && this.doc.activeElement === this.toolbar.host);
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.addEventListener('pointerup', this.onPointerUp, true);
    this.doc.addEventListener('keyup', this.onPointerUp, true);
    this.doc.addEventListener('selectionchange', this.onSelectionChange);
  }

  private unlisten(): void {
    if (!this.listening) return;
    this.listening = false;
    this.doc.removeEventListener('pointerup', this.onPointerUp, true);
    this.doc.removeEventListener('keyup', this.onPointerUp, true);
    this.doc.removeEventListener('selectionchange', this.onSelectionChange);
    clearTimeout(this.selectionTimer);
  }
}

function rectOf(range: Range): AnchorRect {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = range.getBoundingClientRect();
  return { top: box.top, bottom: last.bottom, left: last.left };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
}
