/** A developer-facing warning in the console, named after the element; `details` (an error, the value refused) follow. */
export function warn(el: Element, message: string, ...details: unknown[]): void {
  console.warn(`[binome] <${el.localName}> ${message}`, ...details);
}

const warned = new WeakMap<Element, Set<string>>();

/** The same, once per element and message (render runs often). */
export function warnOnce(el: Element, message: string): void {
  let seen = warned.get(el);
  if (!seen) {
    seen = new Set();
    warned.set(el, seen);
  }
  if (seen.has(message)) return;
  seen.add(message);
  warn(el, message);
}
