/**
 * `mode="candidate"`: a person offers to become a patient partner. The form
 * follows the three entries of the CEPPP questionnaire cited by the HAS
 * (3.3, l.535) — lived experience, abilities and aptitudes, availability —
 * then what the person wishes to do, trainings (none required but the 40 h
 * ETP one, 3.4), association, territory, the manager exclusion (3.3) and the
 * consents, each separate and none pre-ticked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { type Locale, localized } from '../../shared/i18n/locale';
import { MAX_TRAININGS } from '../../shared/matching/candidate-form';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../../shared/schemas/common';
import { DOMAINS, domainById, modesOfDomain } from '../../shared/vocab/domains';
import { HEALTH_THEME_LABELS } from '../../shared/vocab/health-theme-labels';
import { STATUS_IDS, statusLabel } from '../../shared/vocab/statuses';
import { TRAINING_KINDS } from '../../shared/vocab/trainings';
import type { CandidateMessages } from './candidate-messages';
import { checkbox, choiceGroup, type FieldContext, fieldId, textField } from './controls';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'ready' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'failed'; message: string };

export interface CandidateLive {
  domains: string[];
  manager: string;
}

export interface CandidateViewHost extends FieldContext {
  readonly m: CandidateMessages;
  readonly locale: Locale;
  readonly live: CandidateLive;
  /** Stable keys of the training rows, in order. */
  readonly trainingRows: readonly number[];
  readonly hasAction: boolean;
  /** `action` sends in clear text to another origin: refused (a candidacy holds health data). */
  readonly insecureAction: boolean;
  readonly send: SendState;
  /** The establishment applies the guide's example of exclusion criterion, managers (3.3). */
  readonly excludeManagers: boolean;
  addTraining(): void;
  removeTraining(key: number): void;
}

const choices = <T extends { id: string; label: { fr: string; en: string } }>(list: readonly T[], locale: Locale) =>
  list.map((x) => ({ value: x.id, label: localized(x.label, locale) }));

function trainingRow(h: CandidateViewHost, key: number, index: number): TemplateResult {
  const { m, locale } = h;
  const n = index + 1;
  const name = (leaf: string) => `training.${index}.${leaf}`;
  const kindName = name('kind');
  const kindError = h.errors.get(kindName);
  return html`<fieldset class="group nested training" data-key=${key}>
    <legend>${m.training(n)}</legend>
    <div class="row">
      <div class="field ${kindError ? 'invalid' : ''}">
        <label for=${fieldId(kindName)}>${m.trainingKind}</label>
        ${kindError ? html`<p class="error-text" id="${fieldId(kindName)}-error">${kindError}</p>` : nothing}
        <select
          id=${fieldId(kindName)}
          name=${kindName}
          aria-invalid=${kindError ? 'true' : 'false'}
          aria-describedby=${kindError ? `${fieldId(kindName)}-error` : nothing}
        >
          <option value="">${m.trainingKindNone}</option>
          ${TRAINING_KINDS.map((k) => html`<option value=${k.id}>${localized(k.label, locale)}</option>`)}
        </select>
      </div>
      ${textField(h, { name: name('label'), label: m.trainingLabel, maxlength: 300 })}
    </div>
    <div class="row">
      ${textField(h, { name: name('issuer'), label: m.trainingIssuer, hint: m.trainingIssuerHint, maxlength: 300 })}
      ${textField(h, { name: name('year'), label: m.trainingYear, type: 'number', min: 1950, max: 2100, size: 'short' })}
      ${textField(h, { name: name('hours'), label: m.trainingHours, type: 'number', min: 1, max: 5000, size: 'short' })}
    </div>
    <button type="button" class="secondary" @click=${() => h.removeTraining(key)}>${m.removeTraining(n)}</button>
  </fieldset>`;
}

