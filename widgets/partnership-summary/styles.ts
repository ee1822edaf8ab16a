import { css } from 'lit';

/**
 * Key figures as large numbers over their label, bar charts whose values are written
 * beside each bar (never told by colour or length alone; `few` is a dashed stub with
 * its words), and plain data tables. Colours from the theme's custom properties (DSFR
 * tokens when the page has them); sizes in em; no horizontal scroll at 320 px.
 */
export const summaryStyles = css`
  :host {
    max-width: 60em;
  }
  section {
    overflow-wrap: anywhere;
  }
  [role='heading'] {
    margin: 1.5em 0 0.5em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_pp-primary);
  }
  .h1,
  .h2 {
    margin-top: 0;
    font-size: 1.5em;
  }
  .h3,
  .h4,
  .h5,
  .h6 {
    font-size: 1.15em;
  }
  .source,
  .note {
    margin: 0 0 1em;
    color: var(--_pp-muted);
    font-size: 0.9em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: 1em;
    margin: 0 0 1em;
  }
  .figure {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 0.75em 1em;
    background: var(--_pp-surface);
    border-left: 4px solid var(--_pp-primary);
  }
  .figure dd {
    margin: 0;
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
  }
  .chart {
    display: grid;
    gap: 0.4em;
    margin-bottom: 0.75em;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6em, 14em) 1fr auto;
    gap: 0.5em;
    align-items: center;
  }
  .bar-track {
    display: block;
    height: 1em;
  }
  .bar {
    display: block;
    height: 100%;
    min-width: 2px;
    background: var(--_pp-primary);
  }
  .bar.few {
    background: transparent;
    border: 2px dashed var(--_pp-primary);
  }
  .bar-value {
    font-weight: 600;
    white-space: nowrap;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_pp-border);
    text-align: left;
    vertical-align: top;
  }
  td {
    text-align: right;
    white-space: nowrap;
  }
  thead th:last-child {
    text-align: right;
  }
  @media (max-width: 30em) {
    .bar-row {
      grid-template-columns: 1fr auto;
    }
    .bar-track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
