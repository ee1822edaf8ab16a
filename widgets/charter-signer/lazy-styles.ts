import { css } from 'lit';
import { adoptLateStyles } from '../internal/late-styles';

/**
 * Styles of the parts loaded on demand (drawing pad, review, record, report): adopted into
 * the shadow root when their module arrives, so the first download carries only what is on
 * screen. Signatures are SVG paths (the pad, the review, the list of signatories).
 */
export const detailStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .hash {
    font: 0.8125em ui-monospace, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th, td {
    text-align: left;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_pp-border);
  }
  svg {
    display: block;
    aspect-ratio: 3/1;
    max-width: 100%;
    width: 12em;
  }
  .pad {
    width: 36em;
    border: 2px dashed var(--_pp-border);
    background: var(--_pp-bg);
    touch-action: none;
    cursor: crosshair;
    user-select: none;
  }
  path {
    fill: none;
    stroke: var(--pp-ink-color, var(--_pp-text));
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  line {
    stroke: var(--_pp-border);
  }
  @media (forced-colors: active) {
    path {
      stroke: CanvasText;
    }
  }
  h4 {
    margin: 1em 0 0.5em;
    font-size: 1.1em;
  }
  del, ins {
    padding: 0 0.15em;
    border-radius: 0.2em;
  }
  del {
    color: var(--_pp-error);
    background: var(--_pp-surface);
  }
  ins {
    color: var(--_pp-success);
    background: var(--_pp-surface);
    text-decoration-thickness: 2px;
  }
`;

/** Joins the styles above to the element's shadow root (once): called when one of these parts arrives. */
export const adoptDetailStyles = (root: Node): void => adoptLateStyles(root, detailStyles);
