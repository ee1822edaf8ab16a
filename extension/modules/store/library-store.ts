/**
 * Library operations. Each one is a single IndexedDB transaction that reads what it
 * needs and writes in the same transaction: IndexedDB runs read-write transactions on
 * the same store one after the other, so the popup and the side panel writing at the
 * same time cannot overwrite each other (edits are three-way merges, edit.ts).
 * Every record is validated by the shared zod schema before it is written.
 */
import { type CaptureChoices, newItemFromPage, nowIso, resaveItem } from '../../../shared/library/capture';
import { applyEdit, type ItemEdit } from '../../../shared/library/edit';
import type { Backup } from '../../../shared/library/import';
import { annotationIsNewer, decideMerge } from '../../../shared/library/merge';
import type { PageMetadata } from '../../../shared/library/metadata';
import { normalizeUrl } from '../../../shared/library/url';
import { type Annotation, AnnotationSchema } from '../../../shared/schemas/annotation';
import { type LibraryItem, LibraryItemSchema } from '../../../shared/schemas/clip';
import { CATALOG_LOG, CATALOG_SNAPSHOT, logBulk, logChanged, logReset } from './catalog-log';
import { type ChangeListener, type LibraryChange, LibraryChanges } from './changes';
import { DB_NAME, type LibraryDb, openLibraryDb, plain, type StoredItem } from './db';
import { throttledProgress } from './progress';
import { recentItems } from './recent';

export interface SaveResult {
  readonly item: LibraryItem;
  readonly created: boolean;
}

export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly annotations: number;
}

/** What a deletion removed, to put it back (undo). */
export interface DeletedSnapshot {
  readonly items: readonly LibraryItem[];
  readonly annotations: readonly Annotation[];
}

export interface WriteProgress {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export class LibraryValidationError extends Error {
  constructor(readonly issues: readonly unknown[]) {
    super('invalid library record');
  }
}

function toStored(item: LibraryItem): StoredItem {
  const result = LibraryItemSchema.safeParse(item);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return { ...result.data, urlKey: normalizeUrl(result.data.url) };
}

export { plain };

/** A later time than `previous`, even when the clock has not moved (two edits in one millisecond). */
function after(previous: string, now: string): string {
  const p = Date.parse(previous);
  return Date.parse(now) > p ? now : new Date(p + 1).toISOString();
}

export class LibraryStore {
  private readonly changes: LibraryChanges;

  private constructor(
    readonly db: LibraryDb,
    readonly name: string,
  ) {
    this.changes = new LibraryChanges(name);
  }

  /**
   * Opens the library; `name` lets tests and the bench use a database of their own.
   * `opening`: the connection when the page already opened it (the side panel opens it
   * before its code is loaded: library/first-screen.ts).
   */
  static async open(name = DB_NAME, opening: Promise<LibraryDb> = openLibraryDb(name)): Promise<LibraryStore> {
    return new LibraryStore(await opening, name);
  }

  close(): void {
    this.changes.close();
    this.db.close();
  }

  /** Changes made by this page or any other extension page (BroadcastChannel). */
  onChange(listener: ChangeListener): () => void {
    return this.changes.listen(listener);
  }

  /** Announces a change to this page's listeners and to the other extension pages (highlight-store.ts uses it too). */
  notify(change: LibraryChange): void {
    this.changes.emit(change);
  }

  // ------------------------------------------------------------------ reads

  async count(): Promise<number> {
    return this.db.count('items');
  }

  async get(id: string): Promise<LibraryItem | undefined> {
    const record = await this.db.get('items', id);
    return record && plain(record);
  }

  /** The item saved for this address (normalised: fragment, utm_*, trailing slash ignored). */
  async findByUrl(url: string): Promise<LibraryItem | undefined> {
    const record = await this.db.getFromIndex('items', 'urlKey', normalizeUrl(url));
    return record && plain(record);
  }

  async all(): Promise<LibraryItem[]> {
    return (await this.db.getAll('items')).map(plain);
  }

  /** The `limit` most recently added items, newest first (the side panel's first screen). */
  async recent(limit: number): Promise<LibraryItem[]> {
    return recentItems(this.db, limit);
  }

  async annotations(): Promise<Annotation[]> {
    return this.db.getAll('annotations');
  }

  async annotationsOf(itemId: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'itemId', itemId);
  }

  async quarantineCount(): Promise<number> {
    return this.db.count('quarantine');
  }

  /** Everything, for a backup: items and annotations read in one transaction (a consistent snapshot). */
  async exportData(): Promise<Backup> {
    const tx = this.db.transaction(['items', 'annotations']);
    const [items, annotations] = await Promise.all([tx.objectStore('items').getAll(), tx.objectStore('annotations').getAll()]);
    await tx.done;
    items.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    return { items: items.map(plain), annotations };
  }

