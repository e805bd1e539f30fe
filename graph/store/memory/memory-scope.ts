// The memory store's reading of a scope (graph/catalogue/scope.ts) from its owner map: what a set of documents makes visible.
import type { StatsRow } from '../../catalogue/rows.ts';
import type { GraphEdge, GraphNode } from '../../model.ts';
import type { MemoryIndex, StoredDocument } from './memory-index.ts';

/** Owned nodes by their owner; shared nodes by the documents that contributed them (their merged `docIds`). */
export function visibleNode(index: MemoryIndex, docs: ReadonlySet<string>, id: string): boolean {
  const owner = index.owner.get(id);
  if (owner !== undefined) return docs.has(owner);
  const contributors = index.nodes.get(id)?.properties.docIds;
  return Array.isArray(contributors) && contributors.some((d) => docs.has(String(d)));
}

export function visibleEdge(index: MemoryIndex, docs: ReadonlySet<string>, edge: GraphEdge): boolean {
  const owner = index.owner.get(edge.id);
  return owner !== undefined && docs.has(owner) && visibleNode(index, docs, edge.source) && visibleNode(index, docs, edge.target);
}

/** Counts read from the scoped documents' own batches: their nodes (shared ones once) and their visible edges. */
export function scopeStats(index: MemoryIndex, docs: StoredDocument[], edgeVisible: (e: GraphEdge) => boolean): StatsRow {
  const nodes: StatsRow['nodes'] = {};
  const edges: StatsRow['edges'] = {};
  const seen = new Set<string>();
  let warnings = 0;
  for (const doc of docs) {
    for (const node of doc.batch.nodes) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      const label = (index.nodes.get(node.id) as GraphNode).label;
      nodes[label] = (nodes[label] ?? 0) + 1;
    }
    for (const edge of doc.batch.edges) if (edgeVisible(edge)) edges[edge.type] = (edges[edge.type] ?? 0) + 1;
    warnings += doc.batch.warnings.length;
  }
  return { documents: docs.length, nodes, edges, warnings };
}
