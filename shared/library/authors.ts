/**
 * Authors as pages give them: people ("Marie Dupont", "Dupont, Marie", "DUPONT Marie") and
 * organisations ("Direction de la qualité et des usagers", "Haute Autorité de santé").
 *
 * The stored author is the page's string; whether it names a person is decided here, from
 * its shape, when it matters: splitting a field that may list several people, and writing
 * reference formats (RIS and BibTeX read "Last, First"; an organisation must stay one
 * corporate name — BibTeX would otherwise file "Haute Autorité de santé" under « santé »).
 * When in doubt the name is an organisation: kept whole, a name is never mangled.
 *
 * No DOM, no vocabulary: metadata.ts imports it into the small injected page reader.
 */

/** Words no personal name holds. */
const ORGANISATION_WORDS =
  /(?<!\p{L})(autorit[eé]|minist[eè]re|agence|association|universit[eé]|h[oô]pita\p{L}*|centre|center|institut|soci[eé]t[eé]|f[eé]d[eé]ration|conseil|comit[eé]|coll[eè]ge|direction|ordre|assos|organisation|organization|caisse|office|groupe|r[eé]seau|[eé]cole|commission|sant[eé]|health|fondation|foundation|laboratoire|service|d[eé]partement|department|unit[eé]|p[oô]le|mission|observatoire|collectif|union|syndicat|acad[eé]mie|academy|clinique|clinic|mutuelle|r[eé]gion|gouvernement|government|r[eé]publique|ligue|maison|plateforme|coordination|secr[eé]tariat|bureau|cellule|[eé]quipe|team|group|council|committee|society|agency|ministry|university|hospital|school|network|inc|ltd|sarl|sas)(?!\p{L})/iu;
const ORGANISATION_ACRONYMS =
  /(?<!\p{L})(ARS|HAS|CHU|CHRU|CHR|CH|CNOM|URPS|CPTS|ONG|INSERM|Inserm|ANSM|DREES|DGOS|DGS|CNAM|CNSA|ANAP|INCa|APHP|AP-HP|OMS|WHO|NHS|CNRS|CPAM|MSA|GHT|ORS|IREPS)(?!\p{L})/u;

/** Lower-case particles that sit inside a name: "Jean de La Fontaine", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'zu',
  'y',
]);

/** A capitalised word, an initial ("M.", "M.-C."), a hyphenated or elided name ("Jean-Pierre", "O'Brien", "d'Alembert"). */
const NAME_WORD = /^(?:[dl]['’])?\p{Lu}[\p{L}\p{M}'’.-]*$/u;

export interface PersonName {
  /** With its particles: "de La Fontaine". */
  readonly family: string;
  readonly given: string;
}

/** A family name in capitals ("DUPONT", "LE-GALL"); an initial ("M.") is not one. */
const isUpperWord = (word: string) => /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(word);

/** Name words and particles only, at least one name word, the last one a name word; never the word « and ». */
function nameWords(text: string, max: number): string[] | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > max) return undefined;
  if (words.some((w) => /^and$/i.test(w) || !(NAME_WORD.test(w) || PARTICLES.has(w)))) return undefined;
  if (!NAME_WORD.test(words[words.length - 1] as string)) return undefined;
  return words;
}

/**
 * The family and given names of a person, or undefined when `name` is not shaped like
 * a personal name (then it is an organisation, or something we will not take apart).
 */
export function personName(name: string): PersonName | undefined {
  const text = name.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80 || /\d/.test(text)) return undefined;
  if (ORGANISATION_WORDS.test(text) || ORGANISATION_ACRONYMS.test(text)) return undefined;
  const parts = text.split(',');
  if (parts.length === 2) {
    const family = nameWords(parts[0] as string, 4);
    const given = nameWords(parts[1] as string, 4);
    return family && given && NAME_WORD.test(given[0] as string)
      ? { family: family.join(' '), given: given.join(' ') }
      : undefined;
  }
  if (parts.length > 2) return undefined;
  const words = nameWords(text, 5);
  if (!words || words.length < 2 || !NAME_WORD.test(words[0] as string)) return undefined;
  // "DUPONT Marie": the French administrative order, family name first in capitals.
  if (isUpperWord(words[0] as string) && !words.slice(1).some(isUpperWord))
    return { family: words[0] as string, given: words.slice(1).join(' ') };
  // The family name starts at the first particle after the given name, else it is the last word.
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  const at = particle > 0 ? particle : words.length - 1;
  return { family: words.slice(at).join(' '), given: words.slice(0, at).join(' ') };
}

/**
 * One field that may name several people. Split only where the page says so: on « ; »,
 * or on commas and « et » / « and » / « & » when every part is a personal name
 * ("Marie Dupont, Paul Martin et Linh Nguyen"). "Direction de la qualité et des usagers"
 * and "Dupont, Marie" stay whole.
 */
export function splitAuthorList(value: string): string[] {
  const trimmed = (parts: string[]) => parts.map((p) => p.trim()).filter(Boolean);
  if (value.includes(';')) return trimmed(value.split(';'));
  const parts = trimmed(value.split(/,|\s+(?:et|and|&)\s+/));
  if (parts.length > 1 && parts.every((p) => personName(p))) return parts;
  const whole = value.trim();
  return whole ? [whole] : [];
}
