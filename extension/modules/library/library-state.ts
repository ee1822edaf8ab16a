/**
 * State of the library page (side panel or full page), as signals.
 *
 * First screen fast: the 50 most recent items are read from the createdAt index (by the
 * side panel while its code loads: first-screen.ts) and shown at once; then the whole
 * catalog (items, facets, search index) is read back as the page saved it last time, with
 * the changes logged since (store/catalog-snapshot.ts) — or, without a usable saved
 * catalog, built from every item and saved for the next opening — and the query, typed
 * meanwhile or not, runs on it. Changes made by other pages (popup, another window)
 * arrive through the store's change channel; those that arrive while the catalog is
 * being read are applied once it is.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  CATALOG_FORMAT,
  type CatalogResult,
  type FacetName,
  type FacetSelection,
  LibraryCatalog,
  type SortKey,
} from '../../../shared/library/catalog';
import type { ItemEdit } from '../../../shared/library/edit';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { markdownToText } from '../highlights/markdown';
import { type CatalogRead, readCatalog, saveCatalog } from '../store/catalog-snapshot';
import type { LibraryChange } from '../store/changes';
import type { DeletedSnapshot, LibraryStore } from '../store/library-store';
import type { RecentItems } from '../store/recent';
import { PAGE_SIZE, readFirstScreen } from './first-screen';

export type LoadState = 'opening' | 'recent' | 'ready' | 'error';
export type DetailMode = 'view' | 'edit';

export interface Notice {
  readonly kind: 'edited' | 'deleted' | 'restored' | 'not-restored' | 'changed';
  readonly title?: string;
}

function highlightTexts(annotations: readonly Annotation[]): string[] {
  return (
    annotations
      // Notes are Markdown: searched as their text (markup such as ** or [](…) is not a word).
      .flatMap((a) => [
        ...a.selectors.filter((s) => s.type === 'TextQuoteSelector').map((s) => s.exact),
        a.note ? markdownToText(a.note) : '',
      ])
      .filter(Boolean)
  );
}

/** A catalog read back with at least this many changes replayed is saved again (fewer: replayed next time too). */
const SAVE_AFTER_REPLAYS = 25;

function byItem(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const map = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = map.get(a.itemId);
    if (list) list.push(a);
    else map.set(a.itemId, [a]);
  }
  return map;
}

