/**
 * The library as the side panel queries it: items, their search index, facets
 * (domain, type, tag, site, year) and sorts. Pure and synchronous — the side panel
 * loads items from IndexedDB into it and re-runs the query on every keystroke.
 *
 * Facets are disjunctive, as in mature catalogues: values of one facet are OR-ed,
 * facets are AND-ed, and each facet's counts ignore its own selection (so choosing
 * "guide" still shows how many "formation" there are).
 */
import type { LibraryItem } from '../schemas/clip';
import { normalizeText } from '../text/normalize';
import { yearOf } from './dates';
import { SEARCH_VERSION, type SearchDocFields, SearchIndex, type SearchIndexSnapshot } from './search-index';
import { siteOf } from './url';

export const FACETS = ['domain', 'type', 'tag', 'site', 'year'] as const;
export type FacetName = (typeof FACETS)[number];
export type FacetSelection = Partial<Record<FacetName, readonly string[]>>;

export const SORTS = ['relevance', 'recent', 'oldest', 'title', 'published'] as const;
export type SortKey = (typeof SORTS)[number];

/** Year facet value for items whose page gives no date. */
export const NO_YEAR = 'none';

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface CatalogQuery {
  readonly text?: string;
  readonly facets?: FacetSelection;
  readonly sort?: SortKey;
}

export interface CatalogResult {
  /** Matching item ids, in the requested order. */
  readonly ids: readonly string[];
  /** Counts per facet value among the matches (disjunctive), most frequent first. */
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
  /** The sort actually applied ('relevance' without text falls back to 'recent'). */
  readonly sort: SortKey;
}

interface Entry {
  item: LibraryItem;
  /** Facet values as small integers (see FacetCodes): counting is array increments, not map updates. */
  codes: readonly ArrayLike<number>[];
  /** The title as sorted, computed on the first sort by title. */
  titleKey?: string;
}

function titleKeyOf(entry: Entry): string {
  entry.titleKey ??= normalizeText(entry.item.title);
  return entry.titleKey;
}

/**
 * Bump when the snapshot's layout or what the catalog derives from an item changes (facets,
 * searchFieldsOf, and the highlight texts the library page gives it: library-state.ts
 * highlightTexts, markdownToText); the search index has its own version (SEARCH_VERSION).
 */
const CATALOG_LAYOUT = 1;

/** The format a saved catalog must have to be read back; anything else is rebuilt from the items. */
export const CATALOG_FORMAT = `catalog-${CATALOG_LAYOUT}/search-${SEARCH_VERSION}`;

/**
 * The catalog as plain data (LibraryCatalog.toSnapshot): the items in the catalog's order,
 * each facet's values, every item's facet codes (item i, facet f: codes[starts[i × F + f]
 * .. starts[i × F + f + 1]), F = FACETS.length) and the search index.
 */
export interface CatalogSnapshot {
  readonly format: string;
  readonly items: readonly LibraryItem[];
  readonly facetValues: readonly (readonly string[])[];
  readonly codeStarts: Int32Array;
  readonly codes: Int32Array;
  readonly index: SearchIndexSnapshot;
}

/** Interning of one facet's values: value ↔ code. Grows only; codes of vanished values just count 0. */
class FacetCodes {
  readonly values: string[] = [];
  private readonly byValue = new Map<string, number>();
  static of(values: readonly string[]): FacetCodes {
    const codes = new FacetCodes();
    for (const value of values) codes.code(value);
    return codes;
  }
  code(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.byValue.set(value, code);
    }
    return code;
  }
  find(value: string): number | undefined {
    return this.byValue.get(value);
  }
}

/** Text the search index reads for an item; `highlights` are the quotes and notes of its annotations. */
export function searchFieldsOf(item: LibraryItem, highlights: readonly string[] = []): SearchDocFields {
  return {
    title: item.title,
    tags: item.tags,
    authors: item.authors,
    note: item.note,
    highlights,
    excerpts: item.excerpts,
    description: item.description,
    site: [item.siteName ?? '', siteOf(item.url)],
    ids: [item.doi ?? '', item.pmid ?? '', item.citation?.journal ?? ''],
  };
}

