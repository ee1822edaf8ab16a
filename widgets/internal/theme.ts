import { css } from 'lit';

/**
 * Shared look: every colour reads our own custom property first, then the host's DSFR
 * token if the host uses DSFR, then a fallback. Fonts are inherited (Marianne only if the
 * host already has it: we never ship the State's brand). Sizes in em, relative to the host.
 */
export const themeStyles = css`
  :host {
    --_pp-primary: var(--pp-color-primary, var(--text-action-high-blue-france, #000091));
    --_pp-on-primary: var(--pp-color-on-primary, var(--text-inverted-blue-france, #ffffff));
    --_pp-text: var(--pp-color-text, var(--text-default-grey, #161616));
    --_pp-muted: var(--pp-color-muted, var(--text-mention-grey, #595959));
    --_pp-bg: var(--pp-color-background, var(--background-default-grey, #ffffff));
    --_pp-surface: var(--pp-color-surface, var(--background-alt-grey, #f6f6f6));
    --_pp-border: var(--pp-color-border, var(--border-default-grey, #929292));
    --_pp-error: var(--pp-color-error, var(--text-default-error, #ce0500));
    --_pp-success: var(--pp-color-success, var(--text-default-success, #18753c));
    --_pp-focus: var(--pp-color-focus, var(--border-plain-blue-france, #0a76f6));
    --_pp-radius: var(--pp-radius, 0.25em);
    display: block;
    font-family: var(--pp-font-family, inherit);
    font-size: var(--pp-font-size, 1em);
    line-height: 1.5;
    color: var(--_pp-text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set here, not inherited from the host: a page's own *{box-sizing:content-box} beats
     :host (the outer page wins the cascade), and full-width fields then overflow. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_pp-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  .pp-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .pp-error {
    border-left: 4px solid var(--_pp-error);
    padding: 0.5em 0.75em;
    background: var(--_pp-surface);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
`;
