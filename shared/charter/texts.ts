/**
 * The charter's paragraphs (with its footnote, source and correction note) in each language, as loaded. French — the text
 * that is signed — is always here; the English translation is a separate module
 * (vocab/charter-en.ts), fetched by `loadCharterTexts('en')` when a page shows
 * it. The synchronous functions of text.ts and document.ts read from here:
 * for English, await `loadCharterTexts('en')` first (the async ones —
 * createCharterRecord, verifyCharterRecord — do it themselves).
 */
import type { Locale } from '../i18n/locale';
import { CHARTER_FR, type CharterTexts } from '../vocab/charter-model';

const loaded: Partial<Record<Locale, CharterTexts>> = { fr: CHARTER_FR };
let english: Promise<void> | undefined;

export function hasCharterTexts(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** The words of `locale`; throws when English was not loaded (never French in its place: the text is signed). */
export function charterTexts(locale: Locale): CharterTexts {
  const texts = loaded[locale];
  if (!texts) throw new Error(`[binome] charter text "${locale}" not loaded: await loadCharterTexts("${locale}") first`);
  return texts;
}

/** Fetches the words of `locale` if needed (a failed fetch is retried next time). */
export function loadCharterTexts(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  english ??= import('../vocab/charter-en').then(
    (m) => {
      loaded.en = m.CHARTER_EN;
    },
    (error: unknown) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}
