// Okapi BM25 over pre-tokenised documents: the ranking behind full-text search and the retriever.
export interface Bm25Hit {
  id: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

interface Posting {
  id: string;
  tf: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths = new Map<string, number>();
  private totalLength = 0;

  add(id: string, tokens: readonly string[]): void {
    if (this.lengths.has(id)) throw new Error(`Bm25Index.add: ${id} is already indexed. Build a new index instead.`);
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = this.postings.get(term);
      if (list) list.push({ id, tf });
      else this.postings.set(term, [{ id, tf }]);
    }
    this.lengths.set(id, tokens.length);
    this.totalLength += tokens.length;
  }

  get size(): number {
    return this.lengths.size;
  }

  private idf(term: string): number {
    const n = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Whether any document holds one of the terms: search's emptiness without scoring. */
  hasAny(queryTokens: readonly string[]): boolean {
    return this.size > 0 && queryTokens.some((t) => (this.postings.get(t)?.length ?? 0) > 0);
  }

  /**
   * Documents sharing any query term, best first (ties by id); a repeated query term counts once. `keep` drops
   * documents before the cut, so a filtered search returns its best `limit`, not the survivors of the overall best.
   */
  search(queryTokens: readonly string[], limit: number, keep?: (id: string) => boolean): Bm25Hit[] {
    if (this.size === 0) return [];
    const avg = this.totalLength / this.size;
    const scores = new Map<string, number>();
    for (const term of new Set(queryTokens)) {
      const idf = this.idf(term);
      for (const { id, tf } of this.postings.get(term) ?? []) {
        if (keep && !keep(id)) continue;
        const norm = tf + K1 * (1 - B + (B * (this.lengths.get(id) ?? 0)) / avg);
        scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores].map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }
}
