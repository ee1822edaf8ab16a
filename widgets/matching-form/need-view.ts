/**
 * `mode="need"`: the project owner's form, then the ranked partners with the
 * reasons of each criterion, the excluded ones with the rule they fail, and
 * the selection (≥ 2 partners, guide 3.1 / 4.5). Names and roles come from the
 * consent-gated public view (shared/partners/public-view.ts): a partner who
 * did not consent to showing their name is shown by reference only; contact
 * details are never shown here (the host makes contact after `pp-select`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { type Locale, localized } from '../../shared/i18n/locale';
import {
  criterionName,
  explainCriterion,
  explainExclusion,
  explainNote,
  explainNotice,
  explainWarning,
  type MatchOutcome,
  needNotices,
  type RankedPartner,
  selectionWarnings,
} from '../../shared/matching';
import { publicView } from '../../shared/partners/public-view';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../../shared/schemas/common';
import type { Establishment } from '../../shared/schemas/feed';
import { hasConsent, type PartnerProfile } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import { DOMAINS, modesOfDomain } from '../../shared/vocab/domains';
import { HEALTH_THEMES } from '../../shared/vocab/health-themes';
import { roleLabel } from '../../shared/vocab/roles';
import { OFFERS } from '../../shared/vocab/statuses';
import { TRAINING_KINDS } from '../../shared/vocab/trainings';
import { checkbox, choiceGroup, type FieldContext, fieldId, textField } from './controls';

export interface NeedLive {
  domain: string;
  missions: string[];
  trainings: string[];
  count: string;
}

export type DirectoryState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; partners: readonly PartnerProfile[]; establishment?: Establishment; warning?: string };

export interface NeedViewHost extends FieldContext {
  readonly locale: Locale;
  readonly headingLevel: number;
  readonly live: NeedLive;
  readonly directory: DirectoryState;
  readonly outcome?: { readonly need: ProjectNeed; readonly result: MatchOutcome };
  readonly shown: number;
  /** Excluded profiles listed so far (a long directory may exclude thousands). */
  readonly excludedShown: number;
  readonly selected: ReadonlySet<string>;
  readonly proposed?: number;
  showMore(): void;
  showMoreExcluded(): void;
  toggle(id: string, on: boolean): void;
  propose(): void;
}

/** Results shown at first, then per click on "show more". */
export const PAGE = 10;
/** Excluded profiles listed at first, then per click. */
export const EXCLUDED_PAGE = 50;

const choices = <T extends { id: string; label: { fr: string; en: string } }>(list: readonly T[], locale: Locale) =>
  list.map((x) => ({ value: x.id, label: localized(x.label, locale) }));

function missionsBlock(h: NeedViewHost): TemplateResult {
  const { m, locale } = h;
  const error = h.errors.get('missions');
  const quiet: FieldContext = { m, errors: new Map() };
  const modes = h.live.domain ? modesOfDomain(h.live.domain) : [];
  return html`<fieldset class="group ${error ? 'invalid' : ''}" id="${fieldId('missions')}-group" aria-describedby="missions-hint">
    <legend>${m.missions} <span class="opt">(${m.optional})</span></legend>
    <p class="hint" id="missions-hint">${m.missionsHint}</p>
    ${error ? html`<p class="error-text">${error}</p>` : nothing}
    ${keyed(
      h.live.domain,
      modes.map((mode, i) =>
        choiceGroup(quiet, {
          name: 'missions',
          legend: localized(mode.label, locale),
          choices: choices(mode.missions, locale),
          nested: true,
          anchor: i === 0,
        }),
      ),
    )}
  </fieldset>`;
}

function liveNotices(h: NeedViewHost): TemplateResult | typeof nothing {
  const count = Number(h.live.count || '2');
  const notices = needNotices({
    missions: h.live.missions as ProjectNeed['missions'],
    requiredTrainings: h.live.trainings as ProjectNeed['requiredTrainings'],
    count: Number.isInteger(count) && count >= 1 ? count : 2,
  });
  if (notices.length === 0) return nothing;
  return html`<ul class="notices" part="notices">
    ${notices.map((n) => html`<li class="notice">${explainNotice(n, h.locale)}</li>`)}
  </ul>`;
}

