/** Safe-URL rules shared by schemas, widgets and the extension (no dependency: usable where size matters). */

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * True for an absolute https:, http:, mailto: or tel: URL — the only schemes
 * a widget may put in an href (no javascript:, data:, file:…). Rejects
 * whitespace and control characters, which URL parsing would silently strip.
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return false;
  if (/\s/.test(value) || hasControlCharacter(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return /^https?:\/\/[^/\\]/i.test(value) && url.hostname.length > 0;
  }
  return url.pathname.length > 0;
}

/** True for a safe URL whose scheme is https: or http: (images, pages). */
export function isHttpUrl(value: unknown): value is string {
  return isSafeUrl(value) && /^https?:/i.test(value);
}

/**
 * A reference relative to the file that holds it (« photos/ana.svg », « ../projets/etp.html »):
 * no scheme, not protocol-relative, no whitespace or backslash. A reader resolves it
 * against the file's own URL, then applies isHttpUrl to the result.
 */
export function isRelativeRef(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 2048 &&
    !/^[a-z][a-z0-9+.-]*:/i.test(value) &&
    !value.startsWith('//') &&
    !/[\s\\]/.test(value) &&
    !hasControlCharacter(value)
  );
}
