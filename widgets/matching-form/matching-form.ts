import { html, type PropertyValues } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import { emit } from '../internal/emit';
import { FormElement } from '../internal/form-element';
import { headingLevel } from '../internal/heading';
import { elementLocale } from '../internal/locale';
import { PendingWork } from '../internal/pending';
import { themeStyles } from '../internal/theme';
import { warnOnce } from '../internal/warn';
import type { ModeController, ModeFactory, ModeHost } from './mode';
import { SHELL_WORDS } from './shell-words';
import { matchingStyles } from './styles';

export type MatchingMode = 'need' | 'candidate';

/** The code of each mode, loaded once per page on first use (see mode.ts), with its English words when needed. */
const loaders: Record<MatchingMode, () => Promise<{ create: ModeFactory; loadFormMessages(locale: Locale): Promise<unknown> }>> =
  {
    need: () => import('./need-mode.js').then((m) => ({ create: m.createNeedController, loadFormMessages: m.loadFormMessages })),
    candidate: () =>
      import('./candidate-mode.js').then((m) => ({ create: m.createCandidateController, loadFormMessages: m.loadFormMessages })),
  };

const isMode = (value: unknown): value is MatchingMode => value === 'need' || value === 'candidate';

/** `exclude-managers`: on unless the establishment writes false, no, non, off or 0. */
const onUnlessOff = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(false|no|non|off|0)$/i.test(value.trim()),
  toAttribute: (value: boolean): string => String(value),
};

