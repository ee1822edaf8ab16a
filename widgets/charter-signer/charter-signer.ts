import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type CharterCompletion, charterCompletion, sameSignatory } from '../../shared/charter/completion';
import { type CharterDocument, charterDocument } from '../../shared/charter/document';
import { charterContent } from '../../shared/charter/text';
import { loadCharterTexts } from '../../shared/charter/texts';
import type { CharterVerification } from '../../shared/charter/verify';
import { type Locale, resolveLocale } from '../../shared/i18n/locale';
import type { CharterRecord, Signatory } from '../../shared/schemas/charter';
import { FormElement } from '../internal/form-element';
import { lazy } from '../internal/lazy';
import { elementLocale } from '../internal/locale';
import { themeStyles } from '../internal/theme';
import { warn } from '../internal/warn';
import { renderActions } from './actions';
import { parseJsonAttribute, readConfig } from './config';
import type { ConfigProblem } from './config-words';
import type { StrokeRecorder } from './drawing';
import { renderForm } from './form';
import { type CharterMessages, loadMessages, messagesFor } from './messages';
import { CharterRecords, loadVerifyView, type Report } from './records';
import type { SigningFlow } from './signing';
import { type Draft, emptyDraft, type Field, hasWebCrypto, type Message } from './state';
import type { CharterStore } from './storage';
import { charterStyles } from './styles';
import { renderCharter, renderMessage, renderSignatories } from './views';

type RecordView = typeof import('./record-view');
type Pad = typeof import('./pad');
/** The record's hashes and JSON download: fetched once there is a record. */
const loadRecordView = lazy(() => import('./record-view'));
/** The drawing pad: fetched when someone chooses to draw. */
const loadPad = lazy(() => import('./pad'));
/** Reading an establishment's own text (`charter-text`): fetched only by pages that give one. */
const loadAdapted = lazy(() => import('../../shared/charter/adapted'));
/** Words for a misconfigured page: fetched only when the configuration is wrong. */
const loadConfigWords = lazy(() => import('./config-words'));

/**
 * The HAS model charter of commitment to health partnership (guide, 3.6 and Annex 1),
 * shown verbatim with the project title and the corrected 226-13 reference (called to its
 * note, which is signed with the text) — or the establishment's own adaptation of it
 * (`charter-text`: the guide's model is a « socle minimum » each organisation « peut
 * s'approprier et personnaliser », 003 l.615 and l.738) — signed by
 * each partner with the mention « lu et approuvé » and a typed (default) or drawn
 * signature, and kept as a JSON record whose SHA-256 hashes anyone can verify.
 * A simple electronic signature with an integrity check — not a qualified signature.
 *
 * @tag pp-charter-signer
 * @attr {string} project - Title of the action, programme or project; replaces the model's placeholder.
 * @attr {'sign' | 'verify'} mode - `sign` (default) or `verify`: load a record file and check it.
 * @attr {string} storage-key - Opt-in: keeps the record in `store` (localStorage by default) under this key.
 * @attr {'fr' | 'en'} charter-lang - Language of the signed text: `fr` (default, the HAS text) or `en` (the translation).
 * @attr {string} signatories - Expected signatories as JSON (see the property).
 * @attr {string} clauses - The establishment's additional clauses as a JSON list of strings.
 * @attr {string} charter-text - The establishment's adaptation of the model, as plain text (blank line between
 *   paragraphs, « - » list items); signed as « Adapté du modèle de la HAS ». The HAS model when absent.
 * @attr {string} name - Form field name; the submitted value is the record as JSON.
 * @attr {boolean} required - In a form: invalid until the charter is complete.
 * @attr {string} lang - `en` for English (else the closest `[lang]`, French by default).
 * @prop {Signatory[]} signatories - Expected signatories `{ name, role, organisation? }`; role is one of
 *   patient_partenaire, professionnel_sante, direction_etablissement, association, autre.
 * @prop {string[]} clauses - Additional clauses, shown apart from the charter text and signed with it.
 * @prop {string} charterText - Same as the `charter-text` attribute.
 * @prop {CharterRecord | null} record - The current record. Setting it continues a record (sign mode, once
 *   verified) or checks it (verify mode).
 * @prop {CharterStore} store - Replaces localStorage for `storage-key`: `{ load(key), save(key, value) }`, sync or async.
 * @prop {CharterCompletion} completion - Read-only: who is missing, and whether the charter is complete.
 * @fires {CharterSignedDetail} pp-signed - A signature was recorded; `detail` is `{ record, signature }`.
 * @fires {CharterCompleteDetail} pp-complete - The charter just became complete; `detail` is `{ record }`.
 * @fires {CharterVerifiedDetail} pp-verified - A record was checked in verify mode; `detail` is the report.
 * @csspart charter - The charter: title, notice, text, source, note, clauses.
 * @csspart notice - What kind of signature this is.
 * @csspart text - The charter text.
 * @csspart signatories - The signatories and the completion status.
 * @csspart form - The signing form.
 * @csspart pad - The drawing area.
 * @csspart review - The review step before signing.
 * @csspart actions - Hashes, download, print and PDF buttons.
 * @csspart report - The verification report.
 * @csspart message - Status and error messages.
 * @cssprop --pp-color-primary - Buttons, links, notice border (DSFR `--text-action-high-blue-france`).
 * @cssprop --pp-color-success - Signed and intact states.
 * @cssprop --pp-color-error - Errors and changed states.
 * @cssprop --pp-signature-font - Font of typed signatures (a cursive font by default).
 * @cssprop --pp-ink-color - Colour of drawn strokes.
 */
