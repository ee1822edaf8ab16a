import { css } from 'lit';

/**
 * The card's look, shared by <pp-partner-card> and the cards of
 * <pp-partner-list>. Close to a DSFR card (white surface, grey border, title
 * in the primary colour, grey tags) through the theme's custom properties;
 * sizes in em so a host's `html { font-size: 62.5% }` changes nothing.
 */
export const cardStyles = css`
  /* Optional parts of the one card template are hidden rather than left out, or left empty
     (render.ts: fewer bindings for a directory of a thousand cards); the silhouette alone is
     left out of cards with a photo (its SVG nodes are the costliest to clone). */
  [hidden],
  .roles:empty,
  .establishment:empty,
  .tags:empty,
  .contact p:empty {
    display: none !important;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    height: 100%;
    padding: 1.25em;
    background: var(--_pp-bg);
    border: 1px solid var(--pp-card-border-color, var(--border-default-grey, #dddddd));
    border-bottom: 0.25em solid var(--_pp-primary);
    border-radius: var(--_pp-radius);
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    gap: 1em;
    align-items: flex-start;
  }
  .photo {
    flex: none;
    width: var(--pp-card-photo-size, 5em);
    height: var(--pp-card-photo-size, 5em);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_pp-surface);
    color: var(--_pp-muted);
  }
  .photo.broken {
    display: none;
  }
  .placeholder {
    display: block;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
    color: var(--_pp-primary);
  }
  .roles {
    margin: 0.25em 0 0;
    color: var(--_pp-text);
  }
  .establishment {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_pp-muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.125em 0.75em;
    border-radius: 1em;
    background: var(--pp-tag-background, var(--background-contrast-grey, #eeeeee));
    color: var(--_pp-text);
    font-size: 0.875em;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
    font-size: 0.875em;
    color: var(--_pp-muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts dd ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .story {
    margin: 0.5em 0 0;
    white-space: pre-line;
  }
  .full-load {
    font-weight: 700;
  }
  .contact {
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .contact p {
    margin: 0;
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_pp-muted);
  }
  a {
    color: var(--_pp-primary);
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    background: var(--_pp-surface);
    border-left: 0.25em solid var(--_pp-border);
  }
  .message.pp-error {
    border-left-color: var(--_pp-error);
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .tag {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      border: 1px solid #767676;
      break-inside: avoid;
    }
    .contact a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
