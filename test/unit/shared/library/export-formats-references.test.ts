/**
 * The RIS and BibTeX exports read back by parsers we did not write: the parser behind
 * Better BibTeX for Zotero (@retorquere/bibtex-parser) and citation-js's RIS plugin.
 * What the library holds must come back as it was — titles, people, organisations,
 * addresses and DOIs with `{}_%#&~`, accents — or, for a brace that would break a .bib
 * field, as the same address percent-encoded.
 */
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { type Creator, type Entry, parse as parseBibtex } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportText } from '../../../../shared/library/export-formats';
import { type LibraryItem, LibraryItemSchema } from '../../../../shared/schemas/clip';
import { isHttpUrl } from '../../../../shared/schemas/common';

const base: LibraryItem = {
  schemaVersion: 1,
  id: 'r1',
  url: 'https://revue.exemple.org/article/61',
  title: 'Titre',
  authors: [],
  isPdf: false,
  consultedAt: '2026-11-22T10:00:00.000Z',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  excerpts: [],
  resourceType: 'article_scientifique',
  domains: [],
  tags: [],
  note: '',
  projectIds: [],
};

function item(patch: Partial<LibraryItem>, i = 0): LibraryItem {
  // Every item is one the library could hold: the schema says so.
  return LibraryItemSchema.parse({ ...base, id: `r${i}`, ...patch });
}

