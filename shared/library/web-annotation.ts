/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD with
 * the standard context http://www.w3.org/ns/anno.jsonld, for annotation tools (Hypothesis,
 * Recogito…) and archives. One AnnotationCollection with one AnnotationPage holding every
 * annotation, in library order:
 *   - `target.source` is the page's address; `target.selector` the selectors AS STORED
 *     (TextQuoteSelector, TextPositionSelector in code points, CssSelector — the model's
 *     own types: alternatives that each identify the same passage);
 *   - the note is a TextualBody, `format: "text/markdown"`, `purpose: "commenting"`;
 *   - the meaning is a TextualBody with `purpose: "tagging"` (its label);
 *   - `motivation` is "commenting" when there is a note, "highlighting" otherwise.
 * Ids that are UUIDs become `urn:uuid:…` (an IRI, as the model requires); others `urn:binome:annotation:…`.
 */
import type { Locale } from '../i18n/locale';
import type { Annotation } from '../schemas/annotation';
import type { LibraryItem } from '../schemas/clip';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:binome:annotation:${encodeURIComponent(id)}`;
}

export interface WebAnnotationOptions {
  readonly locale?: Locale;
  /** Meaning id (the annotation's `colour`) → label; the id itself when unknown. */
  readonly meaningLabels?: Readonly<Record<string, string>>;
  readonly exportedAt?: string;
}

/** One annotation as a W3C Web Annotation object (without `@context`: the collection carries it). */
export function toWebAnnotation(annotation: Annotation, options: WebAnnotationOptions = {}): Record<string, unknown> {
  const label = options.meaningLabels?.[annotation.colour] ?? annotation.colour;
  const body: Record<string, unknown>[] = [];
  if (annotation.note)
    body.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/markdown',
      purpose: 'commenting',
      ...(options.locale ? { language: options.locale } : {}),
    });
  body.push({ type: 'TextualBody', value: label, purpose: 'tagging' });
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: { source: annotation.source, selector: annotation.selectors.map((s) => ({ ...s })) },
  };
}

/**
 * The export as chunks (header, one chunk per annotation, footer), like the other formats.
 * Annotations follow their items' order; each item's highlights in document order (by position).
 */
export function* webAnnotationChunks(
  items: readonly LibraryItem[],
  annotations: readonly Annotation[],
  options: WebAnnotationOptions = {},
): Generator<string> {
  const order = new Map(items.map((item, index) => [item.id, index]));
  const start = (a: Annotation) => a.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? 0;
  const sorted = annotations
    .filter((a) => order.has(a.itemId))
    .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0) || start(a) - start(b));
  const label = options.locale === 'en' ? 'Binôme highlights' : 'Surlignages Binôme';
  const header = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: sorted.length,
    ...(options.exportedAt ? { modified: options.exportedAt } : {}),
  };
  const open = JSON.stringify(header).slice(0, -1);
  yield `${open},"first":{"type":"AnnotationPage","startIndex":0,"items":[\n`;
  for (let i = 0; i < sorted.length; i++)
    yield `${i ? ',\n' : ''}${JSON.stringify(toWebAnnotation(sorted[i] as Annotation, options))}`;
  yield '\n]}}\n';
}
