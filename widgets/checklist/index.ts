import { html, LitElement } from 'lit';
import { defineElement } from '../internal/define.js';

/** Placeholder until the component lands: renders its light-DOM fallback. */
export class PpChecklist extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('pp-checklist', PpChecklist);
