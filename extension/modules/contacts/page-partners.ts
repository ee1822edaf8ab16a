/**
 * Runs IN THE WEB PAGE (partner-reader.js, injected on demand): finds the partner cards
 * the page shows and returns what each one shows — nothing else, and WITHOUT any request.
 *
 * - The widgets write on each card root they draw (`article[part~="card"]` in the open
 *   shadow root of `<pp-partner-card>`, and of `<pp-partner-list>` for its cards) the
 *   attribute `data-pp-shown` = `{ partner, establishment, detail }`: the public feed entry
 *   cut to exactly what that card displays, the feed's establishment, and whether the card
 *   shows every field or the compact ones (shared/contacts/shown.ts). Reading attributes of open shadow roots is all this script does.
 * - Cards are found anywhere, also inside other components' open shadow roots. A card
 *   counts only when drawn: a widget in error, a withdrawn person, a filtered-out card
 *   or a summary sentence draws none, so none is offered.
 * - Each value is validated with the public feed's schema here, and again by the
 *   extension (contacts/found.ts); a broken one is reported, the others stay.
 * - The feed's address is the widget's `src` attribute when it names exactly one feed
 *   (a contact is keyed by feed and id: contacts/contact.ts); it is never fetched.
 * - A card showing only its compact fields (`detail: 'compact'`: a compact card, or a
 *   directory card whose « Plus d'informations » is closed) speaks for those fields only
 *   (contacts/contact.ts).
 */
import { fullerOf, readShownAttribute, SHOWN_ATTRIBUTE } from '../../../shared/contacts/shown';
import { isHttpUrl } from '../../../shared/schemas/common';
import type { FoundPartner, FoundPartners } from '../../../shared/schemas/contact';

const CARD = 'pp-partner-card';
const LIST = 'pp-partner-list';
const CARD_ROOT = `article[part~="card"][${SHOWN_ATTRIBUTE}]`;
const MAX_CARDS = 5000;

/** Every partner widget in the document and in open shadow roots, in document order. */
export function findPartnerWidgets(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Document | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === CARD || el.localName === LIST) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** The feed a widget names, when it names exactly one http(s) feed (`src` may list several). */
function feedOf(widget: Element, base: string): string | undefined {
  const src = widget.getAttribute('src')?.trim();
  if (!src || /\s/.test(src)) return undefined;
  try {
    const url = new URL(src, base).href;
    return isHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The partners the page shows, ready for the extension (which validates them again before any use). */
export function readPagePartners(doc: Document = document): FoundPartners {
  const pageUrl = doc.location?.href ?? doc.URL;
  const problems: string[] = [];
  const byKey = new Map<string, FoundPartner>();
  let read = 0;

  for (const widget of findPartnerWidgets(doc)) {
    const root = widget.shadowRoot;
    if (!root) continue;
    const feedUrl = feedOf(widget, doc.baseURI);
    root.querySelectorAll(CARD_ROOT).forEach((card, index) => {
      if (read++ >= MAX_CARDS) return;
      const reading = readShownAttribute(card.getAttribute(SHOWN_ATTRIBUTE));
      if (!reading.ok) {
        if (problems.length < 50) problems.push(`<${widget.localName}> card ${index + 1}: ${reading.problem}`.slice(0, 500));
        return;
      }
      // A compact card speaks for its few fields only (contacts/contact.ts refreshContact).
      const partner: FoundPartner = {
        shown: reading.shown,
        detail: reading.detail,
        ...(feedUrl ? { feedUrl } : {}),
        establishment: reading.establishment,
      };
      // One person of one establishment, however many widgets show them (ids are unique per establishment).
      const key = JSON.stringify([reading.establishment.name, reading.shown.id]);
      const before = byKey.get(key);
      byKey.set(key, before ? fullerOf(before, partner) : partner);
    });
  }
  return { pageUrl, pageTitle: doc.title.slice(0, 1000), partners: [...byKey.values()], problems };
}
