import { html, LitElement, nothing, type PropertyValues, render } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import { loadValidationMessages } from '../../shared/i18n/parse';
import { departementLabel } from '../../shared/partners/departements';
import {
  checkPartnerDirectory,
  type DirectoryResult,
  describeDirectory,
  directoryNeedsMessages,
} from '../../shared/partners/directory-check';
import { domainLabel, missionLabel } from '../../shared/partners/labels';
import { type PublicPartner, publicViews } from '../../shared/publish/public-view';
import {
  buildPartnerIndex,
  type PartnerCriteria,
  type PartnerFacets,
  type PartnerIndex,
  type PartnerIndexEntry,
  partnerFacets,
  partnerMatcher,
  queryTerms,
} from '../../shared/partners/search';
import { type PresenceCounts, presenceCounts, presenceSummary } from '../../shared/partners/summary';
import type { PartnerRegistry } from '../../shared/schemas/registry';
import { DOMAIN_IDS, type DomainId, domainOfMission, isDomainId, isMissionId } from '../../shared/vocab/domain-labels';
import { PendingWork } from '../internal/pending';
import { themeStyles } from '../internal/theme';
import { headingLevelOf, hostLocale, NO_DATA_DELAY_MS, warnOnce } from '../partner-card/host';
import { loadPartnerFeed } from '../partner-card/load';
import { cardMessagesFor } from '../partner-card/messages';
import { renderPartnerCard } from '../partner-card/render';
import { cardStyles } from '../partner-card/styles';
import { listMessagesFor, loadListMessages } from './messages';
import { listStyles } from './styles';

type Directory = Extract<DirectoryResult, { ok: true }>;
type ListState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; directory: Directory };

/** Everything derived from the data and the locale, rebuilt only when one of them changes. */
interface Derived {
  readonly directory: Directory;
  readonly locale: Locale;
  readonly views: readonly PublicPartner[];
  /** Built after the first render (or at the first search), off the critical path. */
  index: PartnerIndex | undefined;
  readonly facets: PartnerFacets;
  readonly counts: PresenceCounts;
}

/** Wait before the live region repeats the count, so a screen reader is not interrupted at each keystroke. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * The patients partenaires of an establishment: a presence summary, filters
 * (domain, mission, territory, availability), accent- and case-insensitive
 * search, a live result count and a grid of consent-gated cards.
 *
 * @tag pp-partner-list
 *
 * @attr src - URL of a partners feed (JSON, see docs/widgets/partner-list.md).
 * @attr heading-level - Level of each card's heading, 1–6 (default 3).
 * @attr query - Initial search text (kept in sync with the search field).
 * @attr domain - Initial domain filter: `parcours_soins`, `offre_soins`, `formation_enseignement` or `recherche`.
 * @attr mission - Initial mission filter (a HAS mission id, e.g. `recherche.gouvernance.1`).
 * @attr territory - Initial territory filter (département code, e.g. `13`, `2A`, `971`).
 * @attr available-only - Initially show only people who can take on another mission.
 * @attr summary-only - Show only the presence summary (« 12 patients partenaires, dont 5 en recherche »).
 * @attr summary-domains - Domains named in the summary, space-separated (default: every domain present).
 * @attr hide-summary - Do not show the summary above the directory.
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {PartnerRegistry} feed - A feed object (same format as `src`), validated with the shared schema; wins over `src`.
 * @prop {readonly PublicPartner[]} visiblePartners - (read-only) The public views currently shown.
 *
 * @fires pp-load - The directory is shown. `detail: { count: number, rejected: number }`.
 * @fires pp-error - The feed could not be shown. `detail: { message: string }`.
 * @fires pp-filter - The filters changed. `detail: { criteria: PartnerCriteria, count: number }`.
 *
 * @csspart summary - The presence summary.
 * @csspart filters - The filter form; its controls have parts `search`, `select`, `reset`.
 * @csspart search - The search field.
 * @csspart select - Each filter list.
 * @csspart reset - The reset buttons.
 * @csspart count - The visible result count.
 * @csspart notice - The note about profiles that could not be shown.
 * @csspart grid - The list of cards; each entry is an `item`.
 * @csspart item - One entry of the grid.
 * @csspart empty - The empty state.
 * @csspart toggle - A card's « Plus d'informations » button.
 * @csspart card - (and every part of <pp-partner-card>) The cards.
 * @csspart message - Loading or error message.
 *
 * @cssprop --pp-card-min-width - Narrowest card before the grid wraps (default 17em).
 * @cssprop --pp-grid-gap - Space between cards (default 1.5em).
 * @cssprop --pp-color-primary - Titles, links, buttons (and every colour property of <pp-partner-card>).
 *
 * @slot - Fallback content, shown only if the data cannot be shown (e.g. a link to a PDF).
 */