export class PpCharterSigner extends FormElement {
  static override styles = [themeStyles, charterStyles];
  static override properties = {
    project: {},
    mode: {},
    storageKey: { attribute: 'storage-key' },
    charterLang: { attribute: 'charter-lang' },
    signatories: { converter: { fromAttribute: parseJsonAttribute } },
    clauses: { converter: { fromAttribute: parseJsonAttribute } },
    charterText: { attribute: 'charter-text' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    lang: { reflect: true },
    store: { attribute: false },
    _record: { state: true },
    _draft: { state: true },
    _step: { state: true },
    _errors: { state: true },
    _message: { state: true },
    _problems: { state: true },
    _verification: { state: true },
    _busy: { state: true },
    _confirmNew: { state: true },
    _rejected: { state: true },
  };

  declare project: string | undefined;
  declare mode: string | undefined;
  declare storageKey: string | undefined;
  declare charterLang: string | undefined;
  declare signatories: unknown;
  declare clauses: unknown;
  declare charterText: unknown;
  declare name: string | undefined;
  declare required: boolean;
  declare store: CharterStore | undefined;
  declare _record: CharterRecord | null;
  declare _draft: Draft;
  declare _step: 'edit' | 'review';
  declare _errors: Partial<Record<Field, string>>;
  declare _message: Message;
  declare _problems: ConfigProblem[];
  declare _verification: Report | null;
  declare _busy: boolean;
  declare _confirmNew: boolean;
  /** A stored or given record that did not verify: kept so it can still be downloaded, never used. */
  declare _rejected: unknown;

  // Below and in `_x()` methods: what the element's own modules (form, signing, records, actions)
  // read through their *Host interfaces; the `_` keeps them out of the published types.

  /** The drawing pad's module and recorder, once someone chose to draw. */
  _padView: Pad | undefined;
  _pad: StrokeRecorder | undefined;
  _expected: Signatory[] = [];
  _clauses: string[] = [];
  /** The establishment's paragraphs (`charter-text`), or undefined for the HAS model. */
  _text: string[] | undefined;
  /** The signing flow, once someone asked to review (its module is lazy). */
  _signing: SigningFlow | undefined;
  /** The record's lifecycle: storage, records given from outside, generations, saves. */
  _records = new CharterRecords(this);
  /** The record view's module (hashes, JSON download), once there is a record. */
  _recordView: RecordView | undefined;

  constructor() {
    super();
    this.required = false;
    this._record = null;
    this._draft = emptyDraft();
    this._step = 'edit';
    this._errors = {};
    this._message = null;
    this._problems = [];
    this._verification = null;
    this._busy = false;
    this._confirmNew = false;
    this._rejected = undefined;
  }

  /** The current record (null until the first signature). */
  get record(): CharterRecord | null {
    return this._record;
  }

  /** A record to continue (sign mode) or to check (verify mode); null clears the widget (storage untouched). */
  set record(value: unknown) {
    if (value != null) void this._records.adopt(value);
    else this._records.clear();
  }

  get completion(): CharterCompletion {
    return charterCompletion(this._expected, this._record?.signatures ?? []);
  }

  get _locale(): Locale {
    return elementLocale(this);
  }

  get _t(): CharterMessages {
    return messagesFor(this._locale);
  }

  get #verifyMode(): boolean {
    return this.mode === 'verify';
  }

  get _textLocale(): Locale {
    return resolveLocale(this.charterLang ?? 'fr');
  }

  /** Checks a record as received (parsed JSON); the verifier is fetched on first use. */
  async verifyRecord(value: unknown): Promise<CharterVerification> {
    return this._records.verify(value);
  }

