import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerRegistry } from '../../../shared/schemas/registry';
import type { ConsentField, PartnerProfile } from '../../../shared/schemas/partner';
import '../../../widgets/partner-list/index';
import type { PpPartnerList } from '../../../widgets/partner-list/index';
import { makePartner } from '../../fixtures/partners';
import { manyPartners } from '../../unit/partners/many-partners';
import { axeViolations } from '../helpers/axe';

// The test page says lang="en"; a French hospital page says "fr".
document.documentElement.lang = 'fr';

const establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@ch-valmont.example.org' };

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

/** Five people over the four domains and three départements; one withdrawn from the listing. */
function smallFeed(): PartnerRegistry {
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
      "4 patients partenaires, dont 1 dans les parcours de soins, 1 dans l'adaptation de l'offre de soins, 1 en formation et enseignement et 2 en recherche",
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

  it('reads the demo feed from src, with its relative photos', async () => {
    const el = await mount({}, { src: '/demo/data/partenaires.json' });
    await vi.waitFor(() => expect(root(el).querySelectorAll('.item')).toHaveLength(34), { timeout: 5000 });
    expect(text(q(el, '.summary'))).toMatch(/^34 patients partenaires, dont/);
    expect(root(el).querySelector('img[src]')?.getAttribute('src')).toMatch(/^http:\/\/[^/]+\/demo\/assets\/photos\/p\d\d\.svg$/);
    expect(root(el).innerHTML).not.toMatch(/Rémi|Garnier|Samuel|Isabelle|Denis A/); // withdrawn, data deleted, manager
  });

  it('summary-only shows just the sentence a communication team can publish on its own', async () => {
    const el = await mount({ feed: smallFeed() }, { 'summary-only': '', 'summary-domains': 'recherche' });
    expect(text(root(el) as unknown as Node)).toBe('4 patients partenaires, dont 2 en recherche');
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
  });

  it('filters a directory of 1 000 partners correctly', async () => {
    const partners = manyPartners(1000);
    const el = await mount({ feed: { establishment, partners } });
    expect(root(el).querySelectorAll('.item')).toHaveLength(1000);
    await userEvent.selectOptions(q(el, 'select[name="territory"]'), '2A');
    await userEvent.type(q(el, 'input[type="search"]'), 'NOE');
    await el.updateComplete;
    const visible = root(el).querySelectorAll('.item');
    const expected = el.visiblePartners;
    expect(visible.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.every((v) => v.territory.departement === '2A' && /Noé/.test(v.name ?? ''))).toBe(true);
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
    const el = await mount({ feed: { establishment, partners } });
    await userEvent.type(q(el, 'input[type="search"]'), 'diabete');
    await el.updateComplete;
    expect(shownTitles(el)).toEqual(['Bea']);
  });

  it('renders HTML payloads as text, in cards, filters and summary', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const partners = [
      person('a', payload, { abilities: [payload], territory: { departement: '13', commune: payload, remote: false } }),
    ];
    const el = await mount({ feed: { establishment: { name: payload }, partners } });
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
    const el = await mount({ feed });
    expect(shownTitles(el)).toHaveLength(4);
    expect(text(q(el, '[part="notice"]'))).toBe("2 profils n'ont pas pu être affichés : leurs données sont invalides.");
    const messages = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(messages).toContain('partners[5] (broken)');
    expect(messages).toContain('partners[6] (a) — identifiant en double');
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
    const invalid = await mount({ feed: { establishment: {}, partners: [] } }, { lang: 'en' });
    expect(text(root(invalid))).toBe('The list of patient partners cannot be shown: Field establishment.name: required value');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(failed).toHaveBeenCalledTimes(2);
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