export function renderNeedForm(h: NeedViewHost): TemplateResult {
  const { m, locale } = h;
  return html`
    <fieldset class="section">
      <legend>${m.project}</legend>
      ${textField(h, { name: 'title', label: m.projectTitle, required: true, maxlength: 300 })}
      ${choiceGroup(h, { name: 'domain', legend: m.domain, type: 'radio', required: true, choices: choices(DOMAINS, locale) })}
      ${missionsBlock(h)}
    </fieldset>
    ${choiceGroup(h, {
      name: 'themes',
      legend: m.experienceSought,
      hint: m.experienceSoughtHint,
      columns: true,
      choices: choices(
        HEALTH_THEMES.filter((t) => t.id !== 'proche_aidant'),
        locale,
      ),
      extra: html`${checkbox(h, 'caregiver', m.caregiverSought)} ${textField(h, { name: 'themesOther', label: m.other, maxlength: 600 })}`,
    })}
    <fieldset class="section">
      <legend>${m.territory}</legend>
      <div class="row">
        ${textField(h, { name: 'departement', label: m.departement, hint: m.departementHint, size: 'short', maxlength: 3 })}
        ${textField(h, { name: 'commune', label: m.commune, autocomplete: 'address-level2', maxlength: 200 })}
      </div>
      ${checkbox(h, 'remote', m.remoteAccepted)}
    </fieldset>
    ${choiceGroup(h, { name: 'slots', legend: m.slots, choices: choices(AVAILABILITY_SLOTS, locale) })}
    ${choiceGroup(h, { name: 'duration', legend: m.duration, type: 'radio', required: true, choices: choices(COMMITMENTS, locale) })}
    ${choiceGroup(h, { name: 'offer', legend: m.offer, hint: m.offerHint, choices: choices(OFFERS, locale) })}
    ${textField(h, { name: 'count', label: m.count, type: 'number', min: 1, max: 100, value: '2', hint: m.countHint, size: 'short' })}
    ${choiceGroup(h, {
      name: 'trainings',
      legend: `${m.trainingsAsked} (${m.optional})`,
      hint: m.trainingsAskedHint,
      choices: TRAINING_KINDS.map((k) => ({ value: k.id, label: localized(k.label, locale) })),
    })}
    <div aria-live="polite">${liveNotices(h)}</div>
    <div class="actions"><button type="submit" class="primary" part="submit">${m.search}</button></div>
  `;
}

function statusMark(h: NeedViewHost, status: string) {
  const symbol = status === 'met' ? '✓' : status === 'unmet' ? '✗' : status === 'partial' ? '◐' : '?';
  const words = status === 'met' ? h.m.met : status === 'unmet' ? h.m.unmet : status === 'partial' ? h.m.partial : h.m.unknown;
  return html`<span class="mark" aria-hidden="true">${symbol}</span><span class="pp-visually-hidden">${words} — </span>`;
}

function who(h: NeedViewHost, partner: PartnerProfile, establishment?: Establishment) {
  const view = publicView(partner, establishment, { locale: h.locale });
  const name = view?.name;
  const roles = (view?.roles ?? []).map((r) => roleLabel(r, h.locale, view?.gender));
  return { name: name ?? h.m.anonymous(partner.id), named: Boolean(name), roles };
}

/**
 * The score bar's width, set through the CSSOM: a strict CSP (style-src 'self') blocks
 * style attributes, including the one styleMap writes on its first render.
 */
function setWidth(bar: Element | undefined, percent: number): void {
  if (bar instanceof HTMLElement) bar.style.setProperty('width', `${percent}%`);
}

function matchItem(h: NeedViewHost, r: RankedPartner, establishment?: Establishment): TemplateResult {
  const { m, locale } = h;
  const p = r.partner;
  const person = who(h, p, establishment);
  const showThemes = hasConsent(p, 'experience');
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
            ${statusMark(h, c.status)}<span><strong>${criterionName(c.id, locale)}</strong> : ${explainCriterion(c, locale, { showThemes })}</span>
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
  const { m, locale } = h;
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

export function renderNeedResults(h: NeedViewHost): TemplateResult | typeof nothing {
  const { m, locale } = h;
  const d = h.directory;
  if (d.kind === 'loading') return html`<p class="message" role="status">${m.loading}</p>`;
  if (d.kind === 'error') return html`<p class="message pp-error" part="message">${d.message}</p>`;
  if (d.kind === 'none') return html`<p class="message pp-error" part="message">${m.noDirectory}</p>`;
  const warning = d.warning ? html`<p class="message warning" part="message">${d.warning}</p>` : nothing;
  const o = h.outcome;
  if (!o) return warning;
  const { ranked, excluded, notConsidered, notices } = o.result;
  const more = Math.min(PAGE, ranked.length - h.shown);
  return html`${warning}
    <section class="results" part="results" aria-labelledby="results-title">
      <div role="heading" aria-level=${h.headingLevel} id="results-title" class="results-title" tabindex="-1">${m.results} — ${o.need.title}</div>
      <p>${m.summary(ranked.length, excluded.length)}${notConsidered ? html` ${m.notConsidered(notConsidered)}` : nothing}</p>
      ${notices.length ? html`<ul class="notices" part="notices">${notices.map((n) => html`<li class="notice">${explainNotice(n, locale)}</li>`)}</ul>` : nothing}
      <p class="principles">${m.principles}</p>
      ${
        ranked.length === 0
          ? html`<p class="message">${m.noResult}</p>`
          : html`<ol class="matches">
            ${ranked.slice(0, h.shown).map((r) => matchItem(h, r, d.establishment))}
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
                    <strong>${who(h, e.partner, d.establishment).name}</strong>
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
