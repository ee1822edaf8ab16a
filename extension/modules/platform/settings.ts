/**
 * The extension's settings (the interface language), kept in storage.local: read by every
 * page before its first render — by the side panel's entry while the rest of its code
 * loads (library/first-screen.ts) — and followed when another page changes them.
 */
import { ext } from './ext';
import { DEFAULT_SETTINGS, type Settings } from './platform';

export const SETTINGS_KEY = 'binome.settings';

function readSettings(value: unknown): Settings {
  const raw = value && typeof value === 'object' ? (value as Partial<Settings>) : {};
  return { locale: raw.locale === 'fr' || raw.locale === 'en' ? raw.locale : DEFAULT_SETTINGS.locale };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await ext.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) listener(readSettings(changes[SETTINGS_KEY].newValue));
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
