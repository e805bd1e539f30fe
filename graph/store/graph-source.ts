// The graph read in pages by the indexes derived from it (ask's view, lexicon and alignment, the task index), so no
// builder needs the whole export in hand: each keeps only its own packed form of the pages it reads.
//
// Why: on Neo4j the whole export was the server's peak (1,000 documents: +316 MB, test/bench/neo4j-memory.ts) and its
// pages stayed in the RSS after it was let go. A store that can page its graph (Neo4j: graph/store/neo4j/neo4j-pages.ts)
// says so with GraphStore.graphSource; any other is paged from its export (exportSource), as before.
import type { EdgeType, GraphEdge, GraphExport, GraphNode, NodeLabel } from '../model.ts';

/** Items per page: small against the graph, large against a page's overhead. */
export const PAGE_ITEMS = 2048;

/** One state of the graph, read in pages sorted by id (the export's order, which answers must not depend on). */
export interface GraphPages {
  /** The nodes of these labels, with all their properties. */
  nodes(labels: readonly NodeLabel[]): AsyncIterable<GraphNode[]>;
  /** The edges of these types; without `properties` each comes with `{}` (no evidence read or held). */
  edges(types: readonly EdgeType[], options?: { properties?: boolean }): AsyncIterable<GraphEdge[]>;
}

export interface GraphSource {
  /**
   * `build`'s result over one state of the graph. A store whose reads can see a write land half-way (Neo4j) runs
   * `build` again when one did, so `build` starts from nothing each time and keeps nothing outside its result.
   */
  read<T>(build: (pages: GraphPages) => Promise<T>): Promise<T>;
}

function* pagesOf<T>(items: readonly T[], keep: (item: T) => boolean): Generator<T[]> {
  let page: T[] = [];
  for (const item of items) {
    if (!keep(item)) continue;
    page.push(item);
    if (page.length === PAGE_ITEMS) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

const bare = (e: GraphEdge): GraphEdge => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: {} });

/** Pages of an export in hand (sorted by id, as exportGraph gives it). */
function exportPages(graph: GraphExport): GraphPages {
  return {
    // Async generators over the export: the same shape a paging store gives, the items are the export's own objects.
    async *nodes(labels) {
      const wanted = new Set<string>(labels);
      yield* pagesOf(graph.nodes, (n) => wanted.has(n.label));
    },
    async *edges(types, options = {}) {
      const wanted = new Set<string>(types);
      for (const page of pagesOf(graph.edges, (e) => wanted.has(e.type))) yield options.properties ? page : page.map(bare);
    },
  };
}

/** A source over an export read once and shared (server/search/graph-snapshot.ts): one state, never read again. */
export function exportSource(graph: () => Promise<GraphExport>): GraphSource {
  return { read: async (build) => build(exportPages(await graph())) };
}
