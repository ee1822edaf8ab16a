/**
 * The record part of the widget — its signatures, its hashes, the JSON download, starting a new record —
 * loaded once a record exists (after the first signature, from storage or in verify mode).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord, Signature } from '../../shared/schemas/charter';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';
import { RECORD } from './record-words';

export { downloadBlob, fileName } from './download';
export { adoptDetailStyles } from './lazy-styles';

export interface RecordView {
  /** The record on screen, or a refused one (which can only be downloaded, or replaced). */
  record: CharterRecord | null;
  rejected: boolean;
  /** Sign mode: a new record may replace this one (after confirmation). */
  canRestart: boolean;
  confirming: boolean;
  download: () => void;
  ask: (confirming: boolean) => void;
  restart: () => void;
}

export function renderRecord(v: RecordView, t: CharterMessages): TemplateResult {
  const r = t.recordView ?? RECORD;
  const record = v.rejected ? null : v.record;
  const download = html`<button type="button" @click=${v.download}>${r.downloadJson}</button>`;
  return html`${
    record
      ? html`<dl><dt>${r.textHash}</dt><dd class="hash">${record.charter.textHash}</dd>
        <dt>${r.recordHash}</dt><dd class="hash">${record.recordHash}</dd></dl><p class="hint">${r.keepCopy}</p>`
      : nothing
  }
    <div class="buttons">
      ${download}
      ${v.canRestart && !v.confirming ? html`<button type="button" @click=${() => v.ask(true)}>${r.startNew}</button>` : nothing}
    </div>
    ${
      v.canRestart && v.confirming
        ? html`<div class="message alert" role="alert"><p>${r.startNewConfirm}</p><div class="buttons">
          ${download}
          <button type="button" class="primary" @click=${v.restart}>${r.startNew}</button>
          <button type="button" @click=${() => v.ask(false)}>${r.cancel}</button></div></div>`
        : nothing
    }`;
}

function signatureImage(s: Signature, locale: Locale): TemplateResult {
  return s.method === 'drawn' && s.drawing
    ? html`<svg class="signature" viewBox=${s.drawing.viewBox} role="img" aria-label=${`${DETAILS[locale].methodLabel.drawn} — ${s.signatory.name}`}>
        ${s.drawing.paths.map((d) => svg`<path d=${d}></path>`)}</svg>`
    : html`<span class="typed-signature">${s.typedName}</span>`;
}

/** A signature in the list of signatories: who, when, how, and the signature itself. */
export function renderSignature(s: Signature, person: TemplateResult, locale: Locale): TemplateResult {
  const t = DETAILS[locale];
  return html`<li>${person}
    <span class="state ok"><span aria-hidden="true">✓ </span>${t.signedOn(s.signedAt)} (${t.methodLabel[s.method]})</span>
    ${signatureImage(s, locale)}</li>`;
}
