// Derived data (search index, ask lexicon) cached per store and rebuilt when its documents change.
import type { GraphStore } from '../graph/store/graph-store.ts';

/** Changes whenever a document is added, replaced or removed. */
export async function storeFingerprint(store: GraphStore): Promise<string> {
  // A store that counts writes (memory: its own; Neo4j: any process's, on the server) answers without listing
  // every document (1,000 summaries per question).
  if (store.revision) return `r${await store.revision()}`;
  const docs = await store.listDocuments();
  return docs.map((d) => `${d.id}:${d.sha256}:${d.ingestedAt}`).sort().join('|');
}

interface Entry<T> {
  fingerprint: string;
  value: Promise<T>;
  /** When the build failed: its error is handed out until RETRY_AFTER_MS later. */
  failedAt?: number;
}

/**
 * A failed build (a timeout on a slow store) is not tried again for this long: each try reads the whole graph, and a
 * try per question on a store that cannot answer in time only adds to its load.
 */
export const RETRY_AFTER_MS = 5_000;

export class StoreCache<T> {
  private readonly entries = new WeakMap<GraphStore, Entry<T>>();

  constructor(private readonly build: (store: GraphStore) => Promise<T>) {}

  /**
   * The cached value, rebuilt when the store's documents changed or RETRY_AFTER_MS after a failed build; concurrent
   * callers share one build. A caller that read the fingerprint already passes it (ask reads it once per question,
   * not once per index).
   */
  async get(store: GraphStore, known?: string): Promise<T> {
    const fingerprint = known ?? (await storeFingerprint(store));
    const hit = this.entries.get(store);
    if (hit && hit.fingerprint === fingerprint && (hit.failedAt === undefined || Date.now() - hit.failedAt < RETRY_AFTER_MS)) return hit.value;
    const value = this.build(store);
    const entry: Entry<T> = { fingerprint, value };
    this.entries.set(store, entry);
    value.catch(() => {
      entry.failedAt = Date.now();
    });
    return value;
  }
}
