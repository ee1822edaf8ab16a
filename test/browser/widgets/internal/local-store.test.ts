import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../../../widgets/internal/local-store';

const PREFIX = 'binome:test-store:';

afterEach(() => {
  vi.restoreAllMocks();
  for (const name of Object.keys(localStorage)) if (name.startsWith(PREFIX)) localStorage.removeItem(name);
});

describe('localStore (widgets/internal/local-store.ts)', () => {
  it('keeps JSON under the prefixed key and reads it back; nothing stored reads as undefined', async () => {
    const store = localStore(PREFIX);
    expect(await store.load('a')).toBeUndefined();
    await store.save('a', { answers: { 'has.1': 'oui' }, n: 2 });
    expect(localStorage.getItem(`${PREFIX}a`)).toBe('{"answers":{"has.1":"oui"},"n":2}');
    expect(await store.load('a')).toEqual({ answers: { 'has.1': 'oui' }, n: 2 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))).toEqual([`${PREFIX}a`]);
  });

  it('gives unreadable JSON back as its raw text (to be shown or kept aside, never lost)', async () => {
    localStorage.setItem(`${PREFIX}broken`, '{"schemaVersion": 1, "current"');
    expect(await localStore(PREFIX).load('broken')).toBe('{"schemaVersion": 1, "current"');
  });

  it('a full storage (the browser’s real quota): a readable error naming the item, the previous value left whole', async () => {
    const store = localStore(PREFIX);
    await store.save('big', { v: 1 });
    // Chromium allows about 5 M characters per origin: 6 M cannot fit.
    const error = await store.save('big', { v: 'x'.repeat(6_000_000) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^localStorage : enregistrement de « binome:test-store:big » impossible \(QuotaExceededError: /,
    );
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    expect(localStorage.getItem(`${PREFIX}big`)).toBe('{"v":1}');
  });

  it('a storage the browser refuses (disabled, private mode): a readable error on reading', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    await expect(localStore(PREFIX).load('a')).rejects.toThrow(
      'localStorage : lecture de « binome:test-store:a » impossible (SecurityError: Access is denied for this document.)',
    );
  });

  it('a value that is not JSON (a cycle) is refused before anything is written', async () => {
    const store = localStore(PREFIX);
    await store.save('c', 'before');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(store.save('c', cyclic)).rejects.toThrow(
      /^localStorage : enregistrement de « binome:test-store:c » impossible \(TypeError: /,
    );
    expect(localStorage.getItem(`${PREFIX}c`)).toBe('"before"');
  });
});
