import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/charter/canonical';
import { hashCanonical, hasWebCrypto, sha256Hex } from '../../../../shared/charter/digest';

/** The same object with its keys inserted in another order, at every depth. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, seed));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length] as [string, unknown]).reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, reorder(v, seed + 1)]));
}

describe('canonical JSON', () => {
  it('sorts keys, has no whitespace and puts strings in NFC', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x y'], é: 'e\u0301' })).toBe('{"a":[true,null,"x y"],"b":1,"é":"é"}');
    expect(canonicalJson({ z: { d: 1, c: 2 } })).toBe('{"z":{"c":2,"d":1}}');
  });

  it('drops undefined members but refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson([undefined])).toThrow(/not JSON/);
    expect(() => canonicalJson({ 'e\u0301': 1, é: 2 })).toThrow(/duplicate/);
  });

  it('gives the same hash for the same record whatever the key order or indentation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat(20), async (value, seed) => {
        const parsed = JSON.parse(JSON.stringify(value)) as unknown; // JSON.stringify turns -0 into 0, as a file would
        const reparsed = JSON.parse(JSON.stringify(reorder(parsed, seed), null, 2)) as unknown;
        expect(canonicalJson(reparsed)).toBe(canonicalJson(parsed));
        expect(await hashCanonical(reparsed)).toBe(await hashCanonical(parsed));
      }),
      { numRuns: 200 },
    );
  });

  it('parses back to the value it was made from (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const plain = JSON.parse(JSON.stringify(value)) as unknown;
        expect(JSON.parse(canonicalJson(plain))).toEqual(plain);
        expect(canonicalJson(plain)).not.toMatch(/^\s|\s$|[\n\t]/);
      }),
    );
  });
});

describe('SHA-256 through Web Crypto', () => {
  it('is available in Node and matches the FIPS 180-2 test vector', async () => {
    expect(hasWebCrypto()).toBe(true);
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('é')).toBe(await sha256Hex('\u00e9'));
  });
});
