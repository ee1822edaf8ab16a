/**
 * The interface language of an extension page: the user's choice in the options
 * ('auto' follows the browser: English for an English browser, French otherwise),
 * applied live when it changes in another page.
 */
import { computed, signal } from '@preact/signals';
import type { Locale } from '../../../shared/i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { resolveSetting } from '../i18n/resolve';
import type { LocaleSetting, Platform } from '../platform/platform';

export const locale = signal<Locale>('fr');
export const messages = computed(() => MESSAGES[locale.value]);

function apply(setting: LocaleSetting): void {
  locale.value = resolveSetting(setting);
  document.documentElement.lang = locale.value;
}

/**
 * Reads the setting, applies it to the page (`<html lang>`) and follows its changes.
 * `stored`: the settings when the page already started reading them.
 */
export async function initLocale(platform: Platform, stored = platform.getSettings()): Promise<() => void> {
  apply((await stored).locale);
  return platform.onSettingsChange((settings) => apply(settings.locale));
}
