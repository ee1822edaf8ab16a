/**
 * The small toolbar shown near a selection (to highlight it) or near a highlight (to
 * change its meaning, write its note or delete it). It is the only node the extension
 * adds to a page: one `<binome-highlighter>` host element at the end of <html>, with a
 * CLOSED shadow root (the page's scripts cannot reach into it, its styles cannot leak
 * out). Keyboard: a WAI-ARIA toolbar (one Tab stop, arrow keys, Home/End), Escape closes;
 * every control has a visible or accessible name; meanings show a colour sample, its
 * underline pattern and a text label. The note is typed as Markdown and shown rendered
 * (markdown.ts) in the side panel; the page script stays small without a preview.
 */
import type { Locale } from '../../../shared/i18n/locale';
import type { Meaning } from './meanings';
import { type HighlighterMessages, highlighterMessages } from './messages';
import { sampleCss, TOOLBAR_CSS } from './toolbar-styles';

export const TOOLBAR_TAG = 'binome-highlighter';

export type ToolbarMode =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly id: string; readonly meaning: string; readonly note: string };

export interface ToolbarHandlers {
  /** A meaning was chosen: highlight the selection (create) or change the meaning (edit). */
  pick(meaning: string): void;
  saveNote(note: string): void;
  remove(): void;
  closed(): void;
}

/** Where to show the toolbar: the passage's client rectangle. */
export interface AnchorRect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
}

export class HighlightToolbar {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly root: ShadowRoot;
  private readonly sheet: CSSStyleSheet | undefined;
  private readonly panel: HTMLDivElement;
  private readonly bar: HTMLDivElement;
  private readonly meaningButtons: HTMLDivElement;
  private readonly noteToggle: HTMLButtonElement;
  private readonly removeButton: HTMLButtonElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly form: HTMLFormElement;
  private readonly label: HTMLLabelElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly submit: HTMLButtonElement;
  private readonly statusLine: HTMLParagraphElement;
  private meanings: readonly Meaning[] = [];
  private text: HighlighterMessages = highlighterMessages('fr');
  private mode: ToolbarMode = { kind: 'create' };
  private anchor: AnchorRect | undefined;
  private returnFocus: HTMLElement | null = null;

