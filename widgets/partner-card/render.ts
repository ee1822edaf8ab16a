/**
 * The card template, shared by <pp-partner-card> and <pp-partner-list> (which
 * renders hundreds of cards in its own shadow root rather than hundreds of
 * elements). It reads ONLY a PublicPartner (shared/partners/public-view.ts):
 * consent gating happens there, once. Every value is bound as text; links
 * come from the view, whose hrefs are checked to be https/http/mailto/tel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { Locale } from '../../shared/i18n/locale';
import {
  associationLabel,
  commitmentLabels,
  domainShortLabel,
  languageName,
  loadLabel,
  missionLabel,
  partnerTitle,
  photoAlt,
  primaryRoleLabel,
  roleLabels,
  slotLabels,
  statusLabels,
  territoryLabel,
  themeLabels,
  trainingLabel,
} from '../../shared/partners/labels';
import type { ContactRoute, PublicPartner } from '../../shared/publish/public-view';
import { type CardMessages, cardMessagesFor } from './messages';

export type CardVariant = 'compact' | 'full';

export interface CardOptions {
  readonly locale: Locale;
  readonly variant: CardVariant;
  /** 1–6: the level of the card's heading in the host page's outline. */
  readonly headingLevel: number;
  /** Unique within the shadow root (ids for aria-labelledby / aria-controls). */
  readonly idPrefix: string;
  /** Compact cards in the directory: a disclosure button that shows the full details. */
  readonly toggle?: { readonly expanded: boolean; readonly onToggle: (event: Event) => void; readonly index: number };
}

