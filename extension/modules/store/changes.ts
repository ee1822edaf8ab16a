/**
 * "The library changed": told to listeners in this page at once, and to the other
 * extension pages and the background through a BroadcastChannel (same extension origin).
 * The side panel refreshes, the background updates the toolbar badge.
 */
export type LibraryChange =
  /** These items were added, edited or deleted. */
  | { readonly type: 'items'; readonly ids: readonly string[] }
  /** Many changes at once (import, delete everything): reload. */
  | { readonly type: 'reset' };

export type ChangeListener = (change: LibraryChange) => void;

export class LibraryChanges {
  private readonly listeners = new Set<ChangeListener>();
  private readonly channel: BroadcastChannel | null;

  constructor(name: string) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`binome:${name}`) : null;
    if (this.channel) this.channel.onmessage = (event: MessageEvent<LibraryChange>) => this.dispatch(event.data);
  }

  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: LibraryChange): void {
    this.dispatch(change);
    this.channel?.postMessage(change);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }

  private dispatch(change: LibraryChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error('[binome] change listener failed', error);
      }
    }
  }
}
