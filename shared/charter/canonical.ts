/**
 * Canonical JSON: the one byte sequence a value hashes to, so that the same record
 * always gives the same SHA-256 whoever serialises it (key order, indentation and
 * Unicode composition do not matter). Object keys are sorted by UTF-16 code units
 * (as RFC 8785 does), there is no whitespace, and every string — keys included — is
 * put in Unicode NFC, so « é » typed as one code point or as e + accent hashes alike.
 * Numbers use ECMAScript's shortest round-trip form (also RFC 8785's).
 */
export function canonicalJson(value: unknown): string {
  return write(value, 'value');
}

function write(value: unknown, where: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${where}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${where}[${i}]`)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]?.[0] === entries[i - 1]?.[0]) throw new TypeError(`canonicalJson: duplicate key after NFC at ${where}`);
      }
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${where}.${k}`)}`).join(',')}}`;
    }
    default:
      // undefined, functions, symbols, bigints: not JSON, so not part of a signed record.
      throw new TypeError(`canonicalJson: ${typeof value} is not JSON at ${where}`);
  }
}
