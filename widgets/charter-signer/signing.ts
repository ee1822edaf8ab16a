/**
 * The binding part of signing, loaded when someone asks to review a signature: the form's
 * check, the review step (RGAA 11.12: check before a binding action) and the code that
 * hashes and builds the record. A page that only shows the charter never downloads it.
 */
import { html, nothing, type ReactiveControllerHost, svg, type TemplateResult } from 'lit';
import { type CharterCompletion, charterCompletion, sameSignatory } from '../../shared/charter/completion';
import { hashCanonical } from '../../shared/charter/digest';
import { isApprovalMention } from '../../shared/charter/mention';
import {
  appendCharterEvent,
  type CharterDraft,
  createCharterRecord,
  type SignatureInput,
  signCharterRecord,
} from '../../shared/charter/record';
import type { charterContent } from '../../shared/charter/text';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord, Signatory, Signature } from '../../shared/schemas/charter';
import { emit } from '../internal/emit';
import { warn } from '../internal/warn';
import type { StrokeRecorder } from './drawing';
import { adoptDetailStyles } from './lazy-styles';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';
import type { CharterRecords } from './records';
import { FORM_ERRORS, type FormErrors, REVIEW } from './signing-words';
import type { Draft, Field, Message } from './state';

/** The form's error messages: the English table carries them (an English page has it by then), the French ones are here. */
export const formErrors = (t: CharterMessages): FormErrors => t.formErrors ?? FORM_ERRORS;

/** What the signing flow reads and writes on its element: the form's state and the signed text's settings. */
export interface SigningHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly project: string | undefined;
  readonly completion: CharterCompletion;
  _record: CharterRecord | null;
  _draft: Draft;
  _step: 'edit' | 'review';
  _errors: Partial<Record<Field, string>>;
  _message: Message;
  _busy: boolean;
  readonly _expected: readonly Signatory[];
  readonly _clauses: readonly string[];
  readonly _text: string[] | undefined;
  readonly _pad: StrokeRecorder | undefined;
  readonly _padView: typeof import('./pad') | undefined;
  readonly _locale: Locale;
  readonly _textLocale: Locale;
  readonly _t: CharterMessages;
  /** The chosen expected signatory (index), or -1 for someone else. */
  _who(): number;
  _content(): ReturnType<typeof charterContent>;
  /** The record's lifecycle: generations (a later change wins) and saves. */
  readonly _records: Pick<CharterRecords, 'bump' | 'current' | 'save'>;
  _resetDraft(method?: Draft['method']): void;
}

/** From « Relire avant de signer » to the sealed signature: the form's check, the review and the binding step. */
export class SigningFlow {
  readonly #host: SigningHost;
  #reviewedAt = new Date();
  #textHash = '';

  constructor(host: SigningHost) {
    this.#host = host;
  }

  /** The chosen expected signatory, or the person typed in the form. */
  #signatory(): Signatory {
    const h = this.#host;
    const d = h._draft;
    const chosen = h._expected[h._who()];
    if (chosen) return chosen;
    const organisation = d.organisation.trim();
    return { name: d.name.trim(), role: d.role, ...(organisation ? { organisation } : {}) };
  }

  /** Checks the form; without errors, hashes the text and shows the review step. */
  async review(): Promise<void> {
    const h = this.#host;
    const d = h._draft;
    const who = this.#signatory();
    h._errors = draftErrors(
      {
        name: who.name,
        alreadySigned: h._record?.signatures.some((s) => sameSignatory(s.signatory, who)) ?? false,
        mention: d.mention,
        method: d.method,
        typedName: d.typedName,
        hasInk: h._pad?.hasInk ?? false,
      },
      h._textLocale,
      h._t,
    );
    if (Object.keys(h._errors).length) {
      await h.updateComplete;
      h.renderRoot.querySelector<HTMLElement>('.errors')?.focus();
      return;
    }
    try {
      adoptDetailStyles(h.renderRoot);
      this.#textHash = h._record?.charter.textHash ?? (await hashCanonical(h._content()));
    } catch (error) {
      warn(h, 'signature impossible', error);
      h._message = { kind: 'alert', text: h._t.noCrypto };
      return;
    }
    this.#reviewedAt = new Date();
    await this.#show('review', '#review-title');
  }

  async #show(step: 'edit' | 'review', heading: string): Promise<void> {
    const h = this.#host;
    h._step = step;
    await h.updateComplete;
    h.renderRoot.querySelector<HTMLElement>(heading)?.focus();
  }

  /** The binding step: the signature is sealed into the record, saved, announced and the form cleared. */
  async #confirm(): Promise<void> {
    const h = this.#host;
    if (h._busy) return;
    h._busy = true;
    const generation = h._records.bump();
    const d = h._draft;
    try {
      const { record, signature, complete } = await sealSignature({
        record: h._record,
        draft: { projectTitle: h.project ?? '', locale: h._textLocale, extraClauses: h._clauses, text: h._text },
        reviewedAt: this.#reviewedAt,
        signature: {
          signatory: this.#signatory(),
          mention: d.mention,
          method: d.method,
          ...(d.method === 'typed'
            ? { typedName: d.typedName }
            : { drawing: { viewBox: h._padView?.PAD_VIEW_BOX ?? '', paths: [...(h._pad?.strokes ?? [])] } }),
        },
        expected: h._expected,
        wasComplete: h.completion.complete,
      });
      if (!h._records.current(generation)) return;
      h._record = record;
      h._records.save(record);
      h._resetDraft(d.method);
      h._message = { kind: 'status', text: h._t.signed(signature.signatory.name) };
      emit(h, 'pp-signed', { record, signature });
      if (complete) emit(h, 'pp-complete', { record });
      await h.updateComplete;
      h.renderRoot.querySelector<HTMLElement>('.message')?.focus();
    } catch (error) {
      warn(h, 'signature impossible', error);
      h._message = { kind: 'alert', text: h._t.noCrypto };
    } finally {
      h._busy = false;
    }
  }

  /** The review step, in place of the form. */
  render(): TemplateResult {
    const h = this.#host;
    const d = h._draft;
    return renderReview(
      {
        signatory: this.#signatory(),
        mention: d.mention,
        method: d.method,
        typedName: d.typedName,
        viewBox: h._padView?.PAD_VIEW_BOX ?? '',
        strokes: h._pad?.strokes ?? [],
        drawnLabel: h._padView?.padWords(h._t).padLabel(h._pad?.strokes.length ?? 0) ?? '',
        textHash: this.#textHash,
        busy: h._busy,
        back: () => void this.#show('edit', '#sign-title'),
        confirm: () => void this.#confirm(),
      },
      h._t,
      h._locale,
    );
  }
}

