import { html, nothing, type PropertyValues, render } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import {
  buildPartnerIndex,
  type DirectoryItem,
  HAS_DOMAIN_ORDER,
  type PartnerCriteria,
  type PartnerFacets,
  type PartnerIndex,
  type PartnerIndexEntry,
  partnerFacets,
  partnerMatcher,
  queryTerms,
} from '../../shared/partners/search';
import { type PresenceCounts, presenceCounts, presenceSummary } from '../../shared/partners/summary';
import type { Establishment } from '../../shared/schemas/establishment';
import type { PublicFeed, PublicPartnerEntry } from '../../shared/schemas/public-feed';
import { emit } from '../internal/emit';
import { headingLevel as headingLevelOf } from '../internal/heading';
import { themeStyles } from '../internal/theme';
import { warnOnce } from '../internal/warn';
import { type FeedOutcome, loadFeeds, readGivenFeeds, sourceUrls } from '../partner-card/load';
import { cardMessagesFor } from '../partner-card/messages';
import { PartnerElement } from '../partner-card/partner-element';
import { renderPartnerCard } from '../partner-card/render';
import { cardStyles } from '../partner-card/styles';
import { listMessagesFor, loadListMessages } from './messages';
import { listStyles } from './styles';

type ListState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** At least one feed was read; the others' failures are said above the grid. */
  | { kind: 'ready'; outcomes: readonly FeedOutcome[] };

/** Everything derived from the data and the locale, rebuilt only when one of them changes. */
interface Derived {
  readonly outcomes: readonly FeedOutcome[];
  readonly locale: Locale;
  /** Every partner, feed after feed; a partner is (feed, id): ids may repeat across feeds. */
  readonly items: readonly DirectoryItem[];
  /** By feed index: the establishment of each feed that was read. */
  readonly establishments: readonly (Establishment | undefined)[];
  /** More than one feed read: each card says its establishment, and a filter chooses one. */
  readonly several: boolean;
  /** Built after the first render (or at the first search), off the critical path. */
  index: PartnerIndex | undefined;
  readonly facets: PartnerFacets;
  readonly counts: PresenceCounts;
  readonly rejected: number;
  /** Messages naming the feeds that could not be shown. */
  readonly failures: readonly string[];
}

/** One partner as the directory shows it: their entry and their feed's establishment. */
export interface ListedPartner {
  readonly partner: PublicPartnerEntry;
  readonly establishment: Establishment;
}

/** `detail` of `pp-load`. */
export interface PartnerListLoadDetail {
  /** Partners in the directory. */
  readonly count: number;
  /** Entries left out because invalid (or repeated within a feed). */
  readonly rejected: number;
  /** Feeds that could not be shown (their URL as written, or their rank for the `feeds` property). */
  readonly failed: readonly string[];
}

/** From this many partners, off-screen cards skip layout and paint (styles.ts, `.grid.large`). */
const LARGE_DIRECTORY = 200;

/** Wait before the live region repeats the count, so a screen reader is not interrupted at each keystroke. */
const ANNOUNCE_DELAY_MS = 400;

