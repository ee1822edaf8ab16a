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
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord, SignatoryRole } from '../../shared/schemas/charter';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';

export { verifyCharterRecord } from '../../shared/charter/verify';
export { adoptDetailStyles } from './lazy-styles';
export { hashCanonical };

export const VERIFY = {
  fr: {
    verifyTitle: 'Vérifier un dossier de signature',
    verifyFile: 'Dossier de signature (fichier JSON)',
    valid: 'Dossier intact : le texte et toutes les signatures sont ceux d’origine.',
    invalid: 'Attention : ce dossier a été modifié ou est incomplet. Détail ci-dessous.',
    checkText: 'Texte de la charte',
    checkModel: 'Conforme au modèle de la HAS',
    checkAdapted: 'Texte adapté du modèle de la HAS',
    said: 'indiqué dans la source',
    unsaid: 'non indiqué dans la source',
    diffTitle: 'Différences avec le modèle de la HAS',
    diffCounts: (removed: number, added: number) =>
      `Mot à mot : ${plural(removed, { one: '# mot du modèle retiré', other: '# mots du modèle retirés' }, 'fr')} (barrés), ${plural(added, { one: '# mot ajouté', other: '# mots ajoutés' }, 'fr')} (soulignés).`,
    removedWords: 'retiré du modèle\u00a0:',
    addedWords: 'ajouté\u00a0:',
    checkRecord: 'Dossier complet, sans ajout ni retrait',
    checkLog: 'Journal des événements',
    intact: 'intact',
    modified: 'modifié',
    yes: 'oui',
    no: 'non',
    absent: 'absent',
    sigText: 'texte',
    sigSignature: 'signature',
    sigMention: 'mention',
    unreadableFile: 'Ce fichier n’est pas un JSON lisible.',
    fileTooBig: 'Fichier trop volumineux (2 Mo au plus).',
    malformed: 'Ce fichier n’est pas un dossier de signature complet : il ne peut pas être vérifié.',
    technical: 'Détail technique (pour la personne qui a produit le fichier)',
    noCryptoVerify: 'La vérification a besoin d’une page sécurisée (adresse en https://).',
    storedInvalid: 'Le dossier enregistré ici ne se vérifie plus : il n’a pas été repris. Téléchargez-le pour le conserver.',
    storedOtherText:
      'Le dossier enregistré porte sur un autre intitulé, un autre texte ou d’autres clauses : il est affiché tel qu’il a été signé.',
    signaturesTitle: 'Signatures',
  },
  en: {
    verifyTitle: 'Verify a signature record',
    verifyFile: 'Signature record (JSON file)',
    valid: 'Record intact: the text and every signature are the original ones.',
    invalid: 'Warning: this record was changed or is incomplete. Details below.',
    checkText: 'Charter text',
    checkModel: 'Matches the HAS model',
    checkAdapted: 'Text adapted from the HAS model',
    said: 'stated in the source',
    unsaid: 'not stated in the source',
    diffTitle: 'Differences from the HAS model',
    diffCounts: (removed: number, added: number) =>
      `Word by word: ${plural(removed, { one: '# word of the model removed', other: '# words of the model removed' }, 'en')} (struck through), ${plural(added, { one: '# word added', other: '# words added' }, 'en')} (underlined).`,
    removedWords: 'removed from the model:',
    addedWords: 'added:',
    checkRecord: 'Record complete, nothing added or removed',
    checkLog: 'Event log',
    intact: 'intact',
    modified: 'changed',
    yes: 'yes',
    no: 'no',
    absent: 'none',
    sigText: 'text',
    sigSignature: 'signature',
    sigMention: 'mention',
    unreadableFile: 'This file is not readable JSON.',
    fileTooBig: 'File too large (2 MB at most).',
    malformed: 'This file is not a complete signature record: it cannot be verified.',
    technical: 'Technical detail (for whoever produced the file)',
    noCryptoVerify: 'Verification needs a secure page (an https:// address).',
    storedInvalid: 'The record saved in this browser no longer verifies: it was not loaded. Download it to keep it.',
    storedOtherText: 'The saved record has another title, another text or other clauses: it is shown as it was signed.',
    signaturesTitle: 'Signatures',
  },
};
export type VerifyMessages = (typeof VERIFY)['fr'];

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

export function renderReport(report: Report, t: CharterMessages, locale: Locale): TemplateResult {
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
