/**
 * Where a record is kept when `storage-key` is set (opt-in): the page's localStorage by
 * default; the extension passes its own IndexedDB-backed store through the `store` property.
 */
import { lazy } from '../internal/lazy';

export interface CharterStore {
  load(key: string): unknown | Promise<unknown>;
  save(key: string, value: unknown): void | Promise<void>;
}

// The kit's local store is fetched by the first read (a storage key set: the element reads it at
// once), long before a signature is saved; a page without a storage key never fetches it.
const local = lazy(() => import('../internal/local-store').then((m) => m.localStore('binome:charter:')));

/** localStorage under `binome:charter:<key>` (async); unreadable JSON comes back as its raw text (to be shown, never lost). */
export const localStorageCharterStore: CharterStore = {
  load: async (key) => (await local()).load(key),
  save: async (key, value) => (await local()).save(key, value),
};