function missionsOfInterest(h: CandidateViewHost): TemplateResult {
  const { m, locale } = h;
  const quiet: FieldContext = { m, errors: new Map() };
  const error = h.errors.get('missions');
  const picked = DOMAINS.filter((d) => h.live.domains.includes(d.id));
  return html`<div class="field ${error ? 'invalid' : ''}" id="${fieldId('missions')}-group">
    ${error ? html`<p class="error-text">${error}</p>` : nothing}
    ${picked.map((d, di) =>
      keyed(
        d.id,
        html`<fieldset class="group">
          <legend>${m.missionsWished(localized(domainById(d.id)?.label ?? d.label, locale))} <span class="opt">(${m.optional})</span></legend>
          ${modesOfDomain(d.id).map((mode, i) =>
            choiceGroup(quiet, {
              name: 'missions',
              legend: localized(mode.label, locale),
              choices: choices(mode.missions, locale),
              nested: true,
              anchor: di === 0 && i === 0,
            }),
          )}
        </fieldset>`,
      ),
    )}
  </div>`;
}

function consents(h: CandidateViewHost): TemplateResult {
  const { m } = h;
  return html`<fieldset class="section consents" part="consents">
    <legend>${m.consents}</legend>
    <p class="hint">${m.consentsHint}</p>
    ${checkbox(h, 'consent.keepData', m.consent.keepData, undefined, true)} ${checkbox(h, 'consent.matching', m.consent.matching)}
    ${checkbox(h, 'consent.projectExperience', m.consent.projectExperience, m.consent.projectExperienceHint)}
    ${checkbox(h, 'consent.listing', m.consent.listing)}
    <fieldset class="group nested">
      <legend>${m.consent.listing} :</legend>
      <div class="choices">
        ${checkbox(h, 'consent.name', m.consent.name)} ${checkbox(h, 'consent.photo', m.consent.photo)}
        ${checkbox(h, 'consent.experience', m.consent.experience)} ${checkbox(h, 'consent.contact', m.consent.contact)}
      </div>
    </fieldset>
  </fieldset>`;
}