export class PpPartnerList extends LitElement {
  static override properties = {
    feed: { attribute: false },
    src: { type: String },
    headingLevel: { attribute: 'heading-level' },
    query: { type: String },
    domain: { type: String },
    mission: { type: String },
    territory: { type: String },
    availableOnly: { type: Boolean, attribute: 'available-only' },
    summaryOnly: { type: Boolean, attribute: 'summary-only' },
    summaryDomains: { type: String, attribute: 'summary-domains' },
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
    // Observed so that switching the language re-renders (reflected: the locale is read from the attribute).
    lang: { reflect: true },
    state: { state: true },
    announced: { state: true },
  };

  static override styles = [themeStyles, cardStyles, listStyles];

  declare feed: PartnerRegistry | unknown;
  declare src: string | undefined;
  declare headingLevel: number | string | undefined;
  declare query: string;
  declare domain: string;
  declare mission: string;
  declare territory: string;
  declare availableOnly: boolean;
  declare summaryOnly: boolean;
  declare summaryDomains: string | undefined;
  declare hideSummary: boolean;
  declare state: ListState;
  /** The count the live region says, a moment after the last change. */
  declare announced: string;

  #loadToken = 0;
  #derived: Derived | undefined;
  #matches: Uint8Array = new Uint8Array(0);
  #matchCount = 0;
  #expanded = new Set<number>();
  /** One <li> per public view, rendered once and then only moved in and out of the grid (see #syncGrid). */
  #items: HTMLLIElement[] = [];
  #itemsFor: { derived: Derived; headingLevel: number } | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #reported: ListState | undefined;
  /** Modules the next render waits for (the validation messages): updateComplete waits for them too. */
  #pending = new PendingWork();

  constructor() {
    super();
    this.query = '';
    this.domain = '';
    this.mission = '';
    this.territory = '';
    this.availableOnly = false;
    this.summaryOnly = false;
    this.hideSummary = false;
    this.state = { kind: 'empty' };
    this.announced = '';
  }

