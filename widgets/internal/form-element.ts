import { LitElement, type PropertyDeclarations } from 'lit';

/**
 * What every widget that takes `name`/`required` shares as a form control, through
 * ElementInternals (no hidden input, no `formdata` listener): the form, the validity API a
 * form and a script call (`checkValidity()`, `reportValidity()`), and a disabled ancestor
 * `<fieldset>` disabling the widget (`_formDisabled`). Each widget sets its own value and
 * validity (`this._internals.setFormValue`, `setValidity`) and says what a reset does.
 */
export class FormElement extends LitElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = { _formDisabled: { state: true } };

  /** True while an ancestor `<fieldset disabled>` (or the form) disables the element. */
  declare _formDisabled: boolean;
  protected readonly _internals: ElementInternals;

  constructor() {
    super();
    this._internals = this.attachInternals();
    this._formDisabled = false;
  }

  /** The `<form>` the element belongs to, as for a native field. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }
  get validity(): ValidityState {
    return this._internals.validity;
  }
  get validationMessage(): string {
    return this._internals.validationMessage;
  }
  get willValidate(): boolean {
    return this._internals.willValidate;
  }
  /** Whether it is valid; fires `invalid` if not, as a native field does. */
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the message. */
  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }
}