/** What the form holds when someone asks to review it. */
export interface DraftCheck {
  readonly name: string;
  /** The person already signed this record. */
  readonly alreadySigned: boolean;
  readonly mention: string;
  readonly method: 'typed' | 'drawn';
  readonly typedName: string;
  readonly hasInk: boolean;
}

/** The form's errors by field, in the page's language; the mention is checked in the charter's language. */
function draftErrors(
  d: DraftCheck,
  textLocale: Locale,
  m: CharterMessages,
): Partial<Record<'name' | 'mention' | 'typedName' | 'drawing', string>> {
  const t = formErrors(m);
  const errors: Partial<Record<'name' | 'mention' | 'typedName' | 'drawing', string>> = {};
  if (!d.name) errors.name = t.required;
  else if (d.alreadySigned) errors.name = t.alreadySigned;
  if (!d.mention.trim()) errors.mention = t.required;
  else if (!isApprovalMention(d.mention, textLocale)) errors.mention = t.badMention;
  if (d.method === 'typed' && !d.typedName.trim()) errors.typedName = t.required;
  if (d.method === 'drawn' && !d.hasInk) errors.drawing = t.drawingEmpty;
  return errors;
}

/**
 * The binding step: creates the record if there is none yet, adds the signature and, when
 * this signature completes the charter, the "completed" event.
 */
async function sealSignature(o: {
  record: CharterRecord | null;
  draft: CharterDraft;
  reviewedAt: Date;
  signature: SignatureInput;
  expected: readonly Signatory[];
  wasComplete: boolean;
}): Promise<{ record: CharterRecord; signature: Signature; complete: boolean }> {
  const base = o.record ?? (await createCharterRecord(o.draft, o.reviewedAt));
  const signed = await signCharterRecord(base, o.signature, { reviewedAt: o.reviewedAt });
  const complete = !o.wasComplete && charterCompletion(o.expected, signed.record.signatures).complete;
  const record = complete ? await appendCharterEvent(signed.record, { type: 'completed' }) : signed.record;
  return { record, signature: signed.signature, complete };
}

export interface ReviewView {
  signatory: Signatory;
  mention: string;
  method: 'typed' | 'drawn';
  typedName: string;
  viewBox: string;
  strokes: readonly string[];
  /** The drawn signature's name (the pad's words: the pad is loaded when someone draws). */
  drawnLabel: string;
  textHash: string;
  busy: boolean;
  back: () => void;
  confirm: () => void;
}

function renderReview(v: ReviewView, t: CharterMessages, locale: Locale): TemplateResult {
  const r = t.reviewStep ?? REVIEW;
  const x = DETAILS[locale];
  const who = v.signatory;
  return html`<section class="review" part="review" aria-labelledby="review-title">
    <h3 id="review-title" tabindex="-1">${r.reviewTitle}</h3>
    <dl>
      <dt>${t.name}</dt><dd>${who.name}</dd>
      <dt>${t.role}</dt><dd>${t.roles[who.role]}</dd>
      ${who.organisation ? html`<dt>${x.organisationShort}</dt><dd>${who.organisation}</dd>` : nothing}
      <dt>${x.mentionShort}</dt><dd>${x.quote(v.mention.trim())}</dd>
      <dt>${x.methodLabel[v.method]}</dt>
      <dd>${
        v.method === 'typed'
          ? html`<span class="typed-signature">${v.typedName}</span>`
          : html`<svg class="signature" viewBox=${v.viewBox} role="img" aria-label=${v.drawnLabel}>${v.strokes.map((d) => svg`<path d=${d}></path>`)}</svg>`
      }</dd>
      <dt>${r.reviewText}</dt><dd class="hash">${v.textHash}</dd>
    </dl>
    <p>${r.reviewIntro}</p>
    <div class="buttons">
      <button type="button" @click=${v.back}>${x.modify}</button>
      <button type="button" class="primary" ?disabled=${v.busy} @click=${v.confirm}>${r.confirm}</button>
    </div>
  </section>`;
}
