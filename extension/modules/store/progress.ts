/**
 * Counts finished writes and reports them at most every 50 ms (and at the end): a
 * 10 000-record import must not re-render its progress bar 10 000 times.
 */
export function throttledProgress(total: number, onProgress?: (done: number, total: number) => void): () => void {
  let done = 0;
  let lastReport = 0;
  onProgress?.(0, total);
  return () => {
    done++;
    const now = performance.now();
    if (done === total || now - lastReport > 50) {
      lastReport = now;
      onProgress?.(done, total);
    }
  };
}
