/**
 * Lived-experience theme matching, French-text aware.
 *
 * A need's theme may be a theme id (vocab/health-themes) or free text; so may a
 * partner's. Both sides are compared word by word after normalisation (accents,
 * case, typographic apostrophes, plural "s"/"x"): « Maladies rénales » matches
 * « maladie rénale », « Diabète de type 1 » matches the theme `diabete` through
 * its cues. Only the declared themes are compared, never the free experience
 * text: it is long (costly for 10 000 profiles) and personal.
 *
 * The need side is prepared once per ranking (prepareThemes); a partner's
 * themes are tokenised only when they are free text (ids are looked up).
 */

import { tokensFr } from '../text/words';
import { findHealthTheme, HEALTH_THEMES, type HealthTheme, healthThemeById, isHealthThemeId } from '../vocab/health-themes';

/** One theme sought by a need, ready to be compared. */
export interface SoughtTheme {
  /** What the owner gave (id or free text), echoed in explanations. */
  readonly value: string;
  /** The known theme it stands for, if any. */
  readonly id?: string;
  /** Token sequences that count as a match in a partner's free-text theme. */
  readonly cues: readonly (readonly string[])[];
  /** Theme ids that count as a match in a partner's themes (its own id, or known themes whose cues contain the free text). */
  readonly ids: readonly string[];
}

const cueCache = new Map<string, readonly (readonly string[])[]>();

/** Token sequences of a known theme: its French and English labels and its keywords. */
function cuesOfTheme(theme: HealthTheme): readonly (readonly string[])[] {
  let cues = cueCache.get(theme.id);
  if (!cues) {
    cues = [theme.label.fr, theme.label.en, ...theme.keywords].map(tokensFr).filter((t) => t.length > 0);
    cueCache.set(theme.id, cues);
  }
  return cues;
}

export function prepareThemes(values: readonly string[]): SoughtTheme[] {
  const seen = new Set<string>();
  const out: SoughtTheme[] = [];
  for (const value of values) {
    const id = findHealthTheme(value);
    const key = id ?? tokensFr(value).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const theme = id ? healthThemeById(id) : undefined;
    if (theme && id) {
      out.push({ value, id, cues: cuesOfTheme(theme), ids: [id] });
    } else {
      const cues = [tokensFr(value)];
      // « insuline » sought in free text also matches a partner who declared the theme `diabete`.
      const ids = HEALTH_THEMES.filter((t) => cuesOfTheme(t).some((cue) => cues.some((c) => containsSequence(cue, c)))).map(
        (t) => t.id,
      );
      out.push({ value, cues, ids });
    }
  }
  return out;
}

/** True when the token sequence `cue` occurs, consecutively, in `words`. */
function containsSequence(words: readonly string[], cue: readonly string[]): boolean {
  if (cue.length === 0) return false;
  for (let i = 0; i + cue.length <= words.length; i++) {
    let all = true;
    for (let j = 0; j < cue.length; j++) {
      if (words[i + j] !== cue[j]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * The sought themes found among a partner's declared themes, in the need's order.
 * A partner's theme id matches the same id; a partner's free text matches when it
 * contains one of the sought theme's cues (or the sought free text's words).
 */
export function matchThemes(
  sought: readonly SoughtTheme[],
  partnerThemes: readonly string[],
  tokenize: (text: string) => readonly string[] = tokensFr,
): SoughtTheme[] {
  const found: SoughtTheme[] = [];
  if (sought.length === 0 || partnerThemes.length === 0) return found;
  // Free text is tokenised once, and only if an id did not already settle every sought theme.
  let texts: (readonly string[])[] | undefined;
  for (const s of sought) {
    let hit = false;
    for (const theme of partnerThemes) {
      if (s.ids.includes(theme)) {
        hit = true;
        break;
      }
    }
    if (!hit) {
      if (texts === undefined) {
        texts = [];
        for (const theme of partnerThemes) if (!isHealthThemeId(theme)) texts.push(tokenize(theme));
      }
      for (const words of texts) {
        for (const cue of s.cues) {
          if (containsSequence(words, cue)) {
            hit = true;
            break;
          }
        }
        if (hit) break;
      }
    }
    if (hit) found.push(s);
  }
  return found;
}
