export type FetchJsonResult =
  | { ok: true; data: unknown }
  | { ok: false; reason: 'network' | 'timeout' | 'too-large' | 'status' | 'json'; detail: string };

export interface FetchJsonOptions {
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * Fetches a JSON feed the way an embedded widget must: no cookies sent to the feed's
 * origin, bounded in time and in size, and never throwing into the host page.
 */
export async function fetchJson(
  url: string,
  { timeoutMs = 8000, maxBytes = 2_000_000, signal }: FetchJsonOptions = {},
): Promise<FetchJsonResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, reason: 'status', detail: String(response.status) };
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) return { ok: false, reason: 'too-large', detail: String(declared) };
    const text = await readCapped(response, maxBytes);
    if (text === null) return { ok: false, reason: 'too-large', detail: `> ${maxBytes}` };
    try {
      return { ok: true, data: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, reason: 'json', detail: String(error) };
    }
  } catch (error) {
    const timedOut = controller.signal.aborted && controller.signal.reason === 'timeout';
    return { ok: false, reason: timedOut ? 'timeout' : 'network', detail: String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as text, giving up (null) as soon as it passes the cap, whatever Content-Length claimed. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
