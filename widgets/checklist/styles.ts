import { css } from 'lit';

/**
 * The screen form, DSFR-like (colours from themeStyles' custom properties). Written readable:
 * the build minifies Lit's css templates (vite.widgets.config.ts).
 * The history, print and readonly views bring their own rules (views.ts).
 */
export const checklistStyles = css`
  h2, h3, h4, h5, h6 {
    margin: 1.25em 0 0.5em;
    line-height: 1.25;
  }
  .title {
    margin-top: 0;
    font-size: 1.5em;
  }
  blockquote {
    margin: 0 0 0.5em;
    padding: 0.5em 1em;
    border-left: 0.25em solid var(--_pp-primary);
    background: var(--_pp-surface);
  }
  .muted {
    color: var(--_pp-muted);
    font-size: 0.875em;
  }
  fieldset {
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_pp-border);
    border-radius: var(--_pp-radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  label {
    display: block;
  }
  input:not([type=radio]):not([type=file]), textarea {
    display: block;
    width: 100%;
    margin: 0.25em 0 0.75em;
    padding: 0.5em;
    border: 1px solid var(--_pp-border);
    border-bottom: 2px solid var(--_pp-text);
    border-radius: var(--_pp-radius) var(--_pp-radius) 0 0;
    background: var(--_pp-bg);
    color: inherit;
  }
  textarea {
    min-height: 3.5em;
    resize: vertical;
  }
  /* Focus drawn around the field: the import's input is hidden in its label, and the date
     field's calendar button is in the browser's own shadow root (neither is :focus-visible). */
  .file:focus-within, [type=date]:focus-within {
    outline: 2px solid var(--_pp-focus);
    outline-offset: 2px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tag {
    margin-left: 0.5em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-weight: 400;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin-bottom: 0.5em;
  }
  .answers label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em 0;
    cursor: pointer;
  }
  [type=radio] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_pp-primary);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: flex-end;
  }
  .row > label {
    flex: 1 1 12em;
  }
  button, .file {
    margin-bottom: 0.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_pp-primary);
    border-radius: var(--_pp-radius);
    background: var(--_pp-bg);
    color: var(--_pp-primary);
    cursor: pointer;
    line-height: 1.5;
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .message:empty {
    margin: 0;
  }
`;
