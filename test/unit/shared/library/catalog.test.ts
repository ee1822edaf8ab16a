import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_FORMAT, type FacetSelection, LibraryCatalog, NO_YEAR, SORTS } from '../../../../shared/library/catalog';
import type { LibraryItem } from '../../../../shared/schemas/clip';
import { makeItems } from '../../../helpers/library-items';

function item(id: string, fields: Partial<LibraryItem>): LibraryItem {
  return { ...makeItems(1)[0]!, id, url: `https://${id}.exemple.fr/page`, tags: [], domains: [], ...fields };
}

const items = [
  item('g1', {
    title: 'Guide du partenariat',
    resourceType: 'guide',
    domains: ['recherche'],
    tags: ['ETP'],
    publishedAt: '2026-05-28',
    createdAt: '2026-01-03T00:00:00.000Z',
  }),
  item('g2', {
    title: 'Autre guide',
    resourceType: 'guide',
    domains: ['offre_soins'],
    tags: [],
    publishedAt: undefined,
    publishedPartial: '2021',
    createdAt: '2026-01-01T00:00:00.000Z',
  }),
  item('f1', {
    title: 'Formation DU',
    resourceType: 'formation',
    domains: ['formation_enseignement', 'recherche'],
    tags: ['ETP', 'DU'],
    publishedAt: undefined,
    createdAt: '2026-01-02T00:00:00.000Z',
  }),
];

describe('LibraryCatalog', () => {
  const catalog = new LibraryCatalog();
  catalog.upsertMany(items);

  it('lists everything newest first without a query', () => {
    const result = catalog.query();
    expect(result.ids).toEqual(['g1', 'f1', 'g2']);
    expect(result.sort).toBe('recent');
  });

  it('counts facets disjunctively: a facet ignores its own selection', () => {
    const result = catalog.query({ facets: { type: ['guide'] } });
    expect([...result.ids].sort()).toEqual(['g1', 'g2']);
    expect(result.facets.type).toEqual([
      { value: 'guide', count: 2 },
      { value: 'formation', count: 1 },
    ]);
    expect(result.facets.domain).toEqual([
      { value: 'offre_soins', count: 1 },
      { value: 'recherche', count: 1 },
    ]);
    expect(result.facets.year).toEqual([
      { value: '2021', count: 1 },
      { value: '2026', count: 1 },
    ]);
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(catalog.query({ facets: { domain: ['recherche', 'offre_soins'] } }).ids.length).toBe(3);
    expect(catalog.query({ facets: { domain: ['recherche'], tag: ['DU'] } }).ids).toEqual(['f1']);
    expect(catalog.query({ facets: { year: [NO_YEAR] } }).ids).toEqual(['f1']);
  });

  it('combines text and facets, and sorts by title or publication', () => {
    expect(catalog.query({ text: 'guide', facets: { domain: ['recherche'] } }).ids).toEqual(['g1']);
    expect(catalog.query({ sort: 'title' }).ids).toEqual(['g2', 'f1', 'g1']);
    expect(catalog.query({ sort: 'published' }).ids).toEqual(['g1', 'g2', 'f1']);
    expect(catalog.query({ sort: 'oldest' }).ids).toEqual(['g2', 'f1', 'g1']);
  });

  it('follows upserts and removals', () => {
    const live = new LibraryCatalog();
    live.upsertMany(items);
    live.upsert({ ...items[1]!, title: 'Renommé' }, ['surlignage remarquable']);
    expect(live.query({ text: 'remarquable' }).ids).toEqual(['g2']);
    expect(live.query({ text: 'autre' }).ids).toEqual([]);
    live.remove('g1');
    expect(live.query().ids).toEqual(['f1', 'g2']);
    expect(live.size).toBe(2);
  });
});

describe('LibraryCatalog snapshots (what the side panel keeps in IndexedDB)', () => {
  const QUERIES = ['', 'partenariat', 'patient partenaire', 'educ therap', 'ETP', 'sante mentale', 'oeuvre', 'p', '1', 'dupont'];
  const SELECTIONS: FacetSelection[] = [
    {},
    { type: ['guide'] },
    { tag: ['ETP', 'DU'], year: [NO_YEAR] },
    { domain: ['recherche'] },
  ];

  function sameAnswers(a: LibraryCatalog, b: LibraryCatalog): void {
    expect(b.size).toBe(a.size);
    for (const text of QUERIES)
      for (const facets of SELECTIONS)
        for (const sort of SORTS) expect(b.query({ text, facets, sort })).toEqual(a.query({ text, facets, sort }));
  }

  it('answers every query, facet and sort as the catalog it was taken of, after a structured clone', () => {
    const original = new LibraryCatalog();
    original.upsertMany(makeItems(400, 3), (id) => (id.endsWith('7') ? ['Surlignage sur la santé mentale'] : []));
    original.remove('item-3-10');
    const restored = new LibraryCatalog();
    restored.restore(structuredClone(original.toSnapshot()));
    sameAnswers(original, restored);
  });

  it('keeps following upserts and removals after being restored (property)', () => {
    const pool = makeItems(60, 5);
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('upsert' as const),
        i: fc.nat(59),
        title: fc.constantFrom('', 'Charte', 'Guide ETP', 'Œuvre'),
      }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat(59) }),
    );
    const apply = (catalog: LibraryCatalog, o: { kind: 'upsert' | 'remove'; i: number; title?: string }) => {
      const item = pool[o.i] as LibraryItem;
      if (o.kind === 'remove') catalog.remove(item.id);
      else catalog.upsert({ ...item, title: `${o.title} ${item.title}` }, o.title ? [o.title] : []);
    };
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), fc.array(op, { maxLength: 20 }), (before, after) => {
        const live = new LibraryCatalog();
        live.upsertMany(pool.slice(0, 40));
        for (const o of before) apply(live, o);
        const restored = new LibraryCatalog();
        restored.restore(structuredClone(live.toSnapshot()));
        for (const o of after) {
          apply(live, o);
          apply(restored, o);
        }
        sameAnswers(live, restored);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a snapshot of another format (the page rebuilds instead)', () => {
    const snapshot = { ...new LibraryCatalog().toSnapshot(), format: 'catalog-0/search-0' };
    expect(() => new LibraryCatalog().restore(snapshot)).toThrow(/catalog-0/);
    expect(CATALOG_FORMAT).toMatch(/^catalog-\d+\/search-\d+$/);
  });
});
