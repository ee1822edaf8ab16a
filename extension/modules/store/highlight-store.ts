/**
 * Highlights on the live page, in the library database (issue 8, part B). Every write is
 * ONE IndexedDB transaction over `items` and `annotations`: saving a highlight creates or
 * refreshes the page's library item and stores the annotation together, so an annotation
 * never exists without its item (and a failure writes nothing). Records are validated by
 * the shared schemas before writing; `modified` is bumped on every user edit.
 *
 * Changes are announced as `{ type: 'items', ids: [itemId] }` on the library's change
 * channel: listeners (library-state.ts, the side panel's page view, the background) re-read
 * the item AND its annotations.
 */

import type { Locale } from '../../../shared/i18n/locale';
import { type CaptureChoices, metadataFromAddress, newItemFromPage, nowIso } from '../../../shared/library/capture';
import { classifyPage } from '../../../shared/library/classify';
import { normalizeUrl } from '../../../shared/library/url';
import { type Annotation, AnnotationSchema, type Selector } from '../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { CATALOG_LOG, logChanged } from './catalog-log';
import { type LibraryStore, LibraryValidationError, plain } from './library-store';

export interface NewHighlight {
  readonly url: string;
  readonly title: string;
  readonly selectors: readonly Selector[];
  readonly colour: string;
  readonly note?: string;
}

export interface HighlightEdit {
  readonly colour?: string;
  readonly note?: string;
}

export interface SavedHighlight {
  readonly annotation: Annotation;
  readonly item: LibraryItem;
  /** True when the page was not in the library before this highlight. */
  readonly createdItem: boolean;
}

/** An anchoring result, as the page reports it (protocol.ts AnchorReport): only the orphan flag is stored. */
export interface OrphanFlag {
  readonly id: string;
  readonly status: 'anchored' | 'orphan';
}

/** A later time than `previous`, even when the clock has not moved (two edits in one millisecond). */
function after(previous: string, now: string): string {
  const p = Date.parse(previous);
  return Date.parse(now) > p ? now : new Date(p + 1).toISOString();
}

function validAnnotation(candidate: unknown): Annotation {
  const result = AnnotationSchema.safeParse(candidate);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return result.data;
}

function cleanNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim();
  return trimmed ? trimmed : undefined;
}

export class HighlightStore {
  constructor(
    readonly library: LibraryStore,
    private readonly locale: Locale = 'fr',
  ) {}

  private get db() {
    return this.library.db;
  }

  /** The page's item and its annotations (address normalised as the library does: url.ts). */
  async ofPage(url: string): Promise<{ item: LibraryItem | undefined; annotations: Annotation[] }> {
    const tx = this.db.transaction(['items', 'annotations']);
    const record = await tx.objectStore('items').index('urlKey').get(normalizeUrl(url));
    const annotations = record ? await tx.objectStore('annotations').index('itemId').getAll(record.id) : [];
    await tx.done;
    return { item: record && plain(record), annotations };
  }

  async get(id: string): Promise<Annotation | undefined> {
    return this.db.get('annotations', id);
  }