  // ------------------------------------------------------------------ writes

  /**
   * Saves a page: a new item, or — when its address is already in the library — the
   * stored item refreshed with the user's changes. Looked up and written in one transaction.
   */
  async saveFromPage(
    meta: PageMetadata,
    choices: CaptureChoices,
    options: { now?: string; id?: string } = {},
  ): Promise<SaveResult> {
    const now = options.now ?? nowIso();
    const tx = this.db.transaction(['items', CATALOG_LOG], 'readwrite');
    const key = normalizeUrl(meta.url);
    const existing = await tx.objectStore('items').index('urlKey').get(key);
    let item: LibraryItem;
    if (existing) {
      item = resaveItem(plain(existing), meta, choices, after(existing.updatedAt, now));
    } else {
      item = newItemFromPage(meta, choices, options.id ?? crypto.randomUUID(), now);
    }
    const stored = toStored(item);
    await tx.objectStore('items').put(stored);
    logChanged(tx, [item.id]);
    await tx.done;
    this.notify({ type: 'items', ids: [item.id] });
    return { item, created: !existing };
  }

  /** Writes a whole item (validated). For the bench and tests, and for restoring. */
  async put(item: LibraryItem): Promise<void> {
    const tx = this.db.transaction(['items', CATALOG_LOG], 'readwrite');
    tx.objectStore('items').put(toStored(item));
    logChanged(tx, [item.id]);
    await tx.done;
    this.notify({ type: 'items', ids: [item.id] });
  }

  /** Applies an edit made in a page (three-way merge against the stored item, edit.ts). */
  async update(id: string, edit: ItemEdit, now = nowIso()): Promise<LibraryItem | undefined> {
    const tx = this.db.transaction(['items', CATALOG_LOG], 'readwrite');
    const current = await tx.objectStore('items').get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    const edited = applyEdit(plain(current), edit);
    const item = { ...edited, updatedAt: after(current.updatedAt, now) };
    await tx.objectStore('items').put(toStored(item));
    logChanged(tx, [id]);
    await tx.done;
    this.notify({ type: 'items', ids: [id] });
    return item;
  }

