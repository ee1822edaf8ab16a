/**
 * Print view, loaded on the first click on « Imprimer »: the charter then one signature
 * block per signatory, on A4, in a hidden same-origin iframe so that neither the host
 * page's print stylesheet nor its layout gets in. Built with DOM calls and a constructed
 * stylesheet: nothing inline, so a strict CSP (style-src 'self') allows it.
 */
import type { CharterDocument } from '../../shared/charter/document';
import type { Locale } from '../../shared/i18n/locale';
import type { Signature } from '../../shared/schemas/charter';
import { documentLabels } from './labels';
import type { CharterMessages } from './messages';

const PRINT_CSS = `
@page { size: A4; margin: 2cm 2cm 2.2cm; }
html { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #000; background: #fff; }
body { margin: 0; }
h1 { font-size: 16pt; margin: 0 0 .2em; }
h2 { font-size: 12pt; margin: 1.2em 0 .4em; break-after: avoid; }
p { margin: 0 0 .6em; }
ul { margin: 0 0 .6em; padding-left: 1.4em; }
.muted { color: #333; font-size: 9pt; }
.footnote { font-size: 9pt; color: #333; }
.sig { border-top: 1px solid #999; padding: .6em 0; break-inside: avoid; }
.sig .name { font-weight: 700; margin: 0; }
.typed { font: italic 20pt/1.2 "Segoe Script", "Bradley Hand", "Brush Script MT", cursive; margin: .2em 0; }
.drawing, .blank { display: block; width: 6.5cm; height: 2.2cm; border: 1px solid #bbb; }
.drawing path { fill: none; stroke: #000; stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
.hash { font: 7.5pt/1.3 ui-monospace, Menlo, Consolas, monospace; word-break: break-all; color: #333; }
`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds the print document in `frame` (already in the DOM) and returns it, ready to print. */
export function buildPrintDocument(frame: HTMLIFrameElement, doc: CharterDocument, m: CharterMessages, locale: Locale): Document {
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const d = frame.contentDocument;
  if (!win || !d) throw new Error('print frame not available');
  const labels = documentLabels(m, locale);
  d.documentElement.lang = locale;
  d.title = doc.projectTitle ? `${doc.title} — ${doc.projectTitle}` : doc.title;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  d.adoptedStyleSheets = [sheet];

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const node = d.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const body = d.body;
  body.replaceChildren();
  body.append(el('h1', doc.title));
  if (doc.projectTitle) body.append(el('p', `${labels.project}${labels.sep}${doc.projectTitle}`));

  let list: HTMLUListElement | null = null;
  for (const p of doc.paragraphs) {
    if (p.kind === 'item') {
      if (!list) {
        list = el('ul');
        body.append(list);
      }
      list.lang = doc.locale;
      list.append(el('li', p.text));
      continue;
    }
    list = null;
    const para = el('p', p.text, p.kind === 'footnote' || p.kind === 'note' ? 'footnote' : undefined);
    para.lang = doc.locale;
    body.append(para);
  }
  body.append(el('p', `${labels.source}${labels.sep}${doc.source}`, 'muted'));
  // Format-1 records only: format 2 has the note among its paragraphs (signed with the text).
  if (doc.correctionNote) body.append(el('p', `${labels.correction}${labels.sep}${doc.correctionNote}`, 'muted'));

  if (doc.extraClauses.length) {
    body.append(el('h2', labels.clauses), el('p', labels.clausesNote, 'muted'));
    const ol = el('ol');
    for (const clause of doc.extraClauses) ol.append(el('li', clause));
    body.append(ol);
  }

  body.append(el('h2', labels.signatures));
  if (!doc.signatures.length && !doc.pending.length) body.append(el('p', labels.noSignature));
  for (const s of doc.signatures) {
    const block = el('section', undefined, 'sig');
    block.append(el('p', s.signatory.name, 'name'), el('p', details(s.signatory, labels)));
    block.append(el('p', `${labels.mention}${labels.sep}${labels.quote(s.mention)}`));
    block.append(el('p', labels.method(s.method), 'muted'));
    block.append(s.method === 'drawn' && s.drawing ? drawing(d, s) : el('p', s.typedName ?? '', 'typed'));
    block.append(el('p', `${labels.signedAt}${labels.sep}${labels.date(s.signedAt)} (${s.signedAt})`));
    block.append(el('p', `${labels.signatureHash}${labels.sep}${s.hash}`, 'hash'));
    body.append(block);
  }
  for (const person of doc.pending) {
    const block = el('section', undefined, 'sig');
    block.append(el('p', person.name, 'name'), el('p', details(person, labels)));
    block.append(
      el('p', `${labels.mention}${labels.sep.trimEnd()}`),
      el('p', labels.pendingSignature, 'muted'),
      el('div', undefined, 'blank'),
    );
    block.append(el('p', `${labels.signedAt}${labels.sep.trimEnd()}`));
    body.append(block);
  }
  if (doc.textHash || doc.recordHash) {
    body.append(el('h2', labels.integrity), el('p', labels.integrityNote, 'muted'));
    if (doc.textHash) body.append(el('p', `${labels.textHash}${labels.sep}${doc.textHash}`, 'hash'));
    if (doc.recordHash) body.append(el('p', `${labels.recordHash}${labels.sep}${doc.recordHash}`, 'hash'));
  }
  return d;
}

function details(person: CharterDocument['pending'][number], labels: ReturnType<typeof documentLabels>): string {
  return [labels.role(person.role), person.organisation ? `${labels.organisation}${labels.sep}${person.organisation}` : '']
    .filter(Boolean)
    .join(' — ');
}

function drawing(d: Document, s: Signature): SVGSVGElement {
  const svg = d.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'drawing');
  svg.setAttribute('viewBox', s.drawing?.viewBox ?? '0 0 600 200');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', s.signatory.name);
  for (const path of s.drawing?.paths ?? []) {
    const p = d.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', path);
    svg.append(p);
  }
  return svg;
}

/** Prints `doc` through a hidden iframe placed in `parent` (the widget's shadow root); the previous one is replaced. */
export function printCharter(
  parent: ShadowRoot | HTMLElement,
  doc: CharterDocument,
  m: CharterMessages,
  locale: Locale,
): HTMLIFrameElement {
  parent.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  // Out of sight and of the layout; set through the CSSOM (allowed by a strict CSP), so the
  // widget's first-render styles do not carry a rule only printing needs.
  for (const [name, value] of Object.entries({ position: 'fixed', width: '0', height: '0', border: '0', visibility: 'hidden' }))
    frame.style.setProperty(name, value);
  frame.title = doc.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  parent.appendChild(frame);
  buildPrintDocument(frame, doc, m, locale);
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  return frame;
}
