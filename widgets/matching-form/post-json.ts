/**
 * Sends the candidate's profile as JSON to the host's `action` URL. A
 * candidacy holds health data (RGPD art. 9): it travels only encrypted —
 * to an `https:` address — or to the page's own origin (relative addresses
 * resolve against the page), never in clear text to another server. The
 * request is bounded in time and never throws: the result says what went
 * wrong, so the widget can keep what was typed and say why.
 */
export type PostResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly reason: 'action' | 'network' | 'timeout' | 'status'; readonly status?: number };

export type ActionCheck =
  | { readonly ok: true; readonly url: string }
  /** `invalid`: not an http(s) address; `insecure`: plain http to another origin than the page's. */
  | { readonly ok: false; readonly reason: 'invalid' | 'insecure'; readonly url?: string };

/**
 * Where an `action` attribute may send a candidacy: an absolute `https:` URL, or an
 * `http:` one on the page's own origin (`pageOrigin`, e.g. `location.origin`).
 */
export function checkAction(action: string | undefined | null, base: string, pageOrigin: string): ActionCheck {
  if (!action?.trim()) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    url = new URL(action.trim(), base);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol !== 'http:') return { ok: false, reason: 'invalid' };
  return url.origin === pageOrigin ? { ok: true, url: url.href } : { ok: false, reason: 'insecure', url: url.href };
}

export async function postJson(url: string, body: unknown, timeoutMs = 15_000): Promise<PostResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      // The establishment's own endpoint: same-origin cookies (a CMS session) may be needed, third parties get none.
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    // Drain the body so the connection is released; its content is not shown (it is not ours to trust).
    await response.text().catch(() => '');
    return response.ok ? { ok: true, status: response.status } : { ok: false, reason: 'status', status: response.status };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
