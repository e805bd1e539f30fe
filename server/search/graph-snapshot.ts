// One export of the graph per store version, shared by everything derived from it (ask lexicon, ask view, task index).
import type { GraphExport } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { StoreCache } from '../store-cache.ts';

// Three builders each exporting the graph cost three copies and three exports on the first question.
const cache = new StoreCache((store) => store.exportGraph());

/** The graph as of the store's current version; callers read it and must not change it. */
export function graphSnapshot(store: GraphStore): Promise<GraphExport> {
  return cache.get(store);
}
