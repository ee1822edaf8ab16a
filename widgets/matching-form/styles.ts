import { css } from 'lit';

/**
 * A DSFR-like form (grey inputs with a dark bottom border, bold legends,
 * blue primary buttons) drawn with the theme's custom properties; never the
 * State's brand. Sizes in em; one column under 40em, no horizontal scroll at
 * 320 px; states are told by words and symbols, never by colour alone.
 * The styles of a search's results come with them (results-styles.ts).
 */
export const matchingStyles = css`
  :host {
    max-width: 60em;
  }
  /* need mode: which registry is open, and the button that opens one (above the form). */
  .registry {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-bottom: 1.5em;
    padding: 1em 1.25em;
    background: var(--_pp-surface);
    border-left: 4px solid var(--_pp-primary);
    overflow-wrap: anywhere;
  }
  .registry p {
    margin: 0;
  }
  .registry-status {
    font-weight: 600;
  }
  .registry .message ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 1.25em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .section > legend {
    font-size: 1.15em;
    margin-bottom: 0.5em;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: 1em;
    padding-top: 1em;
    border-top: 1px solid var(--_pp-border);
  }
  .group.nested > legend {
    font-weight: 600;
  }
  .group.nested {
    margin-top: 0.5em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  .req,
  .opt {
    font-weight: 400;
    color: var(--_pp-muted);
  }
  .hint {
    margin: 0;
    color: var(--_pp-muted);
    font-size: 0.9em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    width: 100%;
    max-width: 100%;
    padding: 0.5em 0.75em;
    color: var(--_pp-text);
    background: var(--pp-input-background, var(--background-contrast-grey, #eeeeee));
    border: 0;
    border-bottom: 2px solid var(--pp-input-border, var(--border-plain-grey, #3a3a3a));
    border-radius: var(--_pp-radius) var(--_pp-radius) 0 0;
  }
  .field > input.short {
    max-width: 10em;
  }
  textarea {
    resize: vertical;
  }
  .invalid > input,
  .invalid > select,
  .invalid > textarea {
    border-bottom-color: var(--_pp-error);
  }
  .invalid {
    padding-left: 0.75em;
    border-left: 3px solid var(--_pp-error);
  }
  .error-text {
    margin: 0;
    color: var(--_pp-error);
    font-weight: 600;
  }
  .error-text::before {
    content: '⚠ ';
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    margin-top: 0.35em;
  }
  .choices.columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.35em 1em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 400;
  }
  .choice input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_pp-primary);
  }
  .choice-hint {
    margin-left: 1.65em;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  button {
    cursor: pointer;
    padding: 0.5em 1.25em;
    min-height: 2.5em;
    border-radius: var(--_pp-radius);
    font-weight: 600;
  }
  button.primary {
    color: var(--_pp-on-primary);
    background: var(--_pp-primary);
    border: 1px solid var(--_pp-primary);
  }
  button.secondary {
    align-self: flex-start;
    color: var(--_pp-primary);
    background: var(--_pp-bg);
    border: 1px solid var(--_pp-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .summary {
    padding: 1em 1.25em;
    border: 2px solid var(--_pp-error);
    border-left-width: 0.5em;
    background: var(--_pp-bg);
  }
  .summary-title {
    font-weight: 700;
    font-size: 1.15em;
    color: var(--_pp-error);
  }
  .summary p {
    margin: 0.25em 0;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .summary a {
    color: var(--_pp-error);
  }
  .notices {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .notice,
  .principles,
  .message {
    margin: 0;
    padding: 0.75em 1em;
    background: var(--_pp-surface);
    border-left: 4px solid var(--_pp-primary);
  }
  .message.pp-error {
    border-left-color: var(--_pp-error);
  }
  .message.success,
  .success {
    border-left: 4px solid var(--_pp-success);
    padding-left: 0.75em;
  }
  .warning {
    border-left: 4px solid var(--_pp-error);
    padding-left: 0.75em;
  }
  .success::before {
    content: '✓ ';
  }
  .warning::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    .invalid {
      border-left-color: CanvasText;
    }
  }
`;
