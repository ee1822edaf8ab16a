/**
 * Fetches the published summary as widgets/internal/fetch-json.ts does (no cookies,
 * bounded in time and size, never throwing), but without importing it: the build puts
 * fetch-json.ts in the partner widgets' chunk (9 KB gzip, vite.widgets.config.ts,
 * `partner-view`), which this widget would then load whole — measured 15.9 KB gzip
 * above Lit against 6.3 KB with this copy (bench/10-sizes). Taking fetch-json.ts out of
 * that chunk instead costs the « Nos patients partenaires » page one more request and
 * puts it over its 25 KB budget (measured 25.1 KB): to be merged back when the chunks
 * are regrouped.
 */
export type FetchSummaryResult = { ok: true; data: unknown } | { ok: false };

/** A summary is a few KB; 500 KB is far above any establishment's. */
const MAX_BYTES = 500_000;
const TIMEOUT_MS = 8000;

export async function fetchSummary(url: string): Promise<FetchSummaryResult> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok || Number(response.headers.get('content-length') ?? '0') > MAX_BYTES || !response.body) {
      return { ok: false };
    }
    // Read with a running count, whatever Content-Length claimed.
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_BYTES) {
        await reader.cancel();
        return { ok: false };
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
    try {
      return { ok: true, data: JSON.parse(text) as unknown };
    } catch {
      // Not JSON: said as « not a summary », like any other wrong content.
      return { ok: true, data: undefined };
    }
  } catch {
    return { ok: false };
  }
}
