/**
 * The card template, shared by <pp-partner-card> and <pp-partner-list> (which
 * renders hundreds of cards in its own shadow root rather than hundreds of
 * elements). It reads ONLY a public feed entry (shared/schemas/public-feed.ts),
 * which holds only what the person consented to publish (publish(), applied where
 * the data left the registry), and words it with the feed's own labels. Every
 * value is bound as text; links are https/http (checked when the feed was read)
 * or the establishment's mailto:/https: routes (shared/publish/contact-routes.ts).
 *
 * Each card says what it displays in `data-pp-shown` (shared/partners/shown-entry.ts),
 * for the browser extension's page reader.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import {
  associationLabel,
  domainShortLabel,
  loadLabel,
  partnerTitle,
  photoAlt,
  primaryRoleLabel,
  roleLabels,
  termLabel,
  territoryLabel,
  themeLabels,
  trainingLabel,
} from '../../shared/partners/labels';
import { shownEntry } from '../../shared/partners/shown-entry';
import { ANONYMOUS, type ContactRoute, establishmentRoutes } from '../../shared/publish/contact-routes';
import type { Establishment } from '../../shared/schemas/establishment';
import type { PublicPartnerEntry } from '../../shared/schemas/public-feed';
import { type CardMessages, cardMessagesFor } from './messages';

export type CardVariant = 'compact' | 'full';

export interface CardOptions {
  readonly locale: Locale;
  readonly variant: CardVariant;
  /** 1–6: the level of the card's heading in the host page's outline. */
  readonly headingLevel: number;
  /** Unique within the shadow root (ids for aria-labelledby / aria-controls). */
  readonly idPrefix: string;
  /** Say which establishment the person works with (a directory gathering several feeds). */
  readonly showEstablishment?: boolean;
  /**
   * Compact cards in the directory: a disclosure button that shows the full details. Its
   * clicks are the directory's to handle (one listener for the grid).
   */
  readonly toggle?: { readonly expanded: boolean };
}

function fact(term: string, body: unknown): TemplateResult | typeof nothing {
  if (body === nothing || body === '' || (Array.isArray(body) && body.length === 0)) return nothing;
  return html`<div><dt>${term}</dt><dd>${body}</dd></div>`;
}

