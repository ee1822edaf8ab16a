import { canonicalJson } from './canonical';

/**
 * SHA-256 through Web Crypto (`globalThis.crypto.subtle`: browsers and Node ≥ 20).
 * Browsers expose it only in a secure context (HTTPS or localhost): check
 * `hasWebCrypto()` first and say so to the user rather than failing.
 */
export function hasWebCrypto(): boolean {
  return typeof globalThis.crypto?.subtle?.digest === 'function';
}

const encoder = new TextEncoder();

/** Lower-case hexadecimal SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 of a value's canonical JSON. */
export function hashCanonical(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
