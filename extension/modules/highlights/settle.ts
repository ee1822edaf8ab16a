/**
 * Waits for a dynamic page to settle: resolves after `quietMs` without any DOM mutation
 * under `target`, or after `maxMs` at the latest (pages with a ticking clock or a carousel
 * never go quiet). Says whether anything changed meanwhile.
 */
export interface SettleOptions {
  readonly quietMs?: number;
  readonly maxMs?: number;
  /** Mutations inside this element (our toolbar host) do not count. */
  readonly ignore?: Node | null;
  /** Wait for a first change (up to maxMs) before counting the quiet period. */
  readonly waitForChange?: boolean;
}

export function waitForQuiet(target: Node, options: SettleOptions = {}): Promise<{ mutated: boolean }> {
  const quietMs = options.quietMs ?? 400;
  const maxMs = options.maxMs ?? 4000;
  return new Promise((resolve) => {
    let mutated = false;
    let quietTimer: ReturnType<typeof setTimeout>;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve({ mutated });
    };
    const observer = new MutationObserver((records) => {
      const ignore = options.ignore;
      if (ignore && records.every((r) => ignore.contains(r.target))) return;
      mutated = true;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, quietMs);
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    if (!options.waitForChange) quietTimer = setTimeout(finish, quietMs);
    const maxTimer = setTimeout(finish, maxMs);
  });
}