export function renderCandidateForm(h: CandidateViewHost): TemplateResult {
  const { m, locale } = h;
  return html`
    <fieldset class="section">
      <legend>${m.you}</legend>
      <p class="hint">${m.nameHint}</p>
      <div class="row">
        ${textField(h, { name: 'given', label: m.given, autocomplete: 'given-name', maxlength: 200 })}
        ${textField(h, { name: 'family', label: m.family, autocomplete: 'family-name', maxlength: 200 })}
      </div>
      ${textField(h, { name: 'display', label: m.display, hint: m.displayHint, autocomplete: 'nickname', maxlength: 200 })}
      ${choiceGroup(h, {
        name: 'gender',
        legend: `${m.gender} (${m.optional})`,
        type: 'radio',
        choices: (['f', 'm', 'x'] as const).map((g) => ({ value: g, label: m.genders[g] })),
      })}
      <p class="hint">${m.contactHint}</p>
      <div class="row">
        ${textField(h, { name: 'email', label: m.email, type: 'email', autocomplete: 'email', maxlength: 254 })}
        ${textField(h, { name: 'phone', label: m.phone, type: 'tel', autocomplete: 'tel', maxlength: 25 })}
      </div>
    </fieldset>
    <fieldset class="section">
      <legend>${m.experience}</legend>
      ${textField(h, { name: 'experienceText', label: m.experienceText, hint: m.experienceHint, multiline: true, maxlength: 5000 })}
      ${choiceGroup(h, {
        name: 'themes',
        legend: m.themes,
        columns: true,
        nested: true,
        choices: choices(
          HEALTH_THEME_LABELS.filter((t) => t.id !== 'proche_aidant'),
          locale,
        ),
        extra: html`${textField(h, { name: 'themesOther', label: m.other, maxlength: 600 })}`,
      })}
      ${checkbox(h, 'caregiver', m.caregiver)}
    </fieldset>
    <fieldset class="section">
      <legend>${m.abilities}</legend>
      ${textField(h, { name: 'abilities', label: m.abilitiesText, hint: m.abilitiesHint, multiline: true, maxlength: 2000 })}
    </fieldset>
    <fieldset class="section">
      <legend>${m.availability}</legend>
      ${choiceGroup(h, { name: 'slots', legend: m.slots, nested: true, choices: choices(AVAILABILITY_SLOTS, locale) })}
      ${choiceGroup(h, { name: 'commitment', legend: m.commitment, nested: true, choices: choices(COMMITMENTS, locale) })}
      <div class="row">
        ${textField(h, { name: 'activeMissions', label: m.activeMissions, type: 'number', min: 0, max: 99, value: '0', size: 'short' })}
        ${textField(h, { name: 'maxMissions', label: m.maxMissions, type: 'number', min: 1, max: 99, hint: m.maxMissionsHint, size: 'short' })}
      </div>
    </fieldset>
    <fieldset class="section">
      <legend>${m.wishes}</legend>
      ${choiceGroup(h, { name: 'domains', legend: m.domains, nested: true, choices: choices(DOMAINS, locale) })}
      ${missionsOfInterest(h)}
      ${choiceGroup(h, {
        name: 'statuses',
        legend: m.statuses,
        nested: true,
        choices: STATUS_IDS.map((id) => ({ value: id, label: statusLabel(id, locale) })),
      })}
    </fieldset>
    <fieldset class="section">
      <legend>${m.trainings} <span class="opt">(${m.optional})</span></legend>
      <p class="hint">${m.trainingsHint}</p>
      ${repeat(
        h.trainingRows,
        (key) => key,
        (key, index) => trainingRow(h, key, index),
      )}
      ${
        h.trainingRows.length < MAX_TRAININGS
          ? html`<button type="button" class="secondary" id="add-training" @click=${() => h.addTraining()}>${m.addTraining}</button>`
          : nothing
      }
    </fieldset>
    <fieldset class="section">
      <legend>${m.association} <span class="opt">(${m.optional})</span></legend>
      ${textField(h, { name: 'association', label: m.associationName, hint: m.associationHint, autocomplete: 'organization', maxlength: 300 })}
      ${checkbox(h, 'associationMandated', m.associationMandated)} ${checkbox(h, 'representative', m.representative, m.representativeHint)}
    </fieldset>
    <fieldset class="section">
      <legend>${m.yourTerritory}</legend>
      <div class="row">
        ${textField(h, { name: 'departement', label: m.departement, hint: m.departementHint, required: true, size: 'short', maxlength: 3 })}
        ${textField(h, { name: 'commune', label: m.commune, autocomplete: 'address-level2', maxlength: 200 })}
      </div>
      ${checkbox(h, 'remote', m.remote)}
    </fieldset>
    ${choiceGroup(h, {
      name: 'manager',
      legend: m.manager,
      type: 'radio',
      required: true,
      choices: [
        { value: 'no', label: m.no },
        { value: 'yes', label: m.yes },
      ],
      extra: html`<div aria-live="polite">${h.live.manager === 'yes' ? html`<p class="notice">${h.excludeManagers ? m.managerNotice : m.managerAllowed}</p>` : nothing}</div>`,
    })}
    ${consents(h)}
    <div class="actions">
      <button type="submit" class="primary" part="submit" ?disabled=${h.send.kind === 'sending'}>${h.hasAction ? m.submitSend : m.submitCheck}</button>
    </div>
  `;
}

/** The result of a submission, shown above the form (focus moves there). */
export function renderSendState(h: CandidateViewHost): TemplateResult | typeof nothing {
  const { m, send } = h;
  // Said before anything is typed: nobody should fill in a form that will not be sent.
  if (h.insecureAction && send.kind !== 'failed') return html`<p class="message pp-error" part="message">${m.insecureAction}</p>`;
  switch (send.kind) {
    case 'sending':
      return html`<p class="message" role="status" part="message">${m.sending}</p>`;
    case 'sent':
      return html`<p class="message success" role="status" part="message" tabindex="-1" id="send-state">${m.sent}</p>`;
    case 'ready':
      return html`<p class="message success" role="status" part="message" tabindex="-1" id="send-state">${m.ready}</p>`;
    case 'failed':
      return html`<p class="message pp-error" role="alert" part="message" tabindex="-1" id="send-state">${send.message}</p>`;
    default:
      return nothing;
  }
}