/**
 * The patients partenaires of one or several establishments, from their public
 * feeds (v2): a presence summary, filters (domain, mission, territory,
 * establishment, availability), accent- and case-insensitive search, a live result
 * count and a grid of cards. A registry or a v1 file is refused: nothing of it is shown.
 *
 * @tag pp-partner-list
 *
 * @attr src - URL of a public feed v2 (JSON, see docs/widgets/partner-list.md), or several separated by spaces.
 * @attr heading-level - Level of each card's heading, 1–6 (default 3).
 * @attr query - Initial search text (kept in sync with the search field).
 * @attr domain - Initial domain filter, a domain id of the feed (e.g. `recherche`).
 * @attr mission - Initial mission filter, a mission id of the feed (e.g. `recherche.gouvernance.1`).
 * @attr territory - Initial territory filter (département code, e.g. `13`, `2A`, `971`).
 * @attr available-only - Initially show only people who can take on another mission.
 * @attr summary-only - Show only the presence summary (« 12 patients partenaires, dont 5 en recherche »).
 * @attr summary-domains - Domains named in the summary, space-separated (default: every domain present).
 * @attr hide-summary - Do not show the summary above the directory.
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {readonly PublicFeed[]} feeds - Public feeds the host loaded itself (wins over `feed` and `src`).
 * @prop {PublicFeed} feed - One public feed the host loaded itself (wins over `src`).
 * @prop {readonly ListedPartner[]} visiblePartners - (read-only) The partners currently shown, with their establishment.
 *
 * @fires {PartnerListLoadDetail} pp-load - The directory is shown. `detail: { count: number, rejected: number, failed: string[] }`.
 * @fires {PartnerListErrorDetail} pp-error - No feed could be shown. `detail: { message: string }`.
 * @fires {PartnerListFilterDetail} pp-filter - The filters changed. `detail: { criteria: PartnerCriteria, count: number }`.
 *
 * @csspart summary - The presence summary.
 * @csspart filters - The filter form; its controls have parts `search`, `select`, `reset`.
 * @csspart search - The search field.
 * @csspart select - Each filter list.
 * @csspart reset - The reset buttons.
 * @csspart count - The visible result count.
 * @csspart notice - The note about profiles or feeds that could not be shown.
 * @csspart grid - The list of cards; each entry is an `item`.
 * @csspart item - One entry of the grid.
 * @csspart empty - The empty state.
 * @csspart toggle - A card's « Plus d'informations » button.
 * @csspart card - (and every part of <pp-partner-card>) The cards; each has a `data-pp-shown` attribute.
 * @csspart message - Loading or error message.
 *
 * @cssprop --pp-card-min-width - Narrowest card before the grid wraps (default 17em).
 * @cssprop --pp-grid-gap - Space between cards (default 1.5em).
 * @cssprop --pp-color-primary - Titles, links, buttons (and every colour property of <pp-partner-card>).
 *
 * @slot - Fallback content, shown only if the data cannot be shown (e.g. a link to a PDF).
 */
export class PpPartnerList extends PartnerElement<Extract<ListState, { kind: 'ready' }>> {
  static override properties = {
    feeds: { attribute: false },
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
    _state: { state: true },
    _announced: { state: true },
    _establishment: { state: true },
  };

  static override styles = [themeStyles, cardStyles, listStyles];

  declare feeds: readonly PublicFeed[] | undefined;
  declare feed: PublicFeed | undefined;
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
  declare _state: ListState;
  /** The count the live region says, a moment after the last change. */
  declare _announced: string;
  /** The establishment filter: a feed index, as text ('' for every establishment). */
  declare _establishment: string;

  #derived: Derived | undefined;
  #matches: Uint8Array = new Uint8Array(0);
  #matchCount = 0;
  #expanded = new Set<number>();
  /** One <li> per partner, rendered once and then only moved in and out of the grid (see #syncGrid). */
  #items: HTMLLIElement[] = [];
  #itemsFor: { derived: Derived; headingLevel: number } | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #reported: ListState | undefined;

  constructor() {
    super();
    this.query = '';
    this.domain = '';
    this.mission = '';
    this.territory = '';
    this.availableOnly = false;
    this.summaryOnly = false;
    this.hideSummary = false;
    this._state = { kind: 'empty' };
    this._announced = '';
    this._establishment = '';
  }

