/**
 * Which partners a directory (`<pp-partner-list>`) shows right now. The directory draws
 * its cards in its shadow root from the public views of its feed, after the visitor's
 * filters; the page reader sees each card's heading and contact links, and this module
 * finds the view each card was drawn from — so a filtered directory gives only the
 * cards on screen, and nothing the page did not show.
 *
 * A card is recognised by a contact link only one view has (the establishment's
 * mailto: carries the person's reference in its subject; an own address is personal),
 * else by its heading (the consented name, or the role-only title), in order.
 */
import type { Locale } from '../i18n/locale';
import { partnerTitle } from '../partners/labels';
import type { PublicPartner } from '../publish/public-view';

/** What the reader sees of one drawn card. */
export interface RenderedCard {
  /** The card's heading text. */
  readonly title: string;
  /** The hrefs of its contact links. */
  readonly hrefs: readonly string[];
}

/** The same profiles' public views in each language the widget may speak (contact subjects and titles differ). */
export type ViewsByLocale = Readonly<Partial<Record<Locale, readonly PublicPartner[]>>>;

function add(map: Map<string, Set<number>>, key: string, index: number): void {
  const set = map.get(key);
  if (set) set.add(index);
  else map.set(key, new Set([index]));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The indexes (into each locale's list, which share one order) of the views drawn as
 * `cards`, in the cards' order; a card that matches no view is left out.
 */
export function matchRenderedCards(cards: readonly RenderedCard[], views: ViewsByLocale): number[] {
  const byHref = new Map<string, Set<number>>();
  const byTitle = new Map<string, Set<number>>();
  for (const [locale, list] of Object.entries(views) as [Locale, readonly PublicPartner[]][]) {
    list.forEach((view, index) => {
      const routes = [...view.contact.personal, ...(view.contact.establishment?.routes ?? [])];
      for (const route of routes) add(byHref, route.href, index);
      add(byTitle, squash(partnerTitle(view, locale)), index);
    });
  }
  const used = new Set<number>();
  const out: number[] = [];
  for (const card of cards) {
    let found: number | undefined;
    for (const href of card.hrefs) {
      const candidates = byHref.get(href);
      if (candidates?.size === 1) {
        const [only] = candidates;
        if (only !== undefined && !used.has(only)) found = only;
        break;
      }
    }
    if (found === undefined) {
      for (const index of byTitle.get(squash(card.title)) ?? []) {
        if (!used.has(index)) {
          found = index;
          break;
        }
      }
    }
    if (found !== undefined) {
      used.add(found);
      out.push(found);
    }
  }
  return out;
}
