/**
 * Meaning id → label, for exports: the default meanings in the interface language, then
 * the user's own (read from storage when the page can; outside the extension — tests —
 * only the defaults).
 */
import type { Locale } from '../../../shared/i18n/locale';
import { localArea } from './browser-apis';
import { allMeanings, loadUserMeanings } from './meaning-settings';

export async function highlightMeaningLabels(locale: Locale): Promise<Record<string, string>> {
  const user = await loadUserMeanings(localArea).catch(() => []);
  return Object.fromEntries(allMeanings(user, locale).map((m) => [m.id, m.label]));
}
