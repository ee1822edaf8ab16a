import { describe, expect, it } from 'vitest';
import {
  csvCell,
  escapeBibtex,
  escapeMarkdown,
  exportChunks,
  exportFileName,
  exportText,
} from '../../../../shared/library/export-formats';
import type { Annotation } from '../../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../../shared/schemas/clip';
import { makeItems } from '../../../helpers/library-items';

const article: LibraryItem = {
  schemaVersion: 1,
  id: 'a1',
  url: 'https://revue.exemple.org/article/61',
  title: 'Les patients partenaires & la formation : 100 % {utile}_',
  authors: ['Dupont, Marie', 'Paul Martin', 'Haute Autorité de santé'],
  publishedAt: '2021-03-15',
  siteName: 'Revue',
  lang: 'fr',
  doi: '10.9999/rsp.211.0061',
  pmid: '33812345',
  citation: {
    journal: 'Revue Santé et Partenariat',
    volume: '33',
    issue: '1',
    firstPage: '61',
    lastPage: '72',
    issn: '0995-3914',
  },
  isPdf: false,
  consultedAt: '2026-11-22T10:00:00.000Z',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  excerpts: ['Un passage\nsur deux lignes'],
  resourceType: 'article_scientifique',
  domains: ['formation_enseignement'],
  tags: ['ETP', '=cmd'],
  note: 'Note ; avec "guillemets"',
  projectIds: [],
};
const guide: LibraryItem = {
  ...article,
  id: 'g1',
  url: 'https://has.exemple.fr/guide',
  title: 'Guide',
  resourceType: 'guide',
  citation: undefined,
  doi: undefined,
  pmid: undefined,
  publishedAt: undefined,
  publishedPartial: '2021',
  authors: ['Marie Dupont'],
};
delete (guide as Partial<LibraryItem>).citation;
const highlight: Annotation = {
  id: 'h1',
  itemId: 'a1',
  source: article.url,
  selectors: [{ type: 'TextQuoteSelector', exact: 'la relation de soin' }],
  colour: 'a-citer',
  note: 'à citer',
  created: '2026-11-22T10:00:00.000Z',
  modified: '2026-11-22T10:00:00.000Z',
};

describe('JSON backup', () => {
  it('is lossless and drops storage-only fields', () => {
    const items = makeItems(50);
    const stored = items.map((i) => ({ ...i, urlKey: 'x' }));
    const parsed = JSON.parse(
      exportText('json', { items: stored, annotations: [highlight] }, { exportedAt: '2026-11-22T10:00:00.000Z' }),
    );
    expect(parsed).toEqual({
      format: 'binome-library',
      version: 5,
      exportedAt: '2026-11-22T10:00:00.000Z',
      items,
      annotations: [highlight],
      // Format 5: the whole library (workspace, registry, meeting and effect lists empty here; filled in whole-backup.test.ts).
      projects: [],
      contacts: [],
      checklists: [],
      charters: [],
      registryInfo: [],
      registryPartners: [],
      registryWithdrawals: [],
      meetings: [],
      effects: [],
    });
  });

  it('is written one chunk per item (progress and cancellation)', () => {
    // header, 10 items, annotations header, 9 workspace list headers, closing
    expect([...exportChunks('json', { items: makeItems(10) })].length).toBe(10 + 3 + 9);
  });
});

describe('CSV', () => {
  const csv = exportText('csv', { items: [article], annotations: [highlight] }, { locale: 'fr' });
  it('starts with a BOM and French headers, uses ";" in French', () => {
    expect(csv.startsWith('\uFEFFid;titre;adresse;type;domaines')).toBe(true);
  });
  it('quotes delimiters, quotes and newlines (RFC 4180), and neutralises formulas', () => {
    expect(csv).toContain('"Note ; avec ""guillemets"""');
    expect(csv).toContain('"Un passage\nsur deux lignes"');
    expect(csv).toContain('ETP | =cmd'); // not at the start of the cell: harmless
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-2+3', ';')).toBe("'-2+3");
    expect(csv).toContain('la relation de soin');
  });
  it('uses "," and English labels in English', () => {
    const en = exportText('csv', { items: [article] }, { locale: 'en' });
    expect(en.split('\r\n')[0]).toBe(
      '\uFEFFid,title,url,type,domains,tags,authors,published,site,doi,pmid,journal,consulted,added,modified,note,excerpts,highlights',
    );
    expect(en).toContain('Scientific article');
  });
});

