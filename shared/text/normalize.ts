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

/**
 * Light plural-insensitive stemmer: strips one trailing "s" or "x" from tokens
 * longer than 3 characters ("maladies" → "maladie", "hôpitaux" → "hôpitau",
 * "gaz" unchanged). Good enough to match singular and plural forms; not a
 * linguistic stemmer.
 */
export function stemFr(token: string): string {
  return token.length > 3 && /[sx]$/.test(token) ? token.slice(0, -1) : token;
}

/** Normalised, stemmed word tokens of a text (split on anything that is not a letter or digit). */
export function tokensFr(s: string): string[] {
  return normalizeText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map(stemFr);
}

/**
 * Whole-word variant of includesNormalized: the needle's tokens must appear
 * consecutively among the haystack's tokens, plural-insensitive
 * ("Proches aidants" contains "proche aidant"; "résidant" does not contain "sida").
 */
export function includesWords(haystack: string, needle: string): boolean {
  const words = tokensFr(haystack);
  const cue = tokensFr(needle);
  if (cue.length === 0) return true;
  for (let i = 0; i + cue.length <= words.length; i++) {
    if (cue.every((token, j) => words[i + j] === token)) return true;
  }
  return false;
}
