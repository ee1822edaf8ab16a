import { describe, expect, it } from 'vitest';
import { LibraryCatalog, NO_YEAR } from '../../../shared/library/catalog';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { makeItems } from './generate';

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
