/**
 * Words as the classifier compares them (classify.ts): without accents, case or plural, and
 * with feminine and inclusive forms brought back to one form, so that « pair-aidante »,
 * « patiente formatrice », « chercheuses » and « pair-aidant·es » read like the cues
 * « pair-aidant », « patient formateur », « chercheur ». Cues go through the same folding, so
 * folding two distinct words together (« vente » and « vent ») only matters if one of them is
 * a cue.
 *
 * Acronym cues (ETP, DU, CREX) are compared with case kept. An all-caps word inside an
 * all-caps run (« LE MARCHÉ DU DIMANCHE ») is a word written in capitals, not an acronym.
 */
import { normalizeText } from '../text/normalize';

/**
 * Inclusive writing reduced to the first form: « pair-aidant·es », « salarié·e·s »,
 * « patient.e.s », « étudiant(e)s », « infirmier(ère) », « un(e) ».
 */
const MIDDLE_DOT = /(\p{L})[·•⋅∙](?:\p{Ll}{1,6})(?:[·•⋅∙]\p{Ll}{1,3})?/gu;
const DOT_SUFFIX = /(\p{Ll})\.(?:e|es|s|ne|nes|euse|euses|rice|rices|trice|trices)(?:\.s)?(?![\p{L}\p{N}])/gu;
const PARENTHESES = /(\p{L})\((?:e|es|s|ne|le|se|ère|ere|ve|rice|trice|euse|ice)\)(s?)/giu;

export function plainInclusive(text: string): string {
  return text.replace(MIDDLE_DOT, '$1').replace(DOT_SUFFIX, '$1').replace(PARENTHESES, '$1$2');
}

/** Feminine endings → masculine, on a normalised word (accents already removed). */
const FEMININE: readonly (readonly [RegExp, string])[] = [
  [/trice$/, 'teur'], // formatrice, médiatrice, coordinatrice
  [/euse$/, 'eur'], // chercheuse
  [/ienne$/, 'ien'], // praticienne
  [/iere$/, 'ier'], // infirmière, première
  [/([a-z]{3})ere$/, '$1er'], // usagère
  [/([a-z]{2})ante$/, '$1ant'], // aidante, représentante, intervenante
  [/([a-z]{2})ente$/, '$1ent'], // patiente
  [/([a-z]{2})erte$/, '$1ert'], // experte
  [/([a-z]{2})ive$/, '$1if'], // participative
  [/([a-z]{3})ee$/, '$1e'], // diplômée, engagée
];

// A page repeats its words: each distinct word is folded once (the cache is emptied when large).
const folded = new Map<string, string>();
const FOLD_CACHE = 20_000;

/** One word, normalised, to its compared form: plural, then feminine. */
export function foldWord(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    if (folded.size >= FOLD_CACHE) folded.clear();
    out = fold(word);
    folded.set(word, out);
  }
  return out;
}

function fold(word: string): string {
  let w = word;
  if (w.length > 3 && /[sx]$/.test(w)) w = w.endsWith('aux') && !w.endsWith('eaux') ? `${w.slice(0, -3)}al` : w.slice(0, -1);
  if (w === 'paire') return 'pair'; // « médiatrice de santé paire », « paires-aidantes »
  if (w.length <= 4) return w;
  for (const [ending, replacement] of FEMININE) {
    if (ending.test(w)) return w.replace(ending, replacement);
  }
  return w;
}

export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** The compared words of a text (or of a cue). */
export function foldedWords(text: string): string[] {
  return splitWords(normalizeText(plainInclusive(text))).map(foldWord);
}

/** Words of a field, twice: folded (ordinary cues) and accent-free with case kept (acronyms). */
export interface FieldWords {
  readonly plain: readonly string[];
  readonly plainIndex: ReadonlyMap<string, readonly number[]>;
  readonly cased: readonly string[];
  readonly casedIndex: ReadonlyMap<string, readonly number[]>;
  /** For each cased word: it sits in a run of words written in capitals. */
  readonly shouted: readonly boolean[];
}

function positions(words: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((word, i) => {
    const list = index.get(word);
    if (list) list.push(i);
    else index.set(word, [i]);
  });
  return index;
}

const isCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * A capitalised word next to another capitalised word of three letters or more that is not a
 * known acronym: « MARCHÉ DU DIMANCHE ». « DIU ETP » stays two acronyms.
 */
function shoutedRuns(cased: readonly string[], acronyms: ReadonlySet<string>): boolean[] {
  const caps = cased.map(isCaps);
  const shouting = cased.map((w, i) => caps[i] === true && w.length >= 3 && !acronyms.has(w));
  return caps.map((c, i) => c && (shouting[i - 1] === true || shouting[i + 1] === true));
}

export function fieldWords(text: string, acronyms: ReadonlySet<string>): FieldWords {
  const plain = foldedWords(text);
  const cased = splitWords(
    plainInclusive(text)
      .normalize('NFD')
      .replace(/\p{Mn}/gu, ''),
  );
  return {
    plain,
    plainIndex: positions(plain),
    cased,
    casedIndex: positions(cased),
    shouted: shoutedRuns(cased, acronyms),
  };
}

export interface Cue {
  readonly label: string;
  readonly acronym: boolean;
  readonly words: readonly string[];
}

/** A cue in capitals (« ETP », « H F ») is an acronym and matches only capitals. */
export function compileCue(label: string): Cue {
  const acronym = /^[A-Z0-9]{2,}$/.test(label.replace(/[\s/-]/g, '')) && /[A-Z]/.test(label);
  return { label, acronym, words: acronym ? splitWords(label) : foldedWords(label) };
}

/** Start positions of a cue in a field (acronyms outside all-caps runs only). */
export function findCue(field: FieldWords, cue: Cue): number[] {
  const words = cue.acronym ? field.cased : field.plain;
  const index = cue.acronym ? field.casedIndex : field.plainIndex;
  const [head, ...rest] = cue.words;
  if (head === undefined) return [];
  const found: number[] = [];
  for (const start of index.get(head) ?? []) {
    if (!rest.every((w, j) => words[start + 1 + j] === w)) continue;
    if (cue.acronym && field.shouted[start]) continue;
    found.push(start);
  }
  return found;
}