/** English-style sentence casing is Zotero's policy, not what is tested here. */
function readBibtex(items: LibraryItem[]): Entry[] {
  const library = parseBibtex(exportText('bibtex', { items }), { english: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(items.length);
  return library.entries;
}

async function readRis(items: LibraryItem[]): Promise<CslItem[]> {
  const cite = await Cite.async(exportText('ris', { items }), { forceType: '@ris/file' });
  expect(cite.data).toHaveLength(items.length);
  return cite.data;
}

/** A .bib creator as "Family, Given" (with its particle), or the organisation's name. */
function bibName(c: Creator): string {
  return c.name ?? `${[c.prefix, c.lastName].filter(Boolean).join(' ')}, ${c.firstName}`;
}

function cslName(n: CslName): string {
  return n.literal ?? `${[n['non-dropping-particle'], n['dropping-particle'], n.family].filter(Boolean).join(' ')}, ${n.given}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Undoes the only percent-encoding the .bib writer may add (the generated values hold no digits, so none of their own). */
const unbrace = (value: string) => value.replace(/%(7B|7D|5C|24)/g, (code) => decodeURIComponent(code));

describe('addresses and DOIs with {}_%#&~, read back by both parsers', () => {
  const cases = [
    { url: 'https://exemple.org/a_b/c~d?q=100%25&r=#x', doi: '10.1234/rsp_2024_117' },
    // Balanced braces are kept as they are (a verbatim field holds them).
    { url: 'https://exemple.org/p?q={x}&y=%7E#f{g}', doi: '10.1234/a{b}c_%#&~' },
    // The SICI form, with < > ; ( ) : as real DOIs have them.
    { url: 'https://exemple.org/sici', doi: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0' },
  ];

  it('BibTeX: url and doi verbatim, never « rsp\\_2024\\_117 »', () => {
    const entries = readBibtex(cases.map((c, i) => item(c, i)));
    cases.forEach((c, i) => {
      expect(entries[i]?.fields.url).toBe(c.url);
      expect(entries[i]?.fields.doi).toBe(c.doi);
    });
  });

  it('BibTeX: a lone brace does not end the entry; it comes back percent-encoded, the same address', () => {
    const lone = item({ url: 'https://exemple.org/p?q=}&r={{', doi: '10.1234/x}y', title: 'Après', note: 'suite' });
    const [entry, next] = readBibtex([lone, item({ title: 'Suivant' }, 1)]);
    expect(entry?.fields.url).toBe('https://exemple.org/p?q=%7D&r=%7B%7B');
    expect(entry?.fields.doi).toBe('10.1234/x%7Dy');
    // The fields after the url are still in the same entry, and the next entry is whole.
    expect(entry?.fields.note).toBe('suite');
    expect(next?.fields.title).toBe('Suivant');
  });

  it('RIS: UR and DO exactly as stored', async () => {
    const lone = { url: 'https://exemple.org/p?q=}&r={{', doi: '10.1234/x}y' };
    const all = [...cases, lone];
    const read = await readRis(all.map((c, i) => item(c, i)));
    all.forEach((c, i) => {
      expect(read[i]?.URL).toBe(c.url);
      expect(read[i]?.DOI).toBe(c.doi);
    });
  });
});

describe('people and organisations', () => {
  const authors = [
    'Direction de la qualité et des usagers',
    'Haute Autorité de santé',
    'Marie Dupont',
    'Martin, Paul',
    'Jean de La Fontaine',
    'DUPONT Marie-Claire',
    'Université de Lyon, faculté de médecine',
  ];
  const org = item({ authors, title: 'Rapport' });

  it('BibTeX: an organisation is one braced name, people are "Family, Given"', () => {
    const [entry] = readBibtex([org]);
    expect(exportText('bibtex', { items: [org] })).toContain(
      '  author = {{Direction de la qualité et des usagers} and {Haute Autorité de santé} and Dupont, Marie',
    );
    expect(entry?.fields.author?.map(bibName)).toEqual([
      'Direction de la qualité et des usagers',
      'Haute Autorité de santé',
      'Dupont, Marie',
      'Martin, Paul',
      'de La Fontaine, Jean',
      'DUPONT, Marie-Claire',
      'Université de Lyon, faculté de médecine',
    ]);
  });

  it('RIS: an organisation is one AU without a comma (a literal name), people have one', async () => {
    const ris = exportText('ris', { items: [org] });
    expect(ris).toContain('AU  - Direction de la qualité et des usagers\r\n');
    const [read] = await readRis([org]);
    expect(read?.author).toEqual([
      { literal: 'Direction de la qualité et des usagers' },
      { literal: 'Haute Autorité de santé' },
      { family: 'Dupont', given: 'Marie' },
      { family: 'Martin', given: 'Paul' },
      { family: 'de La Fontaine', given: 'Jean' },
      { family: 'DUPONT', given: 'Marie-Claire' },
      // RIS cannot quote a comma: the organisation's own comma becomes a dash.
      { literal: 'Université de Lyon – faculté de médecine' },
    ]);
  });
});

describe('accents and LaTeX specials in text', () => {
  it('come back unchanged from the .bib, ligatures included', () => {
    const title = "Été 2026 : « l'œuvre » -- 100 % {utile}_ & #1 ~ $5 ^ \\ `` '' << >> ,, ?` !` \"ça\" @x";
    const [entry] = readBibtex([item({ title, note: title, tags: ['santé & soins', 'ETP_1'] })]);
    expect(entry?.fields.title).toBe(title);
    expect(entry?.fields.note).toBe(title);
    // Keywords are read verbatim (and sorted) by Better BibTeX: written as typed.
    expect(entry?.fields.keywords).toEqual(['ETP_1', 'santé & soins']);
  });

  it('a French item says so (langid), so Better BibTeX keeps its capitals with its default options', () => {
    const french = item({ title: 'Haute Autorité de Santé : Le Guide', lang: 'fr' });
    const [entry] = parseBibtex(exportText('bibtex', { items: [french] })).entries;
    expect(entry?.fields.title).toBe('Haute Autorité de Santé : Le Guide');
  });
});

// ---------------------------------------------------------------- property tests

const SPECIALS = [...'{}_%#&~\\$^-\'`<>,?!"@=;:/|[]()*+'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçôœÉÀÇüßñ'];
const textArb = fc
  .string({ unit: fc.constantFrom(...LETTERS, ...SPECIALS, ' ', ' ', '\n', '0', '7'), minLength: 1, maxLength: 60 })
  .filter((s) => oneLine(s).length > 0);

// Letters that cannot spell an organisation's word ("Ltd", "Santé", "Union"…): these are people.
const capitalised = fc
  .tuple(fc.constantFrom(...'ADÉLMNRVÖ'), fc.string({ unit: fc.constantFrom(...'aeiouéèïlnrmh'), minLength: 1, maxLength: 8 }))
  .map(([a, b]) => a + b);
const givenArb = fc.oneof(
  capitalised,
  fc.tuple(capitalised, capitalised).map(([a, b]) => `${a}-${b}`),
  fc.tuple(capitalised, capitalised).map(([a, b]) => `${a} ${b}`),
);
/** A person as generated (family, given) and written one of the two ways pages write names. */
const personArb = fc
  .record({
    given: givenArb,
    particle: fc.constantFrom('', 'de', 'van', 'de la', 'von'),
    family: fc.oneof(
      capitalised,
      fc.tuple(capitalised, capitalised).map(([a, b]) => `${a}-${b}`),
    ),
    inverted: fc.boolean(),
  })
  .map(({ given, particle, family, inverted }) => {
    const fullFamily = particle ? `${particle} ${family}` : family;
    return { written: inverted ? `${fullFamily}, ${given}` : `${given} ${fullFamily}`, expected: `${fullFamily}, ${given}` };
  });
const organisationArb = fc
  .tuple(fc.constantFrom('Direction', 'Agence', 'Comité', 'Haute Autorité de santé', 'Réseau', 'Association'), textArb)
  .map(([head, rest]) => oneLine(`${head} ${rest}`));

const urlArb = fc
  .tuple(
    fc.constantFrom('https://exemple.org/', 'http://chu.exemple.fr/docs/'),
    fc.string({ unit: fc.constantFrom(..."abcxyz_-.~{}%#&=?/!$'()*+,;:@é"), maxLength: 40 }),
  )
  .map(([a, b]) => a + b)
  .filter(isHttpUrl);
const doiArb = fc
  .tuple(
    fc.integer({ min: 1000, max: 999_999_999 }),
    fc.string({ unit: fc.constantFrom(...'abc_{}%#&~.-()<>;:/'), minLength: 1, maxLength: 30 }),
  )
  // A DOI never ends with a full stop (metadata.ts strips it as sentence punctuation; citation-js too).
  .map(([prefix, suffix]) => `10.${prefix}/${suffix}`)
  .filter((doi) => !doi.endsWith('.'));

const itemsArb = fc.array(
  fc.record({
    title: textArb,
    people: fc.array(personArb, { maxLength: 3 }),
    organisations: fc.array(organisationArb, { maxLength: 2 }),
    url: urlArb,
    doi: fc.option(doiArb, { nil: undefined }),
  }),
  { minLength: 1, maxLength: 4 },
);

type Generated = typeof itemsArb extends fc.Arbitrary<infer T> ? T : never;

function asItems(generated: Generated) {
  return generated.map((g, i) =>
    item({ title: g.title, authors: [...g.organisations, ...g.people.map((p) => p.written)], url: g.url, doi: g.doi }, i),
  );
}

describe('property: random titles, authors, addresses and DOIs round-trip', () => {
  it('through the BibTeX parser', () => {
    fc.assert(
      fc.property(itemsArb, (generated) => {
        const entries = readBibtex(asItems(generated));
        generated.forEach((g, i) => {
          const fields = entries[i]?.fields;
          expect(fields?.title).toBe(oneLine(g.title));
          expect(fields?.author?.map(bibName) ?? []).toEqual([...g.organisations, ...g.people.map((p) => p.expected)]);
          // As stored, or (a brace BibTeX could not balance, a backslash, a $) the same address percent-encoded.
          expect(unbrace(fields?.url ?? '')).toBe(g.url);
          if (!/[{}\\$]/.test(g.url)) expect(fields?.url).toBe(g.url);
          if (g.doi) expect(unbrace(fields?.doi ?? '')).toBe(g.doi);
          else expect(fields?.doi).toBeUndefined();
        });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('through citation-js (RIS)', async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, async (generated) => {
        const read = await readRis(asItems(generated));
        generated.forEach((g, i) => {
          const csl = read[i];
          expect(csl?.title).toBe(oneLine(g.title));
          expect((csl?.author ?? []).map(cslName)).toEqual([
            ...g.organisations.map((o) => oneLine(o.replace(/\s*,\s*/g, ' – '))),
            ...g.people.map((p) => p.expected),
          ]);
          expect(csl?.URL).toBe(g.url);
          expect(csl?.DOI).toBe(g.doi);
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
