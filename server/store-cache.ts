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

/** Each view of a store (the server's timed view, server/http/timed-store.ts) → the store it wraps. */
const bases = new WeakMap<GraphStore, GraphStore>();

/** Records that `view` wraps `base`: derived data asked for through the view is built from, and shared with, the base. */
export function registerView(view: GraphStore, base: GraphStore): void {
  bases.set(view, base);
}

/**
 * The store whole-graph reads go to (any store that is no registered view, as it is). Such a read builds what every
 * request shares: a request's timeout cut it off without stopping it, and the next request started another whole
 * export — on a loaded machine (1,000 documents, export > 15 s) a loop of exports that never finished while ask answered
 * 503. The memory store cannot hang, and Neo4j bounds these reads with its own transaction timeout.
 */
export function baseStore(store: GraphStore): GraphStore {
  return bases.get(store) ?? store;
}

interface Entry<T> {
  fingerprint: string;
  value: Promise<T>;
  /** When the build failed: its error is handed out until `retryAfterMs` later. */
  failedAt?: number;
  /** How long this entry's failure is handed out: doubles with each failed build of the same version. */
  retryAfterMs: number;
}

/**
 * A failed build (a timeout on a slow store) is not tried again for this long, then twice as long after each further
 * failure of the same version, up to RETRY_MAX_MS: each try reads the whole graph, and a try every few seconds on a
 * store that cannot answer in time only adds to its load.
 */
export const RETRY_AFTER_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;

export class StoreCache<T> {
  private readonly entries = new WeakMap<GraphStore, Entry<T>>();

  constructor(private readonly build: (store: GraphStore) => Promise<T>) {}

  /**
   * The cached value, rebuilt when the store's documents changed or once a failed build's wait is over (see
   * RETRY_AFTER_MS); concurrent callers share one build. A caller that read the fingerprint already passes it (ask reads
   * it once per question, not once per index). Built from the base store (baseStore), so every view shares it.
   */
  async get(view: GraphStore, known?: string): Promise<T> {
    const store = baseStore(view);
    const fingerprint = known ?? (await storeFingerprint(store));
    const hit = this.entries.get(store);
    const sameVersion = hit !== undefined && hit.fingerprint === fingerprint;
    if (sameVersion && (hit.failedAt === undefined || Date.now() - hit.failedAt < hit.retryAfterMs)) return hit.value;
    const retryAfterMs = sameVersion && hit.failedAt !== undefined ? Math.min(hit.retryAfterMs * 2, RETRY_MAX_MS) : RETRY_AFTER_MS;
    const value = this.build(store);
    const entry: Entry<T> = { fingerprint, value, retryAfterMs };
    this.entries.set(store, entry);
    value.catch(() => {
      entry.failedAt = Date.now();
    });
    return value;
  }
}