function list(items: readonly unknown[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function joined(items: readonly string[]): string {
  return items.join(', ');
}

const labels = (terms: readonly { fr: string; en?: string }[], locale: Locale) => terms.map((t) => termLabel(t, locale));

/** Everything else, for the full variant and the directory's expanded cards. */
function details(entry: PublicPartnerEntry, locale: Locale, m: CardMessages, id?: string): TemplateResult {
  const experience = entry.experience;
  const association = associationLabel(entry, locale);
  const lived = experience ? [...themeLabels(entry, locale), ...(experience.caregiver ? [m.caregiver(entry.gender)] : [])] : [];
  return html`<dl class="facts details" part="facts details" id=${id ?? nothing}>
    ${fact(m.statuses, joined(labels(entry.statuses, locale)))}
    ${fact(m.missions, list(labels(entry.missions, locale)))}
    ${fact(m.trainings, list(entry.trainings.map((t) => trainingLabel(t, locale))))}
    ${fact(m.association, association ?? nothing)}
    ${fact(m.languages, joined(labels(entry.languages, locale)))}
    ${fact(
      m.projects,
      list(entry.projects.map((p) => (p.url ? html`<a href=${p.url} rel="noopener noreferrer">${p.title}</a>` : p.title))),
    )}
    ${
      experience && (lived.length > 0 || experience.text)
        ? fact(
            m.experience,
            html`${joined(lived)}
            ${experience.text ? html`<p class="story">${experience.text}</p>` : nothing}`,
          )
        : nothing
    }
    ${fact(m.abilities, joined(entry.abilities))}
    ${fact(
      m.availability,
      [joined(labels(entry.availability.slots, locale)), joined(labels(entry.availability.commitment, locale))]
        .filter(Boolean)
        .join(' · '),
    )}
  </dl>`;
}

const isExternal = (route: ContactRoute) => route.kind === 'url' && /^https?:/i.test(route.href);

/** One contact link in words: the visible text, and the rest of the sentence for screen readers. */
interface LinkWords {
  readonly href: string;
  readonly external: boolean;
  readonly text: string;
  readonly hidden: string;
}

function linkWords(route: ContactRoute, text: string, about: string, m: CardMessages): LinkWords {
  const external = isExternal(route);
  return { href: route.href, external, text, hidden: `${about}${external ? m.newWindow : ''}` };
}

/** The establishment's routes, with the person's public reference in the e-mail subject. */
function routesOf(entry: PublicPartnerEntry, establishment: Establishment | undefined, locale: Locale): ContactRoute[] {
  return establishment ? establishmentRoutes(establishment, entry.name ?? ANONYMOUS[locale], entry.id, locale) : [];
}

/** The person's own route, published with their consent (no « au sujet de » for their own address or phone). */
function personalLink(route: ContactRoute, who: string, about: string, m: CardMessages): LinkWords {
  if (route.kind === 'email') return linkWords(route, m.personalEmail(who), '', m);
  if (route.kind === 'phone') return linkWords(route, `${m.personalPhone(who)} (${route.text})`, '', m);
  return linkWords(route, m.personalSite, about, m);
}

/**
 * The contact block's words. Full: through the establishment by default (its address and
 * contact page), then the person's own routes when the feed publishes them. Compact: ONE
 * route, the person's own first one, else the establishment's.
 */
function contactWords(
  entry: PublicPartnerEntry,
  establishment: Establishment | undefined,
  title: string,
  full: boolean,
  locale: Locale,
  m: CardMessages,
): { intro: string; links: LinkWords[] } {
  const about = m.about(title);
  const who = entry.name ?? title;
  if (!full) {
    const personal = entry.contact[0];
    if (personal) return { intro: '', links: [personalLink(personal, who, about, m)] };
    const route = routesOf(entry, establishment, locale)[0];
    return route
      ? { intro: '', links: [linkWords(route, m.contactVia, about, m)] }
      : { intro: m.noEstablishmentContact, links: [] };
  }
  return {
    intro: establishment ? m.viaEstablishment(establishment.name) : m.noEstablishmentContact,
    links: [
      ...routesOf(entry, establishment, locale).map((route) =>
        linkWords(route, route.kind === 'email' ? m.writeToEstablishment : m.establishmentForm, about, m),
      ),
      ...entry.contact.map((route) => personalLink(route, who, about, m)),
    ],
  };
}

function contactLink(link: LinkWords): TemplateResult {
  return html`<a part="contact-link" href=${link.href} target=${link.external ? '_blank' : nothing}
    rel=${link.external ? 'noopener noreferrer' : nothing}><span .textContent=${link.text}></span><span
    class="pp-visually-hidden" .textContent=${link.hidden}></span></a>`;
}

/** The domains as list items, made directly (a thousand cards: no template per tag); text only. */
function tagItems(labels: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const label of labels) {
    const li = document.createElement('li');
    li.className = 'tag';
    li.setAttribute('part', 'tag');
    li.textContent = label;
    fragment.append(li);
  }
  return fragment;
}

/** A portrait that fails to load is hidden (its text alternative would say nothing useful). `error` does not bubble: listen while capturing. */
export function hideBrokenPhotos(root: Node): void {
  root.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | null;
      if (target?.localName === 'img') target.classList.add('broken');
    },
    true,
  );
}

/**
 * The neutral silhouette, written only into cards without a photo (rather than into every
 * card and hidden by CSS): its three SVG elements are the costliest nodes of a card to
 * clone, a thousand times in a directory (bench/20-partners.bench.mjs).
 */
const SILHOUETTE = html`<svg class="photo placeholder" part="photo" viewBox="0 0 40 40" aria-hidden="true" focusable="false"><circle cx="20" cy="15" r="7" fill="currentColor" opacity="0.45"></circle><path d="M6 36c1.5-8 7-12 14-12s12.5 4 14 12z" fill="currentColor" opacity="0.45"></path></svg>`;

/** What every card of a render shares, written into the template once (fewer bindings per card). */
interface Baked {
  readonly level: number;
  readonly variant: CardVariant;
  /** Cards of a directory have a « Plus d'informations » button. */
  readonly toggle: boolean;
  readonly m: CardMessages;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rewritten strings of the card template (one call site, below), by words, then by level, variant and toggle. */
const cardStrings = new WeakMap<CardMessages, Map<string, TemplateStringsArray>>();

/** The card template's strings with `baked` written into them, rewritten once and then found again by a short key. */
function bakedStrings(strings: TemplateStringsArray, { level, variant, toggle, m }: Baked): TemplateStringsArray {
  let byKey = cardStrings.get(m);
  if (!byKey) {
    byKey = new Map();
    cardStrings.set(m, byKey);
  }
  const key = `${level}${variant}${toggle}`;
  let rewritten = byKey.get(key);
  if (!rewritten) {
    const words: Record<string, string> = {
      variant,
      domains: escapeHtml(m.domains),
      territory: escapeHtml(m.territory),
      load: escapeHtml(m.load),
      toggleHidden: toggle ? '' : ' hidden',
    };
    const parts = strings.map((part) =>
      part
        .replace(/<(\/?)h3\b/g, `<$1h${level}`)
        .replace(/\{\{(\w+)\}\}/g, (_, name: string) => words[name] ?? '')
        .replace(/>\s+</g, '><')
        .replace(/^\s+</, '<')
        .replace(/>\s+$/, '>'),
    );
    rewritten = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    byKey.set(key, rewritten);
  }
  return rewritten;
}

/**
 * `html` for the card template, rewritten once per heading level, variant, toggle and
 * words: the heading tag (written <h3>), `{{name}}` placeholders (our own words,
 * escaped; never data) and no whitespace between tags. A directory clones this template
 * a thousand times (bench/20-partners.bench.mjs): each binding and each text node of
 * indentation costs on every card, and lit/static-html's tag (the usual way to change a
 * tag name) rebuilds its cache key from every value at each call. The same technique as
 * static-html — a strings array rewritten once, marked `raw` as Lit requires — kept.
 */
function cardHtml(baked: Baked) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => html(bakedStrings(strings, baked), ...values);
}

