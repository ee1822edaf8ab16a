/**
 * <pp-partner-list> reads public feeds v2 only. Consent cases come from registry profiles
 * published by publish() (test/helpers/feed-fixtures.ts); registries are refused whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { shownEntry } from '../../../shared/partners/shown-entry';
import type { ConsentField, PartnerProfile } from '../../../shared/schemas/partner';
import type { PublicFeed } from '../../../shared/schemas/public-feed';
import type { Establishment } from '../../../shared/schemas/registry';
import '../../../widgets/partner-list/index';
import type { PpPartnerList } from '../../../widgets/partner-list/index';
import { makePartner } from '../../fixtures/partners';
import { feedOf, GENERATED_AT } from '../../helpers/feed-fixtures';
import { manyPartners } from '../../helpers/many-partners';
import { axeViolations } from '../helpers/axe';

const PUBLISH_HINT = 'npx binome publish registre.json -o partenaires.json';

// The test page says lang="en"; a French hospital page says "fr".
document.documentElement.lang = 'fr';

const establishment: Establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@ch-valmont.example.org' };

function person(
  id: string,
  display: string,
  overrides: Partial<PartnerProfile> = {},
  withdrawn: ConsentField[] = [],
): PartnerProfile {
  const p = makePartner({ id, name: { display }, photo: undefined, association: undefined, projects: [], ...overrides });
  for (const field of withdrawn) p.consents[field] = { granted: false, date: '2026-05-01' };
  return p;
}

/** Five registry profiles over the four domains and three départements; one withdrawn from the listing. */
function smallRegistry(): { establishment: Establishment; partners: PartnerProfile[] } {
  return {
    establishment,
    partners: [
      person('a', 'Hélène Lœwy', {
        gender: 'f',
        domains: ['recherche'],
        missions: ['recherche.gouvernance.1'],
        territory: { departement: '26', commune: 'Valence', remote: false },
      }),
      person('b', 'Karim B.', {
        gender: 'm',
        domains: ['parcours_soins'],
        missions: ['parcours_soins.etp.1'],
        territory: { departement: '13', commune: 'Marseille', remote: false },
        load: { activeMissions: 2, maxMissions: 2 },
      }),
      person('c', 'Chloé M.', {
        gender: 'f',
        domains: ['offre_soins', 'recherche'],
        missions: ['offre_soins.retex.1', 'recherche.analyse.1'],
        territory: { departement: '2A', commune: 'Ajaccio', remote: true },
      }),
      person('d', 'Secret X.', { domains: ['formation_enseignement'], missions: [] }, ['name']),
      person('e', 'Parti Y.', { domains: ['recherche'], missions: [] }, ['listing']),
    ],
  };
}

/** The public feed published from smallRegistry(): what a hospital puts online. */
function smallFeed(): PublicFeed {
  const { establishment: e, partners } = smallRegistry();
  return feedOf(partners, e);
}

async function mount(
  props: Partial<PpPartnerList> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
) {
  const el = document.createElement('pp-partner-list');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: PpPartnerList) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const shownTitles = (el: PpPartnerList) => [...root(el).querySelectorAll<HTMLElement>('.item .title')].map((h) => h.textContent);
