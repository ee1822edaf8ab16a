import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type CharterCompletion, charterCompletion, sameSignatory } from '../../shared/charter/completion';
import { type CharterDocument, charterDocument } from '../../shared/charter/document';
import { charterContent, charterParagraphs } from '../../shared/charter/text';
import { hasCharterTexts, loadCharterTexts } from '../../shared/charter/texts';
import type { CharterVerification } from '../../shared/charter/verify';
import { type Locale, resolveLocale } from '../../shared/i18n/locale';
import type { CharterRecord, Signatory, SignatoryRole } from '../../shared/schemas/charter';
import { emit } from '../internal/emit';
import { FormElement } from '../internal/form-element';
import { lazy } from '../internal/lazy';
import { elementLocale } from '../internal/locale';
import { themeStyles } from '../internal/theme';
import { warn } from '../internal/warn';
import { parseJsonAttribute, signatoriesProblem } from './config';
import type { ConfigProblem } from './config-words';
import type { StrokeRecorder } from './drawing';
import { type CharterMessages, loadMessages, messagesFor, OTHER_VERSION, ROLE_IDS } from './messages';
import { renderParagraphs } from './paragraphs';
import { type CharterStore, localStorageCharterStore } from './storage';
import { charterStyles } from './styles';

interface Draft {
  /** Index of the expected signatory who signs, or -1 for someone else. */
  who: number;
  name: string;
  role: SignatoryRole;
  organisation: string;
  mention: string;
  method: 'typed' | 'drawn';
  typedName: string;
}

type Field = 'name' | 'mention' | 'typedName' | 'drawing';
type Message = { kind: 'status' | 'alert'; text: string } | null;

const EMPTY_DRAFT: Draft = {
  who: 0,
  name: '',
  role: 'patient_partenaire',
  organisation: '',
  mention: '',
  method: 'typed',
  typedName: '',
};

/** Web Crypto's digest exists only in a secure context (HTTPS or localhost). */
const hasWebCrypto = () => typeof globalThis.crypto?.subtle?.digest === 'function';

