import { warnOnce } from './warn';

/**
 * Reads `heading-level`, whose right range depends on the widget (a widget whose sections use
 * the next level down stops at 5; one whose title is never the page's stops at 2 from below): a wrong
 * value warns the developer once and falls back.
 */
export function headingLevel(el: Element, value: unknown, fallback: number, max = 6, min = 1): number {
  if (value === undefined || value === null) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= min && level <= max) return level;
  warnOnce(el, `heading-level="${String(value)}" : niveau ${min} à ${max} attendu ; ${fallback} utilisé.`);
  return fallback;
}
