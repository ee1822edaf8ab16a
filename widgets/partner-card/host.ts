import { type Locale, resolveLocale } from '../../shared/i18n/locale';
import { elementLocale } from '../internal/locale';

/** Small helpers both partner widgets use to read their host's attributes the forgiving way. */

const warned = new WeakMap<Element, Set<string>>();

/** A developer-facing warning, once per element and message (render runs often). */
export function warnOnce(el: Element, message: string): void {
  let seen = warned.get(el);
  if (!seen) {
    seen = new Set();
    warned.set(el, seen);
  }
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[binome] <${el.localName}> ${message}`);
}

/** Reads `heading-level`: a wrong value warns the developer and falls back. */
export function headingLevelOf(el: Element, value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(el, `heading-level="${String(value)}" : niveau 1 à 6 attendu ; ${fallback} utilisé.`);
  return fallback;
}

/** How long an element may stay without any data source before it says so (a host may set the data a little later). */
export const NO_DATA_DELAY_MS = 1000;

/**
 * The element's locale. Its own `lang` property first: Lit reflects a property to
 * the attribute only after rendering, so the attribute alone would lag one render.
 */
export function hostLocale(el: HTMLElement): Locale {
  return el.lang ? resolveLocale(el.lang) : elementLocale(el);
}
