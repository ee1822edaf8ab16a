/**
 * The record's section: the record view (hashes, JSON download, « start a new record »),
 * once its module is loaded, and the print and PDF buttons, whose code is fetched on click.
 * File names carry the project's title (see `fileTitle`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CharterDocument } from '../../shared/charter/document';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord } from '../../shared/schemas/charter';
import { warn } from '../internal/warn';
import type { CharterMessages } from './messages';
import type { Report } from './records';
import type { Message } from './state';

/** What the record's section reads and writes on its element. */
export interface ActionsHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly mode: string | undefined;
  readonly project: string | undefined;
  readonly _record: CharterRecord | null;
  readonly _rejected: unknown;
  readonly _verification: Report | null;
  readonly _recordView: typeof import('./record-view') | undefined;
  _confirmNew: boolean;
  _message: Message;
  readonly _locale: Locale;
  readonly _t: CharterMessages;
  _document(record: CharterRecord | null): CharterDocument;
  /** Forgets the record (and the stored one) and clears the form. */
  _startNew(): void;
}

/** The record on screen: the checked one in verify mode, else the one being signed. */
const shown = (h: ActionsHost): CharterRecord | null => (h.mode === 'verify' ? (h._verification?.record ?? null) : h._record);

/**
 * The title in file names. Signing, the project as the host names it now: a renamed
 * project's exports follow it (issue 20), while the signed text keeps the title it was
 * signed under. Verifying, the checked record's own: the file says which project it is.
 */
function fileTitle(h: ActionsHost): string {
  const recorded = shown(h)?.charter.projectTitle;
  const current = h.project?.trim();
  return (h.mode === 'verify' ? recorded : current || recorded) ?? current ?? '';
}

/** The JSON download is a button of the record view, so its module is here when it is clicked. */
function downloadJson(h: ActionsHost, value: unknown): void {
  const view = h._recordView;
  if (!view) return;
  view.downloadBlob(
    new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }),
    view.fileName(h._t.fileBase, fileTitle(h), '.json'),
    h.renderRoot,
  );
}

async function print(h: ActionsHost): Promise<void> {
  try {
    const { printCharter } = await import('./print');
    printCharter(h.renderRoot as ShadowRoot, h._document(shown(h)), h._t, h._locale);
  } catch (error) {
    warn(h, 'impression impossible', error);
    h._message = { kind: 'alert', text: h._t.outputFailed };
  }
}

async function downloadPdf(h: ActionsHost): Promise<void> {
  try {
    const [{ charterPdfBlob }, { downloadBlob, fileName }] = await Promise.all([import('./pdf-export'), import('./download')]);
    downloadBlob(
      charterPdfBlob(h._document(shown(h)), h._t, h._locale),
      fileName(h._t.fileBase, fileTitle(h), '.pdf'),
      h.renderRoot,
    );
  } catch (error) {
    warn(h, 'PDF impossible', error);
    h._message = { kind: 'alert', text: h._t.outputFailed };
  }
}

export function renderActions(h: ActionsHost, record: CharterRecord | null): TemplateResult {
  const t = h._t;
  const view = h._recordView;
  const rejected = h._rejected !== undefined;
  return html`<section part="actions" aria-labelledby="record-title">
    <h3 id="record-title">${t.record}</h3>
    ${
      view && (record || rejected)
        ? view.renderRecord(
            {
              record,
              rejected,
              canRestart: h.mode !== 'verify',
              confirming: h._confirmNew,
              download: () => downloadJson(h, rejected ? h._rejected : record),
              ask: (confirming) => (h._confirmNew = confirming),
              restart: () => h._startNew(),
            },
            t,
          )
        : nothing
    }
    <div class="buttons">
      <button type="button" @click=${() => print(h)}>${t.print}</button>
      <button type="button" @click=${() => downloadPdf(h)}>${t.downloadPdf}</button>
    </div>
  </section>`;
}
