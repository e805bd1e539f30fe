// Pure facts about a validated batch that every store computes the same way: content hash, summary, merging.
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import { METADATA_KEYS, type DocumentMetadata } from '../../metadata/document-meta.ts';
import { createHash } from 'node:crypto';
import type { GraphBatch, GraphNode } from '../../model.ts';
import { stableList } from './json.ts';

export { stableStringify } from './json.ts';

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Identity of a document's contribution. Order of nodes and edges does not count, and neither does
 * the Document's `ingestedAt`: re-ingesting the same text later must change nothing.
 */
export function batchContentHash(batch: GraphBatch): string {
  const nodes = byId(batch.nodes).map((n) => {
    if (n.label !== 'Document') return n;
    const { ingestedAt: _ignored, ...properties } = n.properties;
    return { ...n, properties };
  });
  // The sha256 of stableStringify({docId, nodes, edges, warnings}), fed in pieces (stableList).
  const hash = createHash('sha256');
  const list = (items: readonly unknown[]) => {
    for (const piece of stableList(items)) hash.update(piece);
  };
  hash.update(`{"docId":${JSON.stringify(batch.docId)},"edges":`);
  list(byId(batch.edges));
  hash.update(',"nodes":');
  list(nodes);
  hash.update(',"warnings":');
  list(batch.warnings);
  hash.update('}');
  return hash.digest('hex');
}

function countLabel(batch: GraphBatch, label: GraphNode['label']): number {
  return batch.nodes.filter((n) => n.label === label).length;
}

/** Summary of one document; counts are the batch's own (units = Unit nodes it contributes). */
export function summarizeBatch(batch: GraphBatch): DocumentSummary {
  const doc = batch.nodes.find((n) => n.id === batch.docId);
  const p = (doc?.properties ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  return {
    id: batch.docId,
    title: str('title') || (doc?.name ?? ''),
    source: str('source'),
    sha256: str('sha256'),
    jurisdiction: str('jurisdiction'),
    ingestedAt: str('ingestedAt'),
    metadata: Object.fromEntries(METADATA_KEYS.map((k) => [k, typeof p[k] === 'string' ? p[k] : null])) as DocumentMetadata,
    counts: {
      tasks: countLabel(batch, 'Task'),
      sections: countLabel(batch, 'Section'),
      units: countLabel(batch, 'Unit'),
      edges: batch.edges.length,
      warnings: batch.warnings.length,
    },
  };
}

/**
 * The merged view of a shared node from each document's contribution: base properties from the
 * contribution of the smallest docId (they are deterministic from the id, so any would do),
 * `docIds` = contributing documents sorted, `aliases` (when any document gives some) = sorted union.
 */
export function mergeShared(contributions: ReadonlyMap<string, GraphNode>): GraphNode {
  const docIds = [...contributions.keys()].sort();
  const base = contributions.get(docIds[0]) as GraphNode;
  const aliases = new Set<string>();
  let hasAliases = false;
  for (const node of contributions.values()) {
    const list = node.properties.aliases;
    if (!Array.isArray(list)) continue;
    hasAliases = true;
    for (const alias of list) aliases.add(String(alias));
  }
  const properties: Record<string, unknown> = { ...base.properties, docIds };
  if (hasAliases) properties.aliases = [...aliases].sort();
  return { id: base.id, label: base.label, name: base.name, properties };
}
