import { describe, expect, it } from 'vitest';
import { EXPORT_FILES, exportChunks, exportText } from '../../../../shared/library/export-formats';
import { ANNO_CONTEXT, annotationIri, toWebAnnotation } from '../../../../shared/library/web-annotation';
import type { Annotation } from '../../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../../shared/schemas/clip';

const item: LibraryItem = {
  schemaVersion: 1,
  id: 'item-1',
  url: 'https://www.chu-exemple.fr/partenariat/bilan',
  title: 'Un an de partenariat',
  resourceType: 'autre',
  domains: [],
  tags: [],
  authors: [],
  excerpts: [],
  note: '',
  projectIds: [],
  isPdf: false,
  consultedAt: '2026-06-01T10:00:00.000Z',
  createdAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
} as unknown as LibraryItem;

const later: Annotation = {
  id: '0b6f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  itemId: 'item-1',
  source: 'https://www.chu-exemple.fr/partenariat/bilan',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'le comité des usagers', prefix: 'présenté au ', suffix: ' le bilan' },
    { type: 'TextPositionSelector', start: 900, end: 921 },
    { type: 'CssSelector', value: 'article > p:nth-of-type(5)' },
  ],
  colour: 'a-citer',
  note: '**À citer** dans le rapport\n\n- avec la date',
  created: '2026-06-01T10:00:00.000Z',
  modified: '2026-06-02T08:00:00.000Z',
};
const earlier: Annotation = {
  id: 'hl_2',
  itemId: 'item-1',
  source: 'https://www.chu-exemple.fr/partenariat/bilan',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'savoir expérientiel' },
    { type: 'TextPositionSelector', start: 120, end: 139 },
  ],
  colour: 'idee',
  created: '2026-06-01T10:00:00.000Z',
  modified: '2026-06-01T10:00:00.000Z',
};
const stray: Annotation = { ...earlier, id: 'stray', itemId: 'not-exported' };

const labels = { 'a-citer': 'À citer', question: 'Question' };

describe('W3C Web Annotation JSON-LD export', () => {
  const text = exportText(
    'webannotation',
    { items: [item], annotations: [later, earlier, stray] },
    { locale: 'fr', meaningLabels: labels },
  );
  const doc = JSON.parse(text);

  it('is one AnnotationCollection in the anno.jsonld context, in document order, only for exported items', () => {
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items.map((a: { id: string }) => a.id)).toEqual([annotationIri('hl_2'), annotationIri(later.id)]);
    expect(EXPORT_FILES.webannotation.extension).toBe('jsonld');
  });

  it('targets the page with the selectors as stored, a Markdown note body and a tagging body for the meaning', () => {
    const anno = doc.first.items[1];
    expect(anno).toEqual({
      id: 'urn:uuid:0b6f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-06-01T10:00:00.000Z',
      modified: '2026-06-02T08:00:00.000Z',
      body: [
        { type: 'TextualBody', value: later.note, format: 'text/markdown', purpose: 'commenting', language: 'fr' },
        { type: 'TextualBody', value: 'À citer', purpose: 'tagging' },
      ],
      target: { source: later.source, selector: later.selectors },
    });
  });

  it('a highlight without note is "highlighting"; an unknown meaning is tagged with its id; ids are IRIs', () => {
    const plain = toWebAnnotation(earlier, { meaningLabels: labels });
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body).toEqual([{ type: 'TextualBody', value: 'idee', purpose: 'tagging' }]);
    expect(annotationIri('a b/c')).toBe('urn:binome:annotation:a%20b%2Fc');
  });

  it('is valid JSON even when empty, and is produced chunk by chunk', () => {
    expect(JSON.parse(exportText('webannotation', { items: [item], annotations: [] })).first.items).toEqual([]);
    expect([...exportChunks('webannotation', { items: [item], annotations: [later, earlier] })]).toHaveLength(4);
  });
});

describe('Markdown export: highlights quoted under their page with meaning and note', () => {
  it('lists them in the order of the text, each with its meaning label and note', () => {
    const md = exportText('markdown', { items: [item], annotations: [later, earlier] }, { locale: 'fr', meaningLabels: labels });
    const section = md.slice(md.indexOf('### Surlignages'));
    expect(section).toBe(
      [
        '### Surlignages',
        '',
        '> savoir expérientiel',
        '',
        '*Sens : idee*',
        '',
        '> le comité des usagers',
        '',
        '\\*\\*À citer\\*\\* dans le rapport \\- avec la date',
        '',
        '*Sens : À citer*',
        '',
      ].join('\n'),
    );
    expect(exportText('markdown', { items: [item], annotations: [earlier] }, { locale: 'en' })).toContain('*Meaning : idee*');
  });
});
