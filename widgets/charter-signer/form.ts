/**
 * The signing form: who signs (an expected signatory or someone else), the mention « lu et
 * approuvé », and a typed or drawn signature. Submitting it loads the signing flow, which
 * checks the form and shows the review step in its place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../shared/i18n/locale';
import type { Signatory, SignatoryRole } from '../../shared/schemas/charter';
import { lazy } from '../internal/lazy';
import { warn } from '../internal/warn';
import type { StrokeRecorder } from './drawing';
import { type CharterMessages, ROLE_IDS } from './messages';
import type { SigningFlow, SigningHost } from './signing';
import type { Draft, Field, Message } from './state';

/** The form's check, hashing, the review step and sealing: fetched when someone asks to review a signature. */
const loadSigning = lazy(() => import('./signing'));

/** What the form reads and writes on its element. */
export interface FormHost extends HTMLElement {
  _draft: Draft;
  _errors: Partial<Record<Field, string>>;
  _message: Message;
  /** The signing flow, once someone asked to review (its module is lazy). */
  _signing: SigningFlow | undefined;
  readonly _expected: readonly Signatory[];
  readonly _pad: StrokeRecorder | undefined;
  readonly _padView: typeof import('./pad') | undefined;
  readonly _locale: Locale;
  readonly _t: CharterMessages;
  /** Indexes of the expected signatories who have not signed yet. */
  _unsigned(): number[];
  _who(): number;
}

function set<K extends keyof Draft>(h: FormHost, key: K, value: Draft[K]): void {
  h._draft = { ...h._draft, [key]: value };
  if (h._errors[key as Field]) h._errors = { ...h._errors, [key]: undefined };
}

/** « Relire avant de signer »: the signing flow checks the form and shows the review. */
async function toReview(h: FormHost & SigningHost, event: Event): Promise<void> {
  event.preventDefault();
  h._message = null;
  try {
    h._signing ??= new (await loadSigning()).SigningFlow(h);
  } catch (error) {
    warn(h, 'signature impossible', error);
    h._message = { kind: 'alert', text: h._t.noCrypto };
    return;
  }
  await h._signing.review();
}

/** An input with its label, hint and error in the same shadow root (RGAA 11.1, 11.10). */
function field(
  h: FormHost,
  id: Field | 'organisation',
  label: string,
  options: { hint?: string; autocomplete?: string; max?: number; optional?: boolean } = {},
): TemplateResult {
  const error = h._errors[id as Field];
  const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    <input id=${id} autocomplete=${options.autocomplete ?? 'off'} maxlength=${options.max ?? 200} ?required=${!options.optional}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
      .value=${live(h._draft[id as keyof Draft] as string)}
      @input=${(ev: Event) => set(h, id as 'name', (ev.target as HTMLInputElement).value)} />
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

export function renderForm(h: FormHost & SigningHost): TemplateResult {
  const t = h._t;
  const d = h._draft;
  const e = h._errors;
  const unsigned = h._unsigned();
  const who = h._who();
  const errors = Object.values(e).filter(Boolean);
  const radio = (name: string, checked: boolean, change: () => void, label: string) =>
    html`<label class="choice"><input type="radio" name=${name} .checked=${live(checked)} @change=${change} /><span>${label}</span></label>`;
  return html`<form part="form" novalidate aria-labelledby="sign-title" @submit=${(ev: Event) => toReview(h, ev)}>
    <h3 id="sign-title" tabindex="-1">${t.signTitle}</h3>
    ${
      errors.length
        ? html`<div class="errors" role="alert" tabindex="-1"><p>${loadSigning.value?.formErrors(h._t).errorsTitle}</p><ul>${errors.map((m) => html`<li>${m}</li>`)}</ul></div>`
        : nothing
    }
    ${
      unsigned.length
        ? html`<fieldset><legend>${t.who}</legend>
          ${unsigned.map((i) => {
            const p = h._expected[i] as Signatory;
            return radio(
              'who',
              who === i,
              () => set(h, 'who', i),
              `${p.name} — ${t.roles[p.role]}${p.organisation ? ` — ${p.organisation}` : ''}`,
            );
          })}
          ${radio('who', who === -1, () => set(h, 'who', -1), t.someoneElse)}
        </fieldset>`
        : nothing
    }
    ${
      who === -1
        ? html`${field(h, 'name', t.name, { autocomplete: 'name' })}
          <div class="field"><label for="role">${t.role}</label>
            <select id="role" @change=${(ev: Event) => set(h, 'role', (ev.target as HTMLSelectElement).value as SignatoryRole)}>
              ${ROLE_IDS.map((id) => html`<option value=${id} .selected=${live(d.role === id)}>${t.roles[id]}</option>`)}
            </select></div>
          ${field(h, 'organisation', t.organisation, { autocomplete: 'organization', max: 300, optional: true })}`
        : e.name
          ? html`<p class="error">${e.name}</p>`
          : nothing
    }
    ${field(h, 'mention', t.mention, { hint: t.mentionHint })}
    <fieldset><legend>${t.method}</legend>
      ${radio('method', d.method === 'typed', () => set(h, 'method', 'typed'), t.typed)}
      ${radio('method', d.method === 'drawn', () => set(h, 'method', 'drawn'), t.drawn)}
    </fieldset>
    ${
      d.method === 'typed'
        ? html`${field(h, 'typedName', t.typedName)}<p class="typed-preview" aria-hidden="true">${d.typedName}</p>`
        : h._padView && h._pad
          ? h._padView.renderPad(h._pad, e.drawing, h._t)
          : nothing
    }
    <div class="buttons"><button class="primary" type="submit">${t.review}</button></div>
  </form>`;
}
