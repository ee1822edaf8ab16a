/**
 * The error summary at the top of a form, with its words: shown only after a
 * submitted form was found invalid, so it comes with the code that validates
 * (need mode: the engine, need-engine.ts; candidate mode: its own chunk),
 * never with a form's first screen. English: messages-en.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import type { FieldError } from '../../shared/matching/form-fields';
import { fieldId } from './controls';
import { englishMessages } from './english';
import type { ModeHost } from './mode';

const fr = {
  errorsTitle: (n: number) =>
    plural(n, { one: 'Le formulaire contient # erreur', other: 'Le formulaire contient # erreurs' }, 'fr'),
  errorsIntro: 'Corrigez les champs suivants :',
};

export type SummaryMessages = typeof fr;

function summaryMessagesFor(locale: Locale): SummaryMessages {
  return englishMessages(locale) ?? fr;
}

/** Moves the focus to a field from the error summary (or to its group when it has no control yet). */
function jumpTo(root: ParentNode, field: string): void {
  const target =
    root.querySelector<HTMLElement>(`#${fieldId(field)}`) ??
    root.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) ??
    root.querySelector<HTMLElement>(`#${fieldId(field)}-group`);
  if (!target) return;
  if (!target.matches('input, select, textarea, button, a[href]')) target.tabIndex = -1;
  target.focus();
}

/**
 * The error summary, at the top of the form: a title, then one link per
 * error that moves the focus to its field (fragment links cannot reach into
 * a shadow root, so the click is handled).
 */
export function renderErrorSummary(host: ModeHost, errors: readonly FieldError[]): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const m = summaryMessagesFor(host.locale);
  const headingLevel = host.headingLevel;
  return html`<div class="summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
    <div role="heading" aria-level=${headingLevel} class="summary-title" id="summary-title">${m.errorsTitle(errors.length)}</div>
    <p>${m.errorsIntro}</p>
    <ul>
      ${errors.map(
        (e) =>
          html`<li>
            <a
              href="#${fieldId(e.field)}"
              @click=${(ev: Event) => {
                ev.preventDefault();
                jumpTo(host.renderRoot, e.field);
              }}
              >${e.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
