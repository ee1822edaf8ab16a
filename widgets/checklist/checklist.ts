import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { answerOf, type CriterionView, criteriaOf, criterionText } from '../../shared/checklist/criteria';
import {
  type ChecklistState,
  createEvaluation,
  isPristine,
  type Person,
  published,
  withAnswer,
  withComment,
} from '../../shared/checklist/evaluation';
import { type Locale, localized } from '../../shared/i18n/locale';
import type { ChecklistEvaluation, ExtraCriterion } from '../../shared/schemas/checklist';
import {
  answerLabel,
  CHECKLIST_ANSWER_IDS,
  CHECKLIST_DEFINITION,
  CHECKLIST_INTRO,
  CHECKLIST_SOURCE,
  CHECKLIST_TITLE,
  type ChecklistAnswer,
} from '../../shared/vocab/checklist';
import { emit } from '../internal/emit';
import { FormElement } from '../internal/form-element';
import { headingLevel } from '../internal/heading';
import { lazy } from '../internal/lazy';
import { elementLocale } from '../internal/locale';
import { themeStyles } from '../internal/theme';
import { warn } from '../internal/warn';
import { type ChecklistMessages, loadMessages, messagesFor } from './messages';
import { checklistStyles } from './styles';
import { renderPanel, renderPeople, renderPrint, renderRemoveCriterion, type ViewHost, viewStyles } from './views';

/** Where evaluations are kept when `storage-key` is set: localStorage by default, the extension's IndexedDB in the extension. */
export interface ChecklistStore {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
}

type Io = typeof import('../../shared/checklist/io');
// The first screen (a blank sheet) needs none of these: zod (as heavy as the whole widget)
// only reads data from outside, and storage is opt-in.
const loadIo = lazy(() => import('../../shared/checklist/io'));
// Only for projects with past evaluations, and only for readonly (published) sheets.
const loadHistory = lazy(() => import('./views-history'));
const loadReadonly = lazy(() => import('./views-readonly'));
const loadStorage = lazy(() => import('./storage'));

/** Criteria still without an answer (the sheet is complete when there are none). */
const unanswered = (evaluation: ChecklistEvaluation) => criteriaOf(evaluation).filter((c) => !answerOf(evaluation, c.id));

const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

type Message = { kind: 'status' | 'alert'; text: string } | undefined;

/**
 * The HAS partnership checklist (guide « Partenariat en santé et patients partenaires »,
 * 4.5 and Annex 2): the 10 criteria verbatim, answered Oui / Non / En cours with a
 * comment, a summary, the history of dated evaluations, extra criteria of the
 * establishment, JSON/CSV export, JSON import and an A4 print layout.
 *
 * @tag pp-checklist
 * @attr {string} name - Form field name; the submitted value is the evaluation as JSON.
 * @attr {boolean} required - In a form: invalid until the project title is given and every criterion is answered.
 * @attr {boolean} readonly - Shows an evaluation (to publish it); export and print stay available.
 * @attr {boolean} disabled - Disables every control (also when an ancestor fieldset is disabled).
 * @attr {string} storage-key - Opt-in: keeps the evaluations in `store` (localStorage by default) under this key.
 * @attr {string} project-title - Project title of a new, blank evaluation.
 * @attr {number} heading-level - Level of the title heading (2–6, default 2); sections use the next level.
 * @attr {string} lang - `en` for English (else the closest `[lang]`, French by default).
 * @prop {ChecklistEvaluation} value - The evaluation shown (validated by the shared schema; invalid data is refused with a message).
 * @prop {ChecklistEvaluation[]} history - Earlier evaluations of the same project (any order; shown oldest first).
 * @prop {ExtraCriterion[]} extraCriteria - The establishment's own criteria, added after the HAS ones on every new sheet.
 * @prop {ChecklistStore} store - Replaces localStorage for `storage-key` ({ load(key), save(key, value) }).
 * @fires {ChecklistEventDetail} pp-change - After every change made in the widget; `detail` is the evaluation.
 * @fires {ChecklistEventDetail} pp-complete - When the last unanswered criterion gets an answer; `detail` is the evaluation.
 * @csspart header - Title, definition and source.
 * @csspart details - Project, date and people.
 * @csspart criteria - The list of criteria.
 * @csspart criterion - One criterion (fieldset).
 * @csspart summary - Counts and open criteria.
 * @csspart history - Timeline and table of the dated evaluations.
 * @csspart actions - New evaluation, export, import, print.
 * @csspart message - Status and error messages.
 * @csspart print - The printed sheet (visible in print only).
 * @cssprop --pp-color-primary - Buttons, radio buttons, quote border (DSFR `--text-action-high-blue-france`).
 * @cssprop --pp-color-success - « Oui » in the timeline.
 * @cssprop --pp-color-error - « Non » in the timeline and error messages.
 * @cssprop --pp-color-warning - « En cours » in the timeline.
 * @slot - Light-DOM fallback, shown until the element is ready.
 */
