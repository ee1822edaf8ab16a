/**
 * The card's `photo` part: the portrait, or the neutral silhouette — never both. The
 * silhouette is written only into cards without a photo (widgets/partner-card/render.ts: a
 * directory clones a thousand cards), so a host styling `::part(photo)` cannot reveal a
 * silhouette behind a portrait.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicPartnerEntry } from '../../../shared/schemas/public-feed';
import '../../../widgets/partner-card/index';
import '../../../widgets/partner-list/index';
import type { PpPartnerCard } from '../../../widgets/partner-card/index';
import { makePartner } from '../../fixtures/partners';
import { ESTABLISHMENT as establishment, feedOf } from '../../helpers/feed-fixtures';

const PHOTO = new URL('/test/browser/partner-card/fixtures/photos/p01.svg', location.origin).href;

const withPhoto = (id: string) =>
  makePartner({ id, name: { display: `Camille ${id}` }, photo: { url: PHOTO, alt: 'Portrait illustré' } });
const withoutPhoto = (id: string) => makePartner({ id, name: { display: `Karim ${id}` }, photo: undefined });

async function card(partner: PublicPartnerEntry, variant: 'full' | 'compact') {
  const el = document.createElement('pp-partner-card') as PpPartnerCard;
  el.setAttribute('variant', variant);
  Object.assign(el, { partner, establishment });
  document.body.append(el);
  await el.updateComplete;
  return el.shadowRoot!;
}

/** What a `::part(photo)` rule of the host page would style, and whether each is shown. */
const photoParts = (root: ParentNode) =>
  [...root.querySelectorAll('[part~="photo"]')].map((node) => ({
    tag: node.localName,
    shown: getComputedStyle(node).display !== 'none',
  }));

afterEach(() => document.body.replaceChildren());

describe('the photo part: the portrait or the silhouette, never both', () => {
  for (const variant of ['full', 'compact'] as const) {
    it(`${variant} card with a photo: the portrait alone`, async () => {
      const root = await card(feedOf([withPhoto('pp-a')]).partners[0]!, variant);
      expect(photoParts(root)).toEqual([{ tag: 'img', shown: true }]);
      expect(root.querySelector('svg')).toBeNull();
    });

    it(`${variant} card without a photo: the silhouette, and the image kept hidden without a source`, async () => {
      const root = await card(feedOf([withoutPhoto('pp-b')]).partners[0]!, variant);
      expect(photoParts(root)).toEqual([
        { tag: 'img', shown: false },
        { tag: 'svg', shown: true },
      ]);
      const img = root.querySelector('img')!;
      expect(img.hidden).toBe(true);
      expect(img.hasAttribute('src')).toBe(false);
      expect(root.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    });
  }

  it('in a directory: each card as its own data says, also after a card is opened and closed', async () => {
    const list = document.createElement('pp-partner-list');
    list.feed = feedOf([withPhoto('pp-1'), withoutPhoto('pp-2'), withPhoto('pp-3')]);
    document.body.append(list);
    await list.updateComplete;
    const items = () => [...list.shadowRoot!.querySelectorAll('li.item')];
    const tags = () => items().map((li) => photoParts(li).map((p) => `${p.tag}${p.shown ? '' : ' (hidden)'}`));
    const expected = [['img'], ['img (hidden)', 'svg'], ['img']];
    expect(tags()).toEqual(expected);
    for (const li of items()) (li.querySelector('button.toggle') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(items().every((li) => li.querySelector('.details'))).toBe(true);
    expect(tags()).toEqual(expected);
    for (const li of items()) (li.querySelector('button.toggle') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(tags()).toEqual(expected);
  });
});