export function facetValuesOf(item: LibraryItem): Record<FacetName, readonly string[]> {
  const year = yearOf(item.publishedAt ?? item.publishedPartial);
  return {
    domain: item.domains,
    type: [item.resourceType],
    tag: item.tags,
    site: [siteOf(item.url)],
    year: [year === undefined ? NO_YEAR : String(year)],
  };
}

function byCount(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

export class LibraryCatalog {
  private readonly entries = new Map<string, Entry>();
  private index = new SearchIndex();
  private facetCodes = FACETS.map(() => new FacetCodes());
  /** Entries in each non-relevance order, computed on first use and dropped on any change. */
  private readonly sorted = new Map<SortKey, Entry[]>();

  get size(): number {
    return this.entries.size;
  }

  get(id: string): LibraryItem | undefined {
    return this.entries.get(id)?.item;
  }

  items(): IterableIterator<LibraryItem> {
    const it = this.entries.values();
    return (function* () {
      for (const entry of it) yield entry.item;
    })();
  }

  private entryOf(item: LibraryItem): Entry {
    const values = facetValuesOf(item);
    return {
      item,
      codes: FACETS.map((f, i) => [...new Set(values[f])].map((v) => (this.facetCodes[i] as FacetCodes).code(v))),
    };
  }

  /** Everything the catalog holds, as plain data (see CatalogSnapshot). */
  toSnapshot(): CatalogSnapshot {
    const items: LibraryItem[] = [];
    const starts = new Int32Array(this.entries.size * FACETS.length + 1);
    const codes: number[] = [];
    let at = 0;
    for (const entry of this.entries.values()) {
      items.push(entry.item);
      for (const own of entry.codes) {
        starts[at++] = codes.length;
        for (let k = 0; k < own.length; k++) codes.push(own[k] as number);
      }
    }
    starts[at] = codes.length;
    return {
      format: CATALOG_FORMAT,
      items,
      facetValues: this.facetCodes.map((c) => [...c.values]),
      codeStarts: starts,
      codes: Int32Array.from(codes),
      index: this.index.toSnapshot(),
    };
  }

  /** Replaces the catalog's content with a snapshot's (of this CATALOG_FORMAT: the caller checks). */
  restore(snapshot: CatalogSnapshot): void {
    if (snapshot.format !== CATALOG_FORMAT) throw new Error(`catalog of format ${snapshot.format}, not ${CATALOG_FORMAT}`);
    this.clear();
    this.facetCodes = snapshot.facetValues.map((values) => FacetCodes.of(values));
    const { codeStarts, codes } = snapshot;
    const facets = FACETS.length;
    snapshot.items.forEach((item, i) => {
      const own: Int32Array[] = [];
      for (let f = 0; f < facets; f++) own.push(codes.subarray(codeStarts[i * facets + f], codeStarts[i * facets + f + 1]));
      this.entries.set(item.id, { item, codes: own });
    });
    this.index = SearchIndex.fromSnapshot(snapshot.index);
  }

  /** Adds or replaces items; `highlightsOf` gives the annotation texts of an item (none by default). */
  upsertMany(items: Iterable<LibraryItem>, highlightsOf: (id: string) => readonly string[] = () => []): void {
    const docs: [string, SearchDocFields][] = [];
    for (const item of items) {
      this.entries.set(item.id, this.entryOf(item));
      docs.push([item.id, searchFieldsOf(item, highlightsOf(item.id))]);
    }
    this.index.setMany(docs);
    this.sorted.clear();
  }

  upsert(item: LibraryItem, highlights: readonly string[] = []): void {
    this.entries.set(item.id, this.entryOf(item));
    this.index.set(item.id, searchFieldsOf(item, highlights));
    this.sorted.clear();
  }

  remove(id: string): void {
    this.entries.delete(id);
    this.index.delete(id);
    this.sorted.clear();
  }

  clear(): void {
    this.entries.clear();
    this.index.clear();
    this.sorted.clear();
  }

  private inOrder(sort: Exclude<SortKey, 'relevance'>): Entry[] {
    let list = this.sorted.get(sort);
    if (!list) {
      list = [...this.entries.values()]
        .map((entry) => ({ entry, score: 0 }))
        .sort(comparator(sort))
        .map((m) => m.entry);
      this.sorted.set(sort, list);
    }
    return list;
  }

  query({ text = '', facets = {}, sort = 'relevance' }: CatalogQuery = {}): CatalogResult {
    const hasText = text.trim().length > 0;
    let matches: Match[];
    if (hasText) {
      matches = [];
      for (const hit of this.index.search(text)) {
        const entry = this.entries.get(hit.id);
        if (entry) matches.push({ entry, score: hit.score });
      }
    } else {
      matches = [];
      for (const entry of this.entries.values()) matches.push({ entry, score: 0 });
    }

    // Selected values as flags by code, per facet; facets without a selection are not tested.
    const active: number[] = [];
    const wanted = FACETS.map((f, i) => {
      const chosen = facets[f] ?? [];
      if (chosen.length === 0) return null;
      active.push(i);
      const codes = this.facetCodes[i] as FacetCodes;
      const flags = new Uint8Array(codes.values.length);
      for (const value of chosen) {
        const code = codes.find(value);
        if (code !== undefined) flags[code] = 1;
      }
      return flags;
    });
    const counts = this.facetCodes.map((codes) => new Uint32Array(codes.values.length));
    const kept: Match[] = [];

    for (const match of matches) {
      const codes = match.entry.codes;
      let failed = -1;
      let failures = 0;
      for (const i of active) {
        const flags = wanted[i] as Uint8Array;
        const own = codes[i] as ArrayLike<number>;
        let hit = false;
        for (let k = 0; k < own.length; k++) {
          if (flags[own[k] as number]) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          failures++;
          failed = i;
          if (failures > 1) break;
        }
      }
      if (failures > 1) continue;
      // Passing every facet: counts everywhere. Failing only facet F: counts for F alone.
      if (failures === 0) {
        for (let i = 0; i < codes.length; i++) {
          const count = counts[i] as Uint32Array;
          const own = codes[i] as ArrayLike<number>;
          for (let k = 0; k < own.length; k++) count[own[k] as number] = (count[own[k] as number] as number) + 1;
        }
        kept.push(match);
      } else {
        const count = counts[failed] as Uint32Array;
        const own = codes[failed] as ArrayLike<number>;
        for (let k = 0; k < own.length; k++) count[own[k] as number] = (count[own[k] as number] as number) + 1;
      }
    }

    const applied: SortKey = sort === 'relevance' && !hasText ? 'recent' : sort;
    let ids: string[];
    if (applied === 'relevance') {
      kept.sort(comparator(applied));
      ids = kept.map((m) => m.entry.item.id);
    } else if (kept.length === this.entries.size) {
      ids = this.inOrder(applied).map((entry) => entry.item.id);
    } else {
      // The whole library in that order, cached: keep the members of the result, no sort per query.
      const members = new Set(kept.map((m) => m.entry));
      ids = [];
      for (const entry of this.inOrder(applied)) if (members.has(entry)) ids.push(entry.item.id);
    }

    const facetCounts = Object.fromEntries(
      FACETS.map((f, i) => {
        const values = (this.facetCodes[i] as FacetCodes).values;
        const count = counts[i] as Uint32Array;
        const list: FacetCount[] = [];
        for (let code = 0; code < count.length; code++)
          if (count[code]) list.push({ value: values[code] as string, count: count[code] as number });
        return [f, list.sort(byCount)];
      }),
    ) as Record<FacetName, FacetCount[]>;
    return { ids, facets: facetCounts, sort: applied };
  }
}

type Match = { entry: Entry; score: number };

function newestFirst(a: Match, b: Match): number {
  const x = a.entry.item.createdAt;
  const y = b.entry.item.createdAt;
  return x < y ? 1 : x > y ? -1 : 0;
}

function comparator(sort: SortKey): (a: Match, b: Match) => number {
  switch (sort) {
    case 'relevance':
      return (a, b) => b.score - a.score || newestFirst(a, b);
    case 'oldest':
      return (a, b) => -newestFirst(a, b);
    case 'title':
      return (a, b) => {
        const x = titleKeyOf(a.entry);
        const y = titleKeyOf(b.entry);
        return x < y ? -1 : x > y ? 1 : newestFirst(a, b);
      };
    case 'published':
      return (a, b) => {
        const x = a.entry.item.publishedAt ?? a.entry.item.publishedPartial ?? '';
        const y = b.entry.item.publishedAt ?? b.entry.item.publishedPartial ?? '';
        return x < y ? 1 : x > y ? -1 : newestFirst(a, b);
      };
    default:
      return newestFirst;
  }
}
