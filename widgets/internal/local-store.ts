/**
 * A widget's opt-in persistence (`storage-key`) in the page's localStorage: JSON under
 * `<prefix><key>`. Async like the stores a host may pass instead (the extension's IndexedDB).
 * Lazy: only an element with a storage key fetches it.
 */
export interface LocalStore {
  /** The value kept under `key`, undefined if none; unreadable JSON comes back as its raw text (to be shown or kept aside, never lost). */
  load(key: string): Promise<unknown>;
  /** Writes the whole value or nothing (the JSON is made before the write; localStorage writes an item whole). */
  save(key: string, value: unknown): Promise<void>;
}

/**
 * One readable error for what the browser refuses (storage disabled, private mode, quota full):
 * which item, what was refused, and the browser's own error as its cause.
 */
function refused(what: string, name: string, cause: unknown): Error {
  const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return new Error(`localStorage : ${what} de « ${name} » impossible (${why})`, { cause });
}

export function localStore(prefix: string): LocalStore {
  return {
    async load(key) {
      const name = prefix + key;
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch (error) {
        throw refused('lecture', name, error);
      }
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    },
    async save(key, value) {
      const name = prefix + key;
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch (error) {
        throw refused('enregistrement', name, error);
      }
    },
  };
}