  /**
   * Saves a new highlight: the page's item is created (classified like a quick save) or
   * refreshed (consulted and updated now), and the annotation written, in one transaction.
   */
  async save(input: NewHighlight, options: { now?: string; id?: string; itemId?: string } = {}): Promise<SavedHighlight> {
    const now = options.now ?? nowIso();
    const id = options.id ?? crypto.randomUUID();
    const key = normalizeUrl(input.url);
    // Everything that is not IndexedDB is prepared before the transaction (it would close on an await).
    const meta = metadataFromAddress(input.url, input.title || undefined);
    const suggestion = classifyPage(meta, this.locale);
    const choices: CaptureChoices = {
      resourceType: suggestion.resourceType,
      domains: suggestion.domains.map((d) => d.id),
      tags: [],
    };
    const fresh = newItemFromPage(meta, choices, options.itemId ?? crypto.randomUUID(), now);
    const draft = (itemId: string) =>
      validAnnotation({
        id,
        itemId,
        source: input.url,
        selectors: input.selectors,
        colour: input.colour,
        ...(cleanNote(input.note) ? { note: cleanNote(input.note) } : {}),
        created: now,
        modified: now,
      });
    draft(fresh.id); // validates before any write

    const tx = this.db.transaction(['items', 'annotations', CATALOG_LOG], 'readwrite');
    const items = tx.objectStore('items');
    try {
      const existing = await items.index('urlKey').get(key);
      let item: LibraryItem;
      if (existing) {
        item = { ...plain(existing), consultedAt: now, updatedAt: after(existing.updatedAt, now) };
        items.put({ ...item, urlKey: existing.urlKey });
      } else {
        item = fresh;
        items.put({ ...fresh, urlKey: key });
      }
      const annotation = draft(item.id);
      tx.objectStore('annotations').put(annotation);
      logChanged(tx, [item.id]);
      await tx.done;
      this.library.notify({ type: 'items', ids: [item.id] });
      return { annotation, item, createdItem: !existing };
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  }

  /** Changes a highlight's meaning and/or note; returns the stored record, or undefined if it no longer exists. */
  async edit(id: string, edit: HighlightEdit, now = nowIso()): Promise<Annotation | undefined> {
    return this.rewrite(id, (current) => {
      const next: Record<string, unknown> = { ...current };
      if (edit.colour !== undefined) next.colour = edit.colour;
      if (edit.note !== undefined) {
        const note = cleanNote(edit.note);
        if (note) next.note = note;
        else delete next.note;
      }
      next.modified = after(current.modified, now);
      return next;
    });
  }

  /** Re-attaches an orphan to a new selection: new selectors, orphan flag cleared, same id. */
  async reattach(id: string, selectors: readonly Selector[], now = nowIso()): Promise<Annotation | undefined> {
    return this.rewrite(id, (current) => {
      const { orphan: _orphan, ...rest } = current;
      return { ...rest, selectors, modified: after(current.modified, now) };
    });
  }

  private async rewrite(id: string, change: (current: Annotation) => unknown): Promise<Annotation | undefined> {
    const current = await this.db.get('annotations', id);
    if (!current) return undefined;
    const next = validAnnotation(change(current)); // throws before the transaction: nothing written
    const tx = this.db.transaction(['annotations', CATALOG_LOG], 'readwrite');
    const annotations = tx.objectStore('annotations');
    // Re-checked inside the write transaction: deleted meanwhile by another page → not resurrected.
    const still = await annotations.get(id);
    if (!still) {
      await tx.done;
      return undefined;
    }
    annotations.put(next);
    logChanged(tx, [next.itemId, still.itemId]);
    await tx.done;
    this.library.notify({ type: 'items', ids: [next.itemId] });
    return next;
  }

  /** Deletes highlights; returns them, to put them back (undo). */
  async delete(ids: readonly string[]): Promise<Annotation[]> {
    const tx = this.db.transaction(['annotations', CATALOG_LOG], 'readwrite');
    const annotations = tx.objectStore('annotations');
    const removed: Annotation[] = [];
    for (const id of ids) {
      const annotation = await annotations.get(id);
      if (!annotation) continue;
      removed.push(annotation);
      annotations.delete(id);
    }
    logChanged(
      tx,
      removed.map((a) => a.itemId),
    );
    await tx.done;
    if (removed.length) this.library.notify({ type: 'items', ids: [...new Set(removed.map((a) => a.itemId))] });
    return removed;
  }

  /** Undo of `delete`: puts the highlights back when their item still exists; returns how many came back. */
  async restore(annotations: readonly Annotation[]): Promise<number> {
    const valid = annotations.map(validAnnotation);
    const tx = this.db.transaction(['items', 'annotations', CATALOG_LOG], 'readwrite');
    const restored: Annotation[] = [];
    for (const annotation of valid) {
      if (!(await tx.objectStore('items').getKey(annotation.itemId))) continue;
      tx.objectStore('annotations').put(annotation);
      restored.push(annotation);
    }
    logChanged(
      tx,
      restored.map((a) => a.itemId),
    );
    await tx.done;
    if (restored.length) this.library.notify({ type: 'items', ids: [...new Set(restored.map((a) => a.itemId))] });
    return restored.length;
  }

  /**
   * Stores the orphan flags of anchoring results (`render` replies, `report` events) in one
   * transaction. Only flags that change are written; `modified` is left alone (a flag is the
   * page's state, not the user's edit — the import's "newer wins" rule keeps meaning that).
   * Returns the ids whose flag changed.
   */
  async setOrphanFlags(results: readonly OrphanFlag[]): Promise<string[]> {
    if (!results.length) return [];
    const tx = this.db.transaction(['annotations', CATALOG_LOG], 'readwrite');
    const annotations = tx.objectStore('annotations');
    const changed: Annotation[] = [];
    for (const result of results) {
      const current = await annotations.get(result.id);
      if (!current) continue;
      const orphan = result.status === 'orphan';
      if (Boolean(current.orphan) === orphan) continue;
      const { orphan: _previous, ...rest } = current;
      const next = orphan ? { ...rest, orphan: true } : rest;
      annotations.put(next);
      changed.push(next);
    }
    logChanged(
      tx,
      changed.map((a) => a.itemId),
    );
    await tx.done;
    if (changed.length) this.library.notify({ type: 'items', ids: [...new Set(changed.map((a) => a.itemId))] });
    return changed.map((a) => a.id);
  }
}
