/**
 * Sends the candidate's profile as JSON to the host's `action` URL. Only
 * http(s) addresses are accepted (relative ones resolve against the page);
 * the request is bounded in time and never throws: the result says what
 * went wrong, so the widget can keep what was typed and say why.
 */
export type PostResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly reason: 'action' | 'network' | 'timeout' | 'status'; readonly status?: number };

/** The absolute http(s) URL an `action` attribute stands for, or undefined. */
export function resolveAction(action: string | undefined | null, base: string): string | undefined {
  if (!action?.trim()) return undefined;
  try {
    const url = new URL(action.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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
