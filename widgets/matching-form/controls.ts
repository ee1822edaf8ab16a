/**
 * Form building blocks shared by both modes: a labelled field, a group of
 * choices in a fieldset with its legend, and the error summary. Every label,
 * hint and error lives in the same shadow root as its control (ARIA IDREFs
 * do not cross shadow roots); errors are tied to controls with
 * aria-describedby and aria-invalid, and repeated in the summary at the top.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormMessages } from './messages';

/** What every control needs to render its state. */
export interface FieldContext {
  readonly m: FormMessages;
  /** Error message by field name. */
  readonly errors: ReadonlyMap<string, string>;
}

/** DOM id of the control named `name` ("training.0.kind" → "f-training-0-kind"). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const errorId = (name: string) => `${fieldId(name)}-error`;
const hintId = (name: string) => `${fieldId(name)}-hint`;

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function requiredMark(ctx: FieldContext, required: boolean | undefined) {
  return required ? html` <span class="req">(${ctx.m.required})</span>` : nothing;
}

function hintAndError(ctx: FieldContext, name: string, hint?: string) {
  const error = ctx.errors.get(name);
  return html`${hint ? html`<p class="hint" id=${hintId(name)}>${hint}</p>` : nothing}${
    error
      ? html`<p class="error-text" id=${errorId(name)}><span class="pp-visually-hidden">${ctx.m.errorPrefix} </span>${error}</p>`
      : nothing
  }`;
}

export interface TextFieldOptions {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'email' | 'tel' | 'number';
  readonly required?: boolean;
  readonly hint?: string;
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly value?: string;
  readonly min?: number;
  readonly max?: number;
  readonly maxlength?: number;
  readonly multiline?: boolean;
  readonly size?: 'short' | 'medium';
}

export function textField(ctx: FieldContext, o: TextFieldOptions): TemplateResult {
  const id = fieldId(o.name);
  const error = ctx.errors.get(o.name);
  const described = describedBy(o.name, o.hint, error);
  const control = o.multiline
    ? html`<textarea
        id=${id}
        name=${o.name}
        rows="4"
        maxlength=${ifDefined(o.maxlength)}
        ?required=${o.required}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${error ? 'true' : 'false'}
        autocomplete=${o.autocomplete ?? 'off'}
      ></textarea>`
    : html`<input
        id=${id}
        name=${o.name}
        type=${o.type ?? 'text'}
        class=${o.size ?? ''}
        .defaultValue=${o.value ?? ''}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        maxlength=${ifDefined(o.maxlength)}
        inputmode=${ifDefined(o.inputmode)}
        ?required=${o.required}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${error ? 'true' : 'false'}
        autocomplete=${o.autocomplete ?? 'off'}
      />`;
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${o.label}${requiredMark(ctx, o.required)}</label>
    ${hintAndError(ctx, o.name, o.hint)} ${control}
  </div>`;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ChoiceGroupOptions {
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly type?: 'checkbox' | 'radio';
  readonly required?: boolean;
  readonly hint?: string;
  /** Lay the choices in columns (long lists). */
  readonly columns?: boolean;
  /** Values ticked when the form is (re)set. */
  readonly checked?: readonly string[];
  /** Extra content after the choices (e.g. an "other" text field). */
  readonly extra?: unknown;
  /** Smaller legend, for a group nested in another. */
  readonly nested?: boolean;
  /** Give the first choice the field's id (the target of error links); false for the 2nd+ group of a name. */
  readonly anchor?: boolean;
}

export function choiceGroup(ctx: FieldContext, o: ChoiceGroupOptions): TemplateResult {
  const error = ctx.errors.get(o.name);
  const type = o.type ?? 'checkbox';
  return html`<fieldset
    class="group ${o.nested ? 'nested' : ''} ${error ? 'invalid' : ''}"
    id=${ifDefined(o.anchor === false ? undefined : `${fieldId(o.name)}-group`)}
    aria-describedby=${ifDefined(describedBy(o.name, o.hint, error))}
  >
    <legend>${o.legend}${requiredMark(ctx, o.required)}</legend>
    ${hintAndError(ctx, o.name, o.hint)}
    <div class="choices ${o.columns ? 'columns' : ''}">
      ${o.choices.map(
        (c, i) =>
          html`<label class="choice"
            ><input
              type=${type}
              name=${o.name}
              value=${c.value}
              id=${i === 0 && o.anchor !== false ? fieldId(o.name) : nothing}
              .defaultChecked=${o.checked?.includes(c.value) ?? false}
              ?required=${o.required && type === 'radio'}
              aria-invalid=${error ? 'true' : 'false'}
            /><span>${c.label}</span></label
          >`,
      )}
    </div>
    ${o.extra ?? nothing}
  </fieldset>`;
}

/** A single checkbox with its label (and an optional hint under it). */
export function checkbox(ctx: FieldContext, name: string, label: string, hint?: string, required?: boolean): TemplateResult {
  const error = ctx.errors.get(name);
  return html`<div class="field ${error ? 'invalid' : ''}">
    ${error ? html`<p class="error-text" id=${errorId(name)}>${error}</p>` : nothing}
    <label class="choice"
      ><input
        type="checkbox"
        name=${name}
        id=${fieldId(name)}
        value="on"
        aria-describedby=${ifDefined(describedBy(name, hint, error))}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${required}
      /><span>${label}${requiredMark(ctx, required)}</span></label
    >
    ${hint ? html`<p class="hint choice-hint" id=${hintId(name)}>${hint}</p>` : nothing}
  </div>`;
}
