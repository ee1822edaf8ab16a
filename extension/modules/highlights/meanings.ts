/**
 * What a highlight colour means. Each meaning has a colour AND an underline pattern and a
 * text label, so that it never rests on colour alone (RGAA 3.1 / WCAG 1.4.1): the label
 * is shown in the toolbar and the side panel, the pattern on the page itself.
 * Backgrounds are light and the highlighted text is drawn in near-black, so contrast
 * stays above 7:1 whatever the page's own colours.
 */
export const UNDERLINE_PATTERNS = ['solid', 'wavy', 'double', 'dotted', 'dashed'] as const;
export type UnderlinePattern = (typeof UNDERLINE_PATTERNS)[number];

export interface Meaning {
  /** Stored as the annotation's `colour` (shared/schemas/annotation.ts): `^[a-z][a-z0-9_-]{0,31}$`. */
  readonly id: string;
  readonly label: string;
  /** Background, `#rrggbb`. */
  readonly colour: string;
  readonly pattern: UnderlinePattern;
}

export interface LocalizedMeaning {
  readonly id: string;
  readonly label: { readonly fr: string; readonly en: string };
  readonly colour: string;
  readonly pattern: UnderlinePattern;
}

/** The default set, tied to what partnership readers do with a passage. */
export const DEFAULT_MEANINGS: readonly LocalizedMeaning[] = [
  { id: 'a-retenir', label: { fr: 'À retenir', en: 'Key point' }, colour: '#fde68a', pattern: 'solid' },
  { id: 'question', label: { fr: 'Question', en: 'Question' }, colour: '#bfdbfe', pattern: 'wavy' },
  { id: 'a-citer', label: { fr: 'À citer', en: 'To quote' }, colour: '#bbf7d0', pattern: 'double' },
];

/** Colours offered for the user's own meanings (all light enough for near-black text). */
export const CUSTOM_COLOURS: readonly string[] = ['#fbcfe8', '#fed7aa', '#ddd6fe', '#e5e7eb', '#a5f3fc'];

/** How a highlight whose meaning is unknown here (deleted meaning, imported annotation) is drawn. */
export const FALLBACK_MEANING: Meaning = { id: 'autre', label: 'Autre', colour: '#e5e7eb', pattern: 'dashed' };

export function localizeMeanings(meanings: readonly LocalizedMeaning[], locale: 'fr' | 'en'): Meaning[] {
  return meanings.map((m) => ({ id: m.id, label: m.label[locale], colour: m.colour, pattern: m.pattern }));
}

export const MEANING_ID = /^[a-z][a-z0-9_-]{0,31}$/;
export const MEANING_COLOUR = /^#[0-9a-f]{6}$/i;

/** Only well-formed meanings reach CSS text: ids are CSS identifiers, colours hex, patterns from the list. */
export function isSafeMeaning(m: Meaning): boolean {
  return MEANING_ID.test(m.id) && MEANING_COLOUR.test(m.colour) && (UNDERLINE_PATTERNS as readonly string[]).includes(m.pattern);
}
