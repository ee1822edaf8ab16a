import { css } from 'lit';
import { adoptLateStyles } from '../internal/late-styles';

/**
 * The styles of a search's results (need-results.ts): they come with the
 * engine (need-engine.ts) and join the shadow root's stylesheets then, so a
 * project owner's first screen downloads only the form's (styles.ts).
 */
export const resultsStyles = css`
  .results {
    display: flex;
    flex-direction: column;
    gap: 1.25em;
    margin-top: 2em;
  }
  .results-title {
    font-size: 1.4em;
    font-weight: 700;
    color: var(--_pp-primary);
  }
  .matches {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .match,
  .selection {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 1em 1.25em;
    background: var(--_pp-bg);
    border: 1px solid var(--_pp-border);
    border-bottom: 0.25em solid var(--_pp-primary);
    border-radius: var(--_pp-radius);
    overflow-wrap: anywhere;
  }
  .match-title {
    font-size: 1.15em;
    font-weight: 700;
    color: var(--_pp-primary);
  }
  .meta {
    margin: 0;
  }
  .bar {
    height: 0.4em;
    background: var(--_pp-surface);
    border-radius: 0.2em;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_pp-primary);
  }
  .criteria,
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .criteria li {
    display: flex;
    gap: 0.5em;
  }
  .mark {
    flex: none;
    width: 1.25em;
    text-align: center;
    font-weight: 700;
  }
  .met .mark {
    color: var(--_pp-success);
  }
  .unmet .mark {
    color: var(--_pp-error);
  }
  .notes li {
    color: var(--_pp-muted);
  }
  .notes li::before {
    content: 'ℹ ';
  }
  .select {
    margin-top: 0.25em;
    font-weight: 600;
  }
  .excluded summary {
    cursor: pointer;
    font-weight: 600;
  }
  .excluded ul {
    padding-left: 1.25em;
  }
  .selection p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .bar > span {
      background: CanvasText;
    }
  }
`;

/** Joins the results' styles to the element's shadow root (once), when the engine arrives. */
export const adoptResultsStyles = (root: Node): void => adoptLateStyles(root, resultsStyles);