/** When the page is idle (the save serialises the whole catalog: tens of milliseconds at 10 000 items). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

export class LibraryState {
  readonly load = signal<LoadState>('opening');
  readonly error = signal<string | null>(null);
  /** How many items the library holds; null until counted (the first items come before the count). */
  readonly total = signal<number | null>(null);
  readonly text = signal('');
  readonly facets = signal<FacetSelection>({});
  readonly sort = signal<SortKey>('relevance');
  readonly result = signal<CatalogResult | null>(null);
  /** Items shown before the catalog is ready (the most recent ones). */
  readonly recent = signal<LibraryItem[]>([]);
  readonly visible = signal(PAGE_SIZE);
  readonly selectedId = signal<string | null>(null);
  readonly mode = signal<DetailMode>('view');
  readonly notice = signal<Notice | null>(null);
  readonly undo = signal<DeletedSnapshot | null>(null);
  /** Bumped when items change, so views of an item re-read it. */
  readonly revision = signal(0);

  readonly catalog = new LibraryCatalog();
  private annotationsByItem = new Map<string, Annotation[]>();
  private unsubscribe: (() => void) | null = null;
  /** Changes told while the catalog is being read: applied once it is ('reset': read it again). */
  private pending: Set<string> | 'reset' | null = null;
  /** How the catalog was last read (for tests and the bench), and the save that followed, if any. */
  lastRead: CatalogRead['kind'] | null = null;
  saving: Promise<boolean> | null = null;
  private stopped = false;
  /** When the last query started (performance.now()), for the search-latency measure. */
  pendingSearchStart: number | null = null;

  readonly hasFilters = computed(() => Object.values(this.facets.value).some((values) => (values?.length ?? 0) > 0));

  readonly selected = computed(() => {
    this.revision.value;
    const id = this.selectedId.value;
    return id ? (this.catalog.get(id) ?? this.recent.value.find((i) => i.id === id) ?? null) : null;
  });

  private readonly idle: () => Promise<void>;
  private readonly saveAfter: number;

  /** Options for tests: when to save the catalog (`idle`), after how many replayed changes (`saveAfter`). */
  constructor(
    readonly store: LibraryStore,
    { idle = whenIdle, saveAfter = SAVE_AFTER_REPLAYS }: { idle?: () => Promise<void>; saveAfter?: number } = {},
  ) {
    this.idle = idle;
    this.saveAfter = saveAfter;
  }

  /**
   * The first screen: the most recent items (read now, or given by the page). The count may
   * come after them: shown when it does, unless the whole library is loaded by then (which
   * counts it too).
   */
  async showRecent(first: RecentItems = readFirstScreen(this.store.db)): Promise<void> {
    try {
      first.total.then(
        (total) => {
          if (this.total.value === null) this.total.value = total;
        },
        () => undefined,
      );
      const recent = await first.recent;
      batch(() => {
        this.recent.value = recent;
        // Fewer than a page: that is the whole library, counted already.
        if (recent.length < PAGE_SIZE && this.total.value === null) this.total.value = recent.length;
        this.load.value = 'recent';
      });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Everything, into the catalog (search index and facets), then followed as it changes; resolves when ready. */
  async loadAll(): Promise<void> {
    if (this.load.value === 'error') return;
    try {
      this.unsubscribe = this.store.onChange((change) => void this.onChange(change));
      await this.reloadAll();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.error.value = error instanceof Error ? error.message : String(error);
    this.load.value = 'error';
  }

  stop(): void {
    this.unsubscribe?.();
    this.stopped = true;
  }

  private async reloadAll(): Promise<void> {
    this.pending = new Set();
    const read = await readCatalog(this.store.db, CATALOG_FORMAT);
    if (read.kind === 'saved') {
      this.catalog.restore(read.saved.catalog);
      this.annotationsByItem = byItem(read.saved.annotations);
      for (const [id, { item, annotations }] of read.changed) this.applyItem(id, item, annotations);
    } else {
      this.annotationsByItem = byItem(read.annotations);
      this.catalog.clear();
      this.catalog.upsertMany(read.items, (id) => highlightTexts(this.annotationsByItem.get(id) ?? []));
    }
    this.lastRead = read.kind;
    if (this.load.value !== 'ready') performance.mark('binome:ready');
    // Changed by onChange while the catalog was read (TypeScript cannot see that across the await).
    const pending = this.pending as Set<string> | 'reset' | null;
    this.pending = null;
    batch(() => {
      this.total.value = this.catalog.size;
      this.load.value = 'ready';
      this.revision.value++;
      this.runQuery();
    });
    if (read.kind === 'whole' || read.changed.size >= this.saveAfter) this.saving = this.saveLater(read.logKey);
    if (pending === 'reset') await this.reloadAll();
    else if (pending?.size) await this.onChange({ type: 'items', ids: [...pending] });
  }

  /** Saves the catalog for the next opening, labelled with the log key of the reading it started from. */
  private async saveLater(logKey: number): Promise<boolean> {
    await this.idle();
    if (this.stopped) return false;
    const annotations = [...this.annotationsByItem.values()].flat();
    try {
      const saved = await saveCatalog(this.store.db, logKey, { catalog: this.catalog.toSnapshot(), annotations });
      // For the bench: the next opening reads this record.
      if (saved) performance.mark('binome:catalog-saved');
      return saved;
    } catch (error) {
      // Only the next opening's speed depends on it: it reads every item instead.
      console.warn('[binome] library catalog not saved', error);
      return false;
    }
  }

  private applyItem(id: string, item: LibraryItem | undefined, annotations: Annotation[]): void {
    if (item) {
      this.annotationsByItem.set(id, annotations);
      this.catalog.upsert(item, highlightTexts(annotations));
    } else {
      this.annotationsByItem.delete(id);
      this.catalog.remove(id);
      if (this.selectedId.value === id) this.selectedId.value = null;
    }
  }

  annotationsOf(id: string): readonly Annotation[] {
    return this.annotationsByItem.get(id) ?? [];
  }

  private async onChange(change: LibraryChange): Promise<void> {
    const pending = this.pending;
    if (pending) {
      // The catalog is being read: it may or may not include this change — apply it after.
      if (change.type === 'reset') this.pending = 'reset';
      else if (pending !== 'reset') for (const id of change.ids) pending.add(id);
      return;
    }
    if (this.load.value !== 'ready') return;
    if (change.type === 'reset') {
      await this.reloadAll();
      return;
    }
    for (const id of change.ids) {
      const [item, annotations] = await Promise.all([this.store.get(id), this.store.annotationsOf(id)]);
      this.applyItem(id, item, annotations);
    }
    batch(() => {
      this.total.value = this.catalog.size;
      this.revision.value++;
      this.runQuery(false);
    });
  }

  /** Re-runs the query on the catalog (synchronous: well under the 30 ms budget at 10 000 items). */
  runQuery(resetPaging = true): void {
    if (this.load.value !== 'ready') return;
    const started = performance.now();
    const result = this.catalog.query({ text: this.text.value, facets: this.facets.value, sort: this.sort.value });
    performance.measure('binome:search-compute', { start: started });
    this.pendingSearchStart = started;
    batch(() => {
      this.result.value = result;
      if (resetPaging) this.visible.value = PAGE_SIZE;
    });
  }

  setText(text: string): void {
    this.text.value = text;
    this.runQuery();
  }

  setSort(sort: SortKey): void {
    this.sort.value = sort;
    this.runQuery();
  }

  toggleFacet(facet: FacetName, value: string, on: boolean): void {
    const current = this.facets.value[facet] ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    this.facets.value = { ...this.facets.value, [facet]: next };
    this.runQuery();
  }

  clearFilters(): void {
    this.facets.value = {};
    this.runQuery();
  }

  showMore(): void {
    this.visible.value += PAGE_SIZE;
  }

  select(id: string | null, mode: DetailMode = 'view'): void {
    batch(() => {
      this.selectedId.value = id;
      this.mode.value = mode;
    });
  }

  async saveEdit(id: string, edit: ItemEdit): Promise<LibraryItem | undefined> {
    const item = await this.store.update(id, edit);
    if (item) {
      this.catalog.upsert(item, highlightTexts(this.annotationsOf(id)));
      batch(() => {
        this.revision.value++;
        this.mode.value = 'view';
        this.notice.value = { kind: 'edited' };
        this.runQuery(false);
      });
    }
    return item;
  }

  async remove(id: string): Promise<void> {
    const snapshot = await this.store.delete([id]);
    this.catalog.remove(id);
    batch(() => {
      this.undo.value = snapshot;
      this.notice.value = { kind: 'deleted', title: snapshot.items[0]?.title };
      this.selectedId.value = null;
      this.total.value = this.catalog.size;
      this.recent.value = this.recent.value.filter((i) => i.id !== id);
      this.runQuery(false);
    });
  }

  async undoDelete(): Promise<void> {
    const snapshot = this.undo.value;
    if (!snapshot) return;
    const restored = await this.store.restore(snapshot);
    if (restored) {
      for (const item of snapshot.items) {
        const annotations = snapshot.annotations.filter((a) => a.itemId === item.id);
        this.annotationsByItem.set(item.id, [...annotations]);
        this.catalog.upsert(item, highlightTexts(annotations));
      }
    }
    batch(() => {
      this.undo.value = null;
      this.notice.value = { kind: restored ? 'restored' : 'not-restored' };
      this.total.value = this.catalog.size;
      this.runQuery(false);
    });
  }

  dismissNotice(): void {
    batch(() => {
      this.notice.value = null;
      this.undo.value = null;
    });
  }
}
