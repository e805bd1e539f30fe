// Cypher of scoped counts: what some documents make visible (graph/catalogue/scope.ts), as STATS counts the whole graph.
//
// Why this shape: a shared node (unit, place…) lists its documents in `docIds`, which no index covers, so finding
// the shared nodes of some documents would scan every one. Each Document keeps its own contributions
// (`pg_shared_json`); the store reads those first (SHARED_OF_DOCS) and seeks the nodes by id. Edges are counted
// from node degrees: an edge joins two nodes of its own document's batch (checked on ingest), so each edge in
// scope is counted once, at its end that only its document owns, or (both ends shared) from the shared source.
import { EDGE_TYPES, type EdgeType, type NodeLabel } from '../../model.ts';
import { EDGE_RULES, SHARED_LABELS, isSharedLabel } from '../batch/batch-schema.ts';
import { cypherName, OWNED_LABELS, VISIBLE } from './neo4j-cypher.ts';

const label = (l: NodeLabel) => cypherName(l, [...OWNED_LABELS, ...SHARED_LABELS]);
const relType = (t: EdgeType) => cypherName(t, EDGE_TYPES);

/** Each document's shared contributions (JSON keyed by node id), for `sharedOf` in neo4j-rows.ts. */
export const SHARED_OF_DOCS = 'UNWIND $docs AS id MATCH (d:Document {id: id}) RETURN d.pg_shared_json AS shared';

/** Where each type's edges are counted: at an owned target (in), at an owned source (out), or from a shared source. */
function countedAt(type: EdgeType): 'in' | 'out' | 'shared' {
  const { source, target } = EDGE_RULES[type];
  if (!target.some(isSharedLabel)) return 'in';
  if (target.every(isSharedLabel) && !source.some(isSharedLabel)) return 'out';
  if (target.every(isSharedLabel) && source.every(isSharedLabel)) return 'shared';
  throw new Error(`neo4j-scope-cypher: ${type} joins owned and shared labels both ways. Count it by expanding edges.`);
}

/** How each owned label finds a document's nodes through an index: Document by id, Target by owner, others by docId. */
const OWNED_OF = (l: NodeLabel) =>
  l === 'Document' ? 'MATCH (n:Document {id: d}) RETURN n' : l === 'Target' ? 'MATCH (n:Target {pg_doc: d}) RETURN n' : `MATCH (n:${label(l)} {docId: d}) RETURN n`;

const NODE_COUNTS = [
  ...OWNED_LABELS.map((l) => `UNWIND $docs AS d CALL (d) { ${OWNED_OF(l)} } WITH n WHERE ${VISIBLE('n')} RETURN 'node' AS kind, '${label(l)}' AS key, count(n) AS count`),
  ...SHARED_LABELS.map((l) => `UNWIND coalesce($shared.${label(l)}, []) AS id MATCH (n:${label(l)} {id: id}) WHERE ${VISIBLE('n')} RETURN 'node' AS kind, '${label(l)}' AS key, count(n) AS count`),
];

const degree = (t: EdgeType) => (countedAt(t) === 'in' ? `COUNT { (n)<-[:${relType(t)}]-() }` : `COUNT { (n)-[:${relType(t)}]->() }`);
const AT_OWNED = EDGE_TYPES.filter((t) => countedAt(t) !== 'shared');
const OWNED_EDGE_COUNTS = `UNWIND $docs AS d CALL (d) { ${OWNED_LABELS.map(OWNED_OF).join(' UNION ')} } WITH n WHERE ${VISIBLE('n')}
  WITH [${AT_OWNED.map((t) => `sum(${degree(t)})`).join(', ')}] AS counts
  UNWIND range(0, ${AT_OWNED.length - 1}) AS i RETURN 'edge' AS kind, [${AT_OWNED.map((t) => `'${relType(t)}'`).join(', ')}][i] AS key, counts[i] AS count`;
const SHARED_EDGE_COUNTS = EDGE_TYPES.filter((t) => countedAt(t) === 'shared').flatMap((t) => EDGE_RULES[t].source.map((l) =>
  `UNWIND coalesce($shared.${label(l)}, []) AS id MATCH (:${label(l)} {id: id})-[r:${relType(t)}]->() WHERE r.pg_doc IN $docs
  RETURN 'edge' AS kind, '${relType(t)}' AS key, count(r) AS count`));

/** Rows as STATS gives them (kind, key, count) for the documents in `$docs`, given `$shared` (label → ids of their shared nodes). */
export const SCOPED_STATS = `CALL () {
  ${[...NODE_COUNTS, OWNED_EDGE_COUNTS, ...SHARED_EDGE_COUNTS].join('\n  UNION ALL ')}
  UNION ALL MATCH (d:Document) WHERE d.id IN $docs AND d.pg_hash IS NOT NULL RETURN 'documents' AS kind, '' AS key, count(d) AS count
  UNION ALL MATCH (d:Document) WHERE d.id IN $docs AND d.pg_hash IS NOT NULL RETURN 'warnings' AS kind, '' AS key, sum(d.pg_warning_count) AS count
} RETURN kind, key, count`;
