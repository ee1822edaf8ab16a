import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { formatDate, formatNumber } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { PartnershipSummary, PublishedCount } from '../../shared/schemas/partnership-summary';
import { checkSummary, type SummaryCheck } from '../../shared/summary/check';
import { emit } from '../internal/emit';
import { headingLevel } from '../internal/heading';
import { hostLocale } from '../internal/locale';
import { themeStyles } from '../internal/theme';
import { warn } from '../internal/warn';
import { fetchSummary } from './fetch-summary';
import { summaryStyles } from './styles';
import { type SummaryWords, summaryWords } from './words';

type State =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: (w: SummaryWords) => string }
  | { kind: 'ready'; summary: PartnershipSummary };

/** `detail` of `pp-load`. */
export interface PartnershipSummaryLoadDetail {
  /** Partners counted, as published: a number, or `few` (1 or 2). */
  readonly partners: PublishedCount;
}

/** `detail` of `pp-error`: the message the widget shows. */
export interface PartnershipSummaryErrorDetail {
  readonly message: string;
}

interface Row {
  readonly id: string;
  readonly fr: string;
  readonly en: string;
  readonly count: PublishedCount;
}

/**
 * A bar's width, set through the CSSOM: a strict CSP (style-src 'self') blocks style
 * attributes, including the one styleMap writes on its first render.
 */
function setWidth(bar: Element | undefined, percent: number): void {
  if (bar instanceof HTMLElement) bar.style.setProperty('width', `${percent}%`);
}

/** How long the element may stay without data before it says so (a host may set `summary` a little later), as the partner widgets. */
const NO_DATA_DELAY_MS = 1000;

/** A row's width in the bar chart: `few` is drawn as a dashed stub (its value is a word, never a length). */
const barValue = (count: PublishedCount): number => (count === 'few' ? 0 : count);

/**
 * « Notre partenariat en chiffres »: the public summary an establishment publishes
 * with `binome publish … --resume` (aggregates only: partners by domain and mission, projects,
 * meetings held, checklists renewed). Every count is 0, at least 3, or « moins de 3 »,
 * so that nobody can be singled out; a file with a count of 1 or 2 is refused whole.
 * Each chart has its data table; values are written, never told by colour alone.
 *
 * @tag pp-partnership-summary
 *
 * @attr src - URL of a published partnership summary (JSON, see docs/widgets/partnership-summary.md).
 * @attr heading-level - Level of the main heading, 1–6 (default 2); sub-headings are one level below.
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's.
 *
 * @prop {PartnershipSummary} summary - A summary the host loaded itself (wins over `src`).
 *
 * @fires {PartnershipSummaryLoadDetail} pp-load - The figures are shown. `detail: { partners: number | 'few' }`.
 * @fires {PartnershipSummaryErrorDetail} pp-error - The figures cannot be shown. `detail: { message: string }`.
 *
 * @csspart figures - The key figures.
 * @csspart chart - Each bar chart (hidden from assistive technologies: its table says the same).
 * @csspart table - Each data table.
 * @csspart note - The note explaining « moins de 3 ».
 * @csspart message - Loading or error message.
 *
 * @cssprop --pp-color-primary - Headings and bars.
 *
 * @slot - Fallback content, shown only if the figures cannot be shown (e.g. a link to a PDF report).
 */
export class PpPartnershipSummary extends LitElement {
  static override properties = {
    summary: { attribute: false },
    src: { type: String },
    headingLevel: { attribute: 'heading-level' },
    // Observed so that switching the language re-renders.
    lang: { reflect: true },
    _state: { state: true },
  };

  static override styles = [themeStyles, summaryStyles];

  declare summary: unknown;
  declare src: string | undefined;
  declare headingLevel: number | string | undefined;
  declare _state: State;

  #token = 0;
  #noData: ReturnType<typeof setTimeout> | undefined;
  #reported: State | undefined;

  constructor() {
    super();
    this._state = { kind: 'empty' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#noData);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('summary') || changed.has('src')) this.#resolve();
  }

  #resolve(): void {
    const token = ++this.#token;
    clearTimeout(this.#noData);
    if (this.summary !== undefined && this.summary !== null) {
      this._state = this.#stateOf(checkSummary(this.summary));
      return;
    }
    const src = this.src?.trim();
    if (!src) {
      // A host may set `summary` a moment after inserting the element: wait before saying nothing was given.
      this._state = { kind: 'empty' };
      this.#noData = setTimeout(() => {
        if (token === this.#token) this._state = { kind: 'error', message: (w) => w.missing };
      }, NO_DATA_DELAY_MS);
      return;
    }
    this._state = { kind: 'loading' };
    void fetchSummary(src).then((result) => {
      if (token !== this.#token) return;
      this._state = result.ok ? this.#stateOf(checkSummary(result.data)) : { kind: 'error', message: (w) => w.unreachable(src) };
    });
  }

  #stateOf(check: SummaryCheck): State {
    if (check.ok) return { kind: 'ready', summary: check.summary };
    const path = check.path;
    switch (check.reason) {
      case 'not-summary':
        return { kind: 'error', message: (w) => w.notSummary };
      case 'version':
        return { kind: 'error', message: (w) => w.version };
      case 'small-count':
        return { kind: 'error', message: (w) => w.smallCount(path) };
      default:
        return { kind: 'error', message: (w) => w.invalid(path) };
    }
  }

