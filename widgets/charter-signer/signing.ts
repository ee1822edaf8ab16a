/**
 * The binding part of signing, loaded when someone asks to review a signature: the review
 * step (RGAA 11.12: check before a binding action) and the code that hashes and builds
 * the record. A page that only shows the charter never downloads it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import type { Signatory } from '../../shared/schemas/charter';
import type { CharterMessages } from './messages';

export { hashCanonical } from '../../shared/charter/digest';
export { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../shared/charter/record';
export { detailStyles } from './lazy-styles';

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
  const who = v.signatory;
  return html`<section class="review" part="review" aria-labelledby="review-title">
    <h3 id="review-title" tabindex="-1">${r.reviewTitle}</h3>
    <dl>
      <dt>${t.name}</dt><dd>${who.name}</dd>
      <dt>${t.role}</dt><dd>${t.roles[who.role]}</dd>
      ${who.organisation ? html`<dt>${t.organisationShort}</dt><dd>${who.organisation}</dd>` : nothing}
      <dt>${t.mentionShort}</dt><dd>${t.quote(v.mention.trim())}</dd>
      <dt>${t.methodLabel[v.method]}</dt>
      <dd>${
        v.method === 'typed'
          ? html`<span class="typed-signature">${v.typedName}</span>`
          : html`<svg class="signature" viewBox=${v.viewBox} role="img" aria-label=${t.padLabel(v.strokes.length)}>${v.strokes.map((d) => svg`<path d=${d}></path>`)}</svg>`
      }</dd>
      <dt>${r.reviewText}</dt><dd class="hash">${v.textHash}</dd>
    </dl>
    <p>${r.reviewIntro}</p>
    <div class="buttons">
      <button type="button" @click=${v.back}>${t.modify}</button>
      <button type="button" class="primary" ?disabled=${v.busy} @click=${v.confirm}>${r.confirm}</button>
    </div>
  </section>`;
}