export class PpChecklist extends FormElement {
  static override styles = [themeStyles, checklistStyles, viewStyles];
  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key' },
    projectTitle: { attribute: 'project-title' },
    headingLevel: { attribute: 'heading-level', type: Number },
    lang: { reflect: true },
    // Declared (without accessors: ours validate) so that values set before the element
    // is defined are taken over by Lit at the first update.
    value: { attribute: false, noAccessor: true },
    history: { attribute: false, noAccessor: true },
    extraCriteria: { attribute: false },
    store: { attribute: false },
    _state: { state: true },
    _people: { state: true },
    _message: { state: true },
    _loading: { state: true },
  };

  declare name: string | undefined;
  declare required: boolean;
  declare readonly: boolean;
  declare disabled: boolean;
  declare storageKey: string | undefined;
  declare projectTitle: string | undefined;
  declare headingLevel: number | undefined;
  declare extraCriteria: readonly ExtraCriterion[] | undefined;
  declare store: ChecklistStore | undefined;
  declare _state: ChecklistState | undefined;
  /** The people rows being typed; only complete rows (name and role) go into the evaluation. */
  declare _people: Person[];
  declare _message: Message;
  declare _loading: boolean;

  /** What a form reset goes back to: the last data given by the host or by storage. */
  #default: ChecklistState | undefined;
  /** Bumped by every change, so that a storage load finishing late never overwrites newer data. */
  #generation = 0;
  #pending: Promise<unknown> = Promise.resolve();
  /** Whether the history view's styles (loaded with it) are adopted. */
  /** `extraCriteria` once validated. */
  #extras: ExtraCriterion[] = [];
  /** The title of the last blank sheet made (`project-title`, which nobody typed). */
  #blankTitle = '';

  constructor() {
    super();
    this.required = this.readonly = this.disabled = this._loading = false;
    this._people = [];
  }

  // ——— public data ———

  get value(): ChecklistEvaluation {
    return structuredClone(published(this.#state.current));
  }
  set value(input: unknown) {
    this.#accept(input, 'value');
  }

  get history(): ChecklistEvaluation[] {
    return structuredClone([...this.#state.history]);
  }
  set history(input: unknown) {
    this.#accept(input, 'history');
  }

  /** Also waits for data being validated and for the modules the current view needs. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#pending;
    return super.getUpdateComplete();
  }

  // ——— form callbacks ———

  formResetCallback() {
    this.#set(this.#default ?? { current: this.#fresh(), history: [] });
    this.#save();
  }

  formStateRestoreCallback(state: unknown) {
    try {
      if (typeof state === 'string') this.value = JSON.parse(state);
    } catch {
      // A state the browser kept from another version: the blank sheet stays.
    }
  }

  // ——— state ———

  get #state(): ChecklistState {
    this._state ??= { current: this.#fresh(), history: [] };
    return this._state;
  }

  #fresh(): ChecklistEvaluation {
    this.#blankTitle = (this.projectTitle ?? '').slice(0, 300);
    return createEvaluation({ projectTitle: this.#blankTitle, extraCriteria: this.#extras });
  }

  #locale(): Locale {
    return elementLocale(this);
  }

  get #t(): ChecklistMessages {
    return messagesFor(this.#locale()) ?? messagesFor('fr')!;
  }

  /** Waits for a module before the next render (updateComplete waits too). */
  #need(load: Promise<unknown>) {
    this.#pending = this.#pending.then(() =>
      load.then(
        () => this.requestUpdate(),
        (error: unknown) => warn(this, 'module', error),
      ),
    );
  }

  /** Replaces the state without telling anyone (host-given data, reset, storage). */
  #set(state: ChecklistState) {
    this.#generation++;
    this._state = state;
    this._people = state.current.filledBy.map((p) => ({ ...p }));
  }

  /** Validates data given by the host (`value`, `history`) with the shared schema; refuses it whole if invalid. */
  #accept(input: unknown, kind: 'value' | 'history' | 'extras') {
    if (kind !== 'extras') this.#generation++;
    const apply = (m: Io) => {
      const locale = this.#locale();
      if (kind === 'extras') {
        const result = m.parseExtraCriteria(input ?? [], locale);
        if (!result.ok) return this.#refuse(result.message);
        this.#extras = result.data;
        this.#refresh();
        return;
      }
      const result =
        kind === 'history'
          ? m.parseEvaluations(input ?? [], locale)
          : input == null
            ? { ok: true as const, data: this.#fresh() }
            : m.parseEvaluation(input, locale);
      if (!result.ok) return this.#refuse(result.message);
      this.#default = { ...this.#state, [kind === 'value' ? 'current' : 'history']: result.data };
      this.#set(this.#default);
      this._message = undefined;
      this.#save();
    };
    const io = loadIo.value;
    if (io) apply(io);
    else this.#pending = this.#pending.then(() => loadIo().then(apply, () => this.#refuse('module')));
  }

  /**
   * A blank sheet follows `project-title` and `extraCriteria` (a sheet someone has started
   * keeps its own). The title the widget itself wrote there does not make it started.
   */
  #refresh() {
    const state = this.#state;
    if (isPristine(state.current, this.#blankTitle))
      this._state = { ...state, current: { ...this.#fresh(), id: state.current.id, date: state.current.date } };
  }

  #refuse(why: string) {
    warn(this, why);
    this._message = { kind: 'alert', text: this.#t.refused(why) };
  }

  /** A change made in the widget: saved, announced by events. */
  #commit(current: ChecklistEvaluation, history = this.#state.history) {
    const wasComplete = !unanswered(this.#state.current).length;
    this.#generation++;
    this._state = { current, history };
    this.#save();
    emit(this, 'pp-change', this.value);
    if (!wasComplete && !unanswered(current).length) emit(this, 'pp-complete', this.value);
  }

  // ——— persistence (opt-in) ———

  /** Saves are chained on the same promises, so they reach the store in the order of the changes. */
  #save() {
    const key = this.storageKey;
    if (!key || this._loading) return;
    const state = { current: published(this.#state.current), history: this.#state.history };
    loadStorage()
      .then((m) => m.saveState(this.store, key, state, this.#locale(), this))
      .then(
        (error) => {
          if (error) this._message = { kind: 'alert', text: error };
        },
        this.#refuse.bind(this, 'module'),
      );
  }

  #load(key: string) {
    const generation = ++this.#generation;
    this._loading = true;
    this.#need(
      loadStorage()
        .then((m) => m.loadState(this.store, key, this.#locale(), this))
        .then(
          ({ state, error }) => {
            if (error) this._message = { kind: 'alert', text: error };
            // Data given meanwhile by the host wins over what storage held.
            if (state && generation === this.#generation && key === this.storageKey) {
              this.#default = state;
              this.#set(state);
            }
          },
          this.#refuse.bind(this, 'module'),
        )
        .finally(() => {
          this._loading = false;
        }),
    );
  }

  // ——— lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('storageKey') || changed.has('store')) && this.storageKey) this.#load(this.storageKey);
    if (changed.has('projectTitle')) this.#refresh();
    if (changed.has('extraCriteria')) this.#accept(this.extraCriteria, 'extras');
    const locale = this.#locale();
    if (!messagesFor(locale)) this.#need(loadMessages(locale));
    if (this.readonly && !loadReadonly.value) this.#need(loadReadonly());
    if (this.#state.history.length > 0 && !loadHistory.value) this.#need(loadHistory());
  }

  protected override updated() {
    // The history's styles arrive with its module and join the shadow root's.
    const historyView = loadHistory.value;
    historyView?.adoptHistoryStyles(this.renderRoot);
    this.#syncForm();
  }

  /** Form value = the evaluation as JSON once it has a title; validity as the `required` attribute asks. */
  #syncForm() {
    const current = published(this.#state.current);
    const t = this.#t;
    const root = this.renderRoot;
    const field = (selector: string) => root.querySelector<HTMLElement>(selector);
    this._internals.setFormValue(current.projectTitle ? JSON.stringify(current) : null);
    const title = field('[data-title]');
    const partial = this._people.findIndex((p) => !p.name.trim() !== !p.role.trim());
    const missing = unanswered(current);
    const invalid = (flags: ValidityStateFlags, message: string, anchor?: HTMLElement | null) =>
      this._internals.setValidity(flags, message, anchor ?? title!);
    if (this.readonly || !title) this._internals.setValidity({});
    else if (partial >= 0) invalid({ customError: true }, t.needPerson(partial + 1), field(`[data-person="${partial}"]`));
    else if (!current.projectTitle && (this.required || !isPristine(current))) invalid({ valueMissing: true }, t.needTitle);
    else if (this.required && missing.length)
      invalid({ valueMissing: true }, t.missing(missing.length), field(`[name="a-${missing[0]!.id}"]`));
    else this._internals.setValidity({});
  }

  // ——— user actions ———

  get #locked(): boolean {
    return this.disabled || this._formDisabled || this._loading;
  }

  #setPeople(people: Person[]) {
    this._people = people;
    const filledBy = people.map((p) => ({ name: p.name.trim(), role: p.role.trim() })).filter((p) => p.name && p.role);
    this.#commit({ ...this.#state.current, filledBy });
  }

  async #focusLast(selector: string) {
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].pop()?.focus();
  }

  #onDate(event: Event) {
    const input = event.target as HTMLInputElement;
    // An emptied date field keeps the previous date: an evaluation is always dated.
    if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) this.#commit({ ...this.#state.current, date: input.value });
    else input.value = this.#state.current.date;
  }

  /** Actions that need a project title first (an evaluation without one is not valid data). */
  #hasTitle(): boolean {
    if (this.#state.current.projectTitle.trim()) return true;
    this._message = { kind: 'alert', text: this.#t.needTitle };
    this.renderRoot.querySelector<HTMLElement>('[data-title]')?.focus();
    return false;
  }

  // ——— rendering ———

  /** What the views (views.ts, views-history.ts) may read and do. */
  #host(locale: Locale, t: ChecklistMessages, locked: boolean): ViewHost {
    const self = this;
    return {
      // A getter: a handler created at the last render must see changes made since.
      get state() {
        return self.#state;
      },
      locale,
      t,
      readonly: this.readonly,
      locked,
      blankTitle: this.#blankTitle,
      heading: (offset, text) => this.#heading(offset, text),
      commit: (next) => {
        this._people = next.current.filledBy.map((p) => ({ ...p }));
        this.#commit(next.current, next.history);
      },
      say: (kind, text) => {
        this._message = { kind, text };
      },
      hasTitle: () => this.#hasTitle(),
      rendered: () => this.updateComplete,
      wait: (task) => this.#need(task),
      warn: (why, error) => warn(this, why, error),
      focusLast: (selector) => this.#focusLast(selector),
      get people() {
        return self._people;
      },
      setPeople: (people) => this.#setPeople(people),
      ...(loadHistory.value ? { renderHistory: loadHistory.value.renderHistory } : {}),
    };
  }

  #heading(offset: number, text: string, className = ''): TemplateResult {
    const level = Math.min(headingLevel(this, this.headingLevel, 2, 6, 2) + offset, 6);
    const tag = HEADINGS[level - 2];
    return staticHtml`<${tag} class=${className}>${text}</${tag}>`;
  }

  override render() {
    const locale = this.#locale();
    const t = messagesFor(locale);
    // Until English messages (or the readonly view) arrive: the host's light-DOM fallback.
    const readonlyView = loadReadonly.value;
    if (!t || (this.readonly && !readonlyView)) return html`<slot></slot>`;
    const { current } = this.#state;
    const criteria = criteriaOf(current);
    const heading = (offset: number, text: string) => this.#heading(offset, text);
    const locked = this.#locked;
    const message = this._message;
    // The printed sheet comes first: print styles hide the screen form only when it is there.
    return html`
      ${renderPrint(current, criteria, locale, t, heading)}
      <div class="screen" aria-busy=${String(this._loading)}>
        <div part="header">
          ${this.#heading(0, localized(CHECKLIST_TITLE, locale), 'title')}
          <blockquote lang="fr"><p>${CHECKLIST_DEFINITION.fr}</p></blockquote>
          ${locale === 'fr' ? nothing : html`<p class="muted">${CHECKLIST_DEFINITION.en}</p>`}
          <p class="muted">${t.source} ${localized(CHECKLIST_SOURCE, locale)}</p>
          <p>${localized(CHECKLIST_INTRO, locale)}</p>
        </div>
        ${readonlyView && this.readonly ? readonlyView.renderDetailsText(current, locale, t) : this.#renderDetails(current, t, locked)}
        ${this.#heading(1, t.criteria)}
        <ol class="criteria" part="criteria">
          ${repeat(
            criteria,
            (c) => c.id,
            (c) =>
              readonlyView && this.readonly
                ? readonlyView.renderCriterionText(c, current, locale, t)
                : this.#renderCriterion(c, current, locale, t, locked),
          )}
        </ol>
        ${renderPanel(this.#host(locale, t, locked))}
        <div part="message">
          <p role="status" class="message">${message?.kind === 'status' ? message.text : ''}</p>
          <p role="alert" class="message ${message?.kind === 'alert' ? 'pp-error' : ''}">${message?.kind === 'alert' ? message.text : ''}</p>
        </div>
      </div>
    `;
  }

  #renderDetails(current: ChecklistEvaluation, t: ChecklistMessages, locked: boolean) {
    return html`<fieldset part="details" ?disabled=${locked}><legend>${t.details}</legend><div class="row"
      ><label>${t.projectTitle} <input data-title maxlength="300" autocomplete="off"
        aria-required=${String(this.required)} .value=${live(current.projectTitle)}
        @input=${(e: Event) => this.#commit({ ...this.#state.current, projectTitle: (e.target as HTMLInputElement).value })}
      /></label><label>${t.date} <input type="date" required .value=${live(current.date)} @change=${this.#onDate} /></label></div
      ><fieldset><legend>${t.filledBy}</legend><p class="muted">${t.filledByHint}</p>${renderPeople(this.#host(this.#locale(), t, locked))}<button
        type="button" class="add-person" @click=${() => {
          this._people = [...this._people, { name: '', role: '' }];
          void this.#focusLast('[data-person]');
        }}>${t.addPerson}</button></fieldset
    ></fieldset>`;
  }

  #renderCriterion(c: CriterionView, current: ChecklistEvaluation, locale: Locale, t: ChecklistMessages, locked: boolean) {
    const answer = answerOf(current, c.id);
    // Ten of these: no whitespace between tags (nothing to lay out there, and bytes of the
    // widget's first download); lines break inside tags instead.
    return html`<li><fieldset part="criterion" ?disabled=${locked}><legend
      >${c.number}. ${criterionText(c, locale)}${c.origin === 'extra' ? html`<span class="tag">${t.extraTag}</span>` : nothing}</legend
      ><div class="answers">${CHECKLIST_ANSWER_IDS.map(
        (id: ChecklistAnswer) =>
          html`<label><input type="radio" name="a-${c.id}" value=${id} .checked=${live(answer === id)}
            @change=${() => this.#commit(withAnswer(this.#state.current, c.id, id))} />${answerLabel(id, locale)}</label>`,
      )}</div><label>${t.comment(c.number)}<textarea maxlength="2000" .value=${live(current.answers[c.id]?.comment ?? '')}
        @input=${(e: Event) => this.#commit(withComment(this.#state.current, c.id, (e.target as HTMLTextAreaElement).value))}
      ></textarea></label>${c.origin === 'extra' ? renderRemoveCriterion(c, this.#host(locale, t, locked)) : nothing}</fieldset
    ></li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pp-checklist': PpChecklist;
  }
}
