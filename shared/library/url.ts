/**
 * URL normalisation for "already saved?": two addresses of the same page must give
 * the same key, two different pages must not. Conservative on purpose — only what
 * never changes the page: fragments, tracking parameters, trailing slashes, order of
 * parameters, case of the host, default ports.
 */

/**
 * Query parameters that only track a visit. `utm_*` and `at_*` (AT Internet, common on
 * French public sites) by prefix; the others by name. Everything else is kept.
 */
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_'];
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'xtor',
  'xtref',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  '_ga',
  '_gl',
  'ncid',
  'sr_share',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The key under which a page is stored and looked up.
 * - http(s) only: other schemes (file:, about:…) come back trimmed, unchanged;
 * - host lower-cased and default port dropped (the URL parser does it);
 * - fragment dropped, except hash routes (`#/…`, `#!…`) that select a page in a web app;
 * - tracking parameters dropped, the others sorted by name (stable for equal names);
 * - trailing slashes dropped from the path, except the root `/`.
 *
 * normalizeUrl('https://HAS-Sante.fr/guide/?utm_source=x&b=2&a=1#top') → 'https://has-sante.fr/guide?a=1&b=2'
 */
export function normalizeUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;

  const hash = url.hash.startsWith('#/') || url.hash.startsWith('#!') ? url.hash : '';
  const params = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return `${url.protocol}//${auth}${url.host}${path}${query ? `?${query}` : ''}${hash}`;
}

/** The URL with tracking parameters removed but otherwise as the user saw it (what we store and show). */
export function stripTracking(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.trim();
  for (const name of [...url.searchParams.keys()]) if (isTrackingParam(name)) url.searchParams.delete(name);
  return url.href;
}

/** Host without a leading "www." — the "site" facet when the page names no site. */
export function siteOf(input: string): string {
  try {
    return new URL(input).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when the address looks like a PDF file (path ends in .pdf, before any query). */
export function isPdfUrl(input: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(input).pathname);
  } catch {
    return /\.pdf(?:$|[?#])/i.test(input);
  }
}

/** "https://x.fr/docs/Guide%20HAS_2026.pdf" → "Guide HAS 2026": a readable title for a PDF with no other. */
export function fileTitleOf(input: string): string {
  let name = '';
  try {
    name = new URL(input).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch {
    name = input.split(/[?#]/)[0]?.split('/').pop() ?? '';
  }
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the raw name: a malformed escape is still better than nothing
  }
  return name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
