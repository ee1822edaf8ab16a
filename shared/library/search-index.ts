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
 * Structure: terms are numbered; each has its postings [doc, weight, doc, weight, …], and
 * the terms sorted by text make a prefix a binary search and a contiguous run. Removing a
 * document marks it dead; postings are compacted when dead documents pile up.
 *
 * Building it is what the side panel waits for at 10 000 items (≈ 500 000 words): texts are
 * cut into pieces at white space and each distinct piece is normalised once (textPieces),
 * a document's weights are gathered in arrays indexed by term number, not in a map per
 * document — ≈ 5× faster than normalising every text whole, with the same terms.
 */
import { normalizeText } from '../text/normalize';
import { stemFr } from '../text/words';

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

/**
 * Where a text may be cut without changing its terms: white space, except U+FEFF (which
 * JavaScript's \s includes, but which is « case-ignorable »: across it a final Σ still
 * lower-cases as σ, so the two sides are not independent). Normalisation is local on either
 * side of these characters (NFD never reorders across them, they are not letters), so the
 * terms of a text are the terms of its pieces, in order — and pieces repeat: a library
 * says « patients » thousands of times. Checked against searchTerms by a property test.
 */
const PIECE_BREAK = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** The pieces of a text that the index normalises one by one (and remembers). */
export function textPieces(text: string): string[] {
  return text.split(PIECE_BREAK);
}

/**
 * What the index computes from a text. Bump it whenever searchTerms, the normalisation
 * (shared/text/normalize.ts, stemFr in words.ts), FIELD_WEIGHT or the scoring changes: saved indexes
 * (SearchIndexSnapshot, kept by the extension) of another version are rebuilt.
 */
export const SEARCH_VERSION = 1;

/**
 * The index as plain data (structured-clone friendly: the side panel keeps it in
 * IndexedDB and reads it back in one request instead of rebuilding it).
 */
export interface SearchIndexSnapshot {
  readonly version: number;
  /** Terms by number. */
  readonly terms: readonly string[];
  /** Term numbers in the order of their text. */
  readonly order: Int32Array;
  /** Term n's postings are postings[starts[n] .. starts[n + 1]). */
  readonly starts: Int32Array;
  /** [doc, weight, doc, weight, …] */
  readonly postings: Int32Array;
  /** Document number → id (every document live). */
  readonly docs: readonly string[];
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

/** Pieces of text already turned into term numbers; emptied when it grows past this. */
const PIECE_CACHE_LIMIT = 200_000;
const NO_TERMS: readonly number[] = [];

export class SearchIndex {
  /** Term → its number; `termText[n]` is the term, `lists[n]` its postings [doc, weight, doc, weight, …]. */
  private readonly termIds = new Map<string, number>();
  private readonly termText: string[] = [];
  /** number[] once written to; a view into a snapshot's postings until then. */
  private lists: (number[] | Int32Array)[] = [];
  /** Term numbers in the order of their text, for prefix runs (sorted lazily after a bulk load). */
  private sortedTerms: string[] = [];
  private sortedIds: number[] = [];
  private termsDirty = false;
  private docIds: (string | undefined)[] = [];
  private readonly docById = new Map<string, number>();
  private dead = 0;
  /** Text piece → its term numbers: most pieces of a library are words it has seen before. */
  private pieces = new Map<string, readonly number[]>();
  /** Per term: the weight gathered for the document being added, and marks for "seen in this field / document". */
  private weight = new Float64Array(256);
  private fieldMark = new Int32Array(256);
  private docMark = new Int32Array(256);
  private fieldSerial = 0;

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
    const touched: number[] = [];
    const stamp = doc + 1; // docMark 0 means "never"
    for (const field of SEARCH_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const serial = ++this.fieldSerial;
      const fieldWeight = FIELD_WEIGHT[field];
      const texts = typeof value === 'string' ? [value] : value;
      for (const text of texts) {
        for (const piece of textPieces(text)) {
          for (const term of this.termsOf(piece)) {
            if (this.fieldMark[term] === serial) continue;
            this.fieldMark[term] = serial;
            if (this.docMark[term] !== stamp) {
              this.docMark[term] = stamp;
              this.weight[term] = 0;
              touched.push(term);
            }
            this.weight[term] = (this.weight[term] as number) + fieldWeight;
          }
        }
      }
    }
    for (const term of touched) this.listToWrite(term).push(doc, this.weight[term] as number);
    if (this.pieces.size > PIECE_CACHE_LIMIT) this.pieces = new Map();
  }

  private listToWrite(term: number): number[] {
    const list = this.lists[term] as number[] | Int32Array;
    if (Array.isArray(list)) return list;
    const copy = Array.from(list);
    this.lists[term] = copy;
    return copy;
  }

