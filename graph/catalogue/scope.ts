// Scope: which documents a query reads, and which nodes and edges those documents make visible.
//
// A scope names documents by id, jurisdiction, level and year; each given field narrows the set. Within a
// set D of documents (the same rule in every store, see rows.ts):
//  - an owned node (Document, Section, Task, Target) is visible when its document is in D;
//  - a shared node (Unit, Place, Industry, Corridor, Project) when some document in D contributed it;
//  - an edge when both ends are visible and its owning document (its evidence's docId) is in D.
import type { GraphEdge, GraphExport, GraphNode } from '../model.ts';
import type { DocumentSummary, Scope } from './schemas.ts';

/** True when the scope names at least one field: an empty scope reads every document, as no scope does. */
export function isScoped(scope: Scope | undefined): scope is Scope {
  return scope !== undefined && Object.values(scope).some((v) => v !== undefined);
}

/** A document is of year Y when its date starts with Y, or its period or its title contains Y (as graph/query reads it). */
function ofYear(doc: DocumentSummary, years: readonly number[]): boolean {
  const { date, period } = doc.metadata;
  return years.some((y) => {
    const year = String(y);
    return (date?.startsWith(year) ?? false) || (period?.includes(year) ?? false) || doc.title.includes(year);
  });
}

/** Ids of the documents the scope selects. */
export function documentsInScope(docs: readonly DocumentSummary[], scope: Scope): Set<string> {
  const selected = new Set<string>();
  for (const doc of docs) {
    if (scope.docIds && !scope.docIds.includes(doc.id)) continue;
    if (scope.jurisdictions && !scope.jurisdictions.includes(doc.jurisdiction)) continue;
    if (scope.levels && (doc.metadata.level === null || !scope.levels.includes(doc.metadata.level))) continue;
    if (scope.years && !ofYear(doc, scope.years)) continue;
    selected.add(doc.id);
  }
  return selected;
}

/** The document an owned node belongs to, or null for a shared node. */
function ownerOf(node: GraphNode): string | null {
  if (node.label === 'Document') return node.id;
  return typeof node.properties.docId === 'string' ? node.properties.docId : null;
}

export function nodeVisible(node: GraphNode, docs: ReadonlySet<string>): boolean {
  const owner = ownerOf(node);
  if (owner !== null) return docs.has(owner);
  const contributors = node.properties.docIds;
  return Array.isArray(contributors) && contributors.some((d) => docs.has(String(d)));
}

/** The edge's own document when its evidence says it; ends are checked by the caller. */
export function edgeOwnerVisible(edge: GraphEdge, docs: ReadonlySet<string>): boolean {
  const evidence = edge.properties.evidence as { docId?: unknown } | undefined;
  return typeof evidence?.docId !== 'string' || docs.has(evidence.docId);
}

/** The part of an export the documents make visible: their nodes, the shared nodes they contributed, the edges between those. */
export function scopeExport(graph: GraphExport, docs: ReadonlySet<string>): GraphExport {
  const nodes = graph.nodes.filter((n) => nodeVisible(n, docs));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target) && edgeOwnerVisible(e, docs));
  return { ...graph, nodes, edges };
}