  /** The public views currently shown (after filtering), in the feed's order. */
  get visiblePartners(): readonly PublicPartner[] {
    const views = this.#derived?.views ?? [];
    return views.filter((_, i) => this.#matches[i] === 1);
  }

  get #locale(): Locale {
    return hostLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src')) this.#resolveData();
    const locale = this.#locale;
    const state = this.state;
    if (state.kind !== 'ready') this.#derived = undefined;
    else if (this.#derived?.directory !== state.directory || this.#derived.locale !== locale)
      this.#derive(state.directory, locale);
    this.#sanitiseCriteria();
    this.#filter();
  }

  /** English pages fetch their words before the update that needs them (French ones never do). */
  protected override async scheduleUpdate(): Promise<void> {
    await loadListMessages(this.#locale).catch((error: unknown) =>
      warnOnce(this, `English messages not loaded (${String(error)}): French shown.`),
    );
    super.scheduleUpdate();
  }

  /** Also waits for the data being read, so that `await el.updateComplete` sees the directory or its message. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#pending.updateComplete(() => super.getUpdateComplete());
  }

  #resolveData(): void {
    const locale = this.#locale;
    const token = ++this.#loadToken;
    if (this.feed !== undefined && this.feed !== null) {
      const checked = checkPartnerDirectory(this.feed);
      const show = (directory: DirectoryResult) => {
        if (token !== this.#loadToken) return;
        this.state = directory.ok
          ? { kind: 'ready', directory }
          : { kind: 'error', message: cardMessagesFor(locale).invalidFeed(directory.message) };
      };
      if (!directoryNeedsMessages(checked)) {
        show(describeDirectory(checked, locale, () => ''));
      } else {
        // Something must be explained: the validation messages are downloaded only now.
        this.state = { kind: 'empty' };
        this.#pending.add(
          loadValidationMessages().then(
            (format) => show(describeDirectory(checked, locale, format)),
            () => show(describeDirectory(checked, locale, () => (locale === 'en' ? 'invalid data' : 'données invalides'))),
          ),
        );
      }
    } else if (this.src) {
      void this.#load(this.src, locale);
    } else {
      this.state = { kind: 'error', message: cardMessagesFor(locale).missingData };
    }
  }

  async #load(src: string, locale: Locale): Promise<void> {
    const token = this.#loadToken;
    this.state = { kind: 'loading' };
    const result = await loadPartnerFeed(src, locale);
    if (token !== this.#loadToken) return;
    this.state = result.ok ? { kind: 'ready', directory: result.directory } : { kind: 'error', message: result.message };
  }

  #derive(directory: Directory, locale: Locale): void {
    const views = publicViews(directory.partners, directory.establishment, { locale });
    this.#derived = {
      directory,
      locale,
      views,
      index: undefined,
      facets: partnerFacets(views),
      counts: presenceCounts(views),
    };
    this.#expanded.clear();
  }

  /** Preset filters come from attributes a person typed: an unknown value is reported and ignored, never fatal. */
  #sanitiseCriteria(): void {
    if (this.domain && !isDomainId(this.domain)) {
      warnOnce(this, `domain="${this.domain}" : domaine inconnu, filtre ignoré (${DOMAIN_IDS.join(', ')}).`);
      this.domain = '';
    }
    if (this.mission && !isMissionId(this.mission)) {
      warnOnce(this, `mission="${this.mission}" : mission inconnue, filtre ignoré.`);
      this.mission = '';
    }
    if (this.mission && this.domain && domainOfMission(this.mission) !== this.domain) this.mission = '';
    if (this.territory && !/^(?:\d{2,3}|2[AB])$/.test(this.territory)) {
      warnOnce(this, `territory="${this.territory}" : code de département attendu (ex. 13, 2A, 971), filtre ignoré.`);
      this.territory = '';
    }
  }

