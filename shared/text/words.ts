/**
 * Word-level comparison for French (theme matching, keyword search): normalised, plural-insensitive
 * tokens. Apart from normalize.ts because only matching and search need it: the widgets that compare
 * text (charter signer, directory) load normalizeText alone, these go with the matching engine.
 */
import { normalizeText } from './normalize';

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
