import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  linearScan,
  SEARCH_FIELDS,
  SEARCH_VERSION,
  type SearchDocFields,
  type SearchField,
  type SearchHit,
  SearchIndex,
  searchTerms,
  textPieces,
} from '../../../../shared/library/search-index';

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

/** The weights the index gives each field (search-index.ts FIELD_WEIGHT), restated: a change there must show here. */
const WEIGHTS: Record<SearchField, number> = {
  title: 8,
  tags: 6,
  authors: 4,
  note: 3,
  highlights: 3,
  excerpts: 2,
  description: 2,
  site: 2,
  ids: 4,
};

/**
 * The plain search, without an index: every document's terms per field, computed from the
 * whole text at once by searchTerms; every query word a prefix of some term, all words
 * required; score = for each word, each matching term's weight (the fields it occurs in),
 * doubled for the whole word; best first, then in the order documents were (last) added.
 */
function plainSearch(docs: ReadonlyMap<string, SearchDocFields>, query: string): SearchHit[] {
  const words = [...new Set(searchTerms(query))];
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const [id, fields] of docs) {
    const weight = new Map<string, number>();
    for (const field of SEARCH_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : value.join(' \n ');
      for (const term of new Set(searchTerms(text))) weight.set(term, (weight.get(term) ?? 0) + WEIGHTS[field]);
    }
    let score = 0;
    let all = true;
    for (const word of words) {
      let found = false;
      for (const [term, w] of weight) {
        if (!term.startsWith(word)) continue;
        found = true;
        score += w * (term === word ? 2 : 1);
      }
      if (!found) all = false;
    }
    if (all) hits.push({ id, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Text with what normalisation must get right: accents (composed or not), case, ligatures, apostrophes, odd spaces, Greek sigma. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'santé',
        'Sante\u0301',
        'PATIENTS',
        'partenaire',
        'Hôpitaux',
        'hôpital',
        'Œuvre',
        'cœur',
        'l’équipe',
        "d'ETP",
        'ΟΔΟΣ',
        // U+FEFF is white space to JavaScript but not a word break for the case mapping: Σ stays σ.
        'ΟΔΟΣ\ufeffΑ',
        'Σ',
        'σ',
        'İstanbul',
        'ﬁche',
        'co-construction',
        '2026',
        'a',
        'e-Satis',
      ),
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u202f', '\u2009', '\ufeff', '\u3000', '.', ',', '’', '\u0301', '-', ''),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('SearchIndex: same results as the plain search', () => {
  it('cuts texts into pieces whose terms are the whole text’s terms, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(trickyText, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })),
        (text) => {
          expect(textPieces(text).flatMap(searchTerms)).toEqual(searchTerms(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('ranks, scores and filters as the plain search, through additions, replacements and deletions (property)', () => {
    const fieldText = fc.oneof(trickyText, fc.array(trickyText, { maxLength: 3 }));
    const doc = fc.record(Object.fromEntries(SEARCH_FIELDS.map((f) => [f, fieldText])) as Record<SearchField, typeof fieldText>, {
      requiredKeys: [],
    });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), id: fc.integer({ min: 0, max: 12 }), doc }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 12 }) }),
    );
    const query = fc.oneof(
      trickyText,
      fc.constantFrom(
        'sant',
        'patient',
        'hopitau',
        'oeuvre',
        'coeur',
        'equipe',
        'etp',
        'οδος',
        'σ',
        'fiche',
        'co constr',
        '202',
        'p s',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (ops, queries, bulk) => {
          const index = new SearchIndex();
          const docs = new Map<string, SearchDocFields>();
          if (bulk) {
            // The side panel's first load: many documents at once.
            const first = ops.filter((o) => o.kind === 'set');
            index.setMany(first.map((o) => [String(o.id), o.doc] as const));
            for (const o of first) {
              docs.delete(String(o.id));
              docs.set(String(o.id), o.doc);
            }
          } else {
            for (const o of ops) {
              const id = String(o.id);
              docs.delete(id);
              if (o.kind === 'set') {
                index.set(id, o.doc);
                docs.set(id, o.doc);
              } else index.delete(id);
            }
          }
          for (const q of queries) expect(index.search(q)).toEqual(plainSearch(docs, q));
          // The same index as plain data (as the extension keeps it), read back, then written to.
          const restored = SearchIndex.fromSnapshot(structuredClone(index.toSnapshot()));
          for (const q of queries) expect(restored.search(q)).toEqual(plainSearch(docs, q));
          for (const o of ops.slice(0, 6)) {
            if (o.kind === 'set') {
              docs.delete(`again-${o.id}`); // a replaced document goes last, as in the index
              restored.set(`again-${o.id}`, o.doc);
              docs.set(`again-${o.id}`, o.doc);
            } else {
              restored.delete(String(o.id));
              docs.delete(String(o.id));
            }
          }
          for (const q of queries) expect(restored.search(q)).toEqual(plainSearch(docs, q));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same results as the plain search on a generated library of 1 000 items', async () => {
    const { makeItems } = await import('../../../helpers/library-items');
    const { searchFieldsOf } = await import('../../../../shared/library/catalog');
    const docs = new Map(makeItems(1000, 7).map((item) => [item.id, searchFieldsOf(item, item.note ? [item.note] : [])]));
    const index = new SearchIndex();
    index.setMany(docs);
    for (const q of [
      'partenariat',
      'patient partenaire',
      'educ therap',
      'ETP',
      'sante mentale',
      'oeuvre',
      'p',
      '1',
      'e-satis',
      'dupont',
    ])
      expect(index.search(q)).toEqual(plainSearch(docs, q));
  });
});

describe('SearchIndex snapshots', () => {
  it('refuses a snapshot of another search version (the extension rebuilds it)', () => {
    const index = new SearchIndex();
    index.set('a', { title: 'Charte' });
    const snapshot = { ...index.toSnapshot(), version: SEARCH_VERSION + 1 };
    expect(() => SearchIndex.fromSnapshot(snapshot)).toThrow(/version/);
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
