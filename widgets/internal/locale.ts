import { type Locale, resolveLocale } from '../../shared/i18n/index.js';

/** The element's own `lang`, else the closest `[lang]` ancestor, else `<html lang>`; French by default. */
export function elementLocale(el: Element): Locale {
  const own = el.getAttribute('lang');
  if (own) return resolveLocale(own);
  const ancestor = el.parentElement?.closest('[lang]') ?? (el.getRootNode() as ShadowRoot).host?.closest?.('[lang]');
  return resolveLocale(ancestor?.getAttribute('lang') ?? document.documentElement.lang);
}

/**
 * The locale of an element that declares `lang` as a reactive property: the property first,
 * since Lit reflects it to the attribute only after rendering (the attribute alone would lag one render).
 */
export function hostLocale(el: HTMLElement): Locale {
  return el.lang ? resolveLocale(el.lang) : elementLocale(el);
}
