import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { doiFrom, extractMetadata } from '../../../../shared/library/metadata';
import { fixtureDocument, fixtureMetadata } from '../../../helpers/library-fixtures';

describe('extractMetadata on fixture pages', () => {
  it('reads a HAS-like guide page (Dublin Core, Open Graph, canonical link)', () => {
    const meta = fixtureMetadata('has-guide.html', 'http://127.0.0.1:4000/pages/has-guide.html?utm_source=newsletter#objectifs');
    expect(meta.title).toBe('Partenariat en santé et patients partenaires');
    expect(meta.authors).toEqual(['Haute Autorité de santé']);
    expect(meta.published).toBe('2026-05-28');
    expect(meta.modified).toBe('2026-06-02T16:30:00+02:00');
    expect(meta.siteName).toBe('Haute Autorité de santé');
    expect(meta.lang).toBe('fr');
    expect(meta.description).toMatch(/^Ce guide accompagne/);
    expect(meta.canonicalUrl).toBe('https://www.has-sante.fr/jcms/p_0000000/fr/partenariat-en-sante-et-patients-partenaires');
    expect(meta.image).toBe('http://127.0.0.1:4000/images/guide-partenariat.png');
    expect(meta.keywords).toContain('patient partenaire');
    expect(meta.doi).toBeUndefined();
    expect(meta.isPdf).toBe(false);
    expect(meta.text).toContain('éducation thérapeutique');
  });

  it('reads a scholarly article (Highwire citation_*, DOI, PMID, ISSN, PDF link) and not the DOIs it cites', () => {
    const meta = fixtureMetadata('scholarly-article.html', 'http://127.0.0.1:4000/pages/scholarly-article.html');
    expect(meta.title).toBe('Les patients partenaires dans la formation des médecins : une étude qualitative');
    expect(meta.authors).toEqual(['Dupont, Marie', 'Martin, Paul', 'Nguyen, Linh']);
    expect(meta.published).toBe('2021/03/15');
    expect(meta.journal).toBe('Revue Santé et Partenariat');
    expect([meta.volume, meta.issue, meta.firstPage, meta.lastPage]).toEqual(['33', '1', '61', '72']);
    expect(meta.doi).toBe('10.9999/rsp.211.0061');
    expect(meta.pmid).toBe('33812345');
    expect(meta.issn).toBe('09953914');
    expect(meta.pdfUrl).toBe('http://127.0.0.1:4000/article/rsp-211-0061.pdf');
    expect(meta.publisher).toBe('Éditions Fictives');
    expect(meta.kinds).toContain('ScholarlyArticle');
    expect(meta.description).toMatch(/vingt patients enseignants/);
  });

  it('reads an event page from JSON-LD @graph and survives a broken JSON-LD block', () => {
    const meta = fixtureMetadata('event.html', 'http://127.0.0.1:4000/pages/event.html');
    expect(meta.title).toBe('Journée régionale du partenariat patient 2026');
    expect(meta.event).toEqual({
      start: '2026-06-26T09:00:00+02:00',
      end: '2026-06-26T17:00:00+02:00',
      location: 'Faculté de médecine, 27 boulevard Jean Moulin 13005 Marseille',
    });
    expect(meta.kinds).toEqual(['Organization', 'Event']);
    expect(meta.siteName).toBe('Réseau régional du partenariat');
  });

  it('finds the PDF offered by a page with a PDF link, and knows a PDF address is a PDF', () => {
    const page = fixtureMetadata('pdf-link.html', 'http://127.0.0.1:4000/pages/pdf-link.html');
    expect(page.pdfUrl).toBe('http://127.0.0.1:4000/pages/files/fiche-partenariat.pdf');
    expect(page.isPdf).toBe(false);
    // Chrome shows a PDF inside a small HTML viewer document: no metadata, the address says it all.
    const window = new Window({ url: 'http://127.0.0.1:4000/pages/files/fiche-partenariat.pdf' });
    const viewer = new window.DOMParser().parseFromString(
      '<html><body><embed type="application/pdf"></body></html>',
      'text/html',
    );
    const pdf = extractMetadata(viewer as unknown as Document, 'http://127.0.0.1:4000/pages/files/fiche-partenariat.pdf');
    expect(pdf.isPdf).toBe(true);
    expect(pdf.title).toBe('');
    expect(pdf.text).toBe('');
  });

  it('gives what little a page with no metadata has, without throwing', () => {
    const meta = fixtureMetadata('no-metadata.html', 'http://127.0.0.1:4000/pages/no-metadata.html');
    expect(meta.title).toBe('');
    expect(meta.authors).toEqual([]);
    expect(meta.description).toBeUndefined();
    expect(meta.published).toBeUndefined();
    expect(meta.lang).toBeUndefined();
    expect(meta.text).toContain('Une page sans titre');
  });

  it('returns the selected text as the excerpt', () => {
    const doc = fixtureDocument('has-guide.html', 'http://127.0.0.1:4000/pages/has-guide.html');
    const paragraph = doc.querySelector('main p') as Element;
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    doc.getSelection()?.addRange(range);
    const meta = extractMetadata(doc, 'http://127.0.0.1:4000/pages/has-guide.html');
    expect(meta.selection).toMatch(/^Type de document : Guide/);
  });
});

describe('doiFrom', () => {
  it.each([
    ['doi:10.1000/xyz123', '10.1000/xyz123'],
    ['https://doi.org/10.3917/rfas.171.0061', '10.3917/rfas.171.0061'],
    ['https://dx.doi.org/10.1684%2Fito.2024.424.', '10.1684/ito.2024.424'],
    ['not a doi', undefined],
  ])('%s → %s', (input, expected) => {
    expect(doiFrom(input)).toBe(expected);
  });
});
