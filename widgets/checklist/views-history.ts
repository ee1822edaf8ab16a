/**
 * The history of evaluations (criteria × dates), loaded only when a project has past
 * evaluations: a first evaluation — the usual first visit — never downloads it.
 */
import { css, html, type TemplateResult } from 'lit';
import { criterionText } from '../../shared/checklist/criteria';
import { buildTimeline, type TimelineCell } from '../../shared/checklist/history';
import { formatDate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { ChecklistEvaluation } from '../../shared/schemas/checklist';
import { answerLabel, CHECKLIST_ANSWER_IDS, type ChecklistAnswer } from '../../shared/vocab/checklist';
import { adoptLateStyles } from '../internal/late-styles';
import type { ChecklistMessages } from './messages';
import { historyMessages } from './messages-history';
import type { Heading } from './views';
import { viewMessagesFor } from './views-messages';

/** The history's styles, joined to the shadow root by adoptHistoryStyles (below) once this module is loaded. */
const historyStyles = css`
  :host {
    --_pp-warning: var(--pp-color-warning, var(--text-default-warning, #b34000));
  }
  .timeline {
    max-width: 40em;
    font-size: 0.875em;
    text-align: center;
  }
  .timeline div {
    display: flex;
    gap: 2px;
    margin-bottom: 2px;
  }
  .timeline span {
    flex: 1 1 0;
    min-width: 2em;
    padding: 0.15em;
    border-radius: 0.2em;
  }
  .timeline span:first-child {
    flex: 0 0 2.5em;
  }
  .timeline .date {
    display: flex;
    align-items: center;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    white-space: nowrap;
  }
  .oui, .non, .en_cours {
    color: #fff;
    font-weight: 700;
  }
  .oui {
    background: var(--_pp-success);
  }
  .non {
    background: var(--_pp-error);
  }
  .en_cours {
    background: var(--_pp-warning);
  }
  .none {
    background: var(--_pp-surface);
  }
  .scroll {
    overflow-x: auto;
  }
  summary {
    cursor: pointer;
    margin: 0.5em 0;
  }
`;

/** Joins the history's styles to the element's shadow root (once). */
export const adoptHistoryStyles = (root: Node): void => adoptLateStyles(root, historyStyles);

const SYMBOL: Record<ChecklistAnswer, string> = { oui: '✓', non: '✗', en_cours: '…' };
/** The visual timeline keeps a compact width (320 px screens); the table has every date. */
const TIMELINE_COLUMNS = 8;

/** Criteria × dates, twice: a compact coloured grid with symbols (hidden from assistive technologies) and a real table. */
export function renderHistory(
  evaluations: readonly ChecklistEvaluation[],
  currentId: string,
  locale: Locale,
  t: ChecklistMessages,
  heading: Heading,
): TemplateResult {
  const v = t.history ?? historyMessages;
  const { criterion } = viewMessagesFor(locale);
  const timeline = buildTimeline(evaluations);
  const skip = Math.max(0, timeline.evaluations.length - TIMELINE_COLUMNS);
  const cellText = (cell: TimelineCell) =>
    cell === undefined ? v.notAsked : cell === null ? t.unanswered : answerLabel(cell, locale);
  return html`<section part="history">
    ${heading(1, v.history)}
    <p class="muted">${v.timeline}</p>
    <div aria-hidden="true">
      <p class="muted">${CHECKLIST_ANSWER_IDS.map((id) => `${SYMBOL[id]} ${answerLabel(id, locale)} · `)}? ${t.unanswered} · · ${v.notAsked}</p>
      <div class="timeline">
        <div>
          <span></span>
          ${timeline.evaluations
            .slice(skip)
            .map(
              (e) =>
                html`<span class="date">${formatDate(e.date, locale, { day: '2-digit', month: '2-digit', year: '2-digit' })}</span>`,
            )}
        </div>
        ${timeline.rows.map(
          (row) =>
            html`<div>
              <span>${row.criterion.number}</span>${row.cells
                .slice(skip)
                .map(
                  (cell) =>
                    html`<span class=${cell ?? 'none'} title=${cellText(cell)}>${cell ? SYMBOL[cell] : cell === null ? '?' : '·'}</span>`,
                )}
            </div>`,
        )}
      </div>
    </div>
    <details>
      <summary>${v.showTable}</summary>
      <div class="scroll" role="region" aria-label=${v.tableCaption} tabindex="0">
        <table>
          <caption>${v.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${criterion}</th>
              ${timeline.evaluations.map(
                (e) =>
                  html`<th scope="col">${formatDate(e.date, locale, { dateStyle: 'medium' })} ${e.id === currentId ? v.current : ''}</th>`,
              )}
              <th scope="col">${v.evolution}</th>
            </tr>
          </thead>
          <tbody>
            ${timeline.rows.map(
              (row) => html`<tr>
                <th scope="row">${row.criterion.number}. ${criterionText(row.criterion, locale)}</th>
                ${row.cells.map((cell) => html`<td>${cellText(cell)}</td>`)}
                <td>${row.path.map((a) => answerLabel(a, locale)).join(' → ') || '—'} (${v.trend[row.trend]})</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}