  /** The term numbers of a piece of text (no break inside), new terms numbered as they come. */
  private termsOf(piece: string): readonly number[] {
    if (piece.length === 0) return NO_TERMS;
    let terms = this.pieces.get(piece);
    if (terms === undefined) {
      const words = searchTerms(piece);
      terms = words.length === 0 ? NO_TERMS : words.map((word) => this.termNumber(word));
      this.pieces.set(piece, terms);
    }
    return terms;
  }

  private termNumber(term: string): number {
    let n = this.termIds.get(term);
    if (n !== undefined) return n;
    n = this.termText.length;
    this.termIds.set(term, n);
    this.termText.push(term);
    this.lists.push([]);
    this.reserve(n + 1);
    if (this.termsDirty) return n;
    const at = lowerBound(this.sortedTerms, term);
    this.sortedTerms.splice(at, 0, term);
    this.sortedIds.splice(at, 0, n);
    return n;
  }

  /** Room for `count` terms in the per-term work arrays. */
  private reserve(count: number): void {
    if (count <= this.weight.length) return;
    let size = this.weight.length * 2;
    while (size < count) size *= 2;
    const grow = <T extends Float64Array | Int32Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.weight = grow(this.weight, new Float64Array(size));
    this.fieldMark = grow(this.fieldMark, new Int32Array(size));
    this.docMark = grow(this.docMark, new Int32Array(size));
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
    this.termIds.clear();
    this.termText.length = 0;
    this.lists = [];
    this.sortedTerms = [];
    this.sortedIds = [];
    this.termsDirty = false;
    this.docIds = [];
    this.docById.clear();
    this.dead = 0;
    this.pieces = new Map();
    this.docMark.fill(0);
  }

  private sortTerms(): void {
    if (!this.termsDirty) return;
    const order = this.termText.map((_, n) => n);
    const text = this.termText;
    order.sort((a, b) => ((text[a] as string) < (text[b] as string) ? -1 : 1));
    this.sortedIds = order;
    this.sortedTerms = order.map((n) => text[n] as string);
    this.termsDirty = false;
  }

  /** Drops dead documents from every posting list and renumbers the live ones (terms keep their numbers). */
  private compact(): void {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const ids: string[] = [];
    this.docIds.forEach((id, doc) => {
      if (id === undefined) return;
      renumber[doc] = ids.length;
      this.docById.set(id, ids.length);
      ids.push(id);
    });
    this.lists = this.lists.map((list): number[] => {
      const kept: number[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const next = renumber[list[i] as number] as number;
        if (next >= 0) kept.push(next, list[i + 1] as number);
      }
      return kept;
    });
    this.docIds = ids;
    this.dead = 0;
    // Marks hold document numbers + 1: after renumbering they could collide with a new document.
    this.docMark.fill(0);
  }

  /** The index as plain data (dead documents dropped first: their numbers are not kept). */
  toSnapshot(): SearchIndexSnapshot {
    if (this.dead > 0) this.compact();
    this.sortTerms();
    const count = this.termText.length;
    const starts = new Int32Array(count + 1);
    let total = 0;
    for (let n = 0; n < count; n++) {
      starts[n] = total;
      total += (this.lists[n] as number[] | Int32Array).length;
    }
    starts[count] = total;
    const postings = new Int32Array(total);
    for (let n = 0; n < count; n++) postings.set(this.lists[n] as number[] | Int32Array, starts[n] as number);
    return {
      version: SEARCH_VERSION,
      terms: [...this.termText],
      order: Int32Array.from(this.sortedIds),
      starts,
      postings,
      docs: [...this.docIds] as string[],
    };
  }

  /** An index equal to the one `snapshot` was taken of; its postings are read in place until written to. */
  static fromSnapshot(snapshot: SearchIndexSnapshot): SearchIndex {
    if (snapshot.version !== SEARCH_VERSION)
      throw new Error(`search index of version ${snapshot.version}, not ${SEARCH_VERSION}`);
    const index = new SearchIndex();
    const { terms, order, starts, postings } = snapshot;
    index.reserve(terms.length);
    for (let n = 0; n < terms.length; n++) {
      const term = terms[n] as string;
      index.termIds.set(term, n);
      index.termText.push(term);
      index.lists.push(postings.subarray(starts[n] as number, starts[n + 1] as number));
    }
    index.sortedIds = Array.from(order);
    index.sortedTerms = index.sortedIds.map((n) => terms[n] as string);
    index.docIds = [...snapshot.docs];
    snapshot.docs.forEach((id, doc) => {
      index.docById.set(id, doc);
    });
    return index;
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
    this.sortTerms();
    const terms = this.sortedTerms;
    let candidates: Int32Array | null = null;

    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      const seenThisWord = new Uint8Array(n);
      const hitDocs: number[] = [];
      for (let t = lowerBound(terms, word); t < terms.length; t++) {
        const term = terms[t] as string;
        if (!term.startsWith(word)) break;
        const list = this.lists[this.sortedIds[t] as number] as number[] | Int32Array;
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
