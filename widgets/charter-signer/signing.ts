/**
 * The binding part of signing, loaded when someone asks to review a signature: the review
 * step (RGAA 11.12: check before a binding action) and the code that hashes and builds
 * the record. A page that only shows the charter never downloads it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { charterCompletion } from '../../shared/charter/completion';
import { isApprovalMention } from '../../shared/charter/mention';
import {
  appendCharterEvent,
  type CharterDraft,
  createCharterRecord,
  type SignatureInput,
  signCharterRecord,
} from '../../shared/charter/record';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord, Signatory, Signature } from '../../shared/schemas/charter';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';
import { PAD_WORDS } from './pad-words';
import { FORM_ERRORS } from './signing-words';

export { hashCanonical } from '../../shared/charter/digest';
export { adoptDetailStyles } from './lazy-styles';

const REVIEW = {
  fr: {
    reviewTitle: 'Vérifiez avant de signer',
    reviewIntro:
      'En cliquant sur « Signer la charte », vous déclarez avoir lu la charte ci-dessus et l’approuver. La signature est enregistrée avec la date et l’heure, et ne peut plus être modifiée.',
    reviewText: 'Texte signé (empreinte SHA-256)',
    confirm: 'Signer la charte',
  },
  en: {
    reviewTitle: 'Check before signing',
    reviewIntro:
      'By clicking “Sign the charter”, you declare that you have read the charter above and approve it. The signature is recorded with the date and time and cannot be changed afterwards.',
    reviewText: 'Signed text (SHA-256 hash)',
    confirm: 'Sign the charter',
  },
};

export { FORM_ERRORS } from './signing-words';

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
export function draftErrors(
  d: DraftCheck,
  textLocale: Locale,
  locale: Locale,
): Partial<Record<'name' | 'mention' | 'typedName' | 'drawing', string>> {
  const t = FORM_ERRORS[locale];
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
export async function sealSignature(o: {
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
  textHash: string;
  busy: boolean;
  back: () => void;
  confirm: () => void;
}

export function renderReview(v: ReviewView, t: CharterMessages, locale: Locale): TemplateResult {
  const r = REVIEW[locale];
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
          : html`<svg class="signature" viewBox=${v.viewBox} role="img" aria-label=${PAD_WORDS[locale].padLabel(v.strokes.length)}>${v.strokes.map((d) => svg`<path d=${d}></path>`)}</svg>`
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
