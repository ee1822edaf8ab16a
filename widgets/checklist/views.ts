/**
 * Everything below the criteria — extra criteria form, summary, actions — the rows of
 * people, and the printed sheet (in the page from the start: a reader may print from the
 * browser's menu). Part of the first screen, so imported with the element; what only a
 * click needs (a new evaluation, export, import) is loaded on that click. The history
 * (views-history.ts) and the readonly texts (views-readonly.ts) come only when needed.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type CriterionView, criterionText } from '../../shared/checklist/criteria';
import { type ChecklistState, type Person, published } from '../../shared/checklist/evaluation';
import { withExtraCriterion, withoutExtraCriterion } from '../../shared/checklist/extra-criteria';
import { summarize } from '../../shared/checklist/summary';
import { colon, formatDate } from '../../shared/i18n/format';
import { type Locale, localized } from '../../shared/i18n/locale';
import type { ChecklistEvaluation } from '../../shared/schemas/checklist';
import { answerLabel, CHECKLIST_ANSWER_IDS, CHECKLIST_SOURCE, CHECKLIST_TITLE } from '../../shared/vocab/checklist';
import type { ChecklistMessages } from './messages';
import { viewMessagesFor } from './views-messages';

export type Heading = (offset: number, text: string) => TemplateResult;

/** What the element lends its views: its state, its words and the ways to change it. */
export interface ViewHost {
  readonly state: ChecklistState;
  readonly locale: Locale;
  readonly t: ChecklistMessages;
  readonly readonly: boolean;
  readonly locked: boolean;
  /** The title the page gave the blank sheet (`project-title`): nobody typed it. */
  readonly blankTitle: string;
  heading: Heading;
  /** A change made by the user: saved, announced by pp-change (and pp-complete). */
  commit(state: ChecklistState): void;
  say(kind: 'status' | 'alert', text: string): void;
  /** False, after saying so and focusing the field, while the project has no title. */
  hasTitle(): boolean;
  /** Resolves once the latest change is rendered. */
  rendered(): Promise<unknown>;
  /** Work started by a click that loads a module first: `updateComplete` waits for it. */
  wait(task: Promise<unknown>): void;
  /** A developer-facing console warning, named after the element (the kit's warn). */
  warn(message: string, error: unknown): void;
  /** Focuses the last element matching `selector` once rendered (after a removal). */
  focusLast(selector: string): void;
  /** The rows of people being typed (a row counts once it has a name and a role). */
  readonly people: readonly Person[];
  setPeople(people: Person[]): void;
  /** The history view (views-history.ts), once loaded: only when there are past evaluations. */
  readonly renderHistory?: typeof import('./views-history')['renderHistory'];
}

/** Who fills the sheet in: a name and a role per person (role suggestions in a datalist). */
export function renderPeople(host: ViewHost): TemplateResult {
  const v = viewMessagesFor(host.locale);
  const edit = (index: number, field: keyof Person, event: Event) =>
    host.setPeople(host.people.map((p, i) => (i === index ? { ...p, [field]: (event.target as HTMLInputElement).value } : p)));
  return html`<datalist id="roles">${v.roles.map((r) => html`<option value=${r}></option>`)}</datalist>
    ${host.people.map(
      (p, i) => html`<fieldset class="row">
        <legend>${v.person(i + 1)}</legend>
        <label
          >${v.name}
          <input data-person=${i} maxlength="200" autocomplete="off" .value=${live(p.name)} @input=${(e: Event) => edit(i, 'name', e)}
        /></label>
        <label>${v.role} <input list="roles" maxlength="200" .value=${live(p.role)} @input=${(e: Event) => edit(i, 'role', e)} /></label>
        <button
          type="button"
          @click=${() => {
            host.setPeople(host.people.filter((_, j) => j !== i));
            host.focusLast('.add-person');
          }}
        >
          ${v.removePerson(i + 1)}
        </button>
      </fieldset>`,
    )}`;
}