  /** `shadowMode: 'open'` is for tests only: axe-core cannot audit a closed shadow root. */
  constructor(
    doc: Document,
    private readonly handlers: ToolbarHandlers,
    shadowMode: ShadowRootMode = 'closed',
  ) {
    this.doc = doc;
    this.host = doc.createElement(TOOLBAR_TAG);
    this.root = this.host.attachShadow({ mode: shadowMode });
    const view = doc.defaultView as Window & typeof globalThis;
    try {
      this.sheet = new view.CSSStyleSheet();
      this.sheet.replaceSync(TOOLBAR_CSS);
      this.root.adoptedStyleSheets = [this.sheet];
    } catch {
      this.sheet = undefined;
    }
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      return node;
    };
    this.panel = el('div', 'panel');
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'group');
    this.bar = el('div');
    this.bar.setAttribute('role', 'toolbar');
    this.meaningButtons = el('div', 'meanings');
    this.noteToggle = el('button');
    this.removeButton = el('button');
    this.closeButton = el('button', 'close');
    for (const b of [this.noteToggle, this.removeButton, this.closeButton]) b.type = 'button';
    this.closeButton.textContent = '×';
    this.form = el('form');
    this.form.hidden = true;
    this.form.id = 'note-form';
    this.noteToggle.setAttribute('aria-controls', this.form.id);
    this.label = el('label');
    this.textarea = el('textarea');
    this.textarea.id = 'note';
    this.textarea.maxLength = 20_000;
    this.textarea.rows = 3;
    this.label.htmlFor = this.textarea.id;
    this.submit = el('button');
    this.submit.type = 'submit';
    this.statusLine = el('p', 'status');
    this.statusLine.setAttribute('role', 'status');
    this.form.append(this.label, this.textarea, this.submit);
    this.bar.append(this.meaningButtons, this.noteToggle, this.removeButton, this.closeButton);
    this.panel.append(this.bar, this.form, this.statusLine);
    this.root.append(this.panel);
    this.listen();
  }

  private listen(): void {
    // Keep the page's selection: pressing a button must not collapse it.
    this.bar.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('button')) event.preventDefault();
    });
    this.bar.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      this.rove(button);
      if (button === this.closeButton) this.hide(true);
      else if (button === this.removeButton) this.handlers.remove();
      else if (button === this.noteToggle) this.toggleNote();
      else if (button.dataset.meaning) this.handlers.pick(button.dataset.meaning);
    });
    this.bar.addEventListener('keydown', (event) => this.onToolbarKey(event));
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide(true);
    });
    // Typing a note must not trigger the page's own keyboard shortcuts ("/" to search, "j"/"k"…).
    for (const type of ['keydown', 'keyup', 'keypress'] as const)
      this.panel.addEventListener(type, (event) => event.stopPropagation());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.handlers.saveNote(this.textarea.value);
    });
    const reposition = () => {
      if (!this.panel.hidden && this.anchor) this.place(this.anchor);
    };
    this.doc.defaultView?.addEventListener('resize', reposition, { passive: true });
  }

  private toolbarButtons(): HTMLButtonElement[] {
    return [...this.bar.querySelectorAll('button')].filter((b) => !b.hidden);
  }

  /** Roving tabindex: the toolbar is one Tab stop. */
  private rove(current: HTMLButtonElement): void {
    for (const b of this.bar.querySelectorAll('button')) b.tabIndex = b === current ? 0 : -1;
  }

  private onToolbarKey(event: KeyboardEvent): void {
    const buttons = this.toolbarButtons();
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % buttons.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const target = buttons[next] as HTMLButtonElement;
    this.rove(target);
    target.focus();
  }

  /**
   * The meaning buttons, in `locale`. The extension sends its meanings with every `render`, and
   * one may arrive while the toolbar is open and used from the keyboard (a script just injected
   * says `ready`, the background answers with a `render`): the same meanings leave the buttons
   * as they are, new ones keep the focus and the Tab stop on the same meaning.
   */
  setMeanings(meanings: readonly Meaning[], locale: Locale): void {
    if (locale === this.panel.lang && sameMeanings(meanings, this.meanings)) return;
    // The button that has the focus, else the toolbar's Tab stop: found again after the rebuild.
    const focused = this.root.activeElement as HTMLButtonElement | null;
    const current = focused && this.bar.contains(focused) ? focused : this.toolbarButtons().find((b) => b.tabIndex === 0);
    const currentMeaning = current?.dataset.meaning;
    this.meanings = meanings;
    this.text = highlighterMessages(locale);
    this.panel.lang = locale;
    if (this.sheet) this.sheet.replaceSync(`${TOOLBAR_CSS}\n${sampleCss(meanings)}`);
    this.meaningButtons.replaceChildren(
      ...meanings.map((m) => {
        const button = this.doc.createElement('button');
        button.type = 'button';
        button.dataset.meaning = m.id;
        const sample = this.doc.createElement('span');
        sample.className = `sample m-${m.id}`;
        sample.setAttribute('aria-hidden', 'true');
        sample.textContent = 'Aa';
        button.append(sample, m.label);
        return button;
      }),
    );
    this.applyTexts();
    if (this.panel.hidden || !current) return;
    const buttons = this.toolbarButtons();
    const again =
      (currentMeaning === undefined ? current : buttons.find((b) => b.dataset.meaning === currentMeaning)) ?? buttons[0];
    if (!again) return;
    this.rove(again);
    if (current === focused) again.focus();
  }

  private applyTexts(): void {
    const t = this.text;
    this.panel.setAttribute('aria-label', t.panel);
    this.bar.setAttribute('aria-label', this.mode.kind === 'create' ? t.toolbar : t.editToolbar);
    this.noteToggle.textContent = t.note;
    this.removeButton.textContent = t.remove;
    this.closeButton.setAttribute('aria-label', t.close);
    this.closeButton.title = t.close;
    this.label.textContent = t.noteLabel;
    this.submit.textContent = t.saveNote;
    for (const button of this.meaningButtons.querySelectorAll('button')) {
      const pressed = this.mode.kind === 'edit' && button.dataset.meaning === this.mode.meaning;
      if (this.mode.kind === 'edit') button.setAttribute('aria-pressed', String(pressed));
      else button.removeAttribute('aria-pressed');
    }
  }

  private toggleNote(open = this.form.hidden): void {
    this.form.hidden = !open;
    this.noteToggle.setAttribute('aria-expanded', String(open));
    if (open) this.textarea.focus();
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  get currentMode(): ToolbarMode {
    return this.mode;
  }

  /** Shows the toolbar near `anchor`; with `focus`, moves keyboard focus into it (and gives it back on Escape). */
  show(anchor: AnchorRect, mode: ToolbarMode, focus: boolean): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.mode = mode;
    this.anchor = anchor;
    this.removeButton.hidden = mode.kind !== 'edit';
    this.noteToggle.hidden = mode.kind !== 'edit';
    this.noteToggle.setAttribute('aria-expanded', 'false');
    this.form.hidden = true;
    this.textarea.value = mode.kind === 'edit' ? mode.note : '';
    this.statusLine.textContent = '';
    this.statusLine.classList.remove('error');
    this.applyTexts();
    this.panel.hidden = false;
    const first = this.toolbarButtons()[0];
    if (first) this.rove(first);
    this.place(anchor);
    if (focus) {
      const active = this.doc.activeElement;
      // Duck-typed: the active element may belong to another realm (tests drive an iframe).
      this.returnFocus = active && active !== this.doc.body && 'focus' in active ? (active as HTMLElement) : null;
      first?.focus();
    }
  }

  /** Switches to editing a highlight just created, keeping focus where it is. */
  edit(mode: Extract<ToolbarMode, { kind: 'edit' }>): void {
    this.mode = mode;
    this.removeButton.hidden = false;
    this.noteToggle.hidden = false;
    this.textarea.value = mode.note;
    this.applyTexts();
  }

  hide(byUser = false): void {
    if (this.panel.hidden) return;
    const hadFocus = this.root.activeElement !== null;
    this.panel.hidden = true;
    this.anchor = undefined;
    if (byUser) {
      if (hadFocus) this.returnFocus?.focus();
      this.handlers.closed();
    }
    this.returnFocus = null;
  }

  status(message: string, error = false): void {
    this.statusLine.textContent = message;
    this.statusLine.classList.toggle('error', error);
  }

  /** True when `node` is the toolbar host (events and mutations from it are ours). */
  owns(node: Node | null): boolean {
    return node === this.host;
  }

  labelOf(meaning: string): string {
    return this.meanings.find((m) => m.id === meaning)?.label ?? meaning;
  }

  private place(anchor: AnchorRect): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const margin = 8;
    const box = this.panel.getBoundingClientRect();
    const below = anchor.bottom + margin;
    const top = below + box.height <= view.innerHeight - margin ? below : Math.max(margin, anchor.top - margin - box.height);
    const left = Math.min(Math.max(margin, anchor.left), Math.max(margin, view.innerWidth - box.width - margin));
    // CSSOM on our own shadow content: allowed under a strict CSP (no style attribute string).
    this.panel.style.setProperty('top', `${Math.round(top)}px`);
    this.panel.style.setProperty('left', `${Math.round(left)}px`);
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}

function sameMeanings(a: readonly Meaning[], b: readonly Meaning[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return o !== undefined && m.id === o.id && m.label === o.label && m.colour === o.colour && m.pattern === o.pattern;
    })
  );
}
