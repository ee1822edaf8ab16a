/**
 * The verification report (verify mode), loaded with the verifier only when a page uses
 * `mode="verify"` or a stored record must be checked: per signature, whether the text and
 * the signature are intact, in words and symbols, never by colour alone; for a text that
 * is not the HAS model (an establishment's adaptation), what differs from the model, word
 * by word (the diff is fetched only then).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hashCanonical } from '../../shared/charter/digest';
import { charterContentV1 } from '../../shared/charter/model-check';
import type { ModelDiff } from '../../shared/charter/model-diff';
import type { charterContent } from '../../shared/charter/text';
import type { CharterVerification } from '../../shared/charter/verify';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord, SignatoryRole } from '../../shared/schemas/charter';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';
import { VERIFY, type VerifyMessages } from './verify-words';

export { verifyCharterRecord } from '../../shared/charter/verify';
export { adoptDetailStyles } from './lazy-styles';
export { VERIFY, type VerifyMessages } from './verify-words';
export { hashCanonical };

const MAX_FILE_BYTES = 2_000_000;

/** A report, with the word diff when the record's text is not the HAS model. */
export type Report = CharterVerification & { diff?: ModelDiff };

/** Adds the diff to a report whose text differs from the model (the diff module is fetched then, and only then). */
export async function withDiff(report: CharterVerification): Promise<Report> {
  const record = report.record;
  if (!record || report.matchesModel) return report;
  const { modelDiff } = await import('../../shared/charter/model-diff');
  return { ...report, diff: modelDiff(record.charter, record.schemaVersion) };
}

/** Is `record` signed on the text this page shows now (compared in the record's own format)? */
export async function sameText(record: CharterRecord, content: ReturnType<typeof charterContent>): Promise<boolean> {
  const current =
    record.schemaVersion === 1
      ? content.origin === 'model' && charterContentV1(content.projectTitle, content.locale, content.extraClauses)
      : content;
  return current !== false && (await hashCanonical(current)) === record.charter.textHash;
}

export interface VerifyHead {
  report: Report | null;
  crypto: boolean;
  message: unknown;
  /** A chosen file's parsed JSON, or why it could not be read. */
  file: (value: unknown, error?: string) => void;
}

/** Verify mode: the file field, then the report. */
export function renderVerify(h: VerifyHead, t: CharterMessages, locale: Locale): TemplateResult {
  const v = VERIFY[locale];
  const read = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return h.file(undefined, v.fileTooBig);
    try {
      h.file(JSON.parse(await file.text()) as unknown);
    } catch {
      h.file(undefined, v.unreadableFile);
    }
  };
  return html`<section aria-labelledby="verify-title">
    <h2 id="verify-title">${v.verifyTitle}</h2>
    <p class="notice" part="notice">${t.notice}</p>
    ${
      h.crypto
        ? html`<div class="field"><label for="file">${v.verifyFile}</label>
          <input id="file" type="file" accept=".json,application/json" @change=${read} /></div>`
        : html`<p class="message alert" role="alert" part="message">${v.noCryptoVerify}</p>`
    }
    ${h.message} ${h.report ? renderReport(h.report, t, locale) : nothing}
  </section>`;
}

function renderReport(report: Report, t: CharterMessages, locale: Locale): TemplateResult {
  const v = VERIFY[locale];
  const state = (ok: boolean | null, yes = v.intact, no = v.modified) =>
    ok === null
      ? html`<span class="state">${v.absent}</span>`
      : html`<span class="state ${ok ? 'ok' : 'ko'}"><span aria-hidden="true">${ok ? '✓ ' : '✗ '}</span>${ok ? yes : no}</span>`;
  return html`
    <section part="report" aria-labelledby="report-title">
      <h3 id="report-title" class="pp-visually-hidden">${t.record}</h3>
      <p class="message ${report.valid ? '' : 'alert'}" role=${report.valid ? 'status' : 'alert'}>${report.valid ? v.valid : v.invalid}</p>
      ${
        // The schema's message names fields by their JSON path: kept for whoever produced the file, not as the sentence people read.
        report.message
          ? html`<p class="error">${v.malformed}</p><details><summary>${v.technical}</summary><p class="hash">${report.message}</p></details>`
          : nothing
      }
      <ul>
        <li>${v.checkText}${t.sep}${state(report.textIntact)}</li>
        <li>${
          report.adapted
            ? html`${v.checkAdapted}${t.sep}${state(report.originOk, v.said, v.unsaid)}`
            : html`${v.checkModel}${t.sep}${state(report.matchesModel, v.yes, v.no)}`
        }</li>
        <li>${v.checkRecord}${t.sep}${state(report.recordIntact)}</li>
        <li>${v.checkLog}${t.sep}${state(report.logIntact)}</li>
      </ul>
      ${
        report.signatures.length
          ? html`<div class="table">
            <table>
              <caption class="pp-visually-hidden">${v.signaturesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.signatories}</th>
                  <th scope="col">${DETAILS[locale].signedAtShort}</th>
                  <th scope="col">${v.sigText}</th>
                  <th scope="col">${v.sigSignature}</th>
                  <th scope="col">${v.sigMention}</th>
                </tr>
              </thead>
              <tbody>
                ${report.signatures.map(
                  (s) => html`<tr>
                    <th scope="row">${s.name || '—'}${s.role in t.roles ? html`<br /><span class="muted">${t.roles[s.role as SignatoryRole]}</span>` : nothing}</th>
                    <td>${s.signedAt ? DETAILS[locale].date(s.signedAt) : '—'}</td>
                    <td>${state(s.textIntact)}</td>
                    <td>${state(s.signatureIntact)}</td>
                    <td>${state(s.mentionOk, v.yes, v.no)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
      ${report.diff && report.record ? renderDiff(report.diff, report.record.charter.locale, v) : nothing}
    </section>
  `;
}

/**
 * The text with what the establishment removed from the model struck through and what it
 * added underlined; screen readers hear « retiré du modèle : » / « ajouté : » before each
 * change (del and ins are not announced by most of them).
 */
function renderDiff(diff: ModelDiff, lang: Locale, v: VerifyMessages): TemplateResult {
  return html`<section class="diff" aria-labelledby="diff-title">
    <h4 id="diff-title">${v.diffTitle}</h4>
    <p>${v.diffCounts(diff.removed, diff.added)}</p>
    <div class="text" lang=${lang}>${diff.paragraphs.map(
      (runs) =>
        html`<p>${runs.map((run, i) => {
          const space = i ? ' ' : '';
          return run.kind === 'same'
            ? space + run.text
            : run.kind === 'removed'
              ? html`${space}<del><span class="pp-visually-hidden">${v.removedWords} </span>${run.text}</del>`
              : html`${space}<ins><span class="pp-visually-hidden">${v.addedWords} </span>${run.text}</ins>`;
        })}</p>`,
    )}</div>
  </section>`;
}