/** The establishment's own criteria may be removed (never the HAS ones: they get no such button). */
export function renderRemoveCriterion(c: CriterionView, host: ViewHost): TemplateResult {
  return html`<button
    type="button"
    ?disabled=${host.locked}
    @click=${() => {
      host.commit({ ...host.state, current: withoutExtraCriterion(host.state.current, c.id) });
      host.focusLast('[name="label"]');
    }}
  >
    ${viewMessagesFor(host.locale).removeCriterion(c.number)}
  </button>`;
}

/** Appends a criterion of the establishment after the HAS ones. */
function addCriterion(host: ViewHost, event: Event) {
  event.preventDefault();
  const input = (event.target as HTMLFormElement).elements.namedItem('label') as HTMLInputElement;
  if (!input.value.trim()) return input.focus();
  host.commit({ ...host.state, current: withExtraCriterion(host.state.current, input.value) });
  input.value = '';
}

/** Summary, history (from two evaluations on) and actions. */
export function renderPanel(host: ViewHost): TemplateResult {
  const { state, locale, t, heading } = host;
  const v = viewMessagesFor(locale);
  const summary = summarize(state.current);
  const all = [...state.history.filter((e) => e.id !== state.current.id), state.current];
  const editable = !host.readonly;
  return html`${
    editable
      ? html`<form class="row" @submit=${(e: Event) => addCriterion(host, e)}>
            <label>${v.addCriterion} <input name="label" maxlength="500" autocomplete="off" ?disabled=${host.locked} /></label>
            <button ?disabled=${host.locked}>${v.addCriterionButton}</button>
          </form>
          <p class="muted">${v.extraHint}</p>`
      : nothing
  }
    <section part="summary">
      ${heading(1, v.summary)}
      <p role="status">${v.progress(summary.answered, summary.total)}</p>
      <dl class="counts">
        ${[...CHECKLIST_ANSWER_IDS, null].map(
          (id) => html`<div>
            <dt>${id ? answerLabel(id, locale) : t.unanswered}${colon(locale)}</dt>
            <dd>${summary.counts[id ?? 'unanswered']}</dd>
          </div>`,
        )}
      </dl>
      ${heading(2, v.open)}
      ${
        summary.open.length
          ? html`<ul>
            ${summary.open.map(
              (o) =>
                html`<li>${o.criterion.number}. ${criterionText(o.criterion, locale)} — ${o.answer ? answerLabel(o.answer, locale) : t.unanswered}</li>`,
            )}
          </ul>`
          : html`<p>${v.noOpen}</p>`
      }
      <p class="muted">${v.noScore}</p>
    </section>
    ${all.length > 1 && host.renderHistory ? host.renderHistory(all, state.current.id, locale, t, heading) : nothing}
    <div class="actions" part="actions" role="group" aria-label=${v.actions}>
      ${
        editable
          ? html`<button type="button" class="primary" ?disabled=${host.locked} @click=${() => newEvaluation(host)}>${v.newEvaluation}</button>`
          : nothing
      }
      <button type="button" @click=${() => exportFile(host, 'json')}>${v.exportJson}</button>
      <button type="button" @click=${() => exportFile(host, 'csv')}>${v.exportCsv}</button>
      ${
        editable
          ? html`<label class="file"
            >${v.importJson}
            <input
              class="pp-visually-hidden"
              type="file"
              accept=".json,application/json"
              ?disabled=${host.locked}
              @change=${(e: Event) => importFile(host, e.target as HTMLInputElement)}
          /></label>`
          : nothing
      }
      <button type="button" @click=${() => host.rendered().then(() => print())}>${v.print}</button>
    </div>`;
}

/** The title is checked at once; the code that archives and starts the next sheet comes on the first click. */
function newEvaluation(host: ViewHost) {
  if (!host.hasTitle()) return;
  onDemand(host, async () => (await import('./new-evaluation')).startNextEvaluation(host));
}

function exportFile(host: ViewHost, kind: 'json' | 'csv') {
  if (!host.hasTitle()) return;
  onDemand(host, async () => {
    const { download } = await import('./files');
    download({ current: published(host.state.current), history: host.state.history }, kind, host.locale);
  });
}