  get #criteria(): PartnerCriteria {
    return {
      query: this.query,
      domain: this.domain,
      mission: this.mission,
      territory: this.territory,
      availableOnly: this.availableOnly,
    };
  }

  /** The search index of `derived`, built now if it is not yet. */
  #indexOf(derived: Derived): PartnerIndex {
    derived.index ??= buildPartnerIndex(derived.views, derived.locale);
    return derived.index;
  }

  #filter(): void {
    const derived = this.#derived;
    const views = derived?.views ?? [];
    const criteria = this.#criteria;
    // The text index is only needed once someone searches.
    const entries = derived && queryTerms(criteria.query).length > 0 ? this.#indexOf(derived).entries : undefined;
    const matches = this.#matches.length === views.length ? this.#matches : new Uint8Array(views.length);
    const test = partnerMatcher(criteria);
    let count = 0;
    for (let i = 0; i < views.length; i++) {
      const hit = test(entries ? (entries[i] as PartnerIndexEntry) : { view: views[i] as PublicPartner, text: '' });
      matches[i] = hit ? 1 : 0;
      if (hit) count++;
    }
    this.#matches = matches;
    const changedCount = count !== this.#matchCount;
    this.#matchCount = count;
    if (changedCount || !this.announced) this.#scheduleAnnouncement();
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const total = this.#derived?.views.length ?? 0;
      this.announced = this.#derived ? listMessagesFor(this.#locale).shown(this.#matchCount, total) : '';
    }, ANNOUNCE_DELAY_MS);
  }

  protected override firstUpdated(): void {
    setTimeout(() => {
      if (this.state.kind === 'empty') this.state = { kind: 'error', message: cardMessagesFor(this.#locale).missingData };
    }, NO_DATA_DELAY_MS);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#syncGrid();
    this.#report();
    const criteriaChanged = (['query', 'domain', 'mission', 'territory', 'availableOnly'] as const).some((k) => changed.has(k));
    if (criteriaChanged && this.#derived && this.hasUpdated) {
      this.dispatchEvent(
        new CustomEvent('pp-filter', {
          detail: { criteria: this.#criteria, count: this.#matchCount },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /**
   * Filtering moves the cards already rendered in and out of the grid; no card is
   * rebuilt while someone types. Cards filtered out are removed from the DOM rather
   * than hidden: hundreds of consecutive `display: none` siblings make Chromium's
   * layout-tree rebuild quadratic (measured: 1.4 s to hide 1 000 cards, against a
   * few milliseconds to remove them), and removed cards are also out of the
   * accessibility tree, the tab order and the printout.
   */
  #syncGrid(): void {
    const grid = this.renderRoot.querySelector('ul.grid');
    const derived = this.#derived;
    if (!grid || !derived) return;
    const headingLevel = headingLevelOf(this, this.headingLevel, 3);
    if (this.#itemsFor?.derived !== derived || this.#itemsFor.headingLevel !== headingLevel) {
      this.#itemsFor = { derived, headingLevel };
      this.#items = derived.views.map((_, index) => {
        const li = document.createElement('li');
        li.className = 'item';
        li.setAttribute('part', 'item');
        this.#renderItem(li, index);
        return li;
      });
      grid.replaceChildren();
    }
    if (!grid.firstChild) {
      // First fill (or after a rebuild): one insertion of all the visible cards.
      const fragment = document.createDocumentFragment();
      this.#items.forEach((li, i) => {
        if (this.#matches[i] === 1) fragment.append(li);
      });
      grid.append(fragment);
      this.#scheduleIndex(derived);
      return;
    }
    // Walk the cards in the directory's order; `cursor` is the next card in the grid.
    let cursor: ChildNode | null = grid.firstChild;
    const items = this.#items;
    for (let i = 0; i < items.length; i++) {
      const li = items[i] as HTMLLIElement;
      const inGrid = li.parentNode === grid;
      if (this.#matches[i] === 1) {
        if (inGrid) cursor = li.nextSibling;
        else grid.insertBefore(li, cursor);
      } else if (inGrid) {
        if (li === cursor) cursor = li.nextSibling;
        li.remove();
      }
    }
  }

  /** Builds the search index when the browser is idle, so that the first keystroke finds it ready. */
  #scheduleIndex(derived: Derived): void {
    if (derived.index) return;
    const build = () => {
      if (this.#derived === derived) this.#indexOf(derived);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(build, { timeout: 1000 });
    else setTimeout(build, 50);
  }

  #renderItem(li: HTMLLIElement, index: number): void {
    const derived = this.#derived;
    const view = derived?.views[index];
    if (!derived || !view) return;
    render(
      renderPartnerCard(view, {
        locale: derived.locale,
        variant: 'compact',
        headingLevel: this.#itemsFor?.headingLevel ?? 3,
        idPrefix: `pp-${index}`,
        toggle: { expanded: this.#expanded.has(index), onToggle: this.#onToggle, index },
      }),
      li,
      { host: this },
    );
  }

  #report(): void {
    const state = this.state;
    if (state === this.#reported) return;
    this.#reported = state;
    if (state.kind === 'error') {
      warnOnce(this, state.message);
      this.dispatchEvent(new CustomEvent('pp-error', { detail: { message: state.message }, bubbles: true, composed: true }));
    } else if (state.kind === 'ready') {
      for (const rejected of state.directory.rejected) warnOnce(this, rejected.message);
      const detail = { count: this.#derived?.views.length ?? 0, rejected: state.directory.rejected.length };
      this.dispatchEvent(new CustomEvent('pp-load', { detail, bubbles: true, composed: true }));
    }
  }

  #onToggle = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    if (this.#expanded.has(index)) this.#expanded.delete(index);
    else this.#expanded.add(index);
    const li = this.#items[index];
    if (li) this.#renderItem(li, index);
  };

  #onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #onSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      (event.target as HTMLInputElement).value = '';
      this.query = '';
    }
  };

  #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    if (select.name === 'domain') {
      this.domain = value;
      if (this.mission && value && domainOfMission(this.mission) !== value) this.mission = '';
    } else if (select.name === 'mission') {
      this.mission = value;
      // Choosing a mission narrows to its domain, so both lists stay consistent.
      if (value) this.domain = domainOfMission(value) ?? this.domain;
    } else if (select.name === 'territory') {
      this.territory = value;
    }
  };

  #onAvailable = (event: Event): void => {
    this.availableOnly = (event.target as HTMLInputElement).checked;
  };

  #reset = (): void => {
    this.query = '';
    this.domain = '';
    this.mission = '';
    this.territory = '';
    this.availableOnly = false;
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
  };

  protected override render() {
    const locale = this.#locale;
    const state = this.state;
    if (state.kind === 'empty') return nothing;
    if (state.kind === 'loading')
      return html`<p class="message" part="message" role="status">${cardMessagesFor(locale).loading}</p>`;
    if (state.kind === 'error') return html`<p class="message pp-error" part="message">${state.message}</p><slot></slot>`;
    const derived = this.#derived;
    if (!derived) return nothing;
    const summary = html`<p class="summary" part="summary">${presenceSummary(derived.counts, locale, this.#summaryDomains())}</p>`;
    if (this.summaryOnly) return summary;
    const m = listMessagesFor(locale);
    const rejected = state.directory.rejected.length;
    return html`${this.hideSummary ? nothing : summary}
      ${this.#renderFilters(derived, locale)}
      <p class="count" part="count">${m.shown(this.#matchCount, derived.views.length)}</p>
      <p class="pp-visually-hidden" role="status">${this.announced}</p>
      ${rejected ? html`<p class="notice message" part="notice">${m.rejected(rejected)}</p>` : nothing}
      <ul class="grid" part="grid" aria-label=${m.directory}></ul>
      ${
        this.#matchCount === 0
          ? html`<div class="empty" part="empty">
              <p>${m.empty}</p>
              <button type="button" part="reset" @click=${this.#reset}>${m.reset}</button>
            </div>`
          : nothing
      }`;
  }

  #summaryDomains(): DomainId[] | undefined {
    if (!this.summaryDomains) return undefined;
    const ids = this.summaryDomains.split(/[\s,]+/).filter(Boolean);
    const valid = ids.filter(isDomainId);
    if (valid.length !== ids.length)
      warnOnce(this, `summary-domains="${this.summaryDomains}" : domaines attendus parmi ${DOMAIN_IDS.join(', ')}.`);
    return valid.length ? valid : undefined;
  }

  #renderFilters(derived: Derived, locale: Locale) {
    const m = listMessagesFor(locale);
    const { facets } = derived;
    const missions = facets.missions.filter((f) => !this.domain || f.domain === this.domain);
    const missionDomains = [...new Set(missions.map((f) => f.domain))];
    const territories = facets.territories.map((f) => f.value);
    if (this.territory && !territories.includes(this.territory)) territories.push(this.territory);
    return html`<form class="filters" part="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${m.filters}</legend>
        <div class="field search">
          <label for="pp-q">${m.search}</label>
          <span class="hint" id="pp-q-hint">${m.searchHint}</span>
          <input id="pp-q" part="search" type="search" name="query" autocomplete="off" aria-describedby="pp-q-hint"
            .value=${this.query} @input=${this.#onSearch} @keydown=${this.#onSearchKey} />
        </div>
        <div class="field">
          <label for="pp-domain">${m.domain}</label>
          <select id="pp-domain" part="select" name="domain" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.domain}>${m.allDomains}</option>
            ${facets.domains.map(
              (f) => html`<option value=${f.value} ?selected=${this.domain === f.value}>${domainLabel(f.value, locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="pp-mission">${m.mission}</label>
          <select id="pp-mission" part="select" name="mission" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.mission}>${m.allMissions}</option>
            ${missionDomains.map(
              (domain) => html`<optgroup label=${domainLabel(domain, locale)}>
                ${missions
                  .filter((f) => f.domain === domain)
                  .map(
                    (f) =>
                      html`<option value=${f.value} ?selected=${this.mission === f.value}>${missionLabel(f.value, locale)}</option>`,
                  )}
              </optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="pp-territory">${m.territory}</label>
          <select id="pp-territory" part="select" name="territory" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.territory}>${m.allTerritories}</option>
            ${territories.map(
              (code) => html`<option value=${code} ?selected=${this.territory === code}>${departementLabel(code)}</option>`,
            )}
          </select>
        </div>
        <div class="field check">
          <input id="pp-available" type="checkbox" name="available" .checked=${this.availableOnly} @change=${this.#onAvailable} />
          <label for="pp-available">${m.availableOnly}</label>
        </div>
        <div class="actions">
          <button type="button" part="reset" @click=${this.#reset}>${m.reset}</button>
        </div>
      </fieldset>
    </form>`;
  }
}
