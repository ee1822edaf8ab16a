import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { FormElement } from '../../../../widgets/internal/form-element';

/** The smallest widget built on the base: valid once its box is ticked when required. */
class PpTestField extends FormElement {
  static override properties = { required: { type: Boolean }, _ticked: { state: true } };
  declare required: boolean;
  declare _ticked: boolean;
  resets = 0;
  constructor() {
    super();
    this.required = false;
    this._ticked = false;
  }
  protected override updated(): void {
    this._internals.setFormValue(this._ticked ? 'oui' : null);
    const box = this.renderRoot.querySelector('input') ?? undefined;
    if (this.required && !this._ticked) this._internals.setValidity({ valueMissing: true }, 'Cochez la case.', box);
    else this._internals.setValidity({});
  }
  formResetCallback(): void {
    this.resets++;
    this._ticked = false;
  }
  override render() {
    return html`<label><input type="checkbox" ?disabled=${this._formDisabled} .checked=${this._ticked}
      @change=${(e: Event) => (this._ticked = (e.target as HTMLInputElement).checked)} /> Case</label>`;
  }
}
customElements.define('pp-test-field', PpTestField);

afterEach(() => document.body.replaceChildren());

async function mountIn(markup: string): Promise<{ form: HTMLFormElement; el: PpTestField }> {
  document.body.innerHTML = markup;
  const el = document.querySelector('pp-test-field') as PpTestField;
  await el.updateComplete;
  return { form: document.querySelector('form') as HTMLFormElement, el };
}

describe('FormElement (widgets/internal/form-element.ts)', () => {
  it('gives the form, the value and the validity API through ElementInternals', async () => {
    const { form, el } = await mountIn('<form><pp-test-field name="f" required></pp-test-field></form>');
    expect(el.form).toBe(form);
    expect(el.willValidate).toBe(true);
    expect(el.checkValidity()).toBe(false);
    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Cochez la case.');
    el._ticked = true;
    await el.updateComplete;
    expect(el.reportValidity()).toBe(true);
    expect(new FormData(form).get('f')).toBe('oui');
  });

  it('a form reset reaches the element; a disabled fieldset disables it', async () => {
    const { form, el } = await mountIn('<form><fieldset><pp-test-field name="f"></pp-test-field></fieldset></form>');
    el._ticked = true;
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.resets).toBe(1);
    expect(new FormData(form).get('f')).toBeNull();
    (form.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
    await el.updateComplete;
    expect(el._formDisabled).toBe(true);
    expect(el.shadowRoot?.querySelector('input')?.disabled).toBe(true);
    expect(new FormData(form).get('f')).toBeNull();
  });
});
