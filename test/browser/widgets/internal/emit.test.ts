import { describe, expect, it } from 'vitest';
import { emit } from '../../../../widgets/internal/emit';

describe('emit (widgets/internal/emit.ts)', () => {
  it('dispatches a pp-* event that bubbles out of a shadow root with its detail', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const heard: unknown[] = [];
    document.body.addEventListener('pp-filter', (e) => heard.push(e.detail), { once: true });
    const detail = { criteria: {}, count: 3 } as Parameters<typeof emit<'pp-filter'>>[2];
    expect(emit(inner, 'pp-filter', detail)).toBe(true);
    expect(heard).toEqual([detail]);
    host.remove();
  });

  it('says when a cancelable event was cancelled; not cancelable by default', () => {
    const el = document.createElement('div');
    el.addEventListener('pp-submit', (e) => e.preventDefault());
    const detail = { profile: {} } as Parameters<typeof emit<'pp-submit'>>[2];
    expect(emit(el, 'pp-submit', detail, true)).toBe(false);
    expect(emit(el, 'pp-submit', detail)).toBe(true);
  });
});
