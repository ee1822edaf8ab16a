import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileTitleOf, isPdfUrl, isTrackingParam, normalizeUrl, siteOf, stripTracking } from '../../../../shared/library/url';

describe('normalizeUrl', () => {
  it.each([
    ['https://HAS-Sante.fr/guide/?utm_source=x&b=2&a=1#top', 'https://has-sante.fr/guide?a=1&b=2'],
    ['https://has-sante.fr/guide', 'https://has-sante.fr/guide'],
    ['https://has-sante.fr/guide/', 'https://has-sante.fr/guide'],
    ['https://has-sante.fr/guide//#section-2', 'https://has-sante.fr/guide'],
    ['https://has-sante.fr:443/guide?fbclid=abc&xtor=RSS-1', 'https://has-sante.fr/guide'],
    ['https://has-sante.fr/', 'https://has-sante.fr/'],
    ['https://has-sante.fr', 'https://has-sante.fr/'],
    ['http://127.0.0.1:4000/a?UTM_Campaign=z', 'http://127.0.0.1:4000/a'],
    ['https://app.exemple.fr/#/bibliotheque/12', 'https://app.exemple.fr/#/bibliotheque/12'],
    ['https://exemple.fr/search?q=patient+partenaire&page=2', 'https://exemple.fr/search?page=2&q=patient+partenaire'],
    ['  https://exemple.fr/a  ', 'https://exemple.fr/a'],
    ['file:///home/guide.pdf', 'file:///home/guide.pdf'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('keeps parameters that select the page', () => {
    expect(normalizeUrl('https://exemple.fr/article?id=12')).not.toBe(normalizeUrl('https://exemple.fr/article?id=13'));
    expect(normalizeUrl('https://exemple.fr/a/b')).not.toBe(normalizeUrl('https://exemple.fr/a'));
  });

  it('is idempotent and ignores fragments and tracking for any web URL', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ maxLength: 12 }),
        (url, campaign) => {
          const once = normalizeUrl(url);
          expect(normalizeUrl(once)).toBe(once);
          const tracked = new URL(url);
          tracked.hash = 'somewhere';
          tracked.searchParams.append('utm_campaign', campaign);
          expect(normalizeUrl(tracked.href)).toBe(normalizeUrl(new URL(url).href.replace(/#.*$/, '')));
        },
      ),
    );
  });
});

describe('URL helpers', () => {
  it('recognises tracking parameters', () => {
    expect(['utm_source', 'UTM_medium', 'fbclid', 'gclid', 'xtor', 'at_medium', 'mc_cid'].every(isTrackingParam)).toBe(true);
    expect(['id', 'page', 'q', 'lang', 'utmost'].some(isTrackingParam)).toBe(false);
  });
  it('strips tracking but keeps the rest as the user saw it', () => {
    expect(stripTracking('https://exemple.fr/a/?b=2&utm_source=x#top')).toBe('https://exemple.fr/a/?b=2#top');
  });
  it('names the site, spots PDFs and titles them from the file name', () => {
    expect(siteOf('https://www.has-sante.fr/jcms/x')).toBe('has-sante.fr');
    expect(isPdfUrl('https://exemple.fr/docs/Guide.PDF?download=1')).toBe(true);
    expect(isPdfUrl('https://exemple.fr/docs/pdf-viewer')).toBe(false);
    expect(fileTitleOf('https://exemple.fr/docs/Guide%20HAS_partenariat-2026.pdf')).toBe('Guide HAS partenariat-2026');
    expect(fileTitleOf('https://exemple.fr/docs/%E0%A4%A.pdf')).toBe('%E0%A4%A');
  });
});
