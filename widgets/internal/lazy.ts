/**
 * A part fetched on demand (`lazy` around a dynamic import): loaded once, shared by every element
 * of the page, and readable synchronously (`.value`) once there — a render cannot await.
 * A failed load is forgotten, so the next call fetches again: a chunk lost to one network blip
 * must not refuse every later save until the page reloads.
 */
export interface Lazy<T> {
  (): Promise<T>;
  /** The loaded value; undefined until a load has succeeded. */
  readonly value: T | undefined;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  const get = (() =>
    (loading ??= load().then(
      (value) => ((get as { value?: T }).value = value),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ))) as Lazy<T>;
  return get;
}
