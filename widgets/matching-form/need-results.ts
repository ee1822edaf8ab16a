/**
 * `mode="need"`, after a search (loaded with the engine, need-engine.ts): the
 * ranked partners with the reasons of each criterion, the excluded ones with
 * the rule they fail, and the selection (≥ 2 partners, guide 3.1 / 4.5).
 * Names and roles come from the consent rule (publicView,
 * shared/publish/public-view.ts): a partner who did not consent to showing
 * their name is shown by reference only, and a role that implies a diagnosis
 * only with the experience consent. Lived experience is never read here: the
 * engine's criteria already hold nothing about it for a partner who did not
 * share it with project teams (« non partagée »). Contact details are never
 * shown (the host makes contact after `pp-select`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { CriterionStatus } from '../../shared/matching/criteria';
import {
  criterionName,
  explainCriterion,
  explainExclusion,
  explainNote,
  explainNotice,
  explainScore,
  explainWarning,
} from '../../shared/matching/messages';
import { type MatchOutcome, type RankedPartner, selectionWarnings } from '../../shared/matching/rank';
import { publicView } from '../../shared/publish/public-view';
import type { PartnerProfile } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import { roleLabel } from '../../shared/vocab/role-labels';
import { EXCLUDED_PAGE, type NeedViewHost, PAGE } from './need-view';
import { type ResultsMessages, resultsMessagesFor } from './results-messages';

/** Each status as a symbol (seen) and words (heard): never by colour alone. */
const MARKS: Record<CriterionStatus, readonly [symbol: string, words: (r: ResultsMessages) => string]> = {
  met: ['✓', (r) => r.met],
  unmet: ['✗', (r) => r.unmet],
  partial: ['◐', (r) => r.partial],
  unknown: ['?', (r) => r.unknown],
  not_shared: ['–', (r) => r.notShared],
};

function statusMark(r: ResultsMessages, status: CriterionStatus) {
  const [symbol, words] = MARKS[status];
  return html`<span class="mark" aria-hidden="true">${symbol}</span><span class="pp-visually-hidden">${words(r)} — </span>`;
}

function who(h: NeedViewHost, partner: PartnerProfile) {
  const view = publicView(partner);
  const name = view?.name;
  const roles = (view?.roles ?? []).map((r) => roleLabel(r, h.locale, view?.gender));
  return { name: name ?? resultsMessagesFor(h.locale).anonymous(partner.id), named: Boolean(name), roles };
}

/**
 * The score bar's width, set through the CSSOM: a strict CSP (style-src 'self') blocks
 * style attributes, including the one styleMap writes on its first render.
 */
function setWidth(bar: Element | undefined, percent: number): void {
  if (bar instanceof HTMLElement) bar.style.setProperty('width', `${percent}%`);
}

function matchItem(h: NeedViewHost, r: RankedPartner): TemplateResult {
  const { locale } = h;
  const m = resultsMessagesFor(locale);
  const p = r.partner;
  const person = who(h, p);
  const boxId = `select-${p.id}`;
  return html`<li class="match" part="match">
    <div role="heading" aria-level=${h.headingLevel + 1} class="match-title">${person.name}</div>
    <p class="meta">
      ${person.roles.length ? html`${person.roles.join(', ')} · ` : nothing}${person.named ? html`${m.reference(p.id)} · ` : nothing}<strong
        >${m.score(r.score)}</strong
      >
    </p>
    <div class="bar" aria-hidden="true"><span ${ref((bar) => setWidth(bar, r.score))}></span></div>
    <ul class="criteria">
      ${r.criteria.map(
        (c) =>
          html`<li class=${c.status}>
            ${statusMark(m, c.status)}<span><strong>${criterionName(c.id, locale)}</strong> : ${explainCriterion(c, locale)}</span>
          </li>`,
      )}
    </ul>
    ${r.notes.length ? html`<ul class="notes">${r.notes.map((n) => html`<li>${explainNote(n, locale)}</li>`)}</ul>` : nothing}
    <label class="choice select" for=${boxId}
      ><input
        type="checkbox"
        id=${boxId}
        .checked=${h.selected.has(p.id)}
        @change=${(e: Event) => h.toggle(p.id, (e.target as HTMLInputElement).checked)}
      /><span>${m.select(person.name)}</span></label
    >
  </li>`;
}

function selection(h: NeedViewHost, need: ProjectNeed): TemplateResult {
  const { locale } = h;
  const m = resultsMessagesFor(locale);
  const n = h.selected.size;
  const warnings = selectionWarnings(n, need.count);
  return html`<div class="selection" part="selection">
    <div role="heading" aria-level=${h.headingLevel + 1} class="match-title">${m.selection}</div>
    <div role="status" aria-live="polite">
      <p>${m.selectedCount(n)}</p>
      ${n > 0 ? warnings.map((w) => html`<p class="warning">${explainWarning(w, locale)}</p>`) : nothing}
      ${h.proposed !== undefined ? html`<p class="success">${m.proposed(h.proposed)}</p>` : nothing}
    </div>
    <button type="button" class="primary" part="propose" ?disabled=${n === 0} @click=${() => h.propose()}>${m.propose}</button>
  </div>`;
}

/** The results of a search: the section under the form. */
export function renderOutcome(h: NeedViewHost, o: { readonly need: ProjectNeed; readonly result: MatchOutcome }): TemplateResult {
  const { locale } = h;
  const m = resultsMessagesFor(locale);
  const { ranked, excluded, notConsidered, notices } = o.result;
  const more = Math.min(PAGE, ranked.length - h.shown);
  return html`<section class="results" part="results" aria-labelledby="results-title">
      <div role="heading" aria-level=${h.headingLevel} id="results-title" class="results-title" tabindex="-1">${m.results} — ${o.need.title}</div>
      <p>${m.summary(ranked.length, excluded.length)}${notConsidered ? html` ${m.notConsidered(notConsidered)}` : nothing}</p>
      ${notices.length ? html`<ul class="notices" part="notices">${notices.map((n) => html`<li class="notice">${explainNotice(n, locale)}</li>`)}</ul>` : nothing}
      <p class="principles">${m.principles}</p>
      <p class="principles" part="method">${explainScore(locale)}</p>
      ${
        ranked.length === 0
          ? html`<p class="message">${m.noResult}</p>`
          : html`<ol class="matches">
            ${ranked.slice(0, h.shown).map((r) => matchItem(h, r))}
          </ol>`
      }
      ${more > 0 ? html`<button type="button" class="secondary" part="more" @click=${() => h.showMore()}>${m.showMore(more)}</button>` : nothing}
      ${
        excluded.length
          ? html`<details class="excluded" part="excluded">
            <summary>${m.excluded(excluded.length)}</summary>
            <ul>
              ${excluded.slice(0, h.excludedShown).map(
                (e) =>
                  html`<li>
                    <strong>${who(h, e.partner).name}</strong>
                    <ul>
                      ${e.reasons.map((r) => html`<li>${explainExclusion(r, locale)}</li>`)}
                    </ul>
                  </li>`,
              )}
            </ul>
            ${
              excluded.length > h.excludedShown
                ? html`<button type="button" class="secondary" @click=${() => h.showMoreExcluded()}>
                  ${m.showMore(Math.min(EXCLUDED_PAGE, excluded.length - h.excludedShown))}
                </button>`
                : nothing
            }
          </details>`
          : nothing
      }
      ${ranked.length ? selection(h, o.need) : nothing}
    </section>`;
}
