/**
 * The `<form>` both modes render: error summary first (error-summary.ts,
 * given by the mode once it has validated), the "required" hint, then the
 * mode's fields. The inner form is `novalidate`: the mode validates
 * with the shared schemas and reports every error at once, in words.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import { type FieldError, type FormFields, fieldsFromFormData } from '../../shared/matching/form-fields';
import type { FormMessages } from './messages';
import type { ModeHost } from './mode';

export interface FrameHandlers {
  submit(fields: FormFields): void;
  change(fields: FormFields): void;
  /** Names whose `input` events (typing) should also count as a change. */
  readonly liveInputs?: readonly string[];
}

/** Error message by field (the first one when a field has several). */
export function errorMap(errors: readonly FieldError[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) if (!map.has(e.field)) map.set(e.field, e.message);
  return map;
}

export function renderFrame(
  host: ModeHost,
  m: FormMessages,
  /** The error summary (error-summary.ts), rendered by the mode's validating code; `nothing` before. */
  summary: TemplateResult | typeof nothing,
  handlers: FrameHandlers,
  fields: TemplateResult,
): TemplateResult {
  const read = (e: Event) => fieldsFromFormData(new FormData(e.currentTarget as HTMLFormElement));
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (host.disabled) return;
    try {
      handlers.submit(read(e));
    } catch (error) {
      // Never let an exception reach the host page.
      host.warn(String(error));
    }
  };
  const onChange = (e: Event) => handlers.change(read(e));
  const onInput = (e: Event) => {
    const name = (e.target as HTMLInputElement | null)?.name;
    if (name && handlers.liveInputs?.includes(name)) handlers.change(read(e));
  };
  return html`<form part="form" novalidate ?inert=${host.disabled} @submit=${onSubmit} @change=${onChange} @input=${onInput}>
    ${summary}
    <p class="hint">${m.requiredHint}</p>
    ${fields}
  </form>`;
}