const q = <T extends HTMLElement>(el: PpPartnerList, selector: string) => root(el).querySelector<T>(selector)!;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<pp-partner-list>: rendering', () => {
  it('shows the presence summary, the filters, the count and one card per listed partner', async () => {
    const el = await mount({ feed: smallFeed() });
    expect(text(q(el, '.summary'))).toBe(
      "4 patientes et patients partenaires, dont 1 dans les parcours de soins, 1 dans l'adaptation de l'offre de soins, 1 en formation et enseignement et 2 en recherche",
    );
    expect(text(q(el, 'legend'))).toBe('Filtrer les patients partenaires');
    expect(text(q(el, '.count'))).toBe('4 patients partenaires affichés');
    expect(shownTitles(el)).toEqual(['Hélène Lœwy', 'Karim B.', 'Chloé M.', 'Patiente partenaire — formation et enseignement']);
    expect(root(el).innerHTML).not.toMatch(/Parti Y|Secret X/);
    // Cards are list items with level-3 headings by default, and the chosen level otherwise.
    expect(root(el).querySelectorAll('ul.grid > li.item > article h3')).toHaveLength(4);
    const h2 = await mount({ feed: smallFeed() }, { 'heading-level': '2' });
    expect(root(h2).querySelectorAll('article h2')).toHaveLength(4);
  });

  it('reads a published feed from src, with its relative photos; its registry’s unpublished people are not in it', async () => {
    const el = await mount({}, { src: '/test/browser/partner-card/fixtures/partenaires.json' });
    await vi.waitFor(() => expect(root(el).querySelectorAll('.item')).toHaveLength(2), { timeout: 5000 });
    expect(text(q(el, '.summary'))).toMatch(/^2 patientes partenaires, dont/);
    expect(root(el).querySelector('img[src]')?.getAttribute('src')).toBe(
      new URL('/test/browser/partner-card/fixtures/photos/p01.svg', location.origin).href,
    );
    expect(root(el).innerHTML).not.toMatch(/Rémi|Garnier|Sophie|Lanier|Grenoble/); // withdrawn; name not published
  });

  it('summary-only shows just the sentence a communication team can publish on its own', async () => {
    const el = await mount({ feed: smallFeed() }, { 'summary-only': '', 'summary-domains': 'recherche' });
    expect(text(root(el) as unknown as Node)).toBe('4 patientes et patients partenaires, dont 2 en recherche');
    expect(root(el).querySelector('form, .grid')).toBeNull();
  });

  it('English with lang="en"', async () => {
    const el = await mount({ feed: smallFeed() }, { lang: 'en', 'summary-domains': 'recherche' });
    expect(text(q(el, '.summary'))).toBe('4 patient partners, including 2 in research');
    expect(text(q(el, 'label[for="pp-q"]'))).toBe('Search');
    expect(text(q(el, '.count'))).toBe('4 patient partners shown');
    expect(shownTitles(el)).toContain('Patient partner — training and teaching');
    el.lang = 'fr';
    await el.updateComplete;
    expect(text(q(el, '.count'))).toBe('4 patients partenaires affichés');
    expect(shownTitles(el)).toContain('Patiente partenaire — formation et enseignement');
  });
});

describe('<pp-partner-list>: filters and search', () => {
  it('searches as you type, without accents or case, and updates the count and the live region', async () => {
    const el = await mount({ feed: smallFeed() });
    const search = q<HTMLInputElement>(el, 'input[type="search"]');
    await userEvent.type(search, 'HELENE');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Hélène Lœwy']);
    expect(text(q(el, '.count'))).toBe('1 patient partenaire affiché sur 4');
    await vi.waitFor(() => expect(text(q(el, '[role="status"]'))).toBe('1 patient partenaire affiché sur 4'));
    await userEvent.clear(search);
    await userEvent.type(search, 'loewy valence');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Hélène Lœwy']);
  });

  it('filters by domain, mission, territory and availability; mission choices follow the domain', async () => {
    const changes: unknown[] = [];
    document.body.addEventListener('pp-filter', (e) => changes.push((e as CustomEvent).detail));
    const el = await mount({ feed: smallFeed() });
    await userEvent.selectOptions(q(el, 'select[name="domain"]'), 'recherche');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Hélène Lœwy', 'Chloé M.']);
    const missions = [...root(el).querySelectorAll<HTMLOptionElement>('select[name="mission"] option')].map((o) => o.value);
    expect(missions).toEqual(['', 'recherche.analyse.1', 'recherche.gouvernance.1']);
    await userEvent.selectOptions(q(el, 'select[name="mission"]'), 'recherche.analyse.1');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Chloé M.']);
    await userEvent.click(q(el, 'button[part="reset"]'));
    await el.updateComplete;
    await userEvent.selectOptions(q(el, 'select[name="territory"]'), '2A');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Chloé M.']);
    expect(text(q(el, 'select[name="territory"] option[value="2A"]'))).toBe('Corse-du-Sud (2A)');
    await userEvent.selectOptions(q(el, 'select[name="territory"]'), '');
    await userEvent.click(q(el, '#pp-available'));
    await el.updateComplete;
    expect(shownTitles(el)).not.toContain('Karim B.'); // 2 missions out of 2: fully engaged
    expect(changes.at(-1)).toEqual({
      criteria: { query: '', domain: '', mission: '', territory: '', availableOnly: true },
      count: 3,
    });
  });

  it('choosing a mission selects its domain', async () => {
    const el = await mount({ feed: smallFeed() });
    await userEvent.selectOptions(q(el, 'select[name="mission"]'), 'parcours_soins.etp.1');
    await el.updateComplete;
    expect(q<HTMLSelectElement>(el, 'select[name="domain"]').value).toBe('parcours_soins');
    expect(shownTitles(el)).toEqual(['Karim B.']);
  });

  it('shows an empty state with a way out, which puts the focus back in the search field', async () => {
    const el = await mount({ feed: smallFeed() });
    await userEvent.type(q(el, 'input[type="search"]'), 'zzzz');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual([]);
    expect(text(q(el, '.empty'))).toContain('Aucun patient partenaire ne correspond à ces critères.');
    await userEvent.click(q(el, '.empty button'));
    await el.updateComplete;
    expect(shownTitles(el)).toHaveLength(4);
    expect(root(el).activeElement).toBe(q(el, 'input[type="search"]'));
    expect(root(el).querySelector('.empty')).toBeNull();
  });

  it('takes preset filters from attributes, and ignores (with a warning) values it does not know', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ feed: smallFeed() }, { domain: 'recherche', query: 'chloe' });
    expect(shownTitles(el)).toEqual(['Chloé M.']);
    expect(q<HTMLInputElement>(el, 'input[type="search"]').value).toBe('chloe');
    const bad = await mount({ feed: smallFeed() }, { domain: 'cardiologie', territory: '<b>', 'heading-level': 'x' });
    expect(shownTitles(bad)).toHaveLength(4);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/domain="cardiologie"[\s\S]*territory="<b>"/);
    // A HAS mission nobody has taken on yet is kept: the page says nobody matches.
    warn.mockClear();
    const none = await mount({ feed: smallFeed() }, { mission: 'recherche.impulsion.1' });
    expect(shownTitles(none)).toEqual([]);
    expect(root(none).querySelector('.empty')).not.toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('filters a directory of 1 000 partners correctly', async () => {
    const el = await mount({ feed: feedOf(manyPartners(1000), establishment) });
    expect(root(el).querySelectorAll('.item')).toHaveLength(1000);
    await userEvent.selectOptions(q(el, 'select[name="territory"]'), '2A');
    await userEvent.type(q(el, 'input[type="search"]'), 'NOE');
    await el.updateComplete;
    const visible = root(el).querySelectorAll('.item');
    const expected = el.visiblePartners;
    expect(visible.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.every(({ partner }) => partner.territory.departement.id === '2A' && /Noé/.test(partner.name ?? ''))).toBe(
      true,
    );
  });
});

