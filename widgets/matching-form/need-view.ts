/**
 * `mode="need"`: the registry block (which file is open, « Ouvrir le
 * registre… »), the project owner's form and the registry's state. The
 * results (ranked partners, excluded ones, selection) are need-results.ts,
 * loaded with the matching engine when the owner first searches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { type Locale, localized } from '../../shared/i18n/locale';
import type { NeedDraft } from '../../shared/matching/need-draft';
import type { MatchOutcome } from '../../shared/matching/rank';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../../shared/schemas/common';
import type { PartnerProfile } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import type { Establishment } from '../../shared/schemas/registry';
import { DOMAIN_IDS, DOMAIN_LABELS } from '../../shared/vocab/domain-labels';
import type { InterventionMode } from '../../shared/vocab/domains';
import { HEALTH_THEME_LABELS } from '../../shared/vocab/health-theme-labels';
import { OFFERS } from '../../shared/vocab/statuses';
import { TRAINING_KINDS } from '../../shared/vocab/trainings';
import { checkbox, choiceGroup, type FieldContext, fieldId, textField } from './controls';
import type { NeedEngine } from './need-engine';
import type { NeedMessages } from './need-messages';

export interface NeedLive {
  domain: string;
  missions: string[];
  trainings: string[];
  count: string;
}

export type DirectoryState =
  /** No registry given nor opened. */
  | { kind: 'none' }
  /** `src` set in need mode: refused (a registry must never sit at a URL). */
  | { kind: 'refused' }
  /** A file the coordinator picked, being read in the browser. */
  | { kind: 'reading'; fileName: string }
  | { kind: 'error'; message: string; details?: readonly string[] }
  | {
      kind: 'ready';
      partners: readonly PartnerProfile[];
      establishment?: Establishment;
      warning?: string;
      /** Set when the registry was opened from a file (not given as a property). */
      fileName?: string;
    };

