import { css } from 'lit';

/** The directory's layout: filters, count, a grid of cards that never scrolls sideways (320 px, 200 % zoom), and an A4 print. */
export const listStyles = css`
  .summary {
    margin: 0 0 1em;
    font-size: 1.125em;
    font-weight: 700;
  }
  :host([summary-only]) .summary {
    margin: 0;
  }
  .filters {
    margin: 0 0 1em;
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 1em;
    align-items: end;
    margin: 0;
    padding: 1em;
    border: 1px solid var(--pp-card-border-color, var(--border-default-grey, #dddddd));
    border-radius: var(--_pp-radius);
    background: var(--_pp-surface);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_pp-muted);
  }
  input[type='search'],
  select {
    width: 100%;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.375em 0.75em;
    color: var(--_pp-text);
    background: var(--_pp-bg);
    border: 0;
    border-bottom: 2px solid var(--_pp-text);
    border-radius: var(--_pp-radius) var(--_pp-radius) 0 0;
  }
  .check {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    accent-color: var(--_pp-primary);
  }
  .actions {
    display: flex;
    align-items: end;
  }
  button {
    min-height: 2.5em;
    padding: 0.375em 1em;
    color: var(--_pp-primary);
    background: var(--_pp-bg);
    border: 1px solid var(--_pp-primary);
    border-radius: var(--_pp-radius);
    cursor: pointer;
  }
  button:hover {
    background: var(--_pp-surface);
  }
  .count {
    margin: 0 0 1em;
    color: var(--_pp-muted);
  }
  .notice {
    margin: 0 0 1em;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pp-card-min-width, 17em)), 1fr));
    gap: var(--pp-grid-gap, 1.5em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
  }
  /* Off-screen cards of a large directory skip layout and paint until scrolled to. Not in a
     small one: nothing to gain, and tools that read positions (accessibility checkers) would
     see skipped cards where their estimated size puts them. */
  .grid.large > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }
  .toggle {
    align-self: flex-start;
  }
  .empty {
    padding: 1.5em;
    text-align: center;
    background: var(--_pp-surface);
  }
  .empty p {
    margin: 0 0 1em;
  }
  @media print {
    .filters,
    .count,
    .notice,
    .toggle,
    .contact,
    .facts,
    .empty {
      display: none !important;
    }
    .grid {
      grid-template-columns: repeat(3, 1fr);
      gap: 0.5cm;
    }
    .item,
    .grid.large > .item {
      content-visibility: visible;
      break-inside: avoid;
    }
    .card {
      padding: 0.3cm;
      border-bottom-width: 1px;
      text-align: center;
      align-items: center;
    }
    .head {
      flex-direction: column;
      align-items: center;
      gap: 0.25cm;
    }
    .photo {
      --pp-card-photo-size: 3cm;
    }
    .title {
      color: #000000;
    }
    .tags {
      justify-content: center;
    }
  }
`;
