// The graph as the indexes derived from it read it (ask lexicon, ask view, task index, alignment): in pages from a store
// that pages its graph (Neo4j), else from one export per store version, shared by them all, then let go.
// Callers hand it the store itself, not a request's view of it (StoreCache builds from baseStore), so reads are not cut off.
import type { GraphExport } from '../../graph/model.ts';
import { exportSource, type GraphSource } from '../../graph/store/graph-source.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { storeFingerprint } from '../store-cache.ts';

/**
 * How long the export is held after its last use. The indexes are built one after another within seconds of a new
 * version (warmAsk), and each keeps only what it needs; holding the whole export for the version's life kept its edges
 * and their evidence in the server's heap as well (100 documents on Neo4j: heap 93 → 88 MB once let go, neo4j-memory.ts).
 */
export const SNAPSHOT_HOLD_MS = 30_000;

interface Entry {
  fingerprint: string;
  /** Held while builders may still ask for it; null after SNAPSHOT_HOLD_MS without use. */
  held: Promise<GraphExport> | null;
  /** After that, the export is reused only while something else still holds it. */
  weak: WeakRef<GraphExport> | null;
  timer: ReturnType<typeof setTimeout> | null;
}

const entries = new WeakMap<GraphStore, Entry>();

function holdAgain(entry: Entry): void {
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = setTimeout(() => {
    entry.held = null;
    entry.timer = null;
  }, SNAPSHOT_HOLD_MS);
  entry.timer.unref();
}

/** Where the derived indexes read the graph: the store's own pages, or its shared export (graphSnapshot). */
export function graphSource(store: GraphStore): GraphSource {
  return store.graphSource?.() ?? exportSource(() => graphSnapshot(store));
}

/** The graph as of the store's current version; callers read it and must not change it (or keep it: it is let go). */
export async function graphSnapshot(store: GraphStore): Promise<GraphExport> {
  const fingerprint = await storeFingerprint(store);
  const entry = entries.get(store);
  if (entry && entry.fingerprint === fingerprint) {
    const graph = entry.held ?? entry.weak?.deref();
    if (graph) {
      entry.held ??= Promise.resolve(graph);
      holdAgain(entry);
      return graph;
    }
  }
  if (entry?.timer) clearTimeout(entry.timer);
  // Three builders exporting the graph each would cost three exports and three copies on the first question.
  const next: Entry = { fingerprint, held: store.exportGraph(), weak: null, timer: null };
  entries.set(store, next);
  const held = next.held as Promise<GraphExport>;
  held.then((graph) => {
    next.weak = new WeakRef(graph);
    holdAgain(next);
  }, () => {
    if (entries.get(store) === next) entries.delete(store);
  });
  return held;
}