/**
 * Finds patients partenaires for a project, or collects a candidacy, after the
 * HAS guide « Partenariat en santé et patients partenaires »: each rule shown
 * names its source (law, guide, establishment or Binôme), and the score is Binôme's.
 *
 * @tag pp-matching-form
 * @summary `mode="need"`: a project owner describes a need and gets the partners of the
 *   establishment's PRIVATE registry ranked by a documented score, each criterion explained,
 *   those failing a hard rule listed apart with the reason; the owner selects partners
 *   (`pp-select`). The registry comes as a property, or as a file the coordinator opens in
 *   the widget (read in the browser, never sent) — never from a public URL. Lived experience
 *   is used and shown only for partners who agreed to share it with project teams.
 *   `mode="candidate"`: a person applies to become a patient partner; the form outputs a
 *   profile validated by the shared schema (`pp-submit`, form value) and POSTs it as JSON
 *   when `action` is set (https, or the page's own origin only: it holds health data). Each
 *   mode's code is loaded on first use.
 *
 * @attr mode - `need` (default) or `candidate`.
 * @attr src - Not read in need mode: a registry must never sit at a public URL. If set, need mode shows its
 *   fallback content, a message and a console warning naming the fix (the `registry` property or the file picker).
 * @attr action - candidate mode: URL the profile is POSTed to as JSON, `https:` or on the page's own origin
 *   (refused otherwise, with the reason); without it nothing is sent.
 * @attr exclude-managers - The establishment's rule on « gestionnaires » (senior or middle managers of the
 *   establishment or service), the example of an exclusion criterion the HAS guide cites (3.3): on by default
 *   (need mode lists them apart, candidate mode refuses their candidacy, saying so); `false` to switch it off
 *   (they are then ranked, with a note, and their candidacy is recorded).
 * @attr name - Name of the form value when the element is inside a `<form>`.
 * @attr heading-level - Level of the results heading, 1–5 (default 2).
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {PartnerRegistryInput} registry - need mode: the establishment's partner registry (wins over `partners`
 *   and over a file opened in the widget); each profile is validated, invalid ones are ignored and reported.
 * @prop {PartnerProfileInput[]} partners - need mode: the registry's profiles alone; each is validated.
 * @prop {Establishment} establishment - need mode, with `partners`: the establishment keeping them.
 * @prop {NeedDraft} draft - need mode: what the form starts with when the host already knows the project (`title`, `domain`, its `missions`, `duration`); unknown values are left out, every field stays editable.
 * @prop {string | null} value - Read-only: the form value (JSON of the profile, or of the selected ids).
 * @prop {ProjectNeed | undefined} need - Read-only: the last need searched.
 * @prop {PartnerProfile | undefined} profile - Read-only: the last valid candidacy.
 * @prop {Promise<void>} ready - Resolves once the mode's code is loaded and rendered.
 *
 * @fires {MatchingSearchDetail} pp-search - need mode, partners ranked. `detail: { need, ranked: number, excluded: number, notConsidered: number }`.
 * @fires {MatchingSelectDetail} pp-select - need mode, the owner proposes a selection. `detail: { ids: string[], need, warnings: string[] }`.
 * @fires {MatchingSubmitDetail} pp-submit - candidate mode, a valid profile (cancelable: `preventDefault()` stops the POST). `detail: { profile }`.
 * @fires {MatchingSentDetail} pp-sent - candidate mode, the POST succeeded. `detail: { profile, status }`.
 * @fires {MatchingErrorDetail} pp-error - Something could not be done. `detail: { kind: 'registry' | 'send', message }`.
 *
 * @csspart base - The wrapper.
 * @csspart form - The `<form>`.
 * @csspart error-summary - The error summary at the top of the form.
 * @csspart submit - The submit button.
 * @csspart notices - The notices on the need (regulated ETP training, proportionality, number of partners).
 * @csspart registry - need mode: the registry block (which file is open, « Ouvrir le registre… »).
 * @csspart open-registry - need mode: the button that opens a registry file.
 * @csspart results - need mode: the results section.
 * @csspart method - need mode: how Binôme's score is computed (not the HAS's), under the results.
 * @csspart match - need mode: one proposed partner.
 * @csspart more - need mode: the "show more" button.
 * @csspart excluded - need mode: the `<details>` listing excluded profiles.
 * @csspart selection - need mode: the selection block.
 * @csspart propose - need mode: the button that proposes the selection.
 * @csspart consents - candidate mode: the consents fieldset.
 * @csspart message - Loading, error and confirmation messages.
 *
 * @cssprop --pp-color-primary - Buttons, headings, score bar (default DSFR blue France).
 * @cssprop --pp-color-on-primary - Text on primary buttons.
 * @cssprop --pp-color-text - Text colour.
 * @cssprop --pp-color-muted - Hints.
 * @cssprop --pp-color-background - Background of cards.
 * @cssprop --pp-color-surface - Notices background.
 * @cssprop --pp-color-border - Borders.
 * @cssprop --pp-color-error - Errors.
 * @cssprop --pp-color-success - Confirmations.
 * @cssprop --pp-color-focus - Focus outline.
 * @cssprop --pp-input-background - Background of text fields (DSFR grey by default).
 * @cssprop --pp-input-border - Bottom border of text fields.
 * @cssprop --pp-radius - Corner radius.
 * @cssprop --pp-font-family - Font (inherited by default).
 *
 * @slot - Fallback content, shown only until the element is defined (e.g. a link to a PDF form).
 */
export class PpMatchingForm extends FormElement {
  static override properties = {
    mode: { type: String, reflect: true },
    src: { type: String },
    action: { type: String },
    name: { type: String, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    registry: { attribute: false },
    partners: { attribute: false },
    establishment: { attribute: false },
    draft: { attribute: false },
    excludeManagers: { attribute: 'exclude-managers', converter: onUnlessOff },
  };

  static override styles = [themeStyles, matchingStyles];

  declare mode: string;
  declare src: string | undefined;
  declare action: string | undefined;
  declare name: string | undefined;
  declare headingLevel: number | string | undefined;
  declare registry: unknown;
  declare partners: readonly unknown[] | undefined;
  declare establishment: unknown;
  declare draft: unknown;
  declare excludeManagers: boolean;

  #value: string | null = null;
  #controller: ModeController | undefined;
  #controllerMode: MatchingMode | undefined;
  #loadFailed = false;
  #loading: Promise<void> = Promise.resolve();
  #focusAfterUpdate: string | undefined;
  /** Modules the modes' next render waits for (ModeHost.wait). */
  #pending = new PendingWork();

  constructor() {
    super();
    this.mode = 'need';
    this.excludeManagers = true;
  }

  /** The form value: JSON of the candidacy (candidate mode) or of the selected ids (need mode); null before. */
  get value(): string | null {
    return this.#value;
  }

  get need(): unknown {
    return this.#controller?.need;
  }

  get profile(): unknown {
    return this.#controller?.profile;
  }

  /** Resolves when the current mode's code is loaded and rendered. */
  get ready(): Promise<void> {
    // The first update starts the loading: wait for it, then for the load, then for its render.
    return this.updateComplete
      .then(() => this.#loading)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** Also waits for the modules a mode fetched for its next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#pending.updateComplete(() => super.getUpdateComplete());
  }

  get #locale(): Locale {
    return elementLocale(this);
  }

  get #headingLevel(): number {
    return headingLevel(this, this.headingLevel, 2, 5);
  }