export interface NeedViewHost extends FieldContext {
  readonly m: NeedMessages;
  readonly locale: Locale;
  readonly headingLevel: number;
  readonly live: NeedLive;
  /** The host's pre-fill: the fields' default values (a form reset comes back to them). */
  readonly draft: NeedDraft;
  readonly directory: DirectoryState;
  /** The registry block (file picker) is shown: the host gave no registry as a property. */
  readonly picker: boolean;
  readonly outcome?: { readonly need: ProjectNeed; readonly result: MatchOutcome };
  readonly shown: number;
  /** Excluded profiles listed so far (a long directory may exclude thousands). */
  readonly excludedShown: number;
  readonly selected: ReadonlySet<string>;
  readonly proposed?: number;
  /** The HAS notices for the need being typed, in words (computed by the engine once it is loaded). */
  readonly notices: readonly string[];
  /** The modes and missions of a domain: [] until the domains' tree is loaded (when a domain is chosen). */
  modesOf(domainId: string): readonly InterventionMode[];
  /** The matching engine and the results view, loaded on the first search (need-engine.ts). */
  readonly engine?: NeedEngine;
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
  const modes = h.live.domain ? h.modesOf(h.live.domain) : [];
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
          ...(h.draft.missions ? { checked: h.draft.missions } : {}),
        }),
      ),
    )}
  </fieldset>`;
}

function liveNotices(h: NeedViewHost): TemplateResult | typeof nothing {
  if (h.notices.length === 0) return nothing;
  return html`<ul class="notices" part="notices">
    ${h.notices.map((n) => html`<li class="notice">${n}</li>`)}
  </ul>`;
}

export function renderNeedForm(h: NeedViewHost): TemplateResult {
  const { m, locale, draft } = h;
  return html`
    <fieldset class="section">
      <legend>${m.project}</legend>
      ${textField(h, { name: 'title', label: m.projectTitle, required: true, maxlength: 300, ...(draft.title ? { value: draft.title } : {}) })}
      ${choiceGroup(h, { name: 'domain', legend: m.domain, type: 'radio', required: true, ...(draft.domain ? { checked: [draft.domain] } : {}), choices: DOMAIN_IDS.map((id) => ({ value: id, label: localized(DOMAIN_LABELS[id], locale) })) })}
      ${missionsBlock(h)}
    </fieldset>
    ${choiceGroup(h, {
      name: 'themes',
      legend: m.experienceSought,
      hint: m.experienceSoughtHint,
      columns: true,
      choices: choices(
        HEALTH_THEME_LABELS.filter((t) => t.id !== 'proche_aidant'),
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
    ${choiceGroup(h, { name: 'duration', legend: m.duration, type: 'radio', required: true, ...(draft.duration ? { checked: [draft.duration] } : {}), choices: choices(COMMITMENTS, locale) })}
    ${choiceGroup(h, { name: 'offer', legend: m.offer, hint: m.offerHint, choices: choices(OFFERS, locale) })}
    ${textField(h, { name: 'count', label: m.count, type: 'number', min: 1, max: 100, value: '2', hint: m.countHint, size: 'short' })}
    ${choiceGroup(h, {
      name: 'trainings',
      legend: `${m.trainingsAsked} (${m.optional})`,
      hint: m.trainingsAskedHint,
      // Joint training is the project's to organise with everyone at its start (guide 3.5, l.594), not asked of a person.
      choices: TRAINING_KINDS.filter((k) => k.id !== 'formation_conjointe').map((k) => ({
        value: k.id,
        label: localized(k.label, locale),
      })),
    })}
    <div aria-live="polite">${liveNotices(h)}</div>
    <div class="actions"><button type="submit" class="primary" part="submit">${m.search}</button></div>
  `;
}

const REGISTRY_TYPES =
  '.json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where the coordinator opens the registry, when the host gives none: a button that opens
 * the system's file picker. The file is read by the widget, in the browser: it says so.
 */
export function renderRegistry(h: NeedViewHost, open: (file: File) => void): TemplateResult {
  const { m } = h;
  const d = h.directory;
  let input: HTMLInputElement | undefined;
  const onPick = (e: Event) => {
    const target = e.target as HTMLInputElement;
    const file = target.files?.[0];
    // Cleared at once, so that picking the same file again (after editing it) reads it again.
    target.value = '';
    if (file) open(file);
  };
  let status: string;
  if (d.kind === 'ready' && d.fileName !== undefined)
    status = m.registryOpen(d.fileName, d.establishment?.name ?? '', d.partners.length);
  else if (d.kind === 'reading') status = m.registryReading(d.fileName);
  else status = m.registryNone;
  const opened = d.kind === 'ready' && d.fileName !== undefined;
  const error = d.kind === 'error' ? directoryError(d) : nothing;
  return html`<div class="registry" part="registry">
    <p class="registry-status" role="status" id=${d.kind === 'error' ? nothing : 'directory-state'} tabindex="-1">${status}</p>
    ${error}
    <p class="hint">${m.registryLocal}</p>
    <input
      type="file"
      hidden
      accept=${REGISTRY_TYPES}
      @change=${onPick}
      ${ref((el) => {
        input = el as HTMLInputElement | undefined;
      })}
    />
    <div>
      <button type="button" class="secondary" part="open-registry" @click=${() => input?.click()}>
        ${opened ? m.openAnotherRegistry : m.openRegistry}
      </button>
    </div>
  </div>`;
}

/** Why the registry cannot be used, with each problem found (row and column for a table). */
function directoryError(d: Extract<DirectoryState, { kind: 'error' }>): TemplateResult {
  return html`<div class="message pp-error" part="message" id="directory-state" tabindex="-1">
    <p>${d.message}</p>
    ${d.details?.length ? html`<ul>${d.details.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
  </div>`;
}

/** The registry's state, then — once a need was searched — the results (need-results.ts, loaded with the engine). */
export function renderNeedResults(h: NeedViewHost): TemplateResult | typeof nothing {
  const d = h.directory;
  // No registry yet: the registry block above the form says so (it is shown whenever no property gives one).
  if (d.kind === 'reading' || d.kind === 'refused' || d.kind === 'none') return nothing;
  // With the file picker, the registry block says what went wrong, next to the button.
  if (d.kind === 'error') return h.picker ? nothing : directoryError(d);
  const warning = d.warning ? html`<p class="message warning" part="message">${d.warning}</p>` : nothing;
  const o = h.outcome;
  if (!o || !h.engine) return warning;
  return html`${warning}${h.engine.renderOutcome(h, o)}`;
}
