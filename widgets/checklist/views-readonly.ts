/** The readonly mode (an evaluation published on a page): loaded only by readonly elements. */
import { html, nothing, type TemplateResult } from 'lit';
import { answerOf, type CriterionView, criterionText } from '../../shared/checklist/criteria';
import { colon, formatDate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { ChecklistEvaluation } from '../../shared/schemas/checklist';
import { answerLabel } from '../../shared/vocab/checklist';
import type { ChecklistMessages } from './messages';
import { viewMessagesFor } from './views-messages';

/** Readonly mode (publishing an evaluation): the project and people as text. */
export function renderDetailsText(current: ChecklistEvaluation, locale: Locale, t: ChecklistMessages): TemplateResult {
  return html`<dl part="details">
    <dt>${t.projectTitle}</dt>
    <dd>${current.projectTitle}</dd>
    <dt>${t.date}</dt>
    <dd>${formatDate(current.date, locale)}</dd>
    ${
      current.filledBy.length
        ? html`<dt>${t.filledBy}</dt>
          <dd>${current.filledBy.map((p) => `${p.name} (${p.role})`).join(', ')}</dd>`
        : nothing
    }
  </dl>`;
}

/** Readonly mode: a criterion, its answer and its comment as text. */
export function renderCriterionText(
  c: CriterionView,
  current: ChecklistEvaluation,
  locale: Locale,
  t: ChecklistMessages,
): TemplateResult {
  const v = viewMessagesFor(locale);
  const answer = answerOf(current, c.id);
  const comment = current.answers[c.id]?.comment;
  return html`<li part="criterion">
    <p>
      <strong>${c.number}. ${criterionText(c, locale)}</strong>${c.origin === 'extra' ? html`<span class="tag">${t.extraTag}</span>` : nothing}
    </p>
    <p>${v.answer}${colon(locale)} ${answer ? answerLabel(answer, locale) : t.unanswered}</p>
    ${comment ? html`<p>${v.commentShort}${colon(locale)} ${comment}</p>` : nothing}
  </li>`;
}