  protected override updated(): void {
    const state = this._state;
    if (state === this.#reported || (state.kind !== 'ready' && state.kind !== 'error')) return;
    this.#reported = state;
    if (state.kind === 'ready') {
      emit(this, 'pp-load', { partners: state.summary.partners.total });
    } else {
      // Said in French for the developer's console, whatever the page's language.
      warn(this, state.message(summaryWords('fr')));
      emit(this, 'pp-error', { message: state.message(summaryWords(hostLocale(this))) });
    }
  }

  protected override render(): TemplateResult {
    const locale = hostLocale(this);
    const w = summaryWords(locale);
    const state = this._state;
    if (state.kind === 'ready') return this.#renderSummary(state.summary, locale, w);
    if (state.kind === 'error') {
      return html`<p class="pp-error" role="alert" part="message">${state.message(w)}</p><slot></slot>`;
    }
    return html`<p part="message" role="status">${w.loading}</p>`;
  }

  #count(count: PublishedCount, locale: Locale, w: SummaryWords): string {
    return count === 'few' ? w.few : formatNumber(count, locale);
  }

  #heading(level: number, id: string, text: string): TemplateResult {
    // role="heading": a tag name cannot be a binding in Lit (the other widgets do the same).
    return html`<div role="heading" aria-level=${level} id=${id} class=${`h${Math.min(level, 6)}`}>${text}</div>`;
  }

  #renderSummary(s: PartnershipSummary, locale: Locale, w: SummaryWords): TemplateResult {
    const level = headingLevel(this, this.headingLevel, 2);
    const sub = level + 1;
    const figure = (label: string, count: PublishedCount) =>
      html`<div class="figure"><dt>${label}</dt><dd>${this.#count(count, locale, w)}</dd></div>`;
    const activity = s.activity;
    const hasFew = [s.partners, activity]
      .flatMap((g) => (g ? Object.values(g).flatMap((v) => (Array.isArray(v) ? v.map((r: Row) => r.count) : [v])) : []))
      .includes('few');
    const date = (d: string) => formatDate(d, locale);
    return html`<section aria-labelledby="pp-sum-h">
      ${this.#heading(level, 'pp-sum-h', w.heading)}
      <p class="source">${w.source(s.establishment.name, date(s.generatedAt))}${
        s.period ? html`<br />${w.period(date(s.period.start), date(s.period.end))}` : nothing
      }</p>
      <dl class="figures" part="figures">
        ${figure(w.partners, s.partners.total)}
        ${activity ? html`${figure(w.projects, activity.projects)}${figure(w.meetings, activity.meetings)}${figure(w.checklists, activity.checklistsRenewed)}` : nothing}
      </dl>
      ${this.#block('d', sub, w.byDomain, w.domain, w.count, s.partners.byDomain, locale, w, true)}
      ${activity ? this.#block('p', sub, w.projectsByDomain, w.domain, w.projectCount, activity.projectsByDomain, locale, w, true) : nothing}
      ${s.partners.byMission.length > 0 ? this.#block('m', sub, w.byMission, w.mission, w.count, s.partners.byMission, locale, w, false) : nothing}
      ${hasFew ? html`<p class="note" part="note">${w.fewNote}</p>` : nothing}
    </section>`;
  }

  /** A heading, a bar chart (domains only: missions are too many for bars to help) and the data table. */
  #block(
    key: string,
    level: number,
    title: string,
    rowHeader: string,
    valueHeader: string,
    rows: readonly Row[],
    locale: Locale,
    w: SummaryWords,
    chart: boolean,
  ): TemplateResult {
    const max = Math.max(3, ...rows.map((r) => barValue(r.count)));
    const label = (r: Row) => (locale === 'en' ? r.en : r.fr);
    return html`${this.#heading(level, `pp-sum-${key}`, title)}
      ${
        chart
          ? html`<div class="chart" part="chart" aria-hidden="true">
              ${rows.map(
                (r) => html`<div class="bar-row">
                  <span class="bar-label">${label(r)}</span>
                  <span class="bar-track"><span
                    class=${r.count === 'few' ? 'bar few' : 'bar'}
                    ${ref((bar) => setWidth(bar, r.count === 'few' ? 4 : (100 * barValue(r.count)) / max))}
                  ></span></span>
                  <span class="bar-value">${this.#count(r.count, locale, w)}</span>
                </div>`,
              )}
            </div>`
          : nothing
      }
      <table part="table" aria-labelledby=${`pp-sum-${key}`}>
        <thead><tr><th scope="col">${rowHeader}</th><th scope="col">${valueHeader}</th></tr></thead>
        <tbody>
          ${rows.map((r) => html`<tr><th scope="row">${label(r)}</th><td>${this.#count(r.count, locale, w)}</td></tr>`)}
        </tbody>
      </table>`;
  }
}
