import { describe, expect, it } from 'vitest';
import { lazy } from '../../../../widgets/internal/lazy';

describe('lazy (widgets/internal/lazy.ts)', () => {
  it('loads once and shares the value, readable synchronously once there', async () => {
    let calls = 0;
    const part = lazy(async () => ({ n: ++calls }));
    expect(part.value).toBeUndefined();
    const [a, b] = await Promise.all([part(), part()]);
    expect(a).toBe(b);
    expect(await part()).toBe(a);
    expect(part.value).toBe(a);
    expect(calls).toBe(1);
  });

  it('a chunk that fails once is fetched again on the next call, then kept', async () => {
    let calls = 0;
    const part = lazy(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    await expect(part()).rejects.toThrow('Failed to fetch');
    expect(part.value).toBeUndefined();
    await expect(part()).resolves.toEqual({ ok: true });
    expect(part.value).toEqual({ ok: true });
    await part();
    expect(calls).toBe(2);
  });
});
