import { html, type TemplateResult } from 'lit';
import { CORRECTED_ARTICLE, CORRECTION_MARK, itemText } from '../../shared/charter/text';

/**
 * The text's paragraphs, list items as a list. `call`, for the signed text only: the
 * 226-13 correction calls its note by a link, and the note can take the focus.
 */
export function renderParagraphs(
  paragraphs: readonly { kind: string; text: string }[],
  call?: { label: string; lang: string; go: (event: Event) => void },
): TemplateResult[] {
  const out: TemplateResult[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`);
    items = [];
  };
  const marked = CORRECTED_ARTICLE + CORRECTION_MARK;
  for (const p of paragraphs) {
    if (p.kind === 'item') {
      items.push(itemText(p.text));
      continue;
    }
    flush();
    const note = p.kind === 'note';
    const text =
      call && !note && p.text.includes(marked)
        ? p.text
            .split(marked)
            .map((part, i) =>
              i
                ? html`${CORRECTED_ARTICLE}<a href="#correction-note" lang=${call.lang} aria-label=${call.label} @click=${call.go}>${CORRECTION_MARK}</a>${part}`
                : part,
            )
        : p.text;
    out.push(
      note && call
        ? html`<p class="footnote" id="correction-note" tabindex="-1">${text}</p>`
        : html`<p class=${note || p.kind === 'footnote' ? 'footnote' : ''}>${text}</p>`,
    );
  }
  flush();
  return out;
}
