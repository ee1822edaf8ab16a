import { css } from 'lit';
import { describe, expect, it } from 'vitest';
import { adoptLateStyles } from '../../../../widgets/internal/late-styles';

describe('adoptLateStyles (widgets/internal/late-styles.ts)', () => {
  it('appends a part’s styles after the element’s own, once, and they apply', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('p { color: rgb(0, 0, 255); }');
    root.adoptedStyleSheets = [own];
    root.innerHTML = '<p>texte</p>';
    document.body.append(host);
    const late = css`p { color: rgb(255, 0, 0); }`;
    adoptLateStyles(root, late);
    adoptLateStyles(root, late);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    expect(getComputedStyle(root.querySelector('p')!).color).toBe('rgb(255, 0, 0)');
    host.remove();
  });

  it('does nothing outside a shadow root', () => {
    const el = document.createElement('div');
    expect(() => adoptLateStyles(el, css`p { color: red; }`)).not.toThrow();
  });
});
