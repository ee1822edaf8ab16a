import { describe, expect, it, vi } from 'vitest';
import { defineElement } from '../../../widgets/internal/define';
import { fetchJson } from '../../../widgets/internal/fetch-json';
import { elementLocale } from '../../../widgets/internal/locale';

describe('widget internals in real Chromium', () => {
  it('defines a tag once and warns, without throwing, when another version defines it again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('pp-test-once', First);
    expect(() => defineElement('pp-test-once', Second)).not.toThrow();
    expect(customElements.get('pp-test-once')).toBe(First);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('reads a JSON feed and refuses one over the size cap', async () => {
    const small = URL.createObjectURL(new Blob([JSON.stringify({ a: 1 })], { type: 'application/json' }));
    await expect(fetchJson(small)).resolves.toEqual({ ok: true, data: { a: 1 } });
    const big = URL.createObjectURL(new Blob(['x'.repeat(5000)]));
    const result = await fetchJson(big, { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports broken JSON and unreachable feeds as results, never as exceptions', async () => {
    const broken = URL.createObjectURL(new Blob(['{not json']));
    await expect(fetchJson(broken)).resolves.toMatchObject({ ok: false, reason: 'json' });
    await expect(fetchJson('http://127.0.0.1:9/nothing.json', { timeoutMs: 2000 })).resolves.toMatchObject({ ok: false });
  });

  it('takes the locale from the element, then its ancestors, then the page', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(elementLocale(inner)).toBe('en');
    inner.lang = 'fr';
    expect(elementLocale(inner)).toBe('fr');
    outer.remove();
  });
});