  /** Each update waits for what this page needs, and nothing more: English messages or charter text, the verify view. */
  protected override async scheduleUpdate(): Promise<void> {
    try {
      await loadMessages(this._locale);
      await loadCharterTexts(this._textLocale);
      if (this.charterText != null && !loadAdapted.value) {
        await loadAdapted();
        // A text given before a failed load is read now (the first update reads it in willUpdate).
        if (this.hasUpdated) this.#readConfig();
      }
      if (this.#verifyMode) await loadVerifyView();
      if (this._draft.method === 'drawn' && !this._padView) {
        const pad = await loadPad();
        pad.adoptDetailStyles(this.renderRoot);
        this._pad = new pad.StrokeRecorder(() => this.requestUpdate());
        this._padView = pad;
      }
      if (!this._recordView && (this._record || this._rejected !== undefined || this.#verifyMode)) {
        this._recordView = await loadRecordView();
        this._recordView.adoptDetailStyles(this.renderRoot);
      }
    } catch (error) {
      warn(this, 'module non chargé', error);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('signatories') || changed.has('clauses') || changed.has('charterText')) this.#readConfig();
  }

  protected override updated(): void {
    const record = this._record;
    this._internals.setFormValue(record ? JSON.stringify(record) : null);
    if (this.required && !this.completion.complete) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined;
      this._internals.setValidity({ valueMissing: true }, this._t.formIncomplete, anchor);
    } else {
      this._internals.setValidity({});
    }
  }

  /** Signatures are commitments: a form reset clears the form being filled, never the record. */
  formResetCallback(): void {
    this._resetDraft();
  }

  // ── configuration ──

  #readConfig(): void {
    readConfig(this, loadAdapted.value);
    if (this._problems.length && !loadConfigWords.value)
      loadConfigWords().then(
        () => this.requestUpdate(),
        (error: unknown) => warn(this, 'module non chargé', error),
      );
  }

  _content(): ReturnType<typeof charterContent> {
    return charterContent(this.project ?? '', this._textLocale, this._clauses, this._text);
  }

  _document(record: CharterRecord | null): CharterDocument {
    return charterDocument({
      record,
      projectTitle: this.project ?? '',
      locale: this._textLocale,
      extraClauses: this._clauses,
      text: this._text,
      expected: this._expected,
    });
  }

  // ── signing ──

  _unsigned(): number[] {
    const signatures = this._record?.signatures ?? [];
    return this._expected.flatMap((person, i) => (signatures.some((s) => sameSignatory(s.signatory, person)) ? [] : [i]));
  }

  /** The chosen expected signatory (the first still unsigned by default), or -1 for someone else. */
  _who(): number {
    const unsigned = this._unsigned();
    const who = this._draft.who;
    return who === -1 || unsigned.includes(who) ? (unsigned.length ? who : -1) : (unsigned[0] ?? -1);
  }

  _resetDraft(method?: Draft['method']): void {
    this._draft = emptyDraft(method);
    this._step = 'edit';
    this._errors = {};
    this._pad?.clear();
  }

  _startNew(): void {
    this._records.clear();
    this._confirmNew = false;
    this._message = null;
    this._resetDraft();
    this._records.save(null);
  }

  // ── rendering ──

  override render(): TemplateResult {
    const t = this._t;
    const crypto = hasWebCrypto();
    const words = loadConfigWords.value;
    const problems = words
      ? this._problems.map(
          (p) => html`<p class="message alert" role="alert" part="message">${words.configMessage(p, this._locale)}</p>`,
        )
      : nothing;
    const view = loadVerifyView.value;
    if (this.#verifyMode && !view) return html`<p class="message alert" role="alert">${t.outputFailed}</p>`;
    if (this.#verifyMode && view) {
      const record = this._verification?.record ?? null;
      return html`${view.renderVerify(
        {
          report: this._verification,
          crypto,
          message: renderMessage(this._message),
          file: (value, error) => {
            this._verification = null;
            if (error) this._message = { kind: 'alert', text: error };
            else void this._records.adopt(value);
          },
        },
        t,
        this._locale,
      )}${record ? [renderCharter(this._document(record), false, this._t, this._locale), renderActions(this, record)] : nothing}`;
    }
    // The establishment's text could not be read: never offer the model in its place.
    if (this.charterText != null && !loadAdapted.value) return html`<p class="message alert" role="alert">${t.outputFailed}</p>`;
    const doc = this._document(this._record);
    return html`${problems}${renderCharter(doc, true, this._t, this._locale)}${renderSignatories(doc, this._record?.signatures ?? [], this.completion, this._t, this._locale, this._recordView)}
      ${
        !crypto
          ? html`<p class="message alert" role="alert" part="message">${t.noCrypto}</p>`
          : this._step === 'review' && this._signing
            ? this._signing.render()
            : renderForm(this)
      }
      ${crypto ? renderMessage(this._message) : nothing}${renderActions(this, this._record)}`;
  }
}