describe('<pp-partner-list>: keyboard', () => {
  it('reaches every control in order, clears the search with Escape, and opens a card’s details', async () => {
    const el = await mount({ feed: smallFeed() });
    q<HTMLInputElement>(el, 'input[type="search"]').focus();
    await userEvent.keyboard('karim');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Karim B.']);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(shownTitles(el)).toHaveLength(4);
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      const active = root(el).activeElement as HTMLElement;
      order.push(active.getAttribute('name') ?? active.getAttribute('part') ?? active.tagName);
    }
    expect(order).toEqual(['domain', 'mission', 'territory', 'available', 'reset', 'contact-link', 'toggle', 'contact-link']);
    // Back to the first card's toggle, opened with the keyboard.
    await userEvent.tab({ shift: true });
    const toggle = root(el).activeElement as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle)).toBe("Plus d'informations au sujet de Hélène Lœwy");
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root(el).activeElement).toBe(toggle);
    const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(text(details)).toContain('Participer aux comités de pilotage');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root(el).querySelector('.details')).toBeNull();
  });
});

describe('<pp-partner-list>: consent, hostile data, bad feeds', () => {
  it('search never finds what a person did not consent to show', async () => {
    const partners = [person('a', 'Ana', {}, ['experience']), person('b', 'Bea', {})];
    const el = await mount({ feed: feedOf(partners, establishment) });
    await userEvent.type(q(el, 'input[type="search"]'), 'diabete');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Bea']);
  });

  it('renders HTML payloads as text, in cards, filters and summary', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const partners = [
      person('a', payload, { abilities: [payload], territory: { departement: '13', commune: payload, remote: false } }),
    ];
    const el = await mount({ feed: feedOf(partners, { name: payload }) });
    await userEvent.click(q(el, '.toggle'));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(root(el).querySelector('img[src="x"], [onerror]')).toBeNull();
    expect(text(q(el, '.title'))).toBe(payload);
  });

  it('shows the valid profiles of a partly invalid feed, says how many were left out, and warns the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const feed = smallFeed() as unknown as { partners: unknown[] };
    feed.partners.push({ id: 'broken', name: { display: 42 } }, { ...(feed.partners[0] as object) });
    const el = await mount({ feed: feed as unknown as PublicFeed });
    expect(shownTitles(el)).toHaveLength(4);
    expect(text(q(el, '[part="notice"]'))).toBe("2 profils n'ont pas pu être affichés : leurs données sont invalides.");
    const messages = warn.mock.calls.map((c) => String(c[0])).join('\n');
    // The published feed holds the 4 listed people (the withdrawn one was never published).
    expect(messages).toContain('partners[4] (broken)');
    expect(messages).toContain('partners[5] (a) — identifiant en double');
  });

  it('an unusable feed: a polite message and the page’s fallback content, never an exception', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const failed = vi.fn();
    document.body.addEventListener('pp-error', (e) => failed((e as CustomEvent).detail.message));
    const el = document.createElement('pp-partner-list');
    el.innerHTML = '<p>Annuaire disponible à l’accueil.</p>';
    el.setAttribute('src', 'http://127.0.0.1:9/none.json');
    document.body.append(el);
    await vi.waitFor(() => expect(text(el.shadowRoot!)).toContain('inaccessible pour le moment'), { timeout: 9000 });
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]?.textContent).toBe('Annuaire disponible à l’accueil.');
    const invalid = await mount(
      { feed: { schemaVersion: 2, generatedAt: GENERATED_AT, establishment: {}, partners: [] } as unknown as PublicFeed },
      { lang: 'en' },
    );
    expect(text(root(invalid))).toBe('The list of patient partners cannot be shown: Field establishment.name: required value');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(failed).toHaveBeenCalledTimes(2);
  });
});

