/**
 * The page reader (partner-reader.js) on real widgets in Chromium: it offers exactly the
 * cards the page shows, through the public view, and nothing the page does not show.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPagePartners } from '../../../extension/modules/contacts/page-partners';
import '../../../widgets/partner-card/index';
import '../../../widgets/partner-list/index';
import { coerceFoundPartners } from '../../../shared/contacts/found';
import { ShownPartnerSchema } from '../../../shared/schemas/contact';
import type { PpPartnerCard } from '../../../widgets/partner-card/index';
import type { PpPartnerList } from '../../../widgets/partner-list/index';

// The demo hospital's feed, served by the test server as a hospital would serve it.
const FEED = '/demo/data/partenaires.json';
const feedUrl = new URL(FEED, location.href).href;

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
});

function page(html: string): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

async function drawn(el: Element, atLeast = 1): Promise<void> {
  const start = performance.now();
  while ((el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) < atLeast) {
    if (performance.now() - start > 5000) throw new Error(`${el.localName} drew no card`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ids = (found: Awaited<ReturnType<typeof readPagePartners>>) => found.partners.map((p) => p.shown.partnerId);

describe('readPagePartners', () => {
  it('reads a directory’s cards and a card, through the public view, with the feed and establishment', async () => {
    const root = page(`<pp-partner-list src="${FEED}"></pp-partner-list>
      <pp-partner-card src="${FEED}" partner-id="pp-009"></pp-partner-card>`);
    const list = root.querySelector('pp-partner-list') as PpPartnerList;
    await drawn(list, 20);
    await drawn(root.querySelector('pp-partner-card') as Element);
    const found = await readPagePartners(document);
    expect(found.pageUrl).toBe(location.href);
    // The directory's cards (the coordinator's own card is one of them: one entry).
    expect(ids(found)).toEqual(list.visiblePartners.map((v) => v.id));
    for (const partner of found.partners) {
      expect(ShownPartnerSchema.safeParse(partner.shown).success).toBe(true);
      expect(partner.feedUrl).toBe(feedUrl);
      expect(partner.establishment?.name).toBe('Centre hospitalier de Valmont (fictif)');
    }
    // Withdrawn consents and the manager are not on the page, so not offered.
    for (const absent of ['pp-022', 'pp-024', 'pp-033', 'pp-035']) expect(ids(found)).not.toContain(absent);
    // No name without the name consent; no health data without the experience consent.
    const text = JSON.stringify(found);
    expect(text).not.toMatch(/Sophie|Lanier|Fatou|Sow\b|"photo"|"consents"/);
    expect(found.partners.find((p) => p.shown.partnerId === 'pp-007')?.shown.experience).toBeUndefined();
    // What the extension receives passes its own check unchanged.
    expect(coerceFoundPartners(JSON.parse(text))).toEqual(found);
  });

  it('follows the directory’s filters: only the cards on screen', async () => {
    const root = page(`<pp-partner-list src="${FEED}"></pp-partner-list>`);
    const list = root.querySelector('pp-partner-list') as PpPartnerList;
    await drawn(list, 20);
    list.domain = 'recherche';
    await list.updateComplete;
    const start = performance.now();
    while (list.shadowRoot?.querySelectorAll('[part~="card"]').length !== list.visiblePartners.length) {
      if (performance.now() - start > 5000) throw new Error('filter not applied');
      await new Promise((r) => setTimeout(r, 20));
    }
    const found = await readPagePartners(document);
    expect(ids(found)).toEqual(list.visiblePartners.map((v) => v.id));
    expect(found.partners.length).toBeLessThan(20);
    expect(found.partners.every((p) => p.shown.domains.includes('recherche'))).toBe(true);
  });

  it('keeps a compact card’s fields only, skips presence sentences, cards in error and script-fed cards', async () => {
    const root = page(`<pp-partner-list src="${FEED}" summary-only></pp-partner-list>
      <pp-partner-card src="${FEED}" partner-id="pp-020" variant="compact"></pp-partner-card>
      <pp-partner-card src="${FEED}" partner-id="pp-022"></pp-partner-card>
      <pp-partner-card src="/demo/data/absent.json" partner-id="pp-001"></pp-partner-card>
      <pp-partner-card id="scripted"></pp-partner-card>`);
    const [compact, withdrawn, broken] = [...root.querySelectorAll('pp-partner-card')] as PpPartnerCard[];
    await drawn(compact as Element);
    const scripted = root.querySelector('#scripted') as PpPartnerCard;
    const { partners } = await import('../../fixtures/partners').then((m) => ({ partners: [m.validPartner] }));
    scripted.partner = partners[0];
    await drawn(scripted);
    await withdrawn?.updateComplete;
    await broken?.updateComplete;
    const found = await readPagePartners(document);
    expect(ids(found)).toEqual(['pp-020']);
    const [olivier] = found.partners;
    expect(olivier?.shown).toMatchObject({
      detail: 'compact',
      name: 'Olivier F.',
      missions: [],
      trainings: [],
      personal: { email: 'olivier.fabre@example.org' }, // the compact card's one link
    });
    expect(olivier?.shown.experience).toBeUndefined();
    expect(found.problems).toEqual(['<pp-partner-card> without src']);
  });

  it('finds widgets inside other components’ open shadow roots, and reads each feed once', async () => {
    const root = page('<div id="cms-block"></div>');
    const block = (root.querySelector('#cms-block') as HTMLElement).attachShadow({ mode: 'open' });
    block.innerHTML = `<pp-partner-card src="${FEED}" partner-id="pp-001"></pp-partner-card>
      <pp-partner-card src="${FEED}" partner-id="pp-009" variant="compact"></pp-partner-card>`;
    for (const card of block.querySelectorAll('pp-partner-card')) await drawn(card);
    const fetched: string[] = [];
    const found = await readPagePartners(document, {
      fetcher: async (url) => {
        fetched.push(url);
        const response = await fetch(url, { credentials: 'omit' });
        return { ok: true, data: await response.json() };
      },
    });
    expect(ids(found)).toEqual(['pp-001', 'pp-009']);
    expect(fetched).toEqual([feedUrl]);
  });

  it('says so, and offers nothing, when the feed cannot be read again', async () => {
    const root = page(`<pp-partner-card src="${FEED}" partner-id="pp-001"></pp-partner-card>`);
    await drawn(root.querySelector('pp-partner-card') as Element);
    const found = await readPagePartners(document, { fetcher: async () => ({ ok: false, reason: 'timeout', detail: '' }) });
    expect(found.partners).toEqual([]);
    expect(found.problems).toEqual([`${feedUrl}: timeout`]);
  });
});