function importFile(host: ViewHost, input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  onDemand(host, async () => {
    const result = await (await import('./import-file')).importFile(file, host.state, host.locale, host.blankTitle);
    if (result.ok) host.commit(result.state);
    host.say(result.ok ? 'status' : 'alert', result.message);
  });
}

/**
 * A click whose code is fetched on first use: on a CMS page the connection may drop meanwhile,
 * so a failed fetch is said to the user (nothing has changed; the click can be retried).
 */
function onDemand(host: ViewHost, action: () => Promise<void>): void {
  host.wait(
    action().catch((error: unknown) => {
      host.warn('action impossible', error);
      host.say('alert', viewMessagesFor(host.locale).actionFailed);
    }),
  );
}

/** Part of the element's styles: the summary, the actions and the printed sheet (tables: the history's too). */
export const viewStyles = css`
  table {
    border-collapse: collapse;
    margin: 0.5em 0;
  }
  th, td {
    padding: 0.35em 0.5em;
    border: 1px solid var(--_pp-border);
    text-align: left;
    vertical-align: top;
  }
  dl[part] dt {
    font-weight: 700;
  }
  dl[part] dd {
    margin: 0 0 0.5em;
  }
  .primary {
    background: var(--_pp-primary);
    color: var(--_pp-on-primary);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
  }
  .counts div {
    display: flex;
    gap: 0.4em;
  }
  .counts dd {
    margin: 0;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin-top: 1em;
  }
  .print {
    display: none;
  }
  @media print {
    .print + .screen {
      display: none;
    }
    .print {
      display: block;
      color: #000;
      font-size: 10.5pt;
    }
    .print table {
      width: 100%;
      table-layout: fixed;
    }
    .print tr, .sign {
      break-inside: avoid;
    }
    .print th, .print td {
      border-color: #000;
      overflow-wrap: anywhere;
    }
    .print .tick {
      width: 5.5em;
      text-align: center;
    }
    .sign p {
      margin: 1.5em 0;
    }
  }
`;

/** The sheet as the HAS prints it (Annex 2: Critère | Oui | Non | En cours), with comments and signature lines. */
export function renderPrint(
  current: ChecklistEvaluation,
  criteria: readonly CriterionView[],
  locale: Locale,
  t: ChecklistMessages,
  heading: Heading,
): TemplateResult {
  const v = viewMessagesFor(locale);
  const blank = '________________';
  // Two blank lines when nobody is named yet: a patient partner and a professional sign together.
  const people: Person[] = current.filledBy.length
    ? current.filledBy
    : [
        { name: '', role: '' },
        { name: '', role: '' },
      ];
  return html`<div class="print" part="print">
    ${heading(0, localized(CHECKLIST_TITLE, locale))}
    <p>${t.projectTitle}${colon(locale)} ${current.projectTitle || blank}</p>
    <p>${t.date}${colon(locale)} ${formatDate(current.date, locale)}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${v.criterion}</th>
          ${CHECKLIST_ANSWER_IDS.map((id) => html`<th scope="col" class="tick">${answerLabel(id, locale)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${criteria.map((c) => {
          const entry = current.answers[c.id];
          return html`<tr>
            <td>
              ${c.number}. ${criterionText(c, locale)}${c.origin === 'extra' ? ` (${t.extraTag})` : ''}
              ${entry?.comment ? html`<br /><em>${v.commentShort}${colon(locale)} ${entry.comment}</em>` : nothing}
            </td>
            ${CHECKLIST_ANSWER_IDS.map((id) => html`<td class="tick">${entry?.answer === id ? 'X' : ''}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
    <p>${t.source} ${localized(CHECKLIST_SOURCE, locale)}</p>
    <div class="sign">
      ${heading(1, v.signatures)}
      ${people.map((p) => html`<p>${v.name}${colon(locale)} ${p.name || blank} — ${v.role}${colon(locale)} ${p.role || blank} — ${v.signature}${colon(locale)} ${blank}</p>`)}
    </div>
  </div>`;
}
