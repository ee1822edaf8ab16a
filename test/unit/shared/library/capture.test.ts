import { describe, expect, it } from 'vitest';
import {
  CaptureError,
  coercePageMetadata,
  metadataFromAddress,
  newItemFromPage,
  pageTitle,
  resaveItem,
} from '../../../../shared/library/capture';
import { classifyPage } from '../../../../shared/library/classify';
import type { PageMetadata } from '../../../../shared/library/metadata';
import { LibraryItemSchema } from '../../../../shared/schemas/clip';
import { fixtureMetadata } from '../../../helpers/library-fixtures';

const NOW = '2026-11-22T10:00:00.000Z';
const base = 'http://127.0.0.1:4000/pages/';

function save(file: string, url = `${base}${file}`) {
  const meta = fixtureMetadata(file, url);
  const suggestion = classifyPage(meta);
  return newItemFromPage(
    meta,
    { resourceType: suggestion.resourceType, domains: suggestion.domains.map((d) => d.id), tags: [...suggestion.tags] },
    'id-1',
    NOW,
  );
}

function bare(overrides: Partial<PageMetadata>): PageMetadata {
  return {
    url: 'https://exemple.fr/page',
    title: 'Titre',
    authors: [],
    isPdf: false,
    kinds: [],
    keywords: [],
    text: '',
    ...overrides,
  };
}

describe('newItemFromPage: from page metadata to a valid library item', () => {
  it('saves the guide page with its dates, site and the date consulted, tracking removed from the address', () => {
    const item = save('has-guide.html', `${base}has-guide.html?utm_source=lettre&id=3#objectifs`);
    expect(LibraryItemSchema.safeParse(item).success).toBe(true);
    expect(item).toMatchObject({
      url: `${base}has-guide.html?id=3#objectifs`,
      canonicalUrl: 'https://www.has-sante.fr/jcms/p_0000000/fr/partenariat-en-sante-et-patients-partenaires',
      title: 'Partenariat en santé et patients partenaires',
      publishedAt: '2026-05-28',
      modifiedAt: '2026-06-02T16:30:00+02:00',
      siteName: 'Haute Autorité de santé',
      lang: 'fr',
      consultedAt: NOW,
      createdAt: NOW,
      resourceType: 'guide',
      domains: ['offre_soins', 'parcours_soins'],
      isPdf: false,
    });
  });

  it('saves the scholarly article with DOI, PMID, ISSN (hyphenated) and citation fields', () => {
    const item = save('scholarly-article.html');
    expect(item).toMatchObject({
      doi: '10.9999/rsp.211.0061',
      pmid: '33812345',
      publishedAt: '2021-03-15',
      authors: ['Dupont, Marie', 'Martin, Paul', 'Nguyen, Linh'],
      citation: {
        journal: 'Revue Santé et Partenariat',
        volume: '33',
        issue: '1',
        firstPage: '61',
        lastPage: '72',
        publisher: 'Éditions Fictives',
        issn: '0995-3914',
        pdfUrl: 'http://127.0.0.1:4000/article/rsp-211-0061.pdf',
      },
      resourceType: 'article_scientifique',
    });
  });

  it('saves the event with its dates and place', () => {
    expect(save('event.html').event).toEqual({
      startAt: '2026-06-26T09:00:00+02:00',
      endAt: '2026-06-26T17:00:00+02:00',
      location: 'Faculté de médecine, 27 boulevard Jean Moulin 13005 Marseille',
    });
  });

  it('saves a PDF with the metadata available: its file name as title', () => {
    const item = newItemFromPage(
      bare({ url: `${base}files/fiche-partenariat.pdf`, title: '', isPdf: true }),
      { resourceType: 'autre', domains: [], tags: [] },
      'p',
      NOW,
    );
    expect(item).toMatchObject({ title: 'fiche-partenariat', isPdf: true });
  });

  it('offers the title it will save (the popup pre-fills its required « Titre » with it)', () => {
    const pdf = `${base}files/Guide%20du%20partenariat_%C3%A9t%C3%A9%202026.pdf?download=1`;
    // No title, or the tab's raw file name: the decoded file name, without its extension.
    expect(pageTitle(metadataFromAddress(pdf))).toBe('Guide du partenariat été 2026');
    expect(pageTitle(metadataFromAddress(pdf, 'Guide%20du%20partenariat_%C3%A9t%C3%A9%202026.pdf'))).toBe(
      'Guide du partenariat été 2026',
    );
    // A PDF's own title wins; a page's own title too; a page with none gets its site.
    expect(pageTitle(metadataFromAddress(pdf, 'Partenariat en santé — guide HAS'))).toBe('Partenariat en santé — guide HAS');
    expect(pageTitle(bare({ title: '  Une page  ' }))).toBe('Une page');
    expect(pageTitle(bare({ title: '', url: 'https://www.exemple.fr/a' }))).toBe('exemple.fr');
    // What the popup shows is what is saved.
    const saved = newItemFromPage(metadataFromAddress(pdf), { resourceType: 'autre', domains: [], tags: [] }, 'p', NOW);
    expect(saved.title).toBe(pageTitle(metadataFromAddress(pdf)));
  });

  it('saves a page without metadata under its site name', () => {
    expect(save('no-metadata.html').title).toBe('127.0.0.1');
  });

  it('keeps only year precision when that is all the page says', () => {
    const item = newItemFromPage(bare({ published: '2021' }), { resourceType: 'autre', domains: [], tags: [] }, 'p', NOW);
    expect(item.publishedAt).toBeUndefined();
    expect(item.publishedPartial).toBe('2021');
  });

  it('drops what does not fit instead of failing: unsafe image, bad DOI, odd language, huge title', () => {
    const item = newItemFromPage(
      bare({
        title: `${'Très long titre '.repeat(200)}`,
        image: 'javascript:alert(1)',
        doi: 'pas-un-doi',
        pmid: '0',
        lang: 'français',
        issn: '12',
        authors: ['', '  ', 'Ana'],
      }),
      {
        resourceType: 'guide',
        domains: ['recherche', 'recherche'],
        tags: [' ETP ', 'etp', ''],
        note: '  Une note  ',
        excerpt: '  Un extrait  ',
      },
      'p',
      NOW,
    );
    expect(LibraryItemSchema.safeParse(item).success).toBe(true);
    expect(item.title.length).toBeLessThanOrEqual(1000);
    expect(item).not.toHaveProperty('image');
    expect(item).not.toHaveProperty('doi');
    expect(item).not.toHaveProperty('pmid');
    expect(item).not.toHaveProperty('lang');
    expect(item.authors).toEqual(['Ana']);
    expect(item.domains).toEqual(['recherche']);
    expect(item.tags).toEqual(['ETP']);
    expect(item.note).toBe('Une note');
    expect(item.excerpts).toEqual(['Un extrait']);
  });

  it('refuses pages that are not on the web (chrome://, file:)', () => {
    expect(() =>
      newItemFromPage(bare({ url: 'chrome://extensions/' }), { resourceType: 'autre', domains: [], tags: [] }, 'p', NOW),
    ).toThrow(CaptureError);
  });
});