  /** What the mode's code sees of the element. */
  #host(): ModeHost {
    const el = this;
    return {
      get locale() {
        return el.#locale;
      },
      get headingLevel() {
        return el.#headingLevel;
      },
      get src() {
        return el.src;
      },
      get action() {
        return el.action;
      },
      get registry() {
        return el.registry;
      },
      get partners() {
        return el.partners;
      },
      get establishment() {
        return el.establishment;
      },
      get draft() {
        return el.draft;
      },
      get excludeManagers() {
        return el.excludeManagers !== false;
      },
      get disabled() {
        return el._formDisabled;
      },
      get renderRoot() {
        return el.renderRoot;
      },
      requestUpdate: () => this.requestUpdate(),
      emit: (type, detail, cancelable) => emit(this, type, detail, cancelable),
      warn: (message) => warnOnce(this, message),
      setValue: (value) => {
        this.#value = value;
        this._internals.setFormValue(value);
      },
      focusAfterUpdate: (selector) => {
        this.#focusAfterUpdate = selector;
      },
      wait: (work) => this.#pending.add(work),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const mode = this.mode as MatchingMode;
    if (changed.has('mode') && mode !== this.#controllerMode) {
      this.#controller = undefined;
      this.#controllerMode = undefined;
      if (isMode(mode)) this.#loading = this.#loadMode(mode);
      return;
    }
    if (
      this.#controller &&
      (changed.has('registry') ||
        changed.has('partners') ||
        changed.has('establishment') ||
        changed.has('excludeManagers') ||
        changed.has('src'))
    ) {
      this.#controller.dataChanged();
    }
    if (this.#controller && changed.has('draft')) this.#controller.draftChanged?.();
  }

  async #loadMode(mode: MatchingMode): Promise<void> {
    try {
      const { create, loadFormMessages } = await loaders[mode]();
      await loadFormMessages(this.#locale); // English pages only: French comes with the mode
      if (this.mode !== mode) return; // the mode changed while loading
      this.#loadFailed = false;
      this.#controller = create(this.#host());
      this.#controllerMode = mode;
      this.#controller.dataChanged();
    } catch (error) {
      this.#loadFailed = true;
      warnOnce(this, String(error));
    }
    this.requestUpdate();
  }

  protected override updated(): void {
    const selector = this.#focusAfterUpdate;
    if (!selector) return;
    this.#focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  formResetCallback(): void {
    this.renderRoot.querySelector('form')?.reset();
    this.#controller?.reset();
  }

  protected override render() {
    const words = SHELL_WORDS[this.#locale];
    const mode = this.mode;
    let content: unknown;
    if (!isMode(mode)) {
      const message = words.invalidMode(String(mode));
      warnOnce(this, message);
      content = html`<p class="message pp-error" part="message">${message}</p>`;
    } else if (this.#controller) {
      content = this.#controller.render();
    } else {
      content = this.#loadFailed
        ? html`<p class="message pp-error" part="message">${words.failed}</p>`
        : html`<p class="message" part="message" role="status">${words.loading}</p>`;
    }
    return html`<div class="base" part="base">${content}</div>`;
  }
}
