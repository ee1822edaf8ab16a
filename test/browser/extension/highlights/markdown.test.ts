import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToFragment, renderMarkdown } from '../../../../extension/modules/highlights/markdown';

const PAYLOADS = [
  '<img src="x" onerror="window.__pwned = 1">',
  '<script>window.__pwned = 2</script>',
  '[clic](javascript:window.__pwned=3)',
  '<javascript:window.__pwned=4>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<svg onload="window.__pwned = 5"></svg>',
  '**<b onclick="window.__pwned=6">gras</b>**',
  '<a href="javascript:window.__pwned=7">lien HTML</a>',
].join('\n\n');

const ALLOWED = new Set(['P', 'STRONG', 'EM', 'CODE', 'PRE', 'BR', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A']);

let host: HTMLElement;
afterEach(() => {
  host?.remove();
  delete (window as unknown as { __pwned?: number }).__pwned;
});

function mount(): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  return host;
}

describe('note Markdown rendered in Chromium', () => {
  it('keeps HTML and script payloads inert, shown as text', async () => {
    const root = mount();
    root.append(markdownToFragment(PAYLOADS));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect([...root.querySelectorAll('*')].map((e) => e.tagName).filter((t) => !ALLOWED.has(t))).toEqual([]);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).toContain('<img src="x" onerror="window.__pwned = 1">');
    expect(root.textContent).toContain('<script>window.__pwned = 2</script>');
    expect(root.querySelector('strong')?.textContent).toBe('<b onclick="window.__pwned=6">gras</b>');
    for (const el of root.querySelectorAll('*')) expect([...el.attributes].map((a) => a.name)).toEqual([]);
  });

  it('renders structure and safe links, opening in a new tab without referrer', () => {
    const root = mount();
    root.append(markdownToFragment('Voir le *guide* de la [HAS](https://www.has-sante.fr/).\n\n1. un\n2. deux\n\n> cité'));
    expect(root.innerHTML).toBe(
      '<p>Voir le <em>guide</em> de la <a href="https://www.has-sante.fr/" rel="noopener noreferrer nofollow" target="_blank">HAS</a>.</p>' +
        '<ol><li>un</li><li>deux</li></ol><blockquote><p>cité</p></blockquote>',
    );
  });

  it('renders the same structure as Preact vnodes, just as inert', async () => {
    const root = mount();
    render(
      h(
        'div',
        null,
        renderMarkdown(`${PAYLOADS}\n\n- **point**`, (tag, props, children) => h(tag, props, ...children)),
      ),
      root,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(
      [...(root.firstElementChild as Element).querySelectorAll('*')].map((e) => e.tagName).filter((t) => !ALLOWED.has(t)),
    ).toEqual([]);
    expect(root.querySelector('li strong')?.textContent).toBe('point');
  });
});
