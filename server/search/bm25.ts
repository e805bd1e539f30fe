// Okapi BM25 over pre-tokenised documents: the ranking behind full-text search and the retriever.
import { packedArray, type Packed } from './packed.ts';

export interface Bm25Hit {
  id: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

/** One term's documents (positions in the index) and how often the term occurs in each, while documents are added. */
interface Postings {
  docs: number[];
  tfs: number[];
}

/** Every term's postings end to end once compacted: term t's are at [starts[t], starts[t + 1]). */
interface Flat {
  terms: Map<string, number>;
  starts: Int32Array;
  docs: Packed;
  tfs: Packed;
}

/** A term's postings as read by search: the arrays and the range of them that is the term's. */
interface Span {
  docs: ArrayLike<number>;
  tfs: ArrayLike<number>;
  from: number;
  to: number;
}

/**
 * Scores accumulate in one dense array per index, not a Map keyed by id: a common word (建设, 推进) is in most of
 * 20,000 tasks, and hashing every posting of it was most of a question's time at 1,000 documents.
 */
export class Bm25Index {
  private postings = new Map<string, Postings>();
  private flat: Flat | null = null;
  private readonly ids: string[] = [];
  /** Id → position while documents are added (a second add of an id is refused); let go once compacted. */
  private positions: Map<string, number> | null = new Map();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private scratch = new Float64Array(0);

  add(id: string, tokens: readonly string[]): void {
    if (this.flat) throw new Error(`Bm25Index.add: the index was compacted (${id}). Build a new index instead.`);
    if (this.positions?.has(id)) throw new Error(`Bm25Index.add: ${id} is already indexed. Build a new index instead.`);
    const doc = this.ids.length;
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = this.postings.get(term);
      if (list) {
        list.docs.push(doc);
        list.tfs.push(tf);
      } else this.postings.set(term, { docs: [doc], tfs: [tf] });
    }
    this.ids.push(id);
    this.positions?.set(id, doc);
    this.lengths.push(tokens.length);
    this.totalLength += tokens.length;
  }

  /**
   * Done adding: every term's postings go end to end into two typed arrays, found by the term's number, each as narrow
   * as its largest value allows (packed.ts: positions under 65,536 in 2 bytes, frequencies under 256 in 1, where a
   * grown number array takes 8 and its spare room). An array of its own per term cost more than its postings: most
   * terms occur in one or two tasks, and each array is two objects and a buffer (at 1,000 documents hundreds of
   * thousands of terms). The server holds the index for a graph version's life; scores and order are the same. `add`
   * is refused after this.
   */
  compact(): void {
    if (this.flat) return;
    let total = 0;
    let maxTf = 0;
    for (const list of this.postings.values()) {
      total += list.docs.length;
      for (const tf of list.tfs) maxTf = Math.max(maxTf, tf);
    }
    const flat: Flat = {
      terms: new Map(), starts: new Int32Array(this.postings.size + 1), docs: packedArray(total, Math.max(0, this.ids.length - 1)), tfs: packedArray(total, maxTf),
    };
    let at = 0;
    for (const [term, list] of this.postings) {
      flat.starts[flat.terms.size] = at;
      flat.terms.set(term, flat.terms.size);
      flat.docs.set(list.docs, at);
      flat.tfs.set(list.tfs, at);
      at += list.docs.length;
    }
    flat.starts[flat.terms.size] = at;
    this.flat = flat;
    this.postings = new Map();
    this.positions = null;
  }

  private span(term: string): Span | null {
    if (this.flat) {
      const t = this.flat.terms.get(term);
      return t === undefined ? null : { docs: this.flat.docs, tfs: this.flat.tfs, from: this.flat.starts[t], to: this.flat.starts[t + 1] };
    }
    const list = this.postings.get(term);
    return list ? { docs: list.docs, tfs: list.tfs, from: 0, to: list.docs.length } : null;
  }

  get size(): number {
    return this.ids.length;
  }

  private idf(span: Span): number {
    const n = span.to - span.from;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Whether any document holds one of the terms: search's emptiness without scoring. */
  hasAny(queryTokens: readonly string[]): boolean {
    return this.size > 0 && queryTokens.some((t) => this.span(t) !== null);
  }

  /**
   * Documents sharing any query term, best first (ties by id); a repeated query term counts once. `keep` drops
   * documents before the cut, so a filtered search returns its best `limit`, not the survivors of the overall best.
   */
  search(queryTokens: readonly string[], limit: number, keep?: (id: string) => boolean): Bm25Hit[] {
    if (this.size === 0 || limit <= 0) return [];
    const avg = this.totalLength / this.size;
    if (this.scratch.length < this.size) this.scratch = new Float64Array(this.size);
    const scores = this.scratch;
    // 0 unseen, 1 scored, 2 dropped by `keep` (asked once per document, not once per posting).
    const state = new Uint8Array(this.size);
    const touched: number[] = [];
    for (const term of new Set(queryTokens)) {
      const span = this.span(term);
      if (!span) continue;
      const idf = this.idf(span);
      const { docs, tfs } = span;
      for (let i = span.from; i < span.to; i++) {
        const doc = docs[i];
        if (state[doc] === 0) {
          state[doc] = keep && !keep(this.ids[doc]) ? 2 : 1;
          if (state[doc] === 2) continue;
          scores[doc] = 0;
          touched.push(doc);
        } else if (state[doc] === 2) continue;
        const tf = tfs[i];
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / avg);
        scores[doc] += (idf * tf * (K1 + 1)) / norm;
      }
    }
    return this.best(touched, scores, limit);
  }

  /** The `limit` best of the touched documents: only those at or above the limit-th score are sorted. */
  private best(touched: number[], scores: Float64Array, limit: number): Bm25Hit[] {
    let pool = touched;
    if (touched.length > limit) {
      const values = Float64Array.from(touched, (d) => scores[d]).sort();
      const threshold = values[values.length - limit];
      pool = touched.filter((d) => scores[d] >= threshold);
    }
    const ids = this.ids;
    return pool.map((d) => ({ id: ids[d], score: scores[d] }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }
}
