import { adoptStyles, type CSSResult } from 'lit';

/**
 * Styles that arrive with a part loaded on demand join the shadow root's, once, after the
 * element's own (which keep their order). Without constructable stylesheets, Lit's own
 * fallback: a <style> element, with the page's litNonce.
 */
export function adoptLateStyles(root: Node, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot)) return;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (![...root.querySelectorAll('style')].some((s) => s.textContent === styles.cssText)) {
    adoptStyles(root, [styles]);
  }
}
