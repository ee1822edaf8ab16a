/**
 * The page reader (partner-reader.js) on the real widgets in Chromium, fed a feed
 * published from the demo registry (no request anywhere): it offers exactly the cards
 * the page shows, as they show them. The attribute contract itself, on hand-made DOM:
 * page-reader-contract.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPagePartners } from '../../../../extension/modules/contacts/page-partners';
import { SavedContactSchema } from '../../../../shared/schemas/contact';
import { entry, establishment, feed, page } from './demo-feed';
import '../../../../widgets/partner-card/index';
import '../../../../widgets/partner-list/index';
import type { PpPartnerCard } from '../../../../widgets/partner-card/index';
import type { PpPartnerList } from '../../../../widgets/partner-list/index';

afterEach(() => {
  vi.restoreAllMocks();
});

const ids = (found: ReturnType<typeof readPagePartners>) => found.partners.map((p) => p.shown.id);

async function drawn(el: Element, atLeast = 1): Promise<void> {
  const start = performance.now();
  while ((el.shadowRoot?.querySelectorAll('[part~="card"][data-pp-shown]').length ?? 0) < atLeast) {
    if (performance.now() - start > 5000) throw new Error(`${el.localName} drew no card`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('readPagePartners on the real widgets', () => {
  it('reads the directory’s cards on screen and a card, as the page shows them, without any request', async () => {
    const root = page('<pp-partner-list></pp-partner-list><pp-partner-card variant="compact"></pp-partner-card>');
    const list = root.querySelector('pp-partner-list') as PpPartnerList;
    list.feed = feed;
    const card = root.querySelector('pp-partner-card') as PpPartnerCard;
    card.partner = entry('pp-020');
    card.establishment = establishment;
    await drawn(list, 20);
    await drawn(card);
    const fetchSpy = vi.spyOn(window, 'fetch');
    const found = readPagePartners(document);
    expect(fetchSpy).not.toHaveBeenCalled();
    const onScreen = [...(list.shadowRoot?.querySelectorAll('[part~="card"][data-pp-shown]') ?? [])].map(
      (card) => JSON.parse(card.getAttribute('data-pp-shown') ?? '{}').partner.id as string,
    );
    expect(onScreen.length).toBe(feed.partners.length);
    expect(ids(found)).toEqual([...onScreen, 'pp-020'].filter((id, i, all) => all.indexOf(id) === i));
    // Withdrawn consents and the manager are not in the feed, so not on the page, so not offered.
    for (const absent of ['pp-022', 'pp-024', 'pp-033', 'pp-035']) expect(ids(found)).not.toContain(absent);
    expect(JSON.stringify(found)).not.toMatch(/Sophie|Lanier|Fatou|Sow\b|"photo"|"consents"/);
    // Each card read makes a valid contact.
    for (const p of found.partners) {
      const contact = {
        schemaVersion: 2,
        id: `c-${p.shown.id}`,
        detail: p.detail,
        shown: p.shown,
        source: { pageUrl: 'https://ch-valmont.example.org/', seenAt: '2026-06-02T10:00:00.000Z' },
        savedAt: '2026-06-02T10:00:00.000Z',
        updatedAt: '2026-06-02T10:00:00.000Z',
      };
      expect(SavedContactSchema.safeParse(contact).success).toBe(true);
    }
    const olivier = found.partners.find((p) => p.shown.id === 'pp-020');
    expect(olivier?.detail).toBe('compact');
    expect(olivier?.shown.missions).toEqual([]);
    expect(olivier?.shown.contact.map((r) => r.href)).toEqual(['mailto:olivier.fabre@example.org']);
  });
});
