import { css } from 'lit';

/**
 * DSFR-like reading and form layout: colours from themeStyles' custom properties, sizes
 * in em (hosts often set html { font-size: 62.5% }), nothing wider than its container so
 * 320 px and 200 % zoom never scroll sideways. It ships with every page, minified by the build
 * (vite.widgets.config.ts); the review, record and report styles come with their modules (lazy-styles.ts).
 */
export const charterStyles = css`
  :host {
    max-width: 48em;
  }
  h2, h3 {
    margin: 1.25em 0 0.5em;
    line-height: 1.25;
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .hint, .muted, .footnote, .error {
    color: var(--_pp-muted);
    font-size: 0.875em;
  }
  .notice, .message, .errors, .completion {
    padding: 0.75em 1em;
    border-left: 0.25em solid var(--_pp-primary);
    background: var(--_pp-surface);
  }
  .text, form, fieldset, [part=review] {
    border: 1px solid var(--_pp-border);
    border-radius: var(--_pp-radius);
    padding: 1em;
    margin: 0 0 1em;
    min-width: 0;
  }
  .footnote, .people > li {
    border-top: 1px solid var(--_pp-border);
    padding-top: 0.5em;
  }
  summary {
    cursor: pointer;
    color: var(--_pp-primary);
    margin: 0 0 0.75em;
  }
  .clauses {
    border-left: 0.25em solid var(--_pp-border);
    padding-left: 1em;
  }
  .people {
    list-style: none;
    padding: 0;
  }
  .people > li, .buttons, .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.5em 0;
  }
  .state, legend, label {
    font-weight: 700;
  }
  .completion {
    border-left-color: var(--_pp-border);
  }
  .ok, .done, .message {
    color: var(--_pp-success);
    border-left-color: var(--_pp-success);
  }
  .ko, .error, .alert, .errors {
    color: var(--_pp-error);
    border-left-color: var(--_pp-error);
  }
  .message, .completion, .errors {
    color: inherit;
  }
  label {
    display: block;
  }
  .choice {
    flex-wrap: nowrap;
    align-items: baseline;
    font-weight: 400;
  }
  input:not([type=radio]):not([type=file]), select {
    display: block;
    width: 100%;
    margin: 0.25em 0;
    padding: 0.5em;
    border: 1px solid var(--_pp-border);
    border-bottom: 2px solid var(--_pp-text);
    border-radius: var(--_pp-radius) var(--_pp-radius) 0 0;
    background: var(--_pp-bg);
    color: inherit;
  }
  [aria-invalid=true] {
    border-bottom-color: var(--_pp-error)!important;
  }
  .field {
    margin: 0 0 1em;
  }
  .typed-preview, .typed-signature {
    font: italic 1.6em/1.3 var(--pp-signature-font, 'Segoe Script', 'Bradley Hand', cursive);
    min-height: 1.3em;
    overflow-wrap: anywhere;
  }
  button {
    padding: 0.5em 1em;
    min-height: 2.75em;
    border: 1px solid var(--_pp-primary);
    border-radius: var(--_pp-radius);
    background: var(--_pp-bg);
    color: var(--_pp-primary);
    cursor: pointer;
  }
  .primary {
    background: var(--_pp-primary);
    color: var(--_pp-on-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
