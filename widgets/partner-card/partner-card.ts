import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import { type IssuesResult, loadValidationMessages, safeParseIssues } from '../../shared/i18n/parse';
import { publicView } from '../../shared/publish/public-view';
import { type Establishment, EstablishmentSchema } from '../../shared/schemas/registry';
import { type PartnerProfile, type PartnerProfileInput, PartnerProfileSchema } from '../../shared/schemas/partner';
import { PendingWork } from '../internal/pending';
import { themeStyles } from '../internal/theme';
import { headingLevelOf, hostLocale, NO_DATA_DELAY_MS, warnOnce } from './host';
import { loadPartnerFeed } from './load';
import { cardMessagesFor, loadCardMessages } from './messages';
import { type CardVariant, renderPartnerCard } from './render';
import { cardStyles } from './styles';

type CardState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; profile: PartnerProfile | undefined; establishment: Establishment | undefined };

/**
 * One patient partner, shown with their consent.
 *
 * @tag pp-partner-card
 * @summary A patient partner's card: photo, name or role, domains and missions, status,
 *   validated trainings, association, territory, languages, projects, current load and a
 *   contact action (through the establishment by default). Every personal field is gated by
 *   the person's consent (shared/partners/public-view.ts).
 *
 * @attr src - URL of a partners feed (JSON, see docs/widgets/partner-card.md); used with `partner-id`.
 * @attr partner-id - Identifier of the partner to show from the feed.
 * @attr variant - `full` (default) or `compact`.
 * @attr heading-level - Level of the card's heading, 1–6 (default 3).
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {PartnerProfileInput} partner - A profile object, validated with the shared schema (wins over `src`).
 * @prop {Establishment} establishment - With `partner`: the establishment whose contact is the default route.
 *
 * @fires pp-load - The profile is shown. `detail: { id: string }`.
 * @fires pp-error - Data could not be shown. `detail: { message: string }`.
 *
 * @csspart card - The card (`article`).
 * @csspart photo - The portrait, or the neutral silhouette.
 * @csspart name - The heading (name, or role and domains without the name consent).
 * @csspart roles - The validated roles.
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
export class PpPartnerCard extends LitElement {
  static override properties = {
    partner: { attribute: false },
    establishment: { attribute: false },
    src: { type: String },
    partnerId: { type: String, attribute: 'partner-id' },
    variant: { type: String, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    state: { state: true },
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

  declare partner: PartnerProfileInput | PartnerProfile | undefined;
  declare establishment: Establishment | undefined;
  declare src: string | undefined;
  declare partnerId: string | undefined;
  declare variant: CardVariant;
  declare headingLevel: number | string | undefined;
  declare state: CardState;

  #loadToken = 0;
  #announced: CardState | undefined;
  /** Modules the next render waits for (the validation messages): updateComplete waits for them too. */
  #pending = new PendingWork();

  constructor() {
    super();
    this.variant = 'full';
    this.state = { kind: 'empty' };
  }

  get #locale(): Locale {
    return hostLocale(this);
  }

  /** English pages fetch their words before the update that needs them (French ones never do). */
  protected override async scheduleUpdate(): Promise<void> {
    await loadCardMessages(this.#locale).catch((error: unknown) =>
      warnOnce(this, `English messages not loaded (${String(error)}): French shown.`),
    );
    super.scheduleUpdate();
  }

  /** Also waits for the data being read, so that `await el.updateComplete` sees the card or its message. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#pending.updateComplete(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('partner') || changed.has('establishment') || changed.has('src') || changed.has('partnerId')) {
      this.#resolveData();
    }
  }

  #resolveData(): void {
    const locale = this.#locale;
    const m = cardMessagesFor(locale);
    if (this.partner !== undefined && this.partner !== null) {
      const token = ++this.#loadToken;
      const profile = safeParseIssues(PartnerProfileSchema, this.partner);
      if (!profile.ok) {
        this.state = { kind: 'empty' };
        this.#explain(profile, locale, (why) => {
          if (token === this.#loadToken) this.state = { kind: 'error', message: m.invalidPartner(why) };
        });
        return;
      }
      let establishment: Establishment | undefined;
      if (this.establishment) {
        const parsed = safeParseIssues(EstablishmentSchema, this.establishment);
        if (parsed.ok) establishment = parsed.data;
        else this.#explain(parsed, locale, (why) => warnOnce(this, `establishment : ${why}`));
      }
      this.state = { kind: 'ready', profile: profile.data, establishment };
      return;
    }
    if (!this.src) {
      this.#loadToken++;
      this.state = { kind: 'error', message: m.missingData };
      return;
    }
    if (!this.partnerId) {
      this.#loadToken++;
      this.state = { kind: 'error', message: m.missingPartnerId };
      return;
    }
    void this.#load(this.src, this.partnerId, locale);
  }

  /**
   * Hands the readable reason of a validation failure to `use`: the messages are
   * downloaded only now that one is needed (valid data never loads them).
   */
  #explain(failure: Extract<IssuesResult<unknown>, { ok: false }>, locale: Locale, use: (why: string) => void): void {
    const work = loadValidationMessages()
      .then(
        (format) => format(failure.issues, locale, failure.input),
        () => (locale === 'en' ? 'invalid data' : 'données invalides'),
      )
      .then(use);
    this.#pending.add(work);
  }

  async #load(src: string, id: string, locale: Locale): Promise<void> {
    const token = ++this.#loadToken;
    this.state = { kind: 'loading' };
    const result = await loadPartnerFeed(src, locale);
    if (token !== this.#loadToken) return; // superseded by newer data
    if (!result.ok) {
      this.state = { kind: 'error', message: result.message };
      return;
    }
    const { directory } = result;
    const profile = directory.partners.find((p) => p.id === id);
    const rejected = directory.rejected.find((r) => r.id === id);
    if (rejected) {
      this.state = { kind: 'error', message: cardMessagesFor(locale).invalidPartner(rejected.message) };
      return;
    }
    // An unknown id and a withdrawn person look the same: the card says nothing about who was there.
    this.state = { kind: 'ready', profile, establishment: directory.establishment };
  }

  protected override firstUpdated(): void {
    // A host may set `partner` a little after inserting the element; past that, a blank box helps nobody.
    setTimeout(() => {
      if (this.state.kind === 'empty') this.state = { kind: 'error', message: cardMessagesFor(this.#locale).missingData };
    }, NO_DATA_DELAY_MS);
  }

  protected override updated(): void {
    const state = this.state;
    if (state === this.#announced) return;
    this.#announced = state;
    if (state.kind === 'error') {
      warnOnce(this, state.message);
      this.dispatchEvent(new CustomEvent('pp-error', { detail: { message: state.message }, bubbles: true, composed: true }));
    } else if (state.kind === 'ready' && state.profile) {
      this.dispatchEvent(new CustomEvent('pp-load', { detail: { id: state.profile.id }, bubbles: true, composed: true }));
    }
  }

  protected override render() {
    const locale = this.#locale;
    const m = cardMessagesFor(locale);
    const state = this.state;
    switch (state.kind) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<p class="message" part="message" role="status">${m.loading}</p>`;
      case 'error':
        return html`<p class="message pp-error" part="message">${state.message}</p><slot></slot>`;
      case 'ready': {
        const view = state.profile ? publicView(state.profile, state.establishment, { locale }) : null;
        if (!view) return html`<p class="message" part="message">${m.notAvailable}</p>`;
        let variant = this.variant;
        if (variant !== 'compact' && variant !== 'full') {
          warnOnce(this, `variant="${String(variant)}" : « compact » ou « full » attendu ; « full » utilisé.`);
          variant = 'full';
        }
        return renderPartnerCard(view, {
          locale,
          variant,
          headingLevel: headingLevelOf(this, this.headingLevel, 3),
          idPrefix: 'pp-card',
        });
      }
    }
  }
}