type Signing = typeof import('./signing');
type VerifyView = typeof import('./verify-view');
type Report = import('./verify-view').Report;
type RecordView = typeof import('./record-view');
type Pad = typeof import('./pad');
/** Hashing and the review step: fetched when someone asks to review a signature. */
const loadSigning = lazy(() => import('./signing'));
/** The verifier, its schemas and the report: fetched when a record must be checked. */
const loadVerifyView = lazy(() => import('./verify-view'));
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

  /** The drawing pad's module and recorder, once someone chose to draw. */
  #padView: Pad | undefined;
  #pad: StrokeRecorder | undefined;
  #expected: Signatory[] = [];
  #clauses: string[] = [];
  /** The establishment's paragraphs (`charter-text`), or undefined for the HAS model. */
  #text: string[] | undefined;
  #reviewedAt = new Date();
  #textHash = '';
  /** Bumped by every record change, so that a slow load never overwrites a newer record. */
  #generation = 0;
  #saving: Promise<unknown> = Promise.resolve();
  #recordView: RecordView | undefined;

  constructor() {
    super();
    this.required = false;
    this._record = null;
    this._draft = { ...EMPTY_DRAFT };
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
    if (value != null) {
      void this.#adopt(value);
      return;
    }
    ++this.#generation;
    this._record = null;
    this._verification = null;
    this._rejected = undefined;
  }

  get completion(): CharterCompletion {
    return charterCompletion(this.#expected, this._record?.signatures ?? []);
  }

  get #locale(): Locale {
    return elementLocale(this);
  }

  get #t(): CharterMessages {
    return messagesFor(this.#locale);
  }

  get #verifyMode(): boolean {
    return this.mode === 'verify';
  }

  get #textLocale(): Locale {
    return resolveLocale(this.charterLang ?? 'fr');
  }

  /** Checks a record as received (parsed JSON); the verifier is fetched on first use. */
  async verifyRecord(value: unknown): Promise<CharterVerification> {
    return (await loadVerifyView()).verifyCharterRecord(value, this.#locale);
  }

  /** Each update waits for what this page needs, and nothing more: English messages or charter text, the verify view. */
  protected override async scheduleUpdate(): Promise<void> {
    try {
      await loadMessages(this.#locale);
      await loadCharterTexts(this.#textLocale);
      if (this.charterText != null && !loadAdapted.value) {
        await loadAdapted();
        // A text given before a failed load is read now (the first update reads it in willUpdate).
        if (this.hasUpdated) this.#readConfig();
      }
      if (this.#verifyMode) await loadVerifyView();
      if (this._draft.method === 'drawn' && !this.#padView) {
        const pad = await loadPad();
        pad.adoptDetailStyles(this.renderRoot);
        this.#pad = new pad.StrokeRecorder(() => this.requestUpdate());
        this.#padView = pad;
      }
      if (!this.#recordView && (this._record || this._rejected !== undefined || this.#verifyMode)) {
        this.#recordView = await loadRecordView();
        this.#recordView.adoptDetailStyles(this.renderRoot);
      }
    } catch (error) {
      warn(this, 'module non chargé', error);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('signatories') || changed.has('clauses') || changed.has('charterText')) this.#readConfig();
    if (changed.has('storageKey') || changed.has('store')) void this.#loadStored();
  }

  protected override updated(): void {
    const record = this._record;
    this._internals.setFormValue(record ? JSON.stringify(record) : null);
    if (this.required && !this.completion.complete) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined;
      this._internals.setValidity({ valueMissing: true }, this.#t.formIncomplete, anchor);
    } else {
      this._internals.setValidity({});
    }
  }

  /** Signatures are commitments: a form reset clears the form being filled, never the record. */
  formResetCallback(): void {
    this._draft = { ...EMPTY_DRAFT };
    this._step = 'edit';
    this._errors = {};
    this.#pad?.clear();
  }

  // ── configuration ──

  #readConfig(): void {
    const problems: ConfigProblem[] = [];
    const ignored = (problem: ConfigProblem, value: unknown) => {
      problems.push(problem);
      warn(this, `${problem.field} ignoré`, problem, value);
    };
    this.#expected = [];
    if (this.signatories != null) {
      const problem = signatoriesProblem(this.signatories);
      if (problem) ignored(problem, this.signatories);
      else {
        this.#expected = (this.signatories as Signatory[]).map(({ name, role, organisation }) => ({
          name: name.trim(),
          role,
          ...(organisation?.trim() ? { organisation: organisation.trim() } : {}),
        }));
      }
    }
    this.#clauses = [];
    if (this.clauses != null) {
      if (Array.isArray(this.clauses) && this.clauses.every((c) => typeof c === 'string' && c.length <= 20_000)) {
        this.#clauses = (this.clauses as string[]).map((c) => c.trim()).filter(Boolean);
      } else ignored({ field: 'clauses' }, this.clauses);
    }
    this.#text = undefined;
    const adapted = loadAdapted.value;
    if (this.charterText != null && adapted) {
      const read = adapted.readAdaptedText(this.charterText);
      if ('problem' in read) ignored({ field: 'text', code: read.problem }, this.charterText);
      else this.#text = read.paragraphs;
    }
    this._problems = problems;
    if (problems.length && !loadConfigWords.value)
      loadConfigWords().then(
        () => this.requestUpdate(),
        (error: unknown) => warn(this, 'module non chargé', error),
      );
  }

  #content() {
    return charterContent(this.project ?? '', this.#textLocale, this.#clauses, this.#text);
  }

  #document(record: CharterRecord | null): CharterDocument {
    return charterDocument({
      record,
      projectTitle: this.project ?? '',
      locale: this.#textLocale,
      extraClauses: this.#clauses,
      text: this.#text,
      expected: this.#expected,
    });
  }

  // ── storage, and records given from outside ──

  get #store(): CharterStore {
    return this.store ?? localStorageCharterStore;
  }

  async #loadStored(): Promise<void> {
    const key = this.storageKey;
    if (!key || this.#verifyMode) return;
    const generation = this.#generation;
    try {
      const value = await this.#store.load(key);
      if (value != null && generation === this.#generation) await this.#adopt(value);
    } catch (error) {
      warn(this, 'lecture impossible', error);
      this._message = { kind: 'alert', text: this.#t.storageFailed };
    }
  }

  /** A record from storage, the `record` property or a file: verified, then shown (verify mode) or continued (sign mode). */
  async #adopt(value: unknown): Promise<void> {
    const generation = ++this.#generation;
    if (!hasWebCrypto()) {
      this._message = { kind: 'alert', text: this.#t.noCrypto };
      return;
    }
    let input = value;
    if (typeof value === 'string') {
      try {
        input = JSON.parse(value) as unknown;
      } catch {
        // kept as the string: the verifier reports it as malformed
      }
    }
    const report = await this.verifyRecord(input);
    const v = (loadVerifyView.value as VerifyView).VERIFY[this.#locale];
    // The record's text language was loaded by the verifier; the page's own may not be yet (a record set before the first render).
    await loadCharterTexts(this.#textLocale).catch(() => undefined);
    if (generation !== this.#generation) return;
    if (this.#verifyMode) {
      // A text that is not the model comes with its word diff (fetched then); without it, the report still shows.
      const shown = await (loadVerifyView.value as VerifyView).withDiff(report).catch(() => report);
      if (generation !== this.#generation) return;
      this._verification = shown;
      this._message = null;
      emit(this, 'pp-verified', report);
      return;
    }
    if (!report.valid || !report.record) {
      this._rejected = input;
      this._message = { kind: 'alert', text: v.storedInvalid };
      warn(this, 'dossier refusé', report);
      return;
    }
    this._record = report.record;
    this._rejected = undefined;
    const same = await (loadVerifyView.value as VerifyView).sameText(report.record, this.#content());
    if (generation === this.#generation && !same) {
      this._message = { kind: 'status', text: v.storedOtherText };
    }
  }

  #save(record: CharterRecord | null): void {
    const key = this.storageKey;
    if (!key) return;
    const store = this.#store;
    this.#saving = this.#saving
      .then(() => store.save(key, record))
      .catch((error: unknown) => {
        warn(this, 'enregistrement impossible', error);
        this._message = { kind: 'alert', text: this.#t.storageFailed };
      });
  }

  // ── signing ──

  #unsigned(): number[] {
    const signatures = this._record?.signatures ?? [];
    return this.#expected.flatMap((person, i) => (signatures.some((s) => sameSignatory(s.signatory, person)) ? [] : [i]));
  }

  /** The chosen expected signatory (the first still unsigned by default), or -1 for someone else. */
  #who(): number {
    const unsigned = this.#unsigned();
    const who = this._draft.who;
    return who === -1 || unsigned.includes(who) ? (unsigned.length ? who : -1) : (unsigned[0] ?? -1);
  }

  #signatory(): Signatory {
    const d = this._draft;
    const chosen = this.#expected[this.#who()];
    if (chosen) return chosen;
    const organisation = d.organisation.trim();
    return { name: d.name.trim(), role: d.role, ...(organisation ? { organisation } : {}) };
  }

  /** The form's errors, worded by the signing module (loaded when someone asks to review). */
  #validate(signing: Signing): Partial<Record<Field, string>> {
    const d = this._draft;
    const who = this.#signatory();
    return signing.draftErrors(
      {
        name: who.name,
        alreadySigned: this._record?.signatures.some((s) => sameSignatory(s.signatory, who)) ?? false,
        mention: d.mention,
        method: d.method,
        typedName: d.typedName,
        hasInk: this.#pad?.hasInk ?? false,
      },
      this.#textLocale,
      this.#locale,
    );
  }

  async #toReview(event: Event): Promise<void> {
    event.preventDefault();
    this._message = null;
    let signing: Signing;
    try {
      signing = await loadSigning();
    } catch (error) {
      warn(this, 'signature impossible', error);
      this._message = { kind: 'alert', text: this.#t.noCrypto };
      return;
    }
    this._errors = this.#validate(signing);
    if (Object.keys(this._errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.errors')?.focus();
      return;
    }
    try {
      signing.adoptDetailStyles(this.renderRoot);
      this.#textHash = this._record?.charter.textHash ?? (await signing.hashCanonical(this.#content()));
    } catch (error) {
      warn(this, 'signature impossible', error);
      this._message = { kind: 'alert', text: this.#t.noCrypto };
      return;
    }
    this.#reviewedAt = new Date();
    this._step = 'review';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#review-title')?.focus();
  }

  async #backToEdit(): Promise<void> {
    this._step = 'edit';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sign-title')?.focus();
  }

  async #confirm(): Promise<void> {
    const s = loadSigning.value;
    if (this._busy || !s) return;
    this._busy = true;
    const generation = ++this.#generation;
    const d = this._draft;
    try {
      const { record, signature, complete } = await s.sealSignature({
        record: this._record,
        draft: { projectTitle: this.project ?? '', locale: this.#textLocale, extraClauses: this.#clauses, text: this.#text },
        reviewedAt: this.#reviewedAt,
        signature: {
          signatory: this.#signatory(),
          mention: d.mention,
          method: d.method,
          ...(d.method === 'typed'
            ? { typedName: d.typedName }
            : { drawing: { viewBox: this.#padView?.PAD_VIEW_BOX ?? '', paths: [...(this.#pad?.strokes ?? [])] } }),
        },
        expected: this.#expected,
        wasComplete: this.completion.complete,
      });
      if (generation !== this.#generation) return;
      this._record = record;
      this.#save(record);
      this.#pad?.clear();
      this._draft = { ...EMPTY_DRAFT, method: d.method };
      this._step = 'edit';
      this._message = { kind: 'status', text: this.#t.signed(signature.signatory.name) };
      emit(this, 'pp-signed', { record, signature });
      if (complete) emit(this, 'pp-complete', { record });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.message')?.focus();
    } catch (error) {
      warn(this, 'signature impossible', error);
      this._message = { kind: 'alert', text: this.#t.noCrypto };
    } finally {
      this._busy = false;
    }
  }

  #startNew(): void {
    ++this.#generation;
    this._record = null;
    this._rejected = undefined;
    this._confirmNew = false;
    this._message = null;
    this._step = 'edit';
    this._draft = { ...EMPTY_DRAFT };
    this.#save(null);
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this._draft = { ...this._draft, [key]: value };
    if (this._errors[key as Field]) this._errors = { ...this._errors, [key]: undefined };
  }

  // ── outputs ──

  /** The record on screen: the checked one in verify mode, else the one being signed. */
  #shown(): CharterRecord | null {
    return this.#verifyMode ? (this._verification?.record ?? null) : this._record;
  }

  /**
   * The title in file names. Signing, the project as the host names it now: a renamed
   * project's exports follow it (issue 20), while the signed text keeps the title it was
   * signed under. Verifying, the checked record's own: the file says which project it is.
   */
  #fileTitle(): string {
    const recorded = this.#shown()?.charter.projectTitle;
    const current = this.project?.trim();
    return (this.#verifyMode ? recorded : current || recorded) ?? current ?? '';
  }

  /** The JSON download is a button of the record view, so its module is here when it is clicked. */
  #downloadJson(value: unknown): void {
    const view = this.#recordView;
    if (!view) return;
    view.downloadBlob(
      new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }),
      view.fileName(this.#t.fileBase, this.#fileTitle(), '.json'),
      this.renderRoot,
    );
  }

  async #print(): Promise<void> {
    try {
      const { printCharter } = await import('./print');
      printCharter(this.renderRoot as ShadowRoot, this.#document(this.#shown()), this.#t, this.#locale);
    } catch (error) {
      warn(this, 'impression impossible', error);
      this._message = { kind: 'alert', text: this.#t.outputFailed };
    }
  }

  async #downloadPdf(): Promise<void> {
    try {
      const [{ charterPdfBlob }, { downloadBlob, fileName }] = await Promise.all([import('./pdf-export'), import('./download')]);
      downloadBlob(
        charterPdfBlob(this.#document(this.#shown()), this.#t, this.#locale),
        fileName(this.#t.fileBase, this.#fileTitle(), '.pdf'),
        this.renderRoot,
      );
    } catch (error) {
      warn(this, 'PDF impossible', error);
      this._message = { kind: 'alert', text: this.#t.outputFailed };
    }
  }

  // ── rendering ──

  override render(): TemplateResult {
    const t = this.#t;
    const crypto = hasWebCrypto();
    const words = loadConfigWords.value;
    const problems = words
      ? this._problems.map(
          (p) => html`<p class="message alert" role="alert" part="message">${words.configMessage(p, this.#locale)}</p>`,
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
          message: this.#renderMessage(),
          file: (value, error) => {
            this._verification = null;
            if (error) this._message = { kind: 'alert', text: error };
            else void this.#adopt(value);
          },
        },
        t,
        this.#locale,
      )}${record ? [this.#renderCharter(this.#document(record), false), this.#renderActions(record)] : nothing}`;
    }
    // The establishment's text could not be read: never offer the model in its place.
    if (this.charterText != null && !loadAdapted.value) return html`<p class="message alert" role="alert">${t.outputFailed}</p>`;
    const doc = this.#document(this._record);
    return html`${problems}${this.#renderCharter(doc, true)}${this.#renderSignatories(doc)}
      ${
        !crypto
          ? html`<p class="message alert" role="alert" part="message">${t.noCrypto}</p>`
          : this._step === 'review' && loadSigning.value
            ? loadSigning.value.renderReview(
                {
                  signatory: this.#signatory(),
                  mention: this._draft.mention,
                  method: this._draft.method,
                  typedName: this._draft.typedName,
                  viewBox: this.#padView?.PAD_VIEW_BOX ?? '',
                  strokes: this.#pad?.strokes ?? [],
                  textHash: this.#textHash,
                  busy: this._busy,
                  back: () => void this.#backToEdit(),
                  confirm: () => void this.#confirm(),
                },
                t,
                this.#locale,
              )
            : this.#renderForm()
      }
      ${crypto ? this.#renderMessage() : nothing}${this.#renderActions(this._record)}`;
  }

  #renderMessage(): TemplateResult | typeof nothing {
    const m = this._message;
    return m
      ? html`<p class="message ${m.kind === 'alert' ? 'alert' : ''}" role=${m.kind} tabindex="-1" part="message">${m.text}</p>`
      : nothing;
  }

  #renderCharter(doc: CharterDocument, editing: boolean): TemplateResult {
    const t = this.#t;
    const other = OTHER_VERSION[doc.locale];
    const lang = doc.locale;
    return html`<article class="charter" part="charter" aria-labelledby="charter-title">
      <h2 id="charter-title" lang=${lang}>${doc.title}</h2>
      ${doc.projectTitle ? html`<p><strong>${t.project}${t.sep}</strong>${doc.projectTitle}</p>` : html`<p class="hint">${t.noProject}</p>`}
      ${editing ? html`<p class="notice" part="notice">${t.notice}</p>` : nothing}
      <div class="text" part="text" lang=${lang}>${renderParagraphs(doc.paragraphs, { label: t.noteCall, lang: this.#locale, go: this.#toNote })}</div>
      ${
        editing && doc.origin === 'model'
          ? html`<details lang=${other.lang} @toggle=${this.#onTranslationToggle}><summary>${other.summary}</summary>
            <div class="text">${hasCharterTexts(other.lang) ? renderParagraphs(charterParagraphs(doc.projectTitle, other.lang)) : nothing}</div></details>`
          : nothing
      }
      <p class="muted"><strong>${t.source}${t.sep}</strong><span lang=${lang}>${doc.source}</span></p>
      ${doc.correctionNote ? html`<p class="muted"><strong>${t.correction}${t.sep}</strong><span lang=${lang}>${doc.correctionNote}</span></p>` : nothing}
      ${
        doc.extraClauses.length
          ? html`<section class="clauses" aria-labelledby="clauses-title"><h3 id="clauses-title">${t.clauses}</h3>
            <p class="hint">${t.clausesNote}</p>
            <ol lang=${lang}>${doc.extraClauses.map((c) => html`<li>${c}</li>`)}</ol></section>`
          : nothing
      }
    </article>`;
  }

  /** The call « * » leads to its note inside the shadow root (a fragment link would change the host page's URL). */
  #toNote = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#correction-note')?.focus();
  };

  /** The other-language version is fetched when someone opens it (the French text is the one signed). */
  #onTranslationToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const lang = OTHER_VERSION[this.#textLocale].lang;
    if (!details.open || hasCharterTexts(lang)) return;
    loadCharterTexts(lang).then(
      () => this.requestUpdate(),
      (error: unknown) => warn(this, 'module non chargé', error),
    );
  };

  #renderSignatories(doc: CharterDocument): TemplateResult {
    const t = this.#t;
    const signatures = this._record?.signatures ?? [];
    const c = this.completion;
    const missing = [
      c.missing.length ? t.missingPeople(c.missing.map((p) => p.name).join(', ')) : '',
      c.hasPatientPartner ? '' : t.missingPatient,
      c.hasProfessionalOrEstablishment ? '' : t.missingProfessional,
    ].filter(Boolean);
    const person = (p: Signatory) =>
      html`<span><strong>${p.name}</strong> — ${t.roles[p.role]}${p.organisation ? ` — ${p.organisation}` : ''}</span>`;
    return html`<section part="signatories" aria-labelledby="signatories-title">
      <h3 id="signatories-title">${t.signatories}</h3>
      ${
        signatures.length || doc.pending.length
          ? html`<ul class="people">
            ${signatures.map((s) => this.#recordView?.renderSignature(s, person(s.signatory), this.#locale) ?? nothing)}
            ${doc.pending.map((p) => html`<li>${person(p)} <span class="state"><span aria-hidden="true">… </span>${t.waiting}</span></li>`)}
          </ul>`
          : html`<p>${t.noSignatories}</p>`
      }
      <div class="completion ${c.complete ? 'done' : ''}" role="status">
        ${
          c.complete
            ? html`<p><span aria-hidden="true">✓ </span>${t.complete}</p>`
            : html`<p>${t.incomplete}</p><ul>${missing.map((m) => html`<li>${m}</li>`)}</ul>`
        }
      </div>
    </section>`;
  }

  /** An input with its label, hint and error in the same shadow root (RGAA 11.1, 11.10). */
  #field(
    id: Field | 'organisation',
    label: string,
    options: { hint?: string; autocomplete?: string; max?: number; optional?: boolean } = {},
  ) {
    const error = this._errors[id as Field];
    const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      <input id=${id} autocomplete=${options.autocomplete ?? 'off'} maxlength=${options.max ?? 200} ?required=${!options.optional}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        .value=${live(this._draft[id as keyof Draft] as string)}
        @input=${(ev: Event) => this.#set(id as 'name', (ev.target as HTMLInputElement).value)} />
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const t = this.#t;
    const d = this._draft;
    const e = this._errors;
    const unsigned = this.#unsigned();
    const who = this.#who();
    const errors = Object.values(e).filter(Boolean);
    const radio = (name: string, checked: boolean, change: () => void, label: string) =>
      html`<label class="choice"><input type="radio" name=${name} .checked=${live(checked)} @change=${change} /><span>${label}</span></label>`;
    return html`<form part="form" novalidate aria-labelledby="sign-title" @submit=${this.#toReview}>
      <h3 id="sign-title" tabindex="-1">${t.signTitle}</h3>
      ${
        errors.length
          ? html`<div class="errors" role="alert" tabindex="-1"><p>${loadSigning.value?.FORM_ERRORS[this.#locale].errorsTitle}</p><ul>${errors.map((m) => html`<li>${m}</li>`)}</ul></div>`
          : nothing
      }
      ${
        unsigned.length
          ? html`<fieldset><legend>${t.who}</legend>
            ${unsigned.map((i) => {
              const p = this.#expected[i] as Signatory;
              return radio(
                'who',
                who === i,
                () => this.#set('who', i),
                `${p.name} — ${t.roles[p.role]}${p.organisation ? ` — ${p.organisation}` : ''}`,
              );
            })}
            ${radio('who', who === -1, () => this.#set('who', -1), t.someoneElse)}
          </fieldset>`
          : nothing
      }
      ${
        who === -1
          ? html`${this.#field('name', t.name, { autocomplete: 'name' })}
            <div class="field"><label for="role">${t.role}</label>
              <select id="role" @change=${(ev: Event) => this.#set('role', (ev.target as HTMLSelectElement).value as SignatoryRole)}>
                ${ROLE_IDS.map((id) => html`<option value=${id} .selected=${live(d.role === id)}>${t.roles[id]}</option>`)}
              </select></div>
            ${this.#field('organisation', t.organisation, { autocomplete: 'organization', max: 300, optional: true })}`
          : e.name
            ? html`<p class="error">${e.name}</p>`
            : nothing
      }
      ${this.#field('mention', t.mention, { hint: t.mentionHint })}
      <fieldset><legend>${t.method}</legend>
        ${radio('method', d.method === 'typed', () => this.#set('method', 'typed'), t.typed)}
        ${radio('method', d.method === 'drawn', () => this.#set('method', 'drawn'), t.drawn)}
      </fieldset>
      ${
        d.method === 'typed'
          ? html`${this.#field('typedName', t.typedName)}<p class="typed-preview" aria-hidden="true">${d.typedName}</p>`
          : this.#renderPad()
      }
      <div class="buttons"><button class="primary" type="submit">${t.review}</button></div>
    </form>`;
  }

  #renderPad(): TemplateResult | typeof nothing {
    return this.#padView && this.#pad ? this.#padView.renderPad(this.#pad, this._errors.drawing, this.#locale) : nothing;
  }

  #renderActions(record: CharterRecord | null): TemplateResult {
    const t = this.#t;
    const view = this.#recordView;
    const rejected = this._rejected !== undefined;
    return html`<section part="actions" aria-labelledby="record-title">
      <h3 id="record-title">${t.record}</h3>
      ${
        view && (record || rejected)
          ? view.renderRecord(
              {
                record,
                rejected,
                canRestart: !this.#verifyMode,
                confirming: this._confirmNew,
                download: () => this.#downloadJson(rejected ? this._rejected : record),
                ask: (confirming) => (this._confirmNew = confirming),
                restart: () => this.#startNew(),
              },
              this.#locale,
            )
          : nothing
      }
      <div class="buttons">
        <button type="button" @click=${this.#print}>${t.print}</button>
        <button type="button" @click=${this.#downloadPdf}>${t.downloadPdf}</button>
      </div>
    </section>`;
  }
}