  /** The partners currently shown (after filtering), in the directory's order, each with their establishment. */
  get visiblePartners(): readonly ListedPartner[] {
    const derived = this.#derived;
    if (!derived) return [];
    const shown: ListedPartner[] = [];
    derived.items.forEach(({ entry, source }, i) => {
      const establishment = derived.establishments[source];
      if (this.#matches[i] === 1 && establishment) shown.push({ partner: entry, establishment });
    });
    return shown;
  }

  protected _loadWords(locale: Locale): Promise<unknown> {
    return loadListMessages(locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feeds') || changed.has('feed') || changed.has('src')) this.#resolveData();
    const locale = this._locale;
    const state = this._state;
    if (state.kind !== 'ready') this.#derived = undefined;
    else if (this.#derived?.outcomes !== state.outcomes || this.#derived.locale !== locale) this.#derive(state.outcomes, locale);
    this.#sanitiseCriteria();
    this.#filter();
  }

  #resolveData(): void {
    const locale = this._locale;
    const token = ++this._token;
    const show = (outcomes: readonly FeedOutcome[]) => {
      if (token === this._token) this._state = this.#stateOf(outcomes);
    };
    const given = this.feeds ?? (this.feed !== undefined && this.feed !== null ? [this.feed] : undefined);
    if (given) {
      if (!Array.isArray(given)) {
        this._fail((w) => w.invalidFeed(w.notAList));
        return;
      }
      const read = readGivenFeeds(given, locale);
      if (Array.isArray(read)) show(read);
      else {
        this._state = { kind: 'empty' };
        this._pending.add(read.then(show));
      }
      return;
    }
    const srcs = sourceUrls(this.src);
    if (srcs.length === 0) {
      this._fail((w) => w.missingData);
      return;
    }
    this._state = { kind: 'loading' };
    this._pending.add(loadFeeds(srcs, locale).then(show));
  }

  /** Ready when at least one feed was read; refusals are explained to the developer with their fix. */
  #stateOf(outcomes: readonly FeedOutcome[]): ListState {
    for (const one of outcomes) if (!one.ok && one.warning) warnOnce(this, one.warning);
    if (outcomes.some((one) => one.ok)) return { kind: 'ready', outcomes };
    const messages = outcomes.map((one) => (one.ok ? '' : outcomes.length > 1 ? one.named : one.message));
    return { kind: 'error', message: messages.join(' ') };
  }

  #derive(outcomes: readonly FeedOutcome[], locale: Locale): void {
    const items: DirectoryItem[] = [];
    const establishments: (Establishment | undefined)[] = [];
    const failures: string[] = [];
    let rejected = 0;
    outcomes.forEach((one, source) => {
      if (!one.ok) {
        establishments.push(undefined);
        failures.push(one.named);
        return;
      }
      establishments.push(one.feed.establishment);
      rejected += one.feed.rejected.length;
      for (const entry of one.feed.partners) items.push({ entry, source });
    });
    const entries = items.map((item) => item.entry);
    this.#derived = {
      outcomes,
      locale,
      items,
      establishments,
      several: outcomes.filter((one) => one.ok).length > 1,
      index: undefined,
      facets: partnerFacets(entries, locale),
      counts: presenceCounts(entries),
      rejected,
      failures,
    };
    this.#expanded.clear();
  }

  /** Preset filters come from attributes a person typed: a value absent from the directory is reported and ignored, never fatal. */
  #sanitiseCriteria(): void {
    const facets = this.#derived?.facets;
    if (facets) this.#sanitiseAgainst(facets);
    if (this.territory && !/^(?:\d{2,3}|2[AB])$/.test(this.territory)) {
      warnOnce(this, `territory="${this.territory}" : code de département attendu (ex. 13, 2A, 971), filtre ignoré.`);
      this.territory = '';
    }
  }

  /**
   * Domain and mission presets: a HAS domain (or a mission of one: `recherche.gouvernance.1`)
   * is kept even when nobody is in it yet (the page then says so); any other value must be
   * an id of the directory's feeds. Checked once the feeds are read.
   */
  #sanitiseAgainst(facets: PartnerFacets): void {
    if (this.domain && !HAS_DOMAIN_ORDER.includes(this.domain) && !facets.domains.some((f) => f.value === this.domain)) {
      const known = [...new Set([...HAS_DOMAIN_ORDER, ...facets.domains.map((f) => f.value)])].join(', ');
      warnOnce(this, `domain="${this.domain}" : domaine inconnu, filtre ignoré (${known}).`);
      this.domain = '';
    }
    const missionDomain = this.mission ? this.#missionDomain(this.mission) : undefined;
    if (this.mission && !missionDomain) {
      warnOnce(this, `mission="${this.mission}" : mission inconnue, filtre ignoré.`);
      this.mission = '';
    }
    if (missionDomain && this.domain && missionDomain !== this.domain) this.mission = '';
    if (this._establishment && !this.#derived?.establishments[Number(this._establishment)]) this._establishment = '';
  }

  /** The domain of a mission: from the feeds, else the HAS domain its id starts with. */
  #missionDomain(id: string): string | undefined {
    return (
      this.#derived?.facets.missions.find((f) => f.value === id)?.domain ?? HAS_DOMAIN_ORDER.find((d) => id.startsWith(`${d}.`))
    );
  }

  get #criteria(): PartnerCriteria {
    return {
      query: this.query,
      domain: this.domain,
      mission: this.mission,
      territory: this.territory,
      availableOnly: this.availableOnly,
      ...(this._establishment ? { establishment: this._establishment } : {}),
    };
  }

  /** The search index of `derived`, built now if it is not yet. */
  #indexOf(derived: Derived): PartnerIndex {
    derived.index ??= buildPartnerIndex(derived.items, derived.locale);
    return derived.index;
  }

  #filter(): void {
    const derived = this.#derived;
    const items = derived?.items ?? [];
    const criteria = this.#criteria;
    // The text index is only needed once someone searches.
    const entries = derived && queryTerms(criteria.query).length > 0 ? this.#indexOf(derived).entries : undefined;
    const matches = this.#matches.length === items.length ? this.#matches : new Uint8Array(items.length);
    const test = partnerMatcher(criteria);
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const hit = test(items[i] as DirectoryItem, entries ? (entries[i] as PartnerIndexEntry).text : '');
      matches[i] = hit ? 1 : 0;
      if (hit) count++;
    }
    this.#matches = matches;
    const changedCount = count !== this.#matchCount;
    this.#matchCount = count;
    if (changedCount || !this._announced) this.#scheduleAnnouncement();
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const total = this.#derived?.items.length ?? 0;
      this._announced = this.#derived ? listMessagesFor(this._locale).shown(this.#matchCount, total) : '';
    }, ANNOUNCE_DELAY_MS);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#syncGrid();
    this.#report();
    const criteriaChanged = (['query', 'domain', 'mission', 'territory', 'availableOnly', '_establishment'] as const).some((k) =>
      changed.has(k),
    );
    if (criteriaChanged && this.#derived && this.hasUpdated) {
      emit(this, 'pp-filter', { criteria: this.#criteria, count: this.#matchCount });
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
      this.#items = derived.items.map((_, index) => {
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
    const item = derived?.items[index];
    if (!derived || !item) return;
    render(
      renderPartnerCard(item.entry, derived.establishments[item.source], {
        locale: derived.locale,
        variant: 'compact',
        headingLevel: this.#itemsFor?.headingLevel ?? 3,
        idPrefix: `pp-${index}`,
        showEstablishment: derived.several,
        toggle: { expanded: this.#expanded.has(index) },
      }),
      li,
      { host: this },
    );
  }

  /** One outcome event per state reached: `pp-load` (shown, perhaps partly) or `pp-error` (nothing could be shown). */
  #report(): void {
    const state = this._state;
    if (state === this.#reported) return;
    this.#reported = state;
    if (state.kind === 'error') {
      warnOnce(this, state.message);
      emit(this, 'pp-error', { message: state.message });
    } else if (state.kind === 'ready') {
      const failed: string[] = [];
      for (const one of state.outcomes) {
        if (one.ok) for (const rejected of one.feed.rejected) warnOnce(this, rejected.message);
        else {
          failed.push(one.label);
          warnOnce(this, one.named);
        }
      }
      emit(this, 'pp-load', { count: this.#derived?.items.length ?? 0, rejected: this.#derived?.rejected ?? 0, failed });
    }
  }

  /** The cards' « Plus d'informations » buttons, handled once for the whole grid. */
  #onGridClick = (event: Event): void => {
    const button = (event.target as Element).closest?.('button.toggle') as HTMLElement | null;
    const index = button ? this.#items.indexOf(button.closest('li.item') as HTMLLIElement) : -1;
    if (index < 0) return;
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
    const missionDomain = (id: string) => this.#missionDomain(id);
    if (select.name === 'domain') {
      this.domain = value;
      if (this.mission && value && missionDomain(this.mission) !== value) this.mission = '';
    } else if (select.name === 'mission') {
      this.mission = value;
      // Choosing a mission narrows to its domain, so both lists stay consistent.
      if (value) this.domain = missionDomain(value) ?? this.domain;
    } else if (select.name === 'territory') {
      this.territory = value;
    } else if (select.name === 'establishment') {
      this._establishment = value;
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
    this._establishment = '';
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
  };

  protected override render() {
    const locale = this._locale;
    const state = this._state;
    if (state.kind === 'empty') return nothing;
    if (state.kind === 'loading')
      return html`<p class="message" part="message" role="status">${cardMessagesFor(locale).loading}</p>`;
    if (state.kind === 'error') return html`<p class="message pp-error" part="message">${state.message}</p><slot></slot>`;
    const derived = this.#derived;
    if (!derived) return nothing;
    const summary = html`<p class="summary" part="summary">${presenceSummary(derived.counts, locale, this.#summaryDomains(derived))}</p>`;
    if (this.summaryOnly) return summary;
    const m = listMessagesFor(locale);
    return html`${this.hideSummary ? nothing : summary}
      ${this.#renderFilters(derived, locale)}
      <p class="count" part="count">${m.shown(this.#matchCount, derived.items.length)}</p>
      <p class="pp-visually-hidden" role="status">${this._announced}</p>
      ${derived.rejected ? html`<p class="notice message" part="notice">${m.rejected(derived.rejected)}</p>` : nothing}
      ${derived.failures.map((failure) => html`<p class="notice message pp-error" part="notice">${failure}</p>`)}
      <ul class=${derived.items.length > LARGE_DIRECTORY ? 'grid large' : 'grid'} part="grid" aria-label=${m.directory}
        @click=${this.#onGridClick}></ul>
      ${
        this.#matchCount === 0
          ? html`<div class="empty" part="empty">
              <p>${m.empty}</p>
              <button type="button" part="reset" @click=${this.#reset}>${m.reset}</button>
            </div>`
          : nothing
      }`;
  }

  /** `summary-domains`: the HAS domains, or any domain of the directory; others are reported and ignored. */
  #summaryDomains(derived: Derived): string[] | undefined {
    if (!this.summaryDomains) return undefined;
    const ids = this.summaryDomains.split(/[\s,]+/).filter(Boolean);
    const valid = ids.filter((id) => HAS_DOMAIN_ORDER.includes(id) || derived.counts.byDomain.has(id));
    if (valid.length !== ids.length)
      warnOnce(this, `summary-domains="${this.summaryDomains}" : domaines attendus parmi ${HAS_DOMAIN_ORDER.join(', ')}.`);
    return valid.length ? valid : undefined;
  }

  #renderFilters(derived: Derived, locale: Locale) {
    const m = listMessagesFor(locale);
    const { facets } = derived;
    const missions: { value: string; label: string; domain: string }[] = facets.missions.filter(
      (f) => !this.domain || f.domain === this.domain,
    );
    const presetDomain = this.mission ? this.#missionDomain(this.mission) : undefined;
    if (presetDomain && !missions.some((f) => f.value === this.mission))
      missions.push({ value: this.mission, label: this.mission, domain: presetDomain });
    const missionDomains = [...new Set(missions.map((f) => f.domain))];
    const domainLabel = (id: string) => facets.domains.find((f) => f.value === id)?.label ?? id;
    // A preset domain nobody is in yet stays selectable (the grid then shows the empty state).
    const domains = facets.domains.map((f) => f.value);
    if (this.domain && !domains.includes(this.domain)) domains.push(this.domain);
    const territories = facets.territories.map((f) => ({ value: f.value, label: f.label }));
    if (this.territory && !territories.some((t) => t.value === this.territory))
      territories.push({ value: this.territory, label: this.territory });
    return html`<form class="filters" part="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${m.filters}</legend>
        <div class="field search">
          <label for="pp-q">${m.search}</label>
          <span class="hint" id="pp-q-hint">${m.searchHint}</span>
          <input id="pp-q" part="search" type="search" name="query" autocomplete="off" aria-describedby="pp-q-hint"
            .value=${this.query} @input=${this.#onSearch} @keydown=${this.#onSearchKey} />
        </div>
        ${derived.several ? this.#renderEstablishments(derived, locale) : nothing}
        <div class="field">
          <label for="pp-domain">${m.domain}</label>
          <select id="pp-domain" part="select" name="domain" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.domain}>${m.allDomains}</option>
            ${domains.map((id) => html`<option value=${id} ?selected=${this.domain === id}>${domainLabel(id)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="pp-mission">${m.mission}</label>
          <select id="pp-mission" part="select" name="mission" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.mission}>${m.allMissions}</option>
            ${missionDomains.map(
              (domain) => html`<optgroup label=${domainLabel(domain)}>
                ${missions
                  .filter((f) => f.domain === domain)
                  .map((f) => html`<option value=${f.value} ?selected=${this.mission === f.value}>${f.label}</option>`)}
              </optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="pp-territory">${m.territory}</label>
          <select id="pp-territory" part="select" name="territory" @change=${this.#onSelect}>
            <option value="" ?selected=${!this.territory}>${m.allTerritories}</option>
            ${territories.map((t) => html`<option value=${t.value} ?selected=${this.territory === t.value}>${t.label}</option>`)}
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

  /** The establishment filter, when the directory gathers several feeds. */
  #renderEstablishments(derived: Derived, locale: Locale) {
    const m = listMessagesFor(locale);
    return html`<div class="field">
      <label for="pp-establishment">${m.establishment}</label>
      <select id="pp-establishment" part="select" name="establishment" @change=${this.#onSelect}>
        <option value="" ?selected=${!this._establishment}>${m.allEstablishments}</option>
        ${derived.establishments.map((establishment, source) =>
          establishment
            ? html`<option value=${String(source)} ?selected=${this._establishment === String(source)}>${establishment.name}</option>`
            : nothing,
        )}
      </select>
    </div>`;
  }
}