/** One partner's card, from their public feed entry and their feed's establishment. */
export function renderPartnerCard(
  entry: PublicPartnerEntry,
  establishment: Establishment | undefined,
  options: CardOptions,
): TemplateResult {
  const { locale, variant, headingLevel, idPrefix, toggle } = options;
  const m = cardMessagesFor(locale);
  const title = partnerTitle(entry, locale);
  const titleId = `${idPrefix}-title`;
  const detailsId = `${idPrefix}-details`;
  // With the name shown, the roles line says who they are; without it, the heading already does.
  const roles = entry.name ? roleLabels(entry, locale) : roleLabels(entry, locale).slice(1);
  const rolesLine = entry.name && roles.length === 0 ? [primaryRoleLabel(entry, locale)] : roles;
  const showDetails = variant === 'full' || toggle?.expanded === true;
  const level = Number.isInteger(headingLevel) ? Math.min(Math.max(headingLevel, 1), 6) : 3;
  const detail = showDetails ? 'full' : 'compact';
  const shown = JSON.stringify({ partner: shownEntry(entry, detail), establishment, detail });
  const where = options.showEstablishment && establishment ? m.establishment(establishment.name) : '';
  // One flat template for what every card shows (optional parts hidden rather than nested,
  // text set as properties): a directory renders a thousand of them (bench/20-partners.bench.mjs).
  const { intro, links } = contactWords(entry, establishment, title, showDetails, locale, m);
  const first = links[0];
  // Optional parts are empty rather than left out, and hidden by `:empty` (styles.ts): fewer
  // bindings per card. Broken photos: hideBrokenPhotos on the host's root.
  return cardHtml({
    level,
    variant,
    toggle: toggle !== undefined,
    m,
  })`<article class="card card--{{variant}}" part="card" aria-labelledby=${titleId} data-pp-shown=${shown}>
    <div class="head">
      <img class="photo" part="photo" ?hidden=${!entry.photo} src=${entry.photo?.url ?? nothing}
        alt=${entry.photo ? photoAlt(entry, locale) : nothing} width="80" height="80" loading="lazy" decoding="async" />${entry.photo ? nothing : SILHOUETTE}
      <div>
        <h3 class="title" part="name" id=${titleId} .textContent=${title}></h3>
        <p class="roles" part="roles" .textContent=${rolesLine.join(' · ')}></p>
        <p class="establishment" part="establishment" .textContent=${where}></p>
      </div>
    </div>
    <ul class="tags" part="tags" aria-label="{{domains}}">${tagItems(entry.domains.map((d) => domainShortLabel(d, locale)))}</ul>
    <dl class="facts" part="facts">
      <div><dt>{{territory}}</dt><dd .textContent=${territoryLabel(entry, locale)}></dd></div>
      <div><dt>{{load}}</dt><dd class=${entry.load.hasCapacity ? '' : 'full-load'} .textContent=${loadLabel(entry, locale)}></dd></div>
    </dl>
    ${showDetails ? details(entry, locale, m, toggle ? detailsId : undefined) : nothing}
    <div class="contact" part="contact"><p .textContent=${intro}></p><a part="contact-link" ?hidden=${!first}
      href=${first?.href ?? nothing} target=${first?.external ? '_blank' : nothing} rel=${first?.external ? 'noopener noreferrer' : nothing}><span
      .textContent=${first?.text ?? ''}></span><span class="pp-visually-hidden" .textContent=${first?.hidden ?? ''}></span></a>${links.slice(1).map(contactLink)}</div>
    <button type="button" class="toggle" part="toggle"{{toggleHidden}}
      aria-expanded=${toggle ? (toggle.expanded ? 'true' : 'false') : nothing} aria-controls=${toggle?.expanded ? detailsId : nothing}
      ><span .textContent=${toggle?.expanded ? m.fewerDetails : m.moreDetails}></span><span
      class="pp-visually-hidden" .textContent=${m.about(title)}></span></button>
  </article>`;
}
