/**
 * Opt-in persistence (`storage-key`): the host page's localStorage by default, or any
 * `store` with the same two methods (the extension passes its IndexedDB). Loaded only
 * by elements that have a storage key.
 */

import type { ChecklistState } from '../../shared/checklist/evaluation';
import { parseStored } from '../../shared/checklist/io';
import { toStored } from '../../shared/checklist/records';
import type { Locale } from '../../shared/i18n/locale';
import { localStore } from '../internal/local-store';
import { warn } from '../internal/warn';
import type { ChecklistStore } from './checklist';
import { ioMessages } from './messages-io';

/** localStorage under `binome:checklist:<key>`: the kit's local store. */
export const localStorageStore: ChecklistStore = localStore('binome:checklist:');

export type LoadResult = { state?: ChecklistState; error?: string };

/**
 * The stored state if any and valid; invalid data is copied to `<key>:illisible` before anything overwrites it.
 * `el`, the element named in the console warning (the widget; without one, the returned message alone tells).
 */
export async function loadState(
  store: ChecklistStore = localStorageStore,
  key: string,
  locale: Locale,
  el?: Element,
): Promise<LoadResult> {
  try {
    const raw = await store.load(key);
    if (raw == null) return {};
    const result = parseStored(raw, locale);
    if (result.ok) return { state: result.data };
    if (el) warn(el, `storage-key="${key}" : ${result.message}`);
    await store.save(`${key}:illisible`, raw);
    return { error: ioMessages[locale].storedInvalid(result.message) };
  } catch (error) {
    if (el) warn(el, 'lecture impossible', error);
    return { error: ioMessages[locale].storageFailed };
  }
}

/** Resolves to an error message, or undefined once saved (`el` as for loadState). */
export async function saveState(
  store: ChecklistStore = localStorageStore,
  key: string,
  state: ChecklistState,
  locale: Locale,
  el?: Element,
) {
  try {
    await store.save(key, toStored(state));
  } catch (error) {
    if (el) warn(el, 'enregistrement impossible', error);
    return ioMessages[locale].storageFailed;
  }
}
