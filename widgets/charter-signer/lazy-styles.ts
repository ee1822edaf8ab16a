import { css } from 'lit';

/**
 * Styles of the parts loaded on demand (review, record, report): adopted into the shadow
 * root when their module arrives, so the first download carries only what is on screen.
 */
export const detailStyles = css`
  dl{display:grid;grid-template-columns:minmax(8em,max-content) minmax(0,1fr);gap:.25em 1em}
  dt{font-weight:700}
  dd{margin:0}
  .hash{font:.8125em ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
  .table{overflow-x:auto}
  table{border-collapse:collapse;width:100%}
  th,td{text-align:left;vertical-align:top;padding:.4em .5em;border-bottom:1px solid var(--_pp-border)}
`;
