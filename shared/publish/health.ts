/**
 * Does a piece of free text reveal a health condition?
 *
 * Used by publicView: without the partner's consent to show their
 * lived-experience themes, NO health information may appear (issue 3), yet an
 * association name (« Diabète Entraide Sud »), a training title (« DU … en
 * cancérologie ») or a project title (« Ateliers Vivre avec son diabète »)
 * can name the illness as surely as the theme itself. A text is treated as
 * revealing when it contains a cue of the shared health-theme vocabulary or a
 * significant word of the person's own (withheld) themes. Erring on the side
 * of hiding is deliberate: a false positive hides a line, a false negative
 * discloses health data.
 */

import { tokensFr } from '../text/words';
import { HEALTH_THEMES, type HealthTheme, isHealthThemeId } from '../vocab/health-themes';

let vocabularyCues: string[][] | undefined;

/** Token sequences of every health-theme label and keyword, computed once. */
function cues(): string[][] {
  vocabularyCues ??= (HEALTH_THEMES as readonly HealthTheme[]).flatMap((theme) =>
    // « VIH, hépatites » names two conditions: each part is a cue of its own.
    [...theme.label.fr.split(','), ...theme.label.en.split(','), ...theme.keywords]
      .map(tokensFr)
      .filter((tokens) => tokens.length > 0),
  );
  return vocabularyCues;
}

/** Short or grammatical words that say nothing about health on their own. */
// Tokens are stemmed by tokensFr ("depuis" → "depui", "années" → "annee").
const STOP_WORDS = new Set([
  'depui',
  'apres',
  'annee',
  'suite',
  'chronique',
  'maladie',
  'malade',
  'personne',
  'enfant',
  'adulte',
]);

/**
 * The root a word is recognised by: long words match their derived forms
 * (« cancer » → « cancérologie », « sclérodermie » → « sclérodermique »,
 * « asthme » → « asthmatique »); short ones must match exactly.
 */
function root(token: string): string {
  return token.length >= 5 ? token.slice(0, Math.max(5, token.length - 2)) : token;
}

function sameWord(word: string, cueToken: string): boolean {
  // tokensFr turns « rénaux » into « renau »: give back the « -al » singular.
  const singular = word.endsWith('au') ? `${word.slice(0, -2)}al` : word;
  if (cueToken.length < 5) return word === cueToken || singular === cueToken;
  const cueRoot = root(cueToken);
  return word.startsWith(cueRoot) || singular.startsWith(cueRoot);
}

/** Significant words of the person's own free-text themes ("Sclérodermie systémique" → sclerodermie, systemique). */
function ownThemeWords(themes: readonly string[]): string[] {
  const words = new Set<string>();
  for (const theme of themes) {
    if (isHealthThemeId(theme)) continue; // covered by the vocabulary cues
    for (const token of tokensFr(theme)) {
      if (token.length >= 5 && !STOP_WORDS.has(token)) words.add(token);
    }
  }
  return [...words];
}

function containsSequence(words: readonly string[], cue: readonly string[]): boolean {
  for (let i = 0; i + cue.length <= words.length; i++) {
    let all = true;
    for (let j = 0; j < cue.length; j++) {
      if (!sameWord(words[i + j] as string, cue[j] as string)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** A reusable test for one person: `reveals(text)` is true when `text` may disclose a health condition. */
export function healthRevealer(ownThemes: readonly string[] = []): (text: string | undefined) => boolean {
  const own = ownThemeWords(ownThemes);
  return (text) => {
    if (!text) return false;
    const words = tokensFr(text);
    if (own.some((o) => words.some((w) => sameWord(w, o)))) return true;
    return cues().some((cue) => containsSequence(words, cue));
  };
}

/**
 * A test for free text that names the person (« Histoire de Zéphyrine »):
 * without the name consent, such text is withheld too. Name parts of three
 * letters or more are compared word by word, without accents or case.
 */
export function nameRevealer(names: readonly (string | undefined)[]): (text: string | undefined) => boolean {
  const parts = new Set(names.flatMap((n) => (n ? tokensFr(n) : [])).filter((t) => t.length >= 3));
  return (text) => Boolean(text) && parts.size > 0 && tokensFr(text as string).some((w) => parts.has(w));
}

/** One-off form of healthRevealer. */
export function revealsHealth(text: string, ownThemes: readonly string[] = []): boolean {
  return healthRevealer(ownThemes)(text);
}