describe('<pp-partner-list>: a registry or a v1 file shows nothing of itself', () => {
  it('by `src`, as `feed` or among `feeds`: the fallback, a short message, a warning naming `binome publish`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = vi.fn();
    document.body.addEventListener('pp-error', failed);
    const registry = smallRegistry();
    const bySrc = document.createElement('pp-partner-list');
    bySrc.innerHTML = '<p>Annuaire disponible à l’accueil.</p>';
    bySrc.setAttribute('src', '/test/browser/partner-card/fixtures/registre.json');
    document.body.append(bySrc);
    const asFeed = await mount({ feed: registry as unknown as PublicFeed });
    const v1 = await mount({ feeds: [{ ...registry, schemaVersion: 1 }] as unknown as PublicFeed[] });
    await vi.waitFor(() => expect(text(bySrc.shadowRoot!)).toContain('(format 2)'));
    for (const el of [bySrc, asFeed, v1]) {
      expect(text(root(el))).toContain("ce n'est pas un annuaire public de patients partenaires (format 2)");
      expect(root(el).innerHTML).not.toMatch(/Hélène|Lœwy|Karim|Chloé|Secret|Parti|Camille|Ferrand|Rémi|Valence|diab|consent/i);
      expect(root(el).querySelector('.grid, .summary, form')).toBeNull();
    }
    expect(bySrc.shadowRoot!.querySelector('slot')!.assignedElements()[0]?.textContent).toBe('Annuaire disponible à l’accueil.');
    expect(warn.mock.calls.map((c) => String(c[0])).filter((w) => w.includes(PUBLISH_HINT))).toHaveLength(3);
    expect(failed).toHaveBeenCalledTimes(3);
  });
});