describe('resaveItem: saving a page already in the library', () => {
  const first = newItemFromPage(
    bare({ title: 'Premier titre' }),
    { resourceType: 'guide', domains: ['recherche'], tags: ['a'], note: 'note', excerpt: 'extrait 1' },
    'keep-me',
    NOW,
  );

  it('keeps identity and creation date, refreshes the date consulted, appends a new excerpt once', () => {
    const later = '2026-11-23T10:00:00.000Z';
    const again = resaveItem(
      first,
      bare({ title: 'Titre changé par le site' }),
      { resourceType: 'guide', domains: ['recherche'], tags: ['a'], note: 'note', excerpt: 'extrait 2', base: first },
      later,
    );
    expect(again).toMatchObject({ id: 'keep-me', createdAt: NOW, consultedAt: later, updatedAt: later, title: 'Premier titre' });
    expect(again.excerpts).toEqual(['extrait 1', 'extrait 2']);
    const twice = resaveItem(
      again,
      bare({}),
      { resourceType: 'guide', domains: ['recherche'], tags: ['a'], excerpt: 'extrait 2', note: 'note', base: again },
      later,
    );
    expect(twice.excerpts).toEqual(['extrait 1', 'extrait 2']);
  });

  it('applies only what the popup changed, so tags added elsewhere meanwhile stay', () => {
    const shown = first; // what the popup showed
    const meanwhile = { ...first, tags: ['a', 'ajout-panneau'], note: 'note du panneau' }; // the side panel wrote this
    const saved = resaveItem(
      meanwhile,
      bare({}),
      { resourceType: 'guide', domains: ['recherche'], tags: ['a', 'ajout-popup'], note: 'note', base: shown },
      NOW,
    );
    expect(saved.tags).toEqual(['a', 'ajout-panneau', 'ajout-popup']);
    expect(saved.note).toBe('note du panneau');
  });
});

describe('coercePageMetadata: what comes back from the injected script is checked', () => {
  it('keeps well-typed fields and drops the rest', () => {
    const meta = coercePageMetadata({
      url: 'https://x.fr/',
      title: 42,
      authors: ['A', 3, null],
      isPdf: 'yes',
      kinds: 'Event',
      keywords: ['k'],
      text: 'x'.repeat(50_000),
      event: 'soon',
    });
    expect(meta).toEqual({
      url: 'https://x.fr/',
      title: '',
      authors: ['A'],
      isPdf: false,
      kinds: [],
      keywords: ['k'],
      text: 'x'.repeat(30_000),
      canonicalUrl: undefined,
      description: undefined,
      documentTitle: undefined,
      published: undefined,
      modified: undefined,
      siteName: undefined,
      lang: undefined,
      image: undefined,
      doi: undefined,
      pmid: undefined,
      journal: undefined,
      volume: undefined,
      issue: undefined,
      firstPage: undefined,
      lastPage: undefined,
      publisher: undefined,
      issn: undefined,
      pdfUrl: undefined,
      event: undefined,
      selection: undefined,
    });
  });
  it('refuses what is not page metadata', () => {
    for (const raw of [null, 'x', 42, [], { title: 'no url' }]) expect(coercePageMetadata(raw)).toBeNull();
  });
  it('describes a page from its address and tab title when it cannot be read', () => {
    expect(metadataFromAddress('https://x.fr/doc.pdf', 'doc.pdf')).toMatchObject({
      url: 'https://x.fr/doc.pdf',
      title: 'doc.pdf',
      isPdf: true,
    });
    expect(metadataFromAddress('https://x.fr/a', 'https://x.fr/a').title).toBe('');
  });
});
