/**
 * Where a record is kept when `storage-key` is set (opt-in): the page's localStorage by
 * default; the extension passes its own IndexedDB-backed store through the `store` property.
 */
export interface CharterStore {
  load(key: string): unknown | Promise<unknown>;
  save(key: string, value: unknown): void | Promise<void>;
}

const PREFIX = 'binome:charter:';

/** localStorage under `binome:charter:<key>`; unreadable JSON comes back as its raw text (to be shown, never lost). */
export const localStorageCharterStore: CharterStore = {
  load(key) {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  },
  save(key, value) {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  },
};