describe('<pp-partner-list>: several establishments in one directory (a GHT)', () => {
  const other: Establishment = { name: 'CH des Trois-Rivières (fictif)', contactEmail: 'usagers@ch-trois-rivieres.example.org' };
  /** A second feed whose ids repeat the first one's: (feed, id) is the key. */
  const rivieres = () =>
    feedOf(
      [
        person('a', 'Maëlle Q.', { gender: 'f', domains: ['recherche'], missions: ['recherche.gouvernance.1'] }),
        person('b', 'Ousmane D.', { gender: 'm', domains: ['parcours_soins'], missions: [] }),
      ],
      other,
    );

  it('`feeds`: every partner with their own establishment (line, contact, data-pp-shown), and an establishment filter', async () => {
    const loaded = vi.fn();
    document.body.addEventListener('pp-load', (e) => loaded((e as CustomEvent).detail));
    const el = await mount({ feeds: [smallFeed(), rivieres()] });
    expect(shownTitles(el)).toEqual([
      'Hélène Lœwy',
      'Karim B.',
      'Chloé M.',
      'Patiente partenaire — formation et enseignement',
      'Maëlle Q.',
      'Ousmane D.',
    ]);
    expect(text(q(el, '.summary'))).toMatch(/^6 patientes et patients partenaires/);
    const items = [...root(el).querySelectorAll<HTMLElement>('.item')];
    expect(text(items[4]!.querySelector('.establishment')!)).toBe('Établissement : CH des Trois-Rivières (fictif)');
    expect(items[4]!.querySelector('a[href^="mailto:usagers@ch-trois-rivieres"]')).not.toBeNull();
    expect(items[0]!.querySelector('a[href^="mailto:partenariat@ch-valmont"]')).not.toBeNull();
    const data = JSON.parse(items[4]!.querySelector('article')!.getAttribute('data-pp-shown')!);
    expect(data.establishment).toEqual(other);
    expect(data.partner.id).toBe('a');
    expect(loaded).toHaveBeenCalledWith({ count: 6, rejected: 0, failed: [] });
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('select[name="establishment"] option')].map((o) => o.text);
    expect(options).toEqual(['Tous les établissements', 'CH de Valmont (fictif)', 'CH des Trois-Rivières (fictif)']);
    await userEvent.selectOptions(q(el, 'select[name="establishment"]'), '1');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Maëlle Q.', 'Ousmane D.']);
    expect(el.visiblePartners.map((p) => [p.partner.id, p.establishment.name])).toEqual([
      ['a', 'CH des Trois-Rivières (fictif)'],
      ['b', 'CH des Trois-Rivières (fictif)'],
    ]);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('one establishment only: no establishment line, no establishment filter', async () => {
    const el = await mount({ feeds: [smallFeed()] });
    expect(root(el).querySelector('select[name="establishment"]')).toBeNull();
    expect(root(el).querySelector('.establishment:not(:empty)')).toBeNull();
  });

  it('`src` with several URLs; one that fails: the others are shown, with a message naming it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = vi.fn();
    document.body.addEventListener('pp-load', (e) => loaded((e as CustomEvent).detail));
    const url = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
    const missing = 'http://127.0.0.1:9/ch-c.json';
    const el = await mount({}, { src: `${url(smallFeed())}  ${missing} ${url(rivieres())}` });
    await vi.waitFor(() => expect(root(el).querySelectorAll('.item')).toHaveLength(6), { timeout: 9000 });
    expect(text(q(el, '.notice.pp-error'))).toBe(
      `Annuaire « ${missing} » non affiché : La liste des patients partenaires est inaccessible pour le moment. Merci de réessayer plus tard.`,
    );
    expect(loaded).toHaveBeenCalledWith({ count: 6, rejected: 0, failed: [missing] });
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(missing);
  });
});

describe('<pp-partner-list>: each card says what it displays (data-pp-shown)', () => {
  it('the compact cut, then the full one once the card’s details are open', async () => {
    const feed = smallFeed();
    const el = await mount({ feed });
    const article = () => q(el, '.item article');
    expect(JSON.parse(article().getAttribute('data-pp-shown')!)).toEqual({
      partner: shownEntry(feed.partners[0]!, 'compact'),
      establishment,
      detail: 'compact',
    });
    await userEvent.click(q(el, '.toggle'));
    await el.updateComplete;
    expect(JSON.parse(article().getAttribute('data-pp-shown')!)).toEqual({
      partner: shownEntry(feed.partners[0]!, 'full'),
      establishment,
      detail: 'full',
    });
  });
});

describe('<pp-partner-list>: accessibility', () => {
  it('has no axe violation: directory with an open card, empty state, summary-only, English', async () => {
    const el = await mount({ feed: smallFeed() });
    await userEvent.click(q(el, '.toggle'));
    const empty = await mount({ feed: smallFeed() }, { query: 'zzzz' });
    await mount({ feed: smallFeed() }, { 'summary-only': '' });
    await mount({ feed: smallFeed() }, { lang: 'en' });
    await el.updateComplete;
    expect(root(empty).querySelector('.empty')).not.toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('labels every control inside its own shadow root, and groups them in a fieldset', async () => {
    const el = await mount({ feed: smallFeed() });
    for (const control of root(el).querySelectorAll('input, select')) {
      expect(root(el).querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    expect(root(el).querySelector('form[role="search"] fieldset > legend')).not.toBeNull();
    expect(q(el, '[role="status"]').className).toBe('pp-visually-hidden');
  });

  it('does not scroll sideways at 320 px (the width of 1 280 px at 400 % zoom)', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const el = await mount({ feed: smallFeed() }, {}, box);
    await userEvent.click(q(el, '.toggle'));
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('form, fieldset, select, input, .grid, article')) {
      expect(node.getBoundingClientRect().right, node.tagName).toBeLessThanOrEqual(box.getBoundingClientRect().right + 0.5);
    }
  });
});
