/**
 * Opt-in persistence (`storage-key`): the host page's localStorage by default, or any
 * `store` with the same two methods (the extension passes its IndexedDB). Loaded only
 * by elements that have a storage key.
 */

import type { ChecklistState } from '../../shared/checklist/evaluation';
import { parseStored } from '../../shared/checklist/io';
import { toStored } from '../../shared/checklist/records';
import type { Locale } from '../../shared/i18n/locale';
import type { ChecklistStore } from './checklist';
import { ioMessages } from './messages-io';

const PREFIX = 'binome:checklist:';

/** Unreadable JSON comes back as its raw text, to be kept aside rather than lost. */
export const localStorageStore: ChecklistStore = {
  async load(key) {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  },
  async save(key, value) {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  },
};

export type LoadResult = { state?: ChecklistState; error?: string };

/** The stored state if any and valid; invalid data is copied to `<key>:illisible` before anything overwrites it. */
export async function loadState(store: ChecklistStore = localStorageStore, key: string, locale: Locale): Promise<LoadResult> {
  try {
    const raw = await store.load(key);
    if (raw == null) return {};
    const result = parseStored(raw, locale);
    if (result.ok) return { state: result.data };
    console.warn(`[binome] <pp-checklist storage-key="${key}"> : ${result.message}`);
    await store.save(`${key}:illisible`, raw);
    return { error: ioMessages[locale].storedInvalid(result.message) };
  } catch (error) {
    console.warn('[binome] <pp-checklist> : lecture impossible', error);
    return { error: ioMessages[locale].storageFailed };
  }
}

/** Resolves to an error message, or undefined once saved. */
export async function saveState(store: ChecklistStore = localStorageStore, key: string, state: ChecklistState, locale: Locale) {
  try {
    await store.save(key, toStored(state));
  } catch (error) {
    console.warn('[binome] <pp-checklist> : enregistrement impossible', error);
    return ioMessages[locale].storageFailed;
  }
}
