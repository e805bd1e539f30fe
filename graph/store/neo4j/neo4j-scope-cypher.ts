// Cypher of scoped reads that the row filter (graph/catalogue/scope-rows.ts) cannot do from rows: counting what some documents make visible.
import { EDGE_TYPES, NODE_LABELS } from '../../model.ts';
import { cypherName } from './neo4j-cypher.ts';

const ANY_LABEL = NODE_LABELS.map((l) => cypherName(l, NODE_LABELS)).join('|');
const ANY_TYPE = EDGE_TYPES.map((t) => cypherName(t, EDGE_TYPES)).join('|');

/** graph/catalogue/scope.ts in Cypher: a Document by its id, other owned nodes by docId, shared nodes by docIds. */
const VISIBLE = (v: string) => `(CASE WHEN ${v}:Document THEN ${v}.id IN $docs WHEN ${v}.docId IS NOT NULL THEN ${v}.docId IN $docs
  ELSE any(d IN coalesce(${v}.docIds, []) WHERE d IN $docs) END)`;

/** Rows as STATS gives them (kind, key, count), limited to the documents in $docs. */
export const SCOPED_STATS = `CALL () {
  MATCH (n:${ANY_LABEL}) WHERE ${VISIBLE('n')} RETURN 'node' AS kind, labels(n)[0] AS key, count(n) AS count
  UNION ALL MATCH (s:${ANY_LABEL})-[r:${ANY_TYPE}]->(t:${ANY_LABEL}) WHERE r.pg_doc IN $docs AND ${VISIBLE('s')} AND ${VISIBLE('t')}
    RETURN 'edge' AS kind, type(r) AS key, count(r) AS count
  UNION ALL MATCH (d:Document) WHERE d.id IN $docs AND d.pg_hash IS NOT NULL RETURN 'documents' AS kind, '' AS key, count(d) AS count
  UNION ALL MATCH (d:Document) WHERE d.id IN $docs AND d.pg_hash IS NOT NULL RETURN 'warnings' AS kind, '' AS key, sum(d.pg_warning_count) AS count
} RETURN kind, key, count`;
