/**
 * Record tools for hosts that handle charter records without the element (the extension,
 * a back office): build, sign, verify, hash, and start an adapted text from the model.
 * Loaded on demand through `loadCharterTools()`.
 */
import { paragraphsText } from '../../shared/charter/adapted';
import { charterParagraphs } from '../../shared/charter/text';
import { loadCharterTexts } from '../../shared/charter/texts';
import type { Locale } from '../../shared/i18n/locale';

export { adaptedParagraphs, paragraphsText, readAdaptedText } from '../../shared/charter/adapted';
export { canonicalJson } from '../../shared/charter/canonical';
export { charterCompletion } from '../../shared/charter/completion';
export { hashCanonical, sha256Hex } from '../../shared/charter/digest';
export { modelDiff } from '../../shared/charter/model-diff';
export { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../shared/charter/record';
export { verifyCharterRecord } from '../../shared/charter/verify';

/** The HAS model as the plain text `charter-text` takes, placeholder kept: where an establishment starts its adaptation. */
export async function charterModelText(locale: Locale = 'fr'): Promise<string> {
  await loadCharterTexts(locale);
  return paragraphsText(charterParagraphs('', locale).map((p) => p.text));
}
