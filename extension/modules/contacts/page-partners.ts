/**
 * Runs IN THE WEB PAGE (partner-reader.js, injected on demand): finds the partner widgets
 * the page shows and returns their cards' public data — nothing else.
 *
 * - Widgets are found anywhere, also inside other components' open shadow roots.
 * - A card counts only when the widget drew it (an error or a withdrawn person draws
 *   none); a directory gives only the cards on screen after the visitor's filters
 *   (contacts/rendered.ts). `summary-only` directories show no card.
 * - The data is the widget's own feed (`src`, read again without cookies, with a timeout
 *   and a size cap: widgets/internal/fetch-json.ts), validated by the shared schema and
 *   passed through the ONE consent rule (shared/partners/public-view.ts) exactly as the
 *   widget does, then cut to what the card showed (a compact card: compact fields).
 *   The raw feed never leaves the page.
 * - Widgets given their data by script (no `src`) are reported, not read.
 */
import { matchRenderedCards, type RenderedCard, type ViewsByLocale } from '../../../shared/contacts/rendered';
import { fullerOf, shownFromView } from '../../../shared/contacts/shown';
import { parsePartnerDirectory, resolveFeedUrls } from '../../../shared/partners/directory';
import { publicViews } from '../../../shared/publish/public-view';
import { isHttpUrl } from '../../../shared/schemas/common';
import type { FoundPartner, FoundPartners } from '../../../shared/schemas/contact';
import type { Establishment } from '../../../shared/schemas/registry';
import type { PartnerProfile } from '../../../shared/schemas/partner';
import { type FetchJsonResult, fetchJson } from '../../../widgets/internal/fetch-json';

const CARD = 'pp-partner-card';
const LIST = 'pp-partner-list';

/** Every partner widget in the document and in open shadow roots, in document order. */
export function findPartnerWidgets(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === CARD || el.localName === LIST) out.push(el);
      // Our widgets' own shadow roots hold no further widgets (the directory draws its cards as templates).
      else if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** The cards a widget has drawn: their heading and contact links. */
export function drawnCards(widget: Element): RenderedCard[] {
  const root = widget.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll('[part~="card"]')].map((card) => ({
    title: card.querySelector('[part~="name"]')?.textContent ?? '',
    hrefs: [...card.querySelectorAll<HTMLAnchorElement>('a[part~="contact-link"]')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

interface Feed {
  readonly url: string;
  readonly establishment: Establishment;
  readonly views: ViewsByLocale & { fr: NonNullable<ViewsByLocale['fr']> };
}

type FeedResult = { ok: true; feed: Feed } | { ok: false; problem: string };

async function readFeed(url: string, fetcher: (url: string) => Promise<FetchJsonResult>): Promise<FeedResult> {
  const result = await fetcher(url);
  if (!result.ok) return { ok: false, problem: `${url}: ${result.reason}` };
  const directory = parsePartnerDirectory(resolveFeedUrls(result.data, url));
  if (!directory.ok) return { ok: false, problem: `${url}: ${directory.message}` };
  const partners: readonly PartnerProfile[] = directory.partners;
  // Both languages: a widget's contact subjects and headings follow its own `lang`.
  const views = {
    fr: publicViews(partners, directory.establishment, { locale: 'fr' }),
    en: publicViews(partners, directory.establishment, { locale: 'en' }),
  };
  return { ok: true, feed: { url, establishment: directory.establishment, views } };
}

export interface ReadOptions {
  readonly fetcher?: (url: string) => Promise<FetchJsonResult>;
}

/** The partners the page shows, ready for the extension (which validates them again before any use). */
export async function readPagePartners(
  doc: Document = document,
  { fetcher = fetchJson }: ReadOptions = {},
): Promise<FoundPartners> {
  const widgets = findPartnerWidgets(doc);
  const problems: string[] = [];
  const feeds = new Map<string, Promise<FeedResult>>();
  const byKey = new Map<string, FoundPartner>();

  for (const widget of widgets) {
    const src = widget.getAttribute('src');
    if (widget.localName === LIST && widget.hasAttribute('summary-only')) continue;
    const cards = drawnCards(widget);
    if (cards.length === 0) continue;
    if (!src) {
      problems.push(`<${widget.localName}> without src`);
      continue;
    }
    let url: string;
    try {
      url = new URL(src, doc.baseURI).href;
    } catch {
      problems.push(`<${widget.localName}> src`);
      continue;
    }
    if (!isHttpUrl(url)) continue;
    let pending = feeds.get(url);
    if (!pending) {
      pending = readFeed(url, fetcher);
      feeds.set(url, pending);
    }
    const read = await pending;
    if (!read.ok) {
      if (!problems.includes(read.problem)) problems.push(read.problem);
      continue;
    }
    const { feed } = read;
    const shown =
      widget.localName === CARD
        ? feed.views.fr
            .filter((v) => v.id === widget.getAttribute('partner-id'))
            // A compact card shows the compact fields; the full card (default) shows all of them.
            .map((v) => shownFromView(v, widget.getAttribute('variant') === 'compact' ? 'compact' : 'full'))
        : // A directory's cards open on their full details (« Plus d'informations »).
          matchRenderedCards(cards, feed.views).map((i) =>
            shownFromView(feed.views.fr[i] as (typeof feed.views.fr)[number], 'full'),
          );
    for (const partner of shown) {
      const key = `${url}#${partner.partnerId}`;
      const before = byKey.get(key);
      byKey.set(key, {
        shown: before ? fullerOf(before.shown, partner) : partner,
        feedUrl: url,
        establishment: feed.establishment,
      });
    }
  }
  return { pageUrl: doc.location?.href ?? doc.URL, pageTitle: doc.title.slice(0, 1000), partners: [...byKey.values()], problems };
}
