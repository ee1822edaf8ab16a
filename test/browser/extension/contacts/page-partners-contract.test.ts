/**
 * The page reader (partner-reader.js) in Chromium, on hand-made DOM written to the
 * attribute contract the widgets follow: each card root (`article[part~="card"]` in the
 * open shadow root of `<pp-partner-card>` / `<pp-partner-list>`) carries
 * `data-pp-shown` = `{ partner, establishment, detail }`. The reader reads those attributes,
 * validates them, and makes no request. The widgets themselves are not loaded in this
 * file (their names stay undefined here): page-partners.test.ts reads the real ones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPagePartners } from '../../../../extension/modules/contacts/page-partners';
import { coerceFoundPartners } from '../../../../shared/contacts/found';
import { ShownPartnerSchema } from '../../../../shared/schemas/contact';
import type { PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { entry, establishment, page, registry } from './demo-feed';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A widget host with an open shadow root holding cards written to the contract. */
function widget(
  parent: ParentNode & Node,
  tag: string,
  cards: { value: string }[],
  attrs: Record<string, string> = {},
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const root = el.attachShadow({ mode: 'open' });
  for (const card of cards) {
    const article = document.createElement('article');
    article.setAttribute('part', 'card');
    article.setAttribute('data-pp-shown', card.value);
    article.append(document.createElement('h3'));
    root.append(article);
  }
  parent.appendChild(el);
  return el;
}

const shown = (e: PublicPartnerEntry, detail: 'full' | 'compact' = 'full') =>
  JSON.stringify({ partner: e, establishment, detail });
const ids = (found: ReturnType<typeof readPagePartners>) => found.partners.map((p) => p.shown.id);

describe('readPagePartners on the attribute contract', () => {
  const doc = () => {
    document.title = 'Nos patients partenaires';
    const root = page();
    return { body: root, createElement: (tag: string) => document.createElement(tag) };
  };

  it('reads every drawn card, validates it, keeps no photo, and makes no request', () => {
    const d = doc();
    const fetchSpy = vi.spyOn(window, 'fetch');
    const resources = performance.getEntriesByType('resource').length;
    widget(d.body, 'pp-partner-list', [{ value: shown(entry('pp-001')) }, { value: shown(entry('pp-009')) }], {
      src: 'https://ch-valmont.example.org/partenaires.json',
    });
    widget(d.body, 'pp-partner-card', [{ value: shown(entry('pp-020')) }], {
      src: 'https://ch-valmont.example.org/partenaires.json',
    });
    const found = readPagePartners(document);
    expect(ids(found)).toEqual(['pp-001', 'pp-009', 'pp-020']);
    for (const p of found.partners) {
      expect(ShownPartnerSchema.safeParse(p.shown).success).toBe(true);
      expect(p.shown).not.toHaveProperty('photo');
      expect(p.establishment).toEqual(establishment);
      expect(p.feedUrl).toBe('https://ch-valmont.example.org/partenaires.json');
      expect(p.detail).toBe('full');
    }
    expect(found.partners[0]?.shown).toEqual((({ photo: _p, ...rest }) => rest)(entry('pp-001')));
    expect(JSON.stringify(found)).not.toContain('photos/');
    // What the extension receives passes its own check unchanged.
    expect(coerceFoundPartners(JSON.parse(JSON.stringify(found)))).toEqual(found);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(performance.getEntriesByType('resource').length).toBe(resources);
  });

  it('reads what each card says it displays (compact, or full), and a card that does not say as compact; the fuller showing of one person wins', () => {
    const d = doc();
    widget(d.body, 'pp-partner-card', [{ value: shown(entry('pp-002'), 'compact') }], { variant: 'compact', src: 'f.json' });
    widget(
      d.body,
      'pp-partner-list',
      [{ value: JSON.stringify({ partner: entry('pp-005'), establishment }) }, { value: shown(entry('pp-037'), 'full') }],
      { src: 'f.json' },
    );
    widget(d.body, 'pp-partner-card', [{ value: shown(entry('pp-002')) }], { src: 'f.json' });
    const found = readPagePartners(document);
    expect(found.partners.map((p) => [p.shown.id, p.detail])).toEqual([
      ['pp-002', 'full'],
      ['pp-005', 'compact'],
      ['pp-037', 'full'],
    ]);
  });

  it('finds widgets inside other components’ open shadow roots; skips what is not a drawn card', () => {
    const d = doc();
    const block = d.createElement('div');
    d.body.append(block);
    const cms = block.attachShadow({ mode: 'open' });
    widget(cms, 'pp-partner-card', [{ value: shown(entry('pp-001')) }]);
    // Not a widget: its cards are not ours to read.
    widget(d.body, 'other-widget', [{ value: shown(entry('pp-009')) }]);
    // A widget that drew no card (error, withdrawn person, summary only).
    widget(d.body, 'pp-partner-list', [], { 'summary-only': '' });
    // An article without the attribute.
    const bare = widget(d.body, 'pp-partner-card', []);
    const article = d.createElement('article');
    article.setAttribute('part', 'card');
    bare.shadowRoot?.append(article);
    const found = readPagePartners(document);
    expect(ids(found)).toEqual(['pp-001']);
    // No single feed named: the card is keyed by the page.
    expect(found.partners[0]?.feedUrl).toBeUndefined();
    expect(found.problems).toEqual([]);
  });

  it('tells apart two establishments’ people of one id, and joins one person shown by two widgets (with the feed’s address)', () => {
    const d = doc();
    const other = { name: 'CH des Trois Rivières (fictif)' };
    // A directory of two feeds, its details closed: no single feed, so no address to key by.
    widget(
      d.body,
      'pp-partner-list',
      [
        { value: shown(entry('pp-009'), 'compact') },
        {
          value: JSON.stringify({
            partner: { ...entry('pp-009'), name: 'Autre personne' },
            establishment: other,
            detail: 'compact',
          }),
        },
      ],
      { src: 'a.json b.json' },
    );
    // The same Valmont person, in a card of the Valmont feed.
    widget(d.body, 'pp-partner-card', [{ value: shown(entry('pp-009')) }], {
      src: 'https://ch-valmont.example.org/partenaires.json',
    });
    const found = readPagePartners(document);
    expect(found.partners.map((p) => [p.establishment?.name, p.shown.name, p.detail, p.feedUrl])).toEqual([
      [establishment.name, 'Aïcha D.', 'full', 'https://ch-valmont.example.org/partenaires.json'],
      [other.name, 'Autre personne', 'compact', undefined],
    ]);
  });

  it('reports broken or tampered cards and keeps the others', () => {
    const d = doc();
    const registryProfile = registry.partners[0];
    widget(d.body, 'pp-partner-list', [
      { value: '{ pas du JSON' },
      { value: JSON.stringify({ partner: registryProfile, establishment }) },
      {
        value: JSON.stringify({
          partner: { ...entry('pp-009'), contact: [{ kind: 'url', href: 'javascript:alert(1)', text: 'x' }] },
          establishment,
        }),
      },
      { value: shown(entry('pp-001')) },
    ]);
    const found = readPagePartners(document);
    expect(ids(found)).toEqual(['pp-001']);
    expect(found.problems).toEqual([
      '<pp-partner-list> card 1: not JSON',
      '<pp-partner-list> card 2: partner: name',
      '<pp-partner-list> card 3: partner: contact.0.href',
    ]);
    expect(JSON.stringify(found)).not.toMatch(/consents|Ferrand/);
  });
});