describe('Markdown', () => {
  const md = exportText(
    'markdown',
    { items: [article, guide], annotations: [highlight] },
    { locale: 'fr', exportedAt: '2026-11-22T10:00:00.000Z' },
  );
  it('has a title, one section per item, escaped text, excerpts and highlights quoted', () => {
    expect(md.startsWith('# Bibliothèque Binôme — export du 22 novembre 2026\n')).toBe(true);
    expect(md).toContain(
      '## [Les patients partenaires & la formation : 100 % \\{utile\\}\\_](https://revue.exemple.org/article/61)',
    );
    expect(md).toContain('> Un passage\n> sur deux lignes');
    expect(md).toContain('### Surlignages\n\n> la relation de soin\n\nà citer');
    expect(md).toContain('- DOI : [10\\.9999/rsp\\.211\\.0061](https://doi.org/10.9999/rsp.211.0061)');
    expect(md).toContain('Publication : 2021 · Consulté le 22 novembre 2026');
  });
  it('never lets data become markup', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <b>')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>');
  });
});

describe('RIS', () => {
  const ris = exportText('ris', { items: [article, guide] });
  it('writes one record per item, with the reference fields Zotero reads', () => {
    const [first, second] = ris.split('ER  - \r\n').filter(Boolean);
    expect(first).toContain('TY  - JOUR\r\n');
    // People as "Family, Given"; an organisation without a comma: one corporate author.
    expect(first).toContain('AU  - Dupont, Marie\r\nAU  - Martin, Paul\r\nAU  - Haute Autorité de santé\r\n');
    expect(first).toContain('PY  - 2021\r\nDA  - 2021/03/15/\r\n');
    expect(first).toContain('T2  - Revue Santé et Partenariat\r\nVL  - 33\r\nIS  - 1\r\nSP  - 61\r\nEP  - 72\r\n');
    expect(first).toContain('DO  - 10.9999/rsp.211.0061\r\n');
    expect(first).toContain('Y2  - 2026/11/22/\r\n');
    expect(first).toContain('N1  - PMID: 33812345\r\n');
    expect(first).toContain('N1  - « Un passage sur deux lignes »\r\n');
    expect(second).toContain('TY  - RPRT\r\n');
    expect(second).toContain('DA  - 2021///\r\n');
  });
});

describe('BibTeX', () => {
  const bib = exportText('bibtex', { items: [article, guide, { ...guide, id: 'g2' }] });
  it('writes typed entries with unique keys, escaped fields and braced organisations', () => {
    expect(bib).toContain('@article{dupont2021patients,\n');
    expect(bib).toContain(
      '  title = {{Les patients partenaires \\& la formation : 100 \\% \\textbraceleft{}utile\\textbraceright{}\\_}}',
    );
    expect(bib).toContain('  author = {Dupont, Marie and Martin, Paul and {Haute Autorité de santé}}');
    expect(bib).toContain('  pages = {61--72}');
    expect(bib).toContain('  doi = {10.9999/rsp.211.0061}');
    expect(bib).toContain('  urldate = {2026-11-22}');
    expect(bib).toContain('@techreport{dupont2021guide,\n');
    expect(bib).toContain('@techreport{dupont2021guidea,\n');
  });
  it('escapes every LaTeX special character', () => {
    expect(escapeBibtex('a\\b{c}&%$#_~^')).toBe(
      'a\\textbackslash{}b\\textbraceleft{}c\\textbraceright{}\\&\\%\\$\\#\\_\\textasciitilde{}\\textasciicircum{}',
    );
    // TeX ligatures broken: "--" stays two hyphens; < and > are ¡ and ¿ in TeX's original fonts.
    expect(escapeBibtex("a -- b --- c '' << ,, ?` d")).toBe("a -{}- b -{}-{}- c '{}' \\textless{}\\textless{} ,{}, ?{}` d");
  });
});

describe('file names', () => {
  it('dates the file', () => {
    expect(exportFileName('bibtex', new Date('2026-11-22T10:00:00Z'))).toBe('binome-bibliotheque-2026-11-22.bib');
  });
});
