/** Finding which people a directory shows from its drawn cards (heading + contact links). */
import { describe, expect, it } from 'vitest';
import { matchRenderedCards, type RenderedCard } from '../../../shared/contacts/rendered';
import { partnerTitle } from '../../../shared/partners/labels';
import type { PublicPartner } from '../../../shared/publish/public-view';
import { prng } from '../library/generate';
import { demoViews } from './helpers';

/** A card as the directory draws it: heading, and the compact card's one link. */
function drawn(view: PublicPartner, locale: 'fr' | 'en'): RenderedCard {
  const route = view.contact.personal[0] ?? view.contact.establishment?.routes[0];
  return { title: partnerTitle(view, locale), hrefs: route ? [route.href] : [] };
}

describe('matchRenderedCards', () => {
  const fr = demoViews('fr');
  const en = demoViews('en');

  it('finds every drawn card of the whole directory, in the order drawn', () => {
    const cards = fr.map((v) => drawn(v, 'fr'));
    expect(matchRenderedCards(cards, { fr, en })).toEqual(fr.map((_, i) => i));
  });

  it('finds only the cards a filtered directory still shows, whatever the order and the language', () => {
    const random = prng(7);
    for (let run = 0; run < 20; run++) {
      const locale = run % 2 ? 'en' : 'fr';
      const views = locale === 'en' ? en : fr;
      const picked = views.map((_, i) => i).filter(() => random() < 0.4);
      picked.sort(() => random() - 0.5);
      const cards = picked.map((i) => drawn(views[i] as PublicPartner, locale));
      expect(matchRenderedCards(cards, { fr, en })).toEqual(picked);
    }
  });

  it('tells apart people shown without their name (same heading) by their contact reference', () => {
    const unnamed = fr.map((v, i) => [v, i] as const).filter(([v]) => !v.name);
    expect(unnamed.length).toBeGreaterThan(1);
    const cards = unnamed.map(([v]) => drawn(v, 'fr')).reverse();
    expect(matchRenderedCards(cards, { fr })).toEqual(unnamed.map(([, i]) => i).reverse());
  });

  it('falls back on the heading when links are shared, and ignores cards it cannot match', () => {
    const a = fr[0] as PublicPartner;
    const cards: RenderedCard[] = [
      { title: partnerTitle(a, 'fr'), hrefs: ['https://ch-valmont.example.org/partenariat/contact'] },
      { title: 'Personne inconnue', hrefs: ['mailto:inconnu@example.org'] },
    ];
    expect(matchRenderedCards(cards, { fr })).toEqual([0]);
    expect(matchRenderedCards([], { fr })).toEqual([]);
  });
});
