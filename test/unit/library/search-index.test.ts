import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScan, SearchIndex, searchTerms } from '../../../shared/library/search-index';

function indexOf(docs: Record<string, string>): SearchIndex {
  const index = new SearchIndex();
  for (const [id, title] of Object.entries(docs)) index.set(id, { title });
  return index;
}

const ids = (index: SearchIndex, q: string) => index.search(q).map((h) => h.id);

describe('SearchIndex', () => {
  const index = indexOf({
    a: 'Éducation thérapeutique du patient',
    b: 'Le partenariat en santé à l’hôpital',
    c: 'Patients partenaires : ŒUVRE commune',
    d: 'Formation des professionnels',
  });

  it('ignores accents, case, ligatures and typographic apostrophes', () => {
    expect(ids(index, 'education THERAPEUTIQUE')).toEqual(['a']);
    expect(ids(index, "l'hopital")).toEqual(['b']);
    expect(ids(index, 'oeuvre')).toEqual(['c']);
    expect(ids(index, 'œuvre')).toEqual(['c']);
  });

  it('treats every word as a prefix, typed as you go, and requires all words', () => {
    expect(ids(index, 'parten').sort()).toEqual(['b', 'c']);
    expect(ids(index, 'parten sant')).toEqual(['b']);
    expect(ids(index, 'parten formation')).toEqual([]);
    expect(ids(index, '')).toEqual([]);
  });

  it('is plural-insensitive', () => {
    expect(ids(index, 'patients').sort()).toEqual(['a', 'c']);
    expect(ids(index, 'professionnel')).toEqual(['d']);
  });

  it('ranks a title match above a note match, and whole words above prefixes', () => {
    const ranked = new SearchIndex();
    ranked.set('in-note', { title: 'Autre chose', note: 'charte du partenariat' });
    ranked.set('in-title', { title: 'La charte', note: '' });
    expect(ranked.search('charte').map((h) => h.id)).toEqual(['in-title', 'in-note']);
    const words = new SearchIndex();
    words.set('prefix', { title: 'Médiateurs' });
    words.set('whole', { title: 'Média' });
    expect(words.search('media').map((h) => h.id)).toEqual(['whole', 'prefix']);
  });

  it('searches every field: tags, excerpts, highlights, authors', () => {
    const fields = new SearchIndex();
    fields.set('x', {
      title: 'T',
      tags: ['oncologie'],
      excerpts: ['un passage retenu'],
      highlights: ['surligné important'],
      authors: ['Marie Dupont'],
    });
    for (const q of ['oncologie', 'passage', 'surligne', 'dupont']) expect(fields.search(q).map((h) => h.id)).toEqual(['x']);
  });

  it('replaces and deletes documents, and stays correct after compaction', () => {
    const live = new SearchIndex();
    for (let i = 0; i < 3000; i++) live.set(`d${i}`, { title: `document numero ${i} ${i % 2 ? 'impair' : 'pair'}` });
    for (let i = 0; i < 2500; i++) live.delete(`d${i}`);
    live.set('d2999', { title: 'remplacé' });
    expect(live.size).toBe(500);
    expect(live.search('impair').length).toBe(249);
    expect(live.search('remplace').map((h) => h.id)).toEqual(['d2999']);
    expect(live.search('numero').length).toBe(499);
  });

  it('finds exactly what a brute-force prefix match finds (property)', () => {
    const word = fc.constantFrom(
      'santé',
      'patient',
      'partenaire',
      'hôpital',
      'Œuvre',
      'étude',
      'ETP',
      'formation',
      'forme',
      'parcours',
      'soins',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.string({ minLength: 0, maxLength: 3, unit: fc.constantFrom('a', 'e', 'o', 'p', 's', 'f', 'é') }), {
          minLength: 1,
          maxLength: 2,
        }),
        (docs, queryWords) => {
          const idx = new SearchIndex();
          docs.forEach((words, i) => {
            idx.set(String(i), { title: words.join(' ') });
          });
          const query = queryWords.join(' ');
          const terms = searchTerms(query);
          const expected = docs
            .map((words, i) => ({ i, docTerms: searchTerms(words.join(' ')) }))
            .filter(({ docTerms }) => terms.length > 0 && terms.every((q) => docTerms.some((t) => t.startsWith(q))))
            .map(({ i }) => String(i))
            .sort();
          expect(
            idx
              .search(query)
              .map((h) => h.id)
              .sort(),
          ).toEqual(expected);
        },
      ),
    );
  });
});

describe('linearScan (the bench baseline)', () => {
  it('matches substrings accent-insensitively', () => {
    expect(
      linearScan(
        [
          { id: '1', text: 'Hôpital' },
          { id: '2', text: 'Clinique' },
        ],
        'hopi',
      ),
    ).toEqual(['1']);
  });
});