function markBroken(event: Event): void {
  (event.target as HTMLElement).classList.add('broken');
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

/** Everything else, for the full variant and the directory's expanded cards. */
function details(view: PublicPartner, locale: Locale, m: CardMessages, id?: string): TemplateResult {
  const experience = view.experience;
  const association = associationLabel(view, locale);
  return html`<dl class="facts details" part="facts details" id=${id ?? nothing}>
    ${fact(m.statuses, joined(statusLabels(view, locale)))}
    ${fact(m.missions, list(view.missions.map((mission) => missionLabel(mission, locale))))}
    ${fact(m.trainings, list(view.trainings.map((t) => trainingLabel(t, locale))))}
    ${fact(m.association, association ?? nothing)}
    ${fact(m.languages, joined(view.languages.map((l) => languageName(l, locale))))}
    ${fact(
      m.projects,
      list(view.projects.map((p) => (p.url ? html`<a href=${p.url} rel="noopener noreferrer">${p.title}</a>` : p.title))),
    )}
    ${
      experience
        ? fact(
            m.experience,
            html`${joined([...themeLabels(view, locale), ...(experience.caregiver ? [m.caregiver(view.gender)] : [])])}
            ${experience.text ? html`<p class="story">${experience.text}</p>` : nothing}`,
          )
        : nothing
    }
    ${fact(m.abilities, joined(view.abilities))}
    ${fact(m.availability, [joined(slotLabels(view, locale)), joined(commitmentLabels(view, locale))].filter(Boolean).join(' · '))}
  </dl>`;
}

function contactLink(route: ContactRoute, text: TemplateResult | string, m: CardMessages): TemplateResult {
  const external = route.kind === 'url' && /^https?:/i.test(route.href);
  return html`<a part="contact-link" href=${route.href} target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}>${text}${external ? html`<span class="pp-visually-hidden">${m.newWindow}</span>` : nothing}</a>`;
}

/** Contact through the establishment by default; the person's own details only with their consent. */
function contact(view: PublicPartner, title: string, m: CardMessages): TemplateResult {
  const establishment = view.contact.establishment;
  const about = html`<span class="pp-visually-hidden">${m.about(title)}</span>`;
  const who = view.name ?? title;
  return html`<div class="contact" part="contact">
    <p>${establishment ? m.viaEstablishment(establishment.name) : m.noEstablishmentContact}</p>
    ${(establishment?.routes ?? []).map((route) =>
      contactLink(route, html`${route.kind === 'email' ? m.writeToEstablishment : m.establishmentForm}${about}`, m),
    )}
    ${view.contact.personal.map((route) => {
      if (route.kind === 'email') return contactLink(route, m.personalEmail(who), m);
      if (route.kind === 'phone') return contactLink(route, html`${m.personalPhone(who)} (${route.text})`, m);
      return contactLink(route, html`${m.personalSite}${about}`, m);
    })}
  </div>`;
}

/** A compact card offers one route: the person's own address if they consented, else the establishment's. */
function primaryContact(view: PublicPartner, title: string, m: CardMessages): TemplateResult {
  const personal = view.contact.personal[0];
  const route = personal ?? view.contact.establishment?.routes[0];
  if (!route) return html`<div class="contact" part="contact"><p>${m.noEstablishmentContact}</p></div>`;
  const external = route.kind === 'url' && /^https?:/i.test(route.href);
  const text = personal
    ? personal.kind === 'email'
      ? m.personalEmail(view.name ?? title)
      : personal.kind === 'phone'
        ? `${m.personalPhone(view.name ?? title)} (${personal.text})`
        : m.personalSite
    : m.contactVia;
  const hidden = `${personal?.kind === 'email' || personal?.kind === 'phone' ? '' : m.about(title)}${external ? m.newWindow : ''}`;
  return html`<div class="contact" part="contact"><a part="contact-link" href=${route.href} target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}><span .textContent=${text}></span><span class="pp-visually-hidden" .textContent=${hidden}></span></a></div>`;
}

/** One partner's card, from its public view. */
/** Heading tags by level, for the one card template (tag names cannot be bound in plain `html`). */
const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function renderPartnerCard(view: PublicPartner, options: CardOptions): TemplateResult {
  const { locale, variant, headingLevel, idPrefix, toggle } = options;
  const m = cardMessagesFor(locale);
  const title = partnerTitle(view, locale);
  const titleId = `${idPrefix}-title`;
  const detailsId = `${idPrefix}-details`;
  // With the name shown, the roles line says who they are; without it, the heading already does.
  const roles = view.name ? roleLabels(view, locale) : roleLabels(view, locale).slice(1);
  const rolesLine = view.name && roles.length === 0 ? [primaryRoleLabel(view, locale)] : roles;
  const showDetails = variant === 'full' || toggle?.expanded === true;
  const tag = HEADING_TAGS[Math.min(Math.max(headingLevel, 1), 6) - 1];
  // One flat template for what every card shows (optional parts hidden rather than nested,
  // text set as properties): a directory renders a thousand of them (bench/20-partners.bench.mjs).
  return staticHtml`<article class="card card--${variant}" part="card" aria-labelledby=${titleId}>
    <div class="head">
      <img class="photo" part="photo" ?hidden=${!view.photo} src=${view.photo?.url ?? nothing}
        alt=${view.photo ? photoAlt(view, locale) : nothing} width="80" height="80"
        loading=${toggle ? 'lazy' : 'eager'} decoding="async" @error=${markBroken} />
      <svg class="photo placeholder" part="photo" ?hidden=${Boolean(view.photo)} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
        <circle cx="20" cy="15" r="7" fill="currentColor" opacity="0.45"></circle>
        <path d="M6 36c1.5-8 7-12 14-12s12.5 4 14 12z" fill="currentColor" opacity="0.45"></path>
      </svg>
      <div>
        <${tag} class="title" part="name" id=${titleId} .textContent=${title}></${tag}>
        <p class="roles" part="roles" ?hidden=${rolesLine.length === 0} .textContent=${rolesLine.join(' · ')}></p>
      </div>
    </div>
    <ul class="tags" part="tags" ?hidden=${view.domains.length === 0} aria-label=${m.domains}>
      ${view.domains.map((d) => html`<li class="tag" part="tag" .textContent=${domainShortLabel(d, locale)}></li>`)}
    </ul>
    <dl class="facts" part="facts">
      <div><dt .textContent=${m.territory}></dt><dd .textContent=${territoryLabel(view, locale)}></dd></div>
      <div><dt .textContent=${m.load}></dt><dd class=${view.load.hasCapacity ? '' : 'full-load'} .textContent=${loadLabel(view, locale)}></dd></div>
    </dl>
    ${showDetails ? details(view, locale, m, toggle ? detailsId : undefined) : nothing}
    ${showDetails ? contact(view, title, m) : primaryContact(view, title, m)}
    <button type="button" class="toggle" part="toggle" ?hidden=${!toggle} data-index=${toggle?.index ?? nothing}
      aria-expanded=${toggle ? (toggle.expanded ? 'true' : 'false') : nothing} aria-controls=${toggle?.expanded ? detailsId : nothing}
      @click=${toggle?.onToggle ?? nothing}><span .textContent=${toggle?.expanded ? m.fewerDetails : m.moreDetails}></span><span
      class="pp-visually-hidden" .textContent=${m.about(title)}></span></button>
  </article>`;
}
