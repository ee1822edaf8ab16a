import { css, html, nothing, type PropertyValues } from 'lit';
import { validationMessagesOrPlain } from '../../shared/i18n/load-validation-messages';
import type { Locale } from '../../shared/i18n/locale';
import { checkEstablishmentValue, checkPartnerEntry, type FeedIssue } from '../../shared/partners/feed-check';
import { registryKeyIn, resolveEntryLinks } from '../../shared/partners/feed-read';
import type { Establishment } from '../../shared/schemas/establishment';
import type { PublicFeed, PublicPartnerEntry } from '../../shared/schemas/public-feed';
import { emit } from '../internal/emit';
import { headingLevel } from '../internal/heading';
import { themeStyles } from '../internal/theme';
import { warnOnce } from '../internal/warn';

import { type FeedOutcome, loadFeeds, readGivenFeeds, sourceUrls } from './load';
import { cardMessagesFor, loadCardMessages, loadProblems } from './messages';
import { PartnerElement } from './partner-element';
import { type CardVariant, renderPartnerCard } from './render';
import { cardStyles } from './styles';

type CardState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; id: string; entry: PublicPartnerEntry | undefined; establishment: Establishment | undefined };
type Ready = Extract<CardState, { kind: 'ready' }>;

/** `detail` of `pp-load`: the data was read; `shown` is false when the id is not in it (absent, or no longer published). */
export interface PartnerCardLoadDetail {
  readonly id: string;
  readonly shown: boolean;
}

/** `detail` of `pp-error`: the data could not be read (or was refused); the same message as in the card. */
export interface PartnerCardErrorDetail {
  readonly message: string;
}

/**
 * One patient partner, from a public feed (v2) published by their establishment.
 *
 * @tag pp-partner-card
 * @summary A patient partner's card: photo, name or role, domains and missions, status,
 *   validated trainings, association, territory, languages, projects, current load and a
 *   contact action (through the establishment by default). It shows a public feed entry
 *   as published (`npx binome publish`): consent was applied when the feed was made.
 *   A registry or a v1 file is refused: nothing of it is shown.
 *
 * @attr src - URL of a public feed v2 (JSON, see docs/widgets/partner-card.md), or several separated by spaces; used with `partner-id`.
 * @attr partner-id - Identifier of the partner to show (the first feed that has it).
 * @attr variant - `full` (default) or `compact`.
 * @attr heading-level - Level of the card's heading, 1–6 (default 3).
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {PublicPartnerEntry} partner - One entry of a public feed (wins over `feeds` and `src`).
 * @prop {Establishment} establishment - With `partner`: the establishment whose contact is the default route.
 * @prop {readonly PublicFeed[]} feeds - Public feeds the host loaded itself; used with `partner-id` (wins over `src`).
 *
 * @fires {PartnerCardLoadDetail} pp-load - The data was read. `detail: { id: string, shown: boolean }` (`shown: false`: not in the feed).
 * @fires {PartnerCardErrorDetail} pp-error - The data could not be read or was refused. `detail: { message: string }`.
 *
 * @csspart card - The card (`article`); its `data-pp-shown` attribute holds what it displays (JSON).
 * @csspart photo - The portrait, or the neutral silhouette.
 * @csspart name - The heading (name, or role and domains when the name is not published).
 * @csspart roles - The validated roles.
 * @csspart establishment - The establishment's name (directories of several establishments).
 * @csspart tags - The list of domains; each domain is a `tag`.
 * @csspart tag - One domain.
 * @csspart facts - Each list of facts (territory, load…); the full details also have part `details`.
 * @csspart details - The full details.
 * @csspart contact - The contact block; links have part `contact-link`.
 * @csspart contact-link - A contact link.
 * @csspart message - Loading, unavailable or error message.
 *
 * @cssprop --pp-color-primary - Titles, links, the card's bottom border (default DSFR blue France).
 * @cssprop --pp-color-text - Text colour.
 * @cssprop --pp-color-muted - Secondary text.
 * @cssprop --pp-color-background - Card background.
 * @cssprop --pp-color-surface - Photo placeholder and message background.
 * @cssprop --pp-color-error - Error accent.
 * @cssprop --pp-color-focus - Focus outline.
 * @cssprop --pp-card-border-color - Card border.
 * @cssprop --pp-card-photo-size - Portrait size (default 5em).
 * @cssprop --pp-tag-background - Domain tags.
 * @cssprop --pp-radius - Corner radius.
 * @cssprop --pp-font-family - Font (inherited by default).
 *
 * @slot - Fallback content, shown only if the data cannot be shown (e.g. a link to a PDF).
 */
