/**
 * The HAS model charter in both languages, for code that wants them together
 * (documentation, tests, exports): the French text of charter-model.ts
 * (re-exported here, with its source and correction notes) paired with the
 * English translation of charter-en.ts. Widgets read charter-model.ts and
 * load the translation only when they show it (shared/charter/texts.ts).
 */
import type { Locale, LocalizedText } from '../i18n/locale';
import { CHARTER_EN } from './charter-en';
import { CHARTER_FR, CHARTER_LAYOUT, type CharterBlockKind, type CharterTexts, charterBlocksIn } from './charter-model';

export { CHARTER_EN, CHARTER_PLACEHOLDER_EN } from './charter-en';
export * from './charter-model';

const TEXTS: Record<Locale, CharterTexts> = { fr: CHARTER_FR, en: CHARTER_EN };
const pair = (key: 'footnote' | 'correctionNote' | 'source'): LocalizedText => ({ fr: CHARTER_FR[key], en: CHARTER_EN[key] });

/** Footnote 46 of the guide (l.998): the text of article 226-13 of the Code pénal. */
export const CHARTER_FOOTNOTE: LocalizedText = pair('footnote');

export const CHARTER_CORRECTION_NOTE: LocalizedText = pair('correctionNote');

export const CHARTER_SOURCE: LocalizedText = pair('source');

export interface CharterBlock {
  readonly kind: CharterBlockKind;
  readonly text: LocalizedText;
  /** The block carries the guide's footnote 46 (CHARTER_FOOTNOTE). */
  readonly footnote?: boolean;
}

export const CHARTER_BLOCKS: readonly CharterBlock[] = CHARTER_LAYOUT.map((layout, i) => ({
  kind: layout.kind,
  ...(layout.footnote ? { footnote: true } : {}),
  text: { fr: CHARTER_FR.blocks[i] ?? '', en: CHARTER_EN.blocks[i] ?? '' },
}));

/** The charter's blocks in a locale, the placeholder replaced by the quoted project title (kept when the title is blank). */
export function charterBlocks(
  projectTitle: string,
  locale: Locale,
): { kind: CharterBlockKind; text: string; footnote: boolean }[] {
  return charterBlocksIn(TEXTS[locale], projectTitle, locale);
}

/** The charter's paragraphs and list items as plain strings (the text that is signed and hashed). */
export function charterText(projectTitle: string, locale: Locale): string[] {
  return charterBlocks(projectTitle, locale).map((block) => block.text);
}
