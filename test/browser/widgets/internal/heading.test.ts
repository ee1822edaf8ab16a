import { afterEach, describe, expect, it, vi } from 'vitest';
import { headingLevel } from '../../../../widgets/internal/heading';
import { warn, warnOnce } from '../../../../widgets/internal/warn';

afterEach(() => vi.restoreAllMocks());

describe('headingLevel (widgets/internal/heading.ts)', () => {
  it('reads numbers and numeric strings in range; the fallback when absent', () => {
    const el = document.createElement('pp-test');
    expect(headingLevel(el, undefined, 3)).toBe(3);
    expect(headingLevel(el, null, 2)).toBe(2);
    expect(headingLevel(el, '4', 3)).toBe(4);
    expect(headingLevel(el, 5, 2, 5)).toBe(5);
    expect(headingLevel(el, 2, 2, 6, 2)).toBe(2);
  });

  it('a wrong value warns the developer once per element and falls back', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = document.createElement('pp-test');
    expect(headingLevel(el, '9', 3)).toBe(3);
    expect(headingLevel(el, '9', 3)).toBe(3);
    expect(headingLevel(el, 6, 2, 5)).toBe(2);
    expect(headingLevel(el, 1, 2, 6, 2)).toBe(2);
    expect(headingLevel(el, 'x', 2)).toBe(2);
    expect(spy.mock.calls.map((c) => c[0])).toEqual([
      '[binome] <pp-test> heading-level="9" : niveau 1 à 6 attendu ; 3 utilisé.',
      '[binome] <pp-test> heading-level="6" : niveau 1 à 5 attendu ; 2 utilisé.',
      '[binome] <pp-test> heading-level="1" : niveau 2 à 6 attendu ; 2 utilisé.',
      '[binome] <pp-test> heading-level="x" : niveau 1 à 6 attendu ; 2 utilisé.',
    ]);
  });
});

describe('warn, warnOnce (widgets/internal/warn.ts)', () => {
  it('names the element; warnOnce says each message once per element', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const a = document.createElement('pp-a');
    const b = document.createElement('pp-b');
    const error = new Error('réseau');
    warn(a, 'module non chargé', error);
    warnOnce(a, 'même chose');
    warnOnce(a, 'même chose');
    warnOnce(b, 'même chose');
    expect(spy.mock.calls).toEqual([
      ['[binome] <pp-a> module non chargé', error],
      ['[binome] <pp-a> même chose'],
      ['[binome] <pp-b> même chose'],
    ]);
  });
});