export class PpPartnerCard extends PartnerElement<Ready> {
  static override properties = {
    partner: { attribute: false },
    establishment: { attribute: false },
    feeds: { attribute: false },
    src: { type: String },
    partnerId: { type: String, attribute: 'partner-id' },
    variant: { type: String, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    _state: { state: true },
    // Observed so that switching the language re-renders (reflected: the locale is read from the attribute).
    lang: { reflect: true },
  };

  static override styles = [
    themeStyles,
    cardStyles,
    css`
      :host {
        max-width: 40em;
      }
    `,
  ];

  declare partner: PublicPartnerEntry | undefined;
  declare establishment: Establishment | undefined;
  declare feeds: readonly PublicFeed[] | undefined;
  declare src: string | undefined;
  declare partnerId: string | undefined;
  declare variant: CardVariant;
  declare headingLevel: number | string | undefined;
  declare _state: CardState;

  #announced: CardState | undefined;

  constructor() {
    super();
    this.variant = 'full';
    this._state = { kind: 'empty' };
  }

  protected _loadWords(locale: Locale): Promise<unknown> {
    return loadCardMessages(locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('partner') ||
      changed.has('establishment') ||
      changed.has('feeds') ||
      changed.has('src') ||
      changed.has('partnerId')
    ) {
      this.#resolveData();
    }
  }

  #resolveData(): void {
    const locale = this._locale;
    const token = ++this._token;
    if (this.partner !== undefined && this.partner !== null) {
      this.#fromPartner(this.partner, token, locale);
      return;
    }
    const feeds = this.feeds;
    const srcs = sourceUrls(this.src);
    if (!feeds && srcs.length === 0) {
      this._fail((w) => w.missingData);
      return;
    }
    if (!this.partnerId) {
      this._fail((w) => w.missingPartnerId);
      return;
    }
    const id = this.partnerId;
    if (feeds) {
      if (!Array.isArray(feeds)) {
        this._fail((w) => w.invalidFeed(w.notAList));
        return;
      }
      const read = readGivenFeeds(feeds, locale);
      if (Array.isArray(read)) this.#show(read, id);
      else this.#wait(read.then((outcomes) => token === this._token && this.#show(outcomes, id)));
      return;
    }
    this._state = { kind: 'loading' };
    this.#wait(loadFeeds(srcs, locale).then((outcomes) => token === this._token && this.#show(outcomes, id)));
  }

  #wait(work: Promise<unknown>): void {
    this._pending.add(work);
  }

  /** One entry given as a property: refused if it comes from a registry, explained if invalid. */
  #fromPartner(partner: unknown, token: number, locale: Locale): void {
    const key = registryKeyIn(partner);
    if (key) {
      this.#wait(loadProblems().then((m) => warnOnce(this, m.refusalWarning('partner', { reason: 'registry', key }))));
      this._fail((w) => w.refused);
      return;
    }
    const checked = checkPartnerEntry(partner);
    if (!checked.ok) {
      this._state = { kind: 'empty' };
      this.#explain(checked.issues, checked.input, locale, (why) => {
        if (token === this._token) this._fail((w) => w.invalidPartner(why));
      });
      return;
    }
    let establishment: Establishment | undefined;
    if (this.establishment !== undefined && this.establishment !== null) {
      const parsed = checkEstablishmentValue(this.establishment);
      if (parsed.ok) establishment = parsed.data;
      else this.#explain(parsed.issues, parsed.input, locale, (why) => warnOnce(this, `establishment : ${why}`));
    }
    const entry = resolveEntryLinks(checked.data, document.baseURI);
    this._state = { kind: 'ready', id: entry.id, entry, establishment };
  }

  /** Hands the readable reason of a validation failure to `use`: the messages are downloaded only now. */
  #explain(issues: readonly FeedIssue[], input: unknown, locale: Locale, use: (why: string) => void): void {
    this.#wait(
      validationMessagesOrPlain(locale)
        .then((format) => format(issues, locale, input))
        .then(use),
    );
  }

  /** The partner `id` from the first feed that has it; said clearly when a feed could not be read. */
  #show(outcomes: readonly FeedOutcome[], id: string): void {
    const failed: string[] = [];
    for (const one of outcomes) {
      if (one.ok) {
        for (const rejected of one.feed.rejected) if (rejected.id === id) warnOnce(this, rejected.message);
        continue;
      }
      if (one.warning) warnOnce(this, one.warning);
      failed.push(outcomes.length > 1 ? one.named : one.message);
    }
    for (const one of outcomes) {
      if (!one.ok) continue;
      const entry = one.feed.partners.find((p) => p.id === id);
      if (entry) {
        for (const message of failed) warnOnce(this, message);
        this._state = { kind: 'ready', id, entry, establishment: one.feed.establishment };
        return;
      }
      const rejected = one.feed.rejected.find((r) => r.id === id);
      if (rejected) {
        this._fail((w) => w.invalidPartner(rejected.message));
        return;
      }
    }
    // Not found: say so only if every feed was read (the person may be in one that was not).
    if (failed.length) this._state = { kind: 'error', message: failed.join(' ') };
    else this._state = { kind: 'ready', id, entry: undefined, establishment: undefined };
  }

  /** One outcome event for every state reached: `pp-load` (read) or `pp-error` (not read, or refused). */
  protected override updated(): void {
    const state = this._state;
    if (state === this.#announced) return;
    this.#announced = state;
    if (state.kind === 'error') {
      warnOnce(this, state.message);
      emit(this, 'pp-error', { message: state.message });
    } else if (state.kind === 'ready') {
      emit(this, 'pp-load', { id: state.id, shown: state.entry !== undefined });
    }
  }

  protected override render() {
    const locale = this._locale;
    const m = cardMessagesFor(locale);
    const state = this._state;
    switch (state.kind) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<p class="message" part="message" role="status">${m.loading}</p>`;
      case 'error':
        return html`<p class="message pp-error" part="message">${state.message}</p><slot></slot>`;
      case 'ready': {
        if (!state.entry) return html`<p class="message" part="message">${m.notAvailable}</p>`;
        let variant = this.variant;
        if (variant !== 'compact' && variant !== 'full') {
          warnOnce(this, `variant="${String(variant)}" : « compact » ou « full » attendu ; « full » utilisé.`);
          variant = 'full';
        }
        return renderPartnerCard(state.entry, state.establishment, {
          locale,
          variant,
          headingLevel: headingLevel(this, this.headingLevel, 3),
          idPrefix: 'pp-card',
        });
      }
    }
  }
}