  /**
   * Adds or replaces annotations (highlights, notes on a page), validated by the shared
   * schema, in one transaction; each must belong to a stored item, or nothing is written.
   */
  async putAnnotations(annotations: readonly Annotation[]): Promise<void> {
    const valid = annotations.map((a) => {
      const result = AnnotationSchema.safeParse(a);
      if (!result.success) throw new LibraryValidationError(result.error.issues);
      return result.data;
    });
    const tx = this.db.transaction(['items', 'annotations', CATALOG_LOG], 'readwrite');
    const itemIds = [...new Set(valid.map((a) => a.itemId))];
    for (const id of itemIds) {
      if (!(await tx.objectStore('items').getKey(id))) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new LibraryValidationError([{ code: 'custom', path: ['itemId'], message: `unknown item ${id}` }]);
      }
    }
    for (const annotation of valid) tx.objectStore('annotations').put(annotation);
    logChanged(tx, itemIds);
    await tx.done;
    this.notify({ type: 'items', ids: itemIds });
  }

  async deleteAnnotations(ids: readonly string[]): Promise<void> {
    const tx = this.db.transaction(['annotations', CATALOG_LOG], 'readwrite');
    const annotations = tx.objectStore('annotations');
    const itemIds = new Set<string>();
    for (const id of ids) {
      const annotation = await annotations.get(id);
      if (!annotation) continue;
      itemIds.add(annotation.itemId);
      annotations.delete(id);
    }
    logChanged(tx, itemIds);
    await tx.done;
    if (itemIds.size) this.notify({ type: 'items', ids: [...itemIds] });
  }

  /** Deletes items and their annotations; returns what was removed, for undo. */
  async delete(ids: readonly string[]): Promise<DeletedSnapshot> {
    const tx = this.db.transaction(['items', 'annotations', CATALOG_LOG], 'readwrite');
    const items = tx.objectStore('items');
    const annotations = tx.objectStore('annotations');
    const removedItems: LibraryItem[] = [];
    const removedAnnotations: Annotation[] = [];
    for (const id of ids) {
      const record = await items.get(id);
      if (!record) continue;
      removedItems.push(plain(record));
      for (const annotation of await annotations.index('itemId').getAll(id)) {
        removedAnnotations.push(annotation);
        annotations.delete(annotation.id);
      }
      items.delete(id);
    }
    logChanged(
      tx,
      removedItems.map((i) => i.id),
    );
    await tx.done;
    if (removedItems.length) this.notify({ type: 'items', ids: removedItems.map((i) => i.id) });
    return { items: removedItems, annotations: removedAnnotations };
  }

  /**
   * Puts deleted items back. An item whose address was saved again in the meantime is
   * not restored over the newer record; returns how many items came back.
   */
  async restore(snapshot: DeletedSnapshot): Promise<number> {
    const tx = this.db.transaction(['items', 'annotations', CATALOG_LOG], 'readwrite');
    const items = tx.objectStore('items');
    const annotations = tx.objectStore('annotations');
    const restored: string[] = [];
    for (const item of snapshot.items) {
      const stored = toStored(item);
      if ((await items.get(item.id)) || (await items.index('urlKey').getKey(stored.urlKey))) continue;
      items.put(stored);
      restored.push(item.id);
    }
    for (const annotation of snapshot.annotations) if (restored.includes(annotation.itemId)) annotations.put(annotation);
    logChanged(tx, restored);
    await tx.done;
    if (restored.length) this.notify({ type: 'items', ids: restored });
    return restored.length;
  }

  /**
   * Imports a validated backup (import.ts validateBackup) in ONE transaction: either
   * everything is written or — on error or cancellation — nothing is. Progress counts
   * the writes as IndexedDB completes them; aborting `signal` aborts the transaction.
   */
  async importBackup(backup: Backup, { signal, onProgress }: WriteProgress = {}): Promise<ImportSummary> {
    if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
    const tx = this.db.transaction(['items', 'annotations', CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
    const items = tx.objectStore('items');
    const annotations = tx.objectStore('annotations');
    const onAbort = () => {
      try {
        tx.abort();
      } catch {
        // already finished: nothing to undo
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const [storedItems, storedAnnotations] = await Promise.all([items.getAll(), annotations.getAll()]);
      const byId = new Map(storedItems.map((r) => [r.id, r]));
      const byUrl = new Map(storedItems.map((r) => [r.urlKey, r]));
      const annotationById = new Map(storedAnnotations.map((a) => [a.id, a]));
      const idMap = new Map<string, string>();
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      let conflicts = 0;
      const writes: StoredItem[] = [];
      for (const incoming of backup.items) {
        const key = normalizeUrl(incoming.url);
        const decision = decideMerge(incoming, byId.get(incoming.id), byUrl.get(key));
        if (decision.action === 'add' || decision.action === 'replace') {
          const stored = toStored(decision.item);
          writes.push(stored);
          byId.set(stored.id, stored);
          byUrl.set(stored.urlKey, stored);
          idMap.set(incoming.id, stored.id);
          if (decision.action === 'add') added++;
          else updated++;
        } else {
          idMap.set(incoming.id, decision.keptId);
          if (decision.action === 'keep') unchanged++;
          else conflicts++;
        }
      }
      const annotationWrites: Annotation[] = [];
      for (const incoming of backup.annotations) {
        const itemId = idMap.get(incoming.itemId) ?? incoming.itemId;
        const annotation = AnnotationSchema.parse({ ...incoming, itemId });
        if (annotationIsNewer(annotation, annotationById.get(annotation.id))) annotationWrites.push(annotation);
      }
      logBulk(tx, [...writes.map((r) => r.id), ...annotationWrites.map((a) => a.itemId)]);
      const progress = throttledProgress(writes.length + annotationWrites.length, onProgress);
      // All requests are queued at once; the transaction commits only when every one succeeded.
      const requests = [
        ...writes.map((r) => items.put(r).then(progress)),
        ...annotationWrites.map((a) => annotations.put(a).then(progress)),
      ];
      await Promise.all([...requests, tx.done]);
      this.notify({ type: 'reset' });
      return { added, updated, unchanged, conflicts, annotations: annotationWrites.length };
    } catch (error) {
      onAbort();
      await tx.done.catch(() => {});
      if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
      throw error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Deletes everything (options page, after confirmation). */
  async clear(): Promise<void> {
    const tx = this.db.transaction(['items', 'annotations', 'quarantine', CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
    logReset(tx);
    await Promise.all([
      tx.objectStore('items').clear(),
      tx.objectStore('annotations').clear(),
      tx.objectStore('quarantine').clear(),
      tx.done,
    ]);
    this.notify({ type: 'reset' });
  }
}

/**
 * Asks the browser to keep the library even under storage pressure. Window-only API
 * (absent in the service worker); with `unlimitedStorage` Chrome usually grants it.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    if (!storage?.persist) return false;
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
