/**
 * The charter signer's first screen, as functions of what they show: the charter (its text,
 * source, note and clauses), the signatories with the completion status, and the message line.
 * The element (charter-signer.ts) owns the state and passes it in.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { CharterCompletion } from '../../shared/charter/completion';
import type { CharterDocument } from '../../shared/charter/document';
import { charterParagraphs } from '../../shared/charter/text';
import { hasCharterTexts, loadCharterTexts } from '../../shared/charter/texts';
import type { Locale } from '../../shared/i18n/locale';
import type { Signatory, Signature } from '../../shared/schemas/charter';
import { warn } from '../internal/warn';
import { type CharterMessages, OTHER_VERSION } from './messages';
import { renderParagraphs } from './paragraphs';
import type { Message } from './state';

type RecordView = typeof import('./record-view');

/** The status or alert line; focusable, so that the element can move the focus to it. */
export function renderMessage(m: Message): TemplateResult | typeof nothing {
  return m
    ? html`<p class="message ${m.kind === 'alert' ? 'alert' : ''}" role=${m.kind} tabindex="-1" part="message">${m.text}</p>`
    : nothing;
}

/** The call « * » leads to its note inside the shadow root (a fragment link would change the host page's URL). */
function toNote(event: Event): void {
  event.preventDefault();
  ((event.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLElement>('#correction-note')?.focus();
}

/** The other-language version is fetched when someone opens it (the French text is the one signed). */
function onTranslationToggle(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  const lang = details.lang as Locale;
  if (!details.open || hasCharterTexts(lang)) return;
  const host = (details.getRootNode() as ShadowRoot).host as ReactiveElement;
  loadCharterTexts(lang).then(
    () => host.requestUpdate(),
    (error: unknown) => warn(host, 'module non chargé', error),
  );
}

/** The charter; `editing` adds the notice and the other-language version of the model. */
export function renderCharter(doc: CharterDocument, editing: boolean, t: CharterMessages, locale: Locale): TemplateResult {
  const other = OTHER_VERSION[doc.locale];
  const lang = doc.locale;
  return html`<article class="charter" part="charter" aria-labelledby="charter-title">
    <h2 id="charter-title" lang=${lang}>${doc.title}</h2>
    ${doc.projectTitle ? html`<p><strong>${t.project}${t.sep}</strong>${doc.projectTitle}</p>` : html`<p class="hint">${t.noProject}</p>`}
    ${editing ? html`<p class="notice" part="notice">${t.notice}</p>` : nothing}
    <div class="text" part="text" lang=${lang}>${renderParagraphs(doc.paragraphs, { label: t.noteCall, lang: locale, go: toNote })}</div>
    ${
      editing && doc.origin === 'model'
        ? html`<details lang=${other.lang} @toggle=${onTranslationToggle}><summary>${other.summary}</summary>
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

/** Who has signed (drawn by the record view, once loaded), who is awaited, and what is missing. */
export function renderSignatories(
  doc: CharterDocument,
  signatures: readonly Signature[],
  c: CharterCompletion,
  t: CharterMessages,
  locale: Locale,
  recordView: RecordView | undefined,
): TemplateResult {
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
          ${signatures.map((s) => recordView?.renderSignature(s, person(s.signatory), locale) ?? nothing)}
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
