/**
 * In-memory full-text index for the library: results as the user types, in well under
 * 30 ms for 10 000 items (bench/60-library.bench.mjs measures it against a linear scan).
 *
 * - Words are normalised by shared/text (accents, case, ligatures, typographic
 *   apostrophes ignored) and lightly stemmed (plural s/x), in the index and in the query.
 * - Every query word is a prefix ("parten" finds "partenariat", "partenaire"), and all
 *   query words must match (AND), in any field.
 * - Score: for each query word, the weights of the fields where a matching term occurs
 *   (title counts more than a note), doubled when the term is the whole word.
 *
 * Structure: a map term → postings [doc, weight, doc, weight, …] plus the sorted list of
 * terms, so a prefix is a binary search and a contiguous run. Removing a document marks
 * it dead; postings are compacted when dead documents pile up.
 */
import { normalizeText, stemFr } from '../text/normalize';

export const SEARCH_FIELDS = [
  'title',
  'tags',
  'authors',
  'note',
  'highlights',
  'excerpts',
  'description',
  'site',
  'ids',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchDocFields = Partial<Record<SearchField, string | readonly string[] | undefined>>;

const FIELD_WEIGHT: Record<SearchField, number> = {
  title: 8,
  tags: 6,
  authors: 4,
  note: 3,
  highlights: 3,
  excerpts: 2,
  description: 2,
  site: 2,
  ids: 4,
};

/** Words of a text as the index sees them. One-letter words are dropped (except digits): "l'", "d'", "a". */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0 || (word.length === 1 && !/\d/.test(word))) continue;
    out.push(stemFr(word));
  }
  return out;
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private sortedTerms: string[] = [];
  private termsDirty = false;
  private docIds: (string | undefined)[] = [];
  private readonly docById = new Map<string, number>();
  private dead = 0;

  /** Number of documents in the index. */
  get size(): number {
    return this.docById.size;
  }

  has(id: string): boolean {
    return this.docById.has(id);
  }

  /** Adds or replaces a document. */
  set(id: string, fields: SearchDocFields): void {
    if (this.docById.has(id)) this.delete(id);
    const doc = this.docIds.length;
    this.docIds.push(id);
    this.docById.set(id, doc);
    const weights = new Map<string, number>();
    for (const field of SEARCH_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : value.join(' \n ');
      const seen = new Set<string>();
      for (const term of searchTerms(text)) {
        if (seen.has(term)) continue;
        seen.add(term);
        weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHT[field]);
      }
    }
    for (const [term, weight] of weights) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        this.insertTerm(term);
      }
      list.push(doc, weight);
    }
  }

  /** Adds many documents; sorts the term list once at the end. */
  setMany(docs: Iterable<readonly [string, SearchDocFields]>): void {
    this.termsDirty = true;
    for (const [id, fields] of docs) this.set(id, fields);
  }

  delete(id: string): boolean {
    const doc = this.docById.get(id);
    if (doc === undefined) return false;
    this.docById.delete(id);
    this.docIds[doc] = undefined;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.docById.size) this.compact();
    return true;
  }

  clear(): void {
    this.postings.clear();
    this.sortedTerms = [];
    this.termsDirty = false;
    this.docIds = [];
    this.docById.clear();
    this.dead = 0;
  }

  private insertTerm(term: string): void {
    if (this.termsDirty) {
      this.sortedTerms.push(term);
      return;
    }
    this.sortedTerms.splice(lowerBound(this.sortedTerms, term), 0, term);
  }

  private terms(): string[] {
    if (this.termsDirty) {
      this.sortedTerms.sort();
      this.termsDirty = false;
    }
    return this.sortedTerms;
  }

  /** Drops dead documents from every posting list and renumbers the live ones. */
  private compact(): void {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const ids: string[] = [];
    this.docIds.forEach((id, doc) => {
      if (id === undefined) return;
      renumber[doc] = ids.length;
      this.docById.set(id, ids.length);
      ids.push(id);
    });
    for (const [term, list] of this.postings) {
      const kept: number[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const next = renumber[list[i] as number] as number;
        if (next >= 0) kept.push(next, list[i + 1] as number);
      }
      if (kept.length) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.sortedTerms = [...this.postings.keys()].sort();
    this.termsDirty = false;
    this.docIds = ids;
    this.dead = 0;
  }

  /**
   * Documents matching every word of `query` (as prefixes), best first; ties keep
   * insertion order. An empty query matches nothing: the caller lists everything instead.
   */
  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const words = [...new Set(searchTerms(query))];
    if (words.length === 0) return [];
    // Longest words first: they match fewer terms, so the candidate set shrinks fastest.
    words.sort((a, b) => b.length - a.length);
    const n = this.docIds.length;
    const scores = new Float64Array(n);
    const matched = new Uint16Array(n);
    const terms = this.terms();
    let candidates: Int32Array | null = null;

    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      const seenThisWord = new Uint8Array(n);
      const hitDocs: number[] = [];
      for (let t = lowerBound(terms, word); t < terms.length; t++) {
        const term = terms[t] as string;
        if (!term.startsWith(word)) break;
        const list = this.postings.get(term);
        if (!list) continue;
        const exact = term === word ? 2 : 1;
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i] as number;
          if (matched[doc] !== w) continue; // did not match an earlier word
          scores[doc] = (scores[doc] as number) + (list[i + 1] as number) * exact;
          if (!seenThisWord[doc]) {
            seenThisWord[doc] = 1;
            hitDocs.push(doc);
          }
        }
      }
      for (const doc of hitDocs) matched[doc] = w + 1;
      candidates = Int32Array.from(hitDocs);
      if (hitDocs.length === 0) return [];
    }

    const docs: number[] = [];
    for (const doc of candidates ?? []) {
      if (this.docIds[doc] !== undefined && matched[doc] === words.length) docs.push(doc);
    }
    // Sorted on the typed arrays (score, then insertion order): no map lookup per comparison.
    docs.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    const kept = Number.isFinite(limit) ? docs.slice(0, limit) : docs;
    return kept.map((doc) => ({ id: this.docIds[doc] as string, score: scores[doc] as number }));
  }
}

/**
 * The baseline the bench compares with: normalise every document's text and test each
 * query word as a substring, for every query. What a library without an index does.
 */
export function linearScan(docs: readonly { id: string; text: string }[], query: string): string[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out: string[] = [];
  for (const doc of docs) {
    const text = normalizeText(doc.text);
    if (words.every((w) => text.includes(w))) out.push(doc.id);
  }
  return out;
}
