/**
 * Accent-, case- and typography-insensitive text comparison for French
 * (search in the library, keyword classification, theme matching).
 */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/**
 * normalizeText("  L’Œuvre  É\tté ") → "l'oeuvre ete".
 * Ligatures are expanded first (NFD does not decompose them), typographic
 * apostrophes become the straight one used by the HAS guide, diacritics are
 * removed, the text is lower-cased and runs of whitespace collapse to one space.
 */
export function normalizeText(s: string): string {
  return s
    .replace(/[œŒæÆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u2018\u2019\u201B\u02BC\u2032\u00B4`]/g, "'")
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `needle` occurs in `haystack` once both are normalised; an empty needle is found everywhere. */
export function includesNormalized(haystack: string, needle: string): boolean {
  return normalizeText(haystack).includes(normalizeText(needle));
}
