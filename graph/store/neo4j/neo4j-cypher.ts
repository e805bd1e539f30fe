// Every Cypher statement of the Neo4j store, as named constants; labels and types come only from the model's allow-lists.
import { DUTY_TYPES, EDGE_TYPES, ENTITY_LABELS, NODE_LABELS, type EdgeType, type NodeLabel } from '../../model.ts';
import { EDGE_RULES, SHARED_LABELS } from '../batch/batch-schema.ts';
import { ID_PREFIX, labelOfId } from '../batch/id-prefix.ts';
import { PATH_DEPTH_MAX } from '../../catalogue/schemas.ts';
import { SEARCH_LADDER, TEXT_SCORE, type SearchRung } from '../../catalogue/search.ts';

/** The only way a label, type or index name reaches Cypher text: checked against the fixed allow-lists. */
export function cypherName<T extends string>(name: T, allowed: readonly string[]): T {
  if (!allowed.includes(name)) throw new Error(`neo4j-cypher: "${name}" is not in the allow-list. Use a label/type of graph/model.ts.`);
  return name;
}

const label = (l: NodeLabel) => cypherName(l, NODE_LABELS);
const relType = (t: EdgeType) => cypherName(t, EDGE_TYPES);
const perLabel = <T>(labels: readonly NodeLabel[], make: (l: NodeLabel) => T) =>
  Object.fromEntries(labels.map((l) => [l, make(label(l))])) as Record<NodeLabel, T>;

export const OWNED_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((l) => !SHARED_LABELS.includes(l));
const TASK_LABELS: readonly NodeLabel[] = ['Task', 'Section'];
const TEXT_LABELS: readonly NodeLabel[] = ['Task', 'Section', 'Target'];
const DUTY = DUTY_TYPES.map(relType).join('|');
/** Label / type expressions matching only the model's nine labels and seven types (anything else in the database is ignored). */
const ANY_LABEL = NODE_LABELS.map(label).join('|');
const ANY_TYPE = EDGE_TYPES.map(relType).join('|');

const KNOWN_PREFIXES = `[${NODE_LABELS.map((l) => `'${ID_PREFIX[l]}'`).join(', ')}]`;

/**
 * `CALL (id) { … }` body finding `v` by `key` among some labels. Ids carry their label as a prefix, so only the
 * label it names is sought (the `WITH … WHERE` runs before the MATCH: the other branches seek nothing); an id
 * of another shape is sought under every label. Checking all nine unique indexes per id cost 9 seeks where 1 finds it.
 */
function byId(labels: readonly NodeLabel[], v = 'n', key = 'id'): string {
  return labels.map((l) => `WITH ${key} AS pgKey WHERE pgKey STARTS WITH '${ID_PREFIX[l]}:' OR NOT split(pgKey, ':')[0] IN ${KNOWN_PREFIXES}
    MATCH (${v}:${label(l)} {id: pgKey}) RETURN ${v}`).join(' UNION ');
}
/**
 * How Neo4j orders strings, where code points and UTF-16 code units part (an astral character, units D800–DBFF
 * first, against one in U+E000–U+FFFF such as （ U+FF08): strings read from the store compare among themselves by
 * code point (their UTF-8 bytes); a parameter, or a string made in the statement, compares by code unit as
 * JavaScript's compareStrings does, against a stored one too. `codeUnitOrder(expr)` is a stored string made anew
 * (`+ ''` copies it), so ORDER BY on it is JS's order. Pinned against a real server: test/graph/store/neo4j-string-order.ts.
 */
export const codeUnitOrder = (expr: string): string => `${expr} + ''`;

/**
 * The rows of the list `rows` that can be among its first `count` in the order of `keys` then of something more
 * (an id): those not after the `count`-th row by `keys`, ties at the cut kept, each as `v`. The caller orders these in
 * full and cuts: a top-k over thousands of rows reads its tie-breaker (a property) only for these few. Each key maps
 * a variable to an ascending, comparable expression (strings through codeUnitOrder, so `<` is ORDER BY's order), best
 * a field the caller made once per row: the cut's keys are computed once, a row's at each test.
 */
function TIES_AT_CUT(rows: string, v: string, keys: readonly ((x: string) => string)[], count: string): string {
  const notAfter = keys.reduceRight<string | null>((rest, key, i) => {
    const [a, b] = [key(v), `pgCut[${i}]`];
    return rest === null ? `${a} <= ${b}` : `${a} < ${b} OR (${a} = ${b} AND (${rest}))`;
  }, null);
  return `CALL (${rows}) {
    UNWIND ${rows} AS ${v} WITH ${v} ORDER BY ${keys.map((k) => k(v)).join(', ')} LIMIT toInteger(${count})
    WITH last(collect(${v})) AS ${v} RETURN [${keys.map((k) => k(v)).join(', ')}] AS pgCut
  }
  UNWIND [${v} IN ${rows} WHERE ${notAfter}] AS ${v}`;
}


// ---- projections: records leave Neo4j as plain maps -------------------------------------------

const HEAVY = ['pg_base_json', 'pg_alias_counts_json', 'pg_shared_json', 'pg_owned_json', 'pg_warnings_json', 'pg_summary_json'];
/** A whole node (see decodeNode), without the store's bookkeeping. */
const NODE = (v: string) => `${v} {.*, pg_label: labels(${v})[0], ${HEAVY.map((k) => `${k}: null`).join(', ')}}`;
/** A whole edge (see decodeEdge). */
const EDGE = (r: string, s: string, t: string) => `${r} {.*, pg_type: type(${r}), pg_source: ${s}.id, pg_target: ${t}.id}`;
/**
 * A subgraph's nodes `nodes` and edges `rels` (a list of {r, s: source id, t: target id}) as NEIGHBORHOOD and
 * SHORTEST_PATH send them, read by decodeSubgraph: each node or edge a list of its values in the order of a layout
 * (its `pg_keys` and `pg_enc`), and each distinct layout once (`layouts`; most tasks share one). The whole-node
 * projection (NODE) sent every node's property names, its layout's ~16 strings and the bookkeeping keys besides: a
 * depth-2 neighbourhood of 200 nodes was ~14,000 strings, and the driver's decoding of them, string by string, was most
 * of this process's CPU for the query. A Document's text is left out (a query's output never carries it: lightNode).
 */
function SUBGRAPH(nodes: string, rels: string): string {
  const laid = (x: string) => `${x}, k: coalesce(${x}.pg_keys, []), e: coalesce(${x}.pg_enc, [])`;
  const values = (x: string, skip: string) => `[i IN range(0, size(${x}.k) - 1) | CASE WHEN ${skip} THEN null
    WHEN ${x}.e[i] = 'v' THEN ${x}.o[${x}.k[i]] WHEN ${x}.e[i] = 'j' THEN ${x}.o[${x}.k[i] + '_json'] ELSE ${x}.o['pg_x' + toString(i)] END]`;
  const at = (x: string) => `[i IN range(0, size(layouts) - 1) WHERE layouts[i] = [${x}.k, ${x}.e]][0]`;
  return `WITH [o IN ${nodes} | {o: ${laid('o')}, l: labels(o)[0]}] AS pgNodes, [x IN ${rels} | {o: ${laid('x.r')}, s: x.s, t: x.t}] AS pgRels
WITH pgNodes, pgRels, reduce(ls = [], x IN pgNodes + pgRels | CASE WHEN [x.k, x.e] IN ls THEN ls ELSE ls + [[x.k, x.e]] END) AS layouts
WITH layouts, [x IN pgNodes | [x.o.id, x.o.name, x.l, ${at('x')}, ${values('x', "x.l = 'Document' AND x.k[i] = 'text'")}]] AS nodes,
  [x IN pgRels | [x.o.id, type(x.o), x.s, x.t, ${at('x')}, ${values('x', 'false')}]] AS edges`;
}
const REF = (v: string) => `${v} {.id, .name, pg_label: labels(${v})[0]}`;
const TASK = (v: string) => `${v} {.id, .name, .docId, .number, .path, .start, pg_label: labels(${v})[0]}`;
const DUTY_ROW = `RETURN u {.id, .name} AS unit, ${TASK('t')} AS task, type(r) AS type, r.evidence_json AS evidence`;

/** scope.ts in Cypher: a Document by its id, other owned nodes by docId, shared nodes by docIds. */
export const VISIBLE = (v: string) => `(CASE WHEN ${v}:Document THEN ${v}.id IN $docs WHEN ${v}.docId IS NOT NULL THEN ${v}.docId IN $docs
  ELSE any(d IN coalesce(${v}.docIds, []) WHERE d IN $docs) END)`;
const SEEN = (v: string) => `($docs IS NULL OR ${VISIBLE(v)})`;
/** A duty, mention or gap row counts when its task's document is in scope. */
const TASK_IN = (t: string) => `($docs IS NULL OR ${t}.docId IN $docs)`;
/** An edge's owner is its evidence's document (the batch's own, checked on ingest); an edge without evidence goes with its ends. */
const EDGE_SEEN = (r: string) => `($docs IS NULL OR ${r}.evidence_json IS NULL OR ${r}.pg_doc IN $docs)`;

/**
 * Aliases are lists, which no range or text index covers, so alias lookups go through `pg_aliases_exact`: a
 * full-text index with the `keyword` analyzer, one token per whole alias, read with a Lucene phrase (exact) or
 * wildcard (contains) query. The index narrows; the exact test on the property decides.
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/gu;
const phrase = (term: string): string => `"${term.replace(/["\\]/gu, '\\$&')}"`;
/** A Lucene query matching aliases equal to `term` (see pg_aliases_exact). */
export const exactAliasQuery = phrase;
/** A Lucene query matching aliases that contain `text`. */
export const containsAliasQuery = (text: string): string => `*${text.replace(LUCENE_SPECIAL, '\\$&')}*`;
const ALIAS_HITS = (query: string, where: string) =>
  `CALL db.index.fulltext.queryNodes('pg_aliases_exact', ${query}) YIELD node AS n WITH n WHERE ${where} RETURN n`;
/** Nodes of `labels` with an alias equal to `term`, `exact` its Lucene phrase (both parameters or variables). */
const HAS_ALIAS = (labels: readonly NodeLabel[], term = '$term', exact = '$aliasExact') =>
  ALIAS_HITS(exact, `(${labels.map((l) => `n:${label(l)}`).join(' OR ')}) AND n.aliases IS :: LIST<ANY> AND ${term} IN n.aliases`);

/**
 * Prefixed to every catalogue read statement and the version read: expressions interpreted, never
 * compiled. By default Neo4j interprets a statement's expressions until its 11th run, then compiles it again with compiled
 * ones ("hot"): a one-off 100–250 ms of server CPU per statement inside the timed runs (neighbourhood's three statements
 * at their 11th run: 137 ms median over 5 rounds against 12–23 ms for the runs around it; with this option 15–19 ms
 * throughout, first runs alike: `test/bench/neo4j-first-run.ts --repeat 14`, README "Neo4j reads"). The option is part
 * of the statement, so it holds on any server, a cluster or Aura included, without a setting.
 */
export const PLANNED_ONCE = 'CYPHER expressionEngine=interpreted ';

/**
 * Prefixed to every statement of a write transaction: its cached plan is kept when the database's counts move. By
 * default Neo4j plans a statement again once the counts it was planned with diverge (checked every 10 s): a load into
 * an empty database grows them tenfold and more, and a 1,000-document one discarded 70–76 plans as stale (debug.log),
 * some statements several times, each planned again on the writer's thread — for plans that cannot change: every
 * write seeks its nodes by id through the uniqueness constraints, whatever the counts (the plans made on an empty
 * database are those seeks). The option is part of the statement (any server, a cluster or Aura); a schema change
 * (the indexes a bulk load builds) still clears the cache. The catalogue's reads are planned again as they were.
 */
export const PLAN_KEPT = 'CYPHER replan=skip ';

/**
 * The graph's version and the writes being committed right now (a seqlock on one bookkeeping node). Neo4j reads
 * are read-committed and a big commit becomes visible piece by piece, so a writer announces its commit (a token,
 * in its own little transaction, just before committing the data) and withdraws it after; the version is bumped
 * by the last statement of the data's own transaction, so it moves exactly when the data does (a writer that dies
 * after committing cannot leave the version behind). A reader keeps an answer only when no commit was announced
 * at its end and the version did not move. Tokens start with their time, so one left by a crashed process stops
 * counting after COMMIT_STALE_MS. Not a model label: exports, stats and every catalogue query ignore it.
 */
export const META_LABEL = 'PolicyGraphMeta';
export const ANNOUNCE_COMMIT = `${PLAN_KEPT}MERGE (m:${META_LABEL} {id: 'graph'})
SET m.committing = [t IN coalesce(m.committing, []) WHERE t <> $token AND t > $staleBefore] + $token`;
export const WITHDRAW_COMMIT = `${PLAN_KEPT}MERGE (m:${META_LABEL} {id: 'graph'})
SET m.committing = [t IN coalesce(m.committing, []) WHERE t <> $token AND t > $staleBefore]`;
/**
 * Run last in a write transaction, after ANNOUNCE_COMMIT has committed: it takes the node's write lock only for the
 * transaction's tail (announcing first keeps the announce from waiting on our own lock).
 */
export const BUMP_VERSION = `${PLAN_KEPT}MERGE (m:${META_LABEL} {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1`;
export const READ_VERSION = `${PLANNED_ONCE}OPTIONAL MATCH (m:${META_LABEL} {id: 'graph'})
RETURN coalesce(m.version, 0) AS version, size([t IN coalesce(m.committing, []) WHERE t > $staleBefore]) AS committing`;

/**
 * A catalogue statement as sent: its parameters in one map, `$p` (`$ids` becomes `$p.ids`), except those in `typed`.
 * Why: Neo4j keys a cached plan by the statement and each parameter's type and size bucket, so the same statement with
 * 1, 3, 15 or 150 ids, or a short name then a long id, is planned again each time (0.3–0.9 s of server CPU per plan at
 * 1,000 documents for LINKS or RESOLVE_UNITS, measured with test/bench/neo4j-first-run.ts): the "one-off" tails. A map
 * has no size, so each statement is planned once. A parameter read through a text index (CONTAINS) stays typed: the
 * planner uses the trigram index only for a value it knows is a string.
 */
export function inOneMap(statement: string, params: Readonly<Record<string, unknown>>, typed: readonly string[] = []): { statement: string; params: Record<string, unknown> } {
  const key = `${typed.join(',')}\u0000${statement}`;
  let text = MAPPED.get(key);
  if (text === undefined) {
    text = PLANNED_ONCE + statement.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/gu, (whole, name: string) => (typed.includes(name) ? whole : `$p.${name}`));
    MAPPED.set(key, text);
  }
  const sent: Record<string, unknown> = { p: Object.fromEntries(Object.entries(params).filter(([name]) => !typed.includes(name))) };
  for (const name of typed) sent[name] = params[name];
  return { statement: text, params: sent };
}
/** The rewritten text of each statement (a fixed set: the constants of this file). */
const MAPPED = new Map<string, string>();

// ---- schema ---------------------------------------------------------------------------------

const lower = (name: string) => name.toLowerCase();
const CJK = 'OPTIONS {indexConfig: {`fulltext.analyzer`: \'cjk\'}}';

/** name → statement; init() creates the ones whose name is missing (all `IF NOT EXISTS`). */
export const SCHEMA: Readonly<Record<string, string>> = Object.fromEntries([
  ...NODE_LABELS.map((l) => [`pg_${lower(l)}_id`, `CREATE CONSTRAINT pg_${lower(l)}_id IF NOT EXISTS FOR (n:${label(l)}) REQUIRE n.id IS UNIQUE`]),
  ...NODE_LABELS.map((l) => [`pg_${lower(l)}_name`, `CREATE INDEX pg_${lower(l)}_name IF NOT EXISTS FOR (n:${label(l)}) ON (n.name)`]),
  // Trigram text indexes answer CONTAINS exactly (search), unlike the tokenising full-text ones.
  ...NODE_LABELS.map((l) => [`pg_${lower(l)}_name_text`, `CREATE TEXT INDEX pg_${lower(l)}_name_text IF NOT EXISTS FOR (n:${label(l)}) ON (n.name)`]),
  ...TEXT_LABELS.map((l) => [`pg_${lower(l)}_text`, `CREATE TEXT INDEX pg_${lower(l)}_text IF NOT EXISTS FOR (n:${label(l)}) ON (n.text)`]),
  ...TASK_LABELS.map((l) => [`pg_${lower(l)}_doc`, `CREATE INDEX pg_${lower(l)}_doc IF NOT EXISTS FOR (n:${label(l)}) ON (n.docId)`]),
  // Scoped and per-document target reads (a Target's docId is optional; pg_doc is always its owner).
  ['pg_target_doc', `CREATE INDEX pg_target_doc IF NOT EXISTS FOR (n:${label('Target')}) ON (n.pg_doc)`],
  ...EDGE_TYPES.map((t) => [`pg_${lower(t)}_id`, `CREATE INDEX pg_${lower(t)}_id IF NOT EXISTS FOR ()-[r:${relType(t)}]-() ON (r.id)`]),
  [`pg_meta_id`, `CREATE CONSTRAINT pg_meta_id IF NOT EXISTS FOR (m:${META_LABEL}) REQUIRE m.id IS UNIQUE`],
  ['pg_aliases_exact', `CREATE FULLTEXT INDEX pg_aliases_exact IF NOT EXISTS FOR (n:${ANY_LABEL}) ON EACH [n.aliases] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`],
  ['pg_task_text_fulltext', `CREATE FULLTEXT INDEX pg_task_text_fulltext IF NOT EXISTS FOR (n:${TASK_LABELS.map(label).join('|')}) ON EACH [n.title, n.text] ${CJK}`],
]);
/**
 * Indexes an earlier version created that no statement reads: init() drops them where they exist, so a store
 * written before stops paying for them on every node write (each is a Lucene index). `pg_names_fulltext` (`cjk`
 * over every label's name and aliases): names are found through the range and text name indexes, aliases through
 * `pg_aliases_exact`.
 */
export const RETIRED_INDEXES: readonly string[] = ['pg_names_fulltext'];
/**
 * Every index but the uniqueness constraints: a bulk load into an empty database builds them once after its writes
 * instead of updating them on every node and relationship write (Neo4jGraphStore.bulkLoad). The writes seek nodes by
 * id only (the constraints' indexes); the one write that reads another index, FIND_EDGE_OWNERS (relationship ids),
 * runs only for hand-made edge ids, and without its index it scans the relationships of each type instead.
 * The Lucene-backed ones (TEXT, full-text) were the dearest to update; the range ones (names, docIds, relationship
 * ids) cost an index insert per node and per relationship.
 */
export const DEFERRED_INDEXES: readonly string[] = Object.entries(SCHEMA)
  .filter(([, statement]) => /^CREATE ((TEXT|FULLTEXT) )?INDEX/u.test(statement)).map(([name]) => name);
export const dropIndex = (name: string): string => `DROP INDEX ${cypherName(name, [...RETIRED_INDEXES, ...DEFERRED_INDEXES])} IF EXISTS`;
/** Any node of the model's labels: a bulk load defers the indexes only into a database without one. */
export const ANY_MODEL_NODE = `MATCH (n:${ANY_LABEL}) RETURN n.id AS id LIMIT 1`;
export const SHOW_INDEX_NAMES = 'SHOW INDEXES YIELD name RETURN name';
export const SHOW_CONSTRAINT_NAMES = 'SHOW CONSTRAINTS YIELD name RETURN name';
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

// ---- writes: one document per transaction ----------------------------------------------------

/** Lock the documents (created empty when new, so concurrent writers of one document queue here); callers sort the ids. */
export const LOCK_DOCUMENTS = `${PLAN_KEPT}UNWIND $rows AS id MERGE (d:Document {id: id}) SET d.pg_lock = true REMOVE d.pg_lock
RETURN d.id AS id, d.pg_hash AS hash, d.pg_owned_json AS owned, d.pg_shared_json AS shared`;
export const LOCK_EXISTING_DOCUMENT = `${PLAN_KEPT}MATCH (d:Document {id: $docId}) SET d.pg_lock = true REMOVE d.pg_lock
RETURN d.pg_hash AS hash, d.pg_owned_json AS owned, d.pg_shared_json AS shared`;
/** Documents a group locked but did not write (it stopped at a clash): the empty ones go again. */
export const DELETE_EMPTY_DOCUMENTS = PLAN_KEPT + 'UNWIND $rows AS id MATCH (d:Document {id: id}) WHERE d.pg_hash IS NULL DETACH DELETE d';
export const SET_DOCUMENTS = PLAN_KEPT + 'UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d = row.props RETURN count(d) AS written';

/**
 * Who holds each id already: a node of another document, or a node of another label. `$byLabel` lists per label
 * the ids to seek there: those whose prefix names it, and every id of another shape (see ownerSeeks). One seek per
 * id instead of nine: the nine were about a tenth of a bulk ingest's statement time, and the store refuses a node
 * whose id's prefix names another label, so a prefixed id can only be stored under that label.
 */
export const FIND_NODE_OWNERS = `${PLAN_KEPT}CALL () {
  ${NODE_LABELS.map((l) => `MATCH (n:${label(l)}) WHERE n.id IN $byLabel.${l} RETURN n`).join('\n  UNION ALL ')}
} RETURN n.id AS id, labels(n)[0] AS label, n.pg_doc AS owner`;

/** FIND_NODE_OWNERS' `$byLabel`: each id under the label its prefix names, an id of another shape under every label. */
export function ownerSeeks(ids: readonly string[]): Record<NodeLabel, string[]> {
  const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as string[]])) as Record<NodeLabel, string[]>;
  for (const id of ids) {
    const named = labelOfId(id);
    if (named) byLabel[named].push(id);
    else for (const l of NODE_LABELS) byLabel[l].push(id);
  }
  return byLabel;
}
/**
 * Whether a stored document holds edges with hand-made ids (neo4j-write-plan.ts foreignEdgeIds); a document written
 * before the count existed counts as holding some. While none does, only a group's own hand-made ids are sought.
 */
export const STORED_FOREIGN_EDGES = `${PLAN_KEPT}MATCH (d:Document) WHERE d.pg_hash IS NOT NULL AND coalesce(d.pg_foreign_edges, 1) > 0
RETURN d.id AS id LIMIT 1`;
/** Every relationship type is sought: an edge id may be stored under any type. */
export const FIND_EDGE_OWNERS = `${PLAN_KEPT}CALL () {
  ${EDGE_TYPES.map((t) => `MATCH ()-[r:${relType(t)}]->() WHERE r.id IN $rows RETURN r`).join('\n  UNION ALL ')}
} RETURN r.id AS id, r.pg_doc AS owner`;

/** The document's own edges at shared nodes (the only ones that outlive DETACH DELETE of its owned nodes). */
export const DELETE_DOC_EDGES_AT = perLabel(SHARED_LABELS, (l) =>
  `${PLAN_KEPT}UNWIND $rows AS row MATCH (n:${l} {id: row.id})-[r]-() WHERE r.pg_doc = row.docId WITH DISTINCT r DELETE r`);
export const DELETE_NODES = perLabel(NODE_LABELS, (l) => `${PLAN_KEPT}UNWIND $rows AS id MATCH (n:${l} {id: id}) DETACH DELETE n`);
/** Lock shared nodes (in id order) before reading their merge state, so concurrent documents cannot lose updates. */
export const LOCK_SHARED = perLabel(SHARED_LABELS, (l) =>
  `${PLAN_KEPT}UNWIND $rows AS id MERGE (n:${l} {id: id}) SET n.pg_lock = true REMOVE n.pg_lock
RETURN n.id AS id, n.docIds AS docIds, n.pg_base_json AS base, n.pg_alias_counts_json AS aliasCounts, n.pg_aliased AS aliased`);
export const READ_CONTRIBUTIONS = PLAN_KEPT + 'UNWIND $docIds AS id MATCH (d:Document {id: id}) RETURN d.id AS docId, d.pg_shared_json AS shared';
export const SET_NODES = perLabel(NODE_LABELS, (l) => `${PLAN_KEPT}UNWIND $rows AS row MATCH (n:${l} {id: row.id}) SET n = row.props RETURN count(n) AS written`);
/** Only the given properties of stored shared nodes (the others keep their values: see neo4j-shared.ts sharedChanges). */
export const UPDATE_NODES = perLabel(SHARED_LABELS, (l) => `${PLAN_KEPT}UNWIND $rows AS row MATCH (n:${l} {id: row.id}) SET n += row.props RETURN count(n) AS written`);
/**
 * A document's own nodes, CREATEd: when they are written no node holds their ids (another document's is a clash,
 * found before; the document's former ones were deleted with its old version), so MERGE's lock-and-look per row
 * bought nothing. Should one exist after all, the id's uniqueness constraint fails the transaction: nothing is written.
 */
export const CREATE_NODES = perLabel(NODE_LABELS, (l) => `${PLAN_KEPT}UNWIND $rows AS row CREATE (n:${l}) SET n = row.props RETURN count(n) AS written`);

/** `CREATE_EDGES[type][source][target]`, one statement per endpoint-label pair the model allows. */
export const CREATE_EDGES = Object.fromEntries(EDGE_TYPES.map((t) => [t, Object.fromEntries(EDGE_RULES[t].source.map((s) => [
  s, Object.fromEntries(EDGE_RULES[t].target.map((g) => [g,
    `${PLAN_KEPT}UNWIND $rows AS row MATCH (s:${label(s)} {id: row.source}) MATCH (t:${label(g)} {id: row.target})
CREATE (s)-[r:${relType(t)}]->(t) SET r = row.props RETURN count(r) AS written`])),
]))])) as Record<EdgeType, Partial<Record<NodeLabel, Partial<Record<NodeLabel, string>>>>>;

// ---- plain reads ---------------------------------------------------------------------------

export const GET_NODES = `UNWIND $ids AS id CALL (id) { ${byId(NODE_LABELS)} } WITH n WHERE ${SEEN('n')} RETURN ${NODE('n')} AS node`;
export const GET_DOCUMENT = 'MATCH (d:Document {id: $docId}) WHERE d.pg_hash IS NOT NULL RETURN d.pg_summary_json AS summary';
export const GET_DOCUMENT_TEXT = 'MATCH (d:Document {id: $docId}) WHERE d.pg_hash IS NOT NULL RETURN d.text AS text';
export const LIST_DOCUMENTS = 'MATCH (d:Document) WHERE d.pg_hash IS NOT NULL RETURN d.pg_summary_json AS summary';
export const DOCUMENTS_OF = 'UNWIND $docIds AS id MATCH (d:Document {id: id}) WHERE d.pg_hash IS NOT NULL RETURN d.pg_summary_json AS summary';
export const LIST_WARNINGS = `MATCH (d:Document) WHERE d.pg_hash IS NOT NULL AND ($docId IS NULL OR d.id = $docId)
RETURN d.id AS docId, d.pg_warnings_json AS warnings`;
export const EXPORT_NODES = `MATCH (n:${ANY_LABEL}) RETURN ${NODE('n')} AS node`;
export const EXPORT_EDGES = `MATCH (s:${ANY_LABEL})-[r:${ANY_TYPE}]->(t:${ANY_LABEL}) RETURN ${EDGE('r', 's', 't')} AS edge`;

// ---- the catalogue's row contract (graph/catalogue/rows.ts) --------------------------------
//
// Every statement below takes `$docs`: null reads the whole graph, a list of document ids keeps the rows to what
// those documents make visible (graph/catalogue/scope.ts, the reference filter in catalogue/scope-rows.ts), so a
// scoped query reads only its documents' part of the graph. `$docIds` (a list) starts a read at documents' tasks.


export const RESOLVE_UNITS = `CALL () {
  MATCH (n:Unit {id: $term}) RETURN n UNION MATCH (n:Unit {name: $term}) RETURN n
  UNION ${HAS_ALIAS(['Unit'])}
} WITH n WHERE ${SEEN('n')} RETURN n {.id, .name, .jurisdiction, .kind, .aliases} AS unit`;
export const RESOLVE_ENTITIES = perLabel(ENTITY_LABELS, (l) => `CALL () {
  MATCH (n:${l} {id: $term}) RETURN n UNION MATCH (n:${l} {name: $term}) RETURN n
  UNION ${HAS_ALIAS([l])}
} WITH n WHERE ${SEEN('n')} RETURN ${REF('n')} AS ref`);
/** `CALL` body: nodes of any label whose id, name or an alias is `term` (`exact` its Lucene phrase), visible or not. */
const NODES_NAMED = (term: string, exact: string) => `${NODE_LABELS.map((l) => `MATCH (n:${label(l)} {id: ${term}}) RETURN n UNION MATCH (n:${label(l)} {name: ${term}}) RETURN n`).join('\n  UNION ')}
  UNION ${HAS_ALIAS(NODE_LABELS, term, exact)}`;
export const RESOLVE_NODES = `CALL () {
  ${NODES_NAMED('$term', '$aliasExact')}
} WITH n WHERE ${SEEN('n')} RETURN ${REF('n')} AS ref`;

export const DUTIES_OF_UNITS = `UNWIND $ids AS id MATCH (u:Unit {id: id})-[r:${DUTY}]->(t) WHERE ${TASK_IN('t')} ${DUTY_ROW}`;
/**
 * unitTasks' page (RowSource.dutyPageOfUnits): one row, the distinct (unit, task, type) count and the duty rows of
 * the first `$limit` of them in compareDutyRows' order, ties at the cut kept (the unit name, last in that order, is
 * compared in JS: stored strings compare by code point in Cypher, see codeUnitOrder). Ids are ASCII, so the cut is exact.
 * Evidence is read for the page's duties only (a name shared by many bodies has thousands of duties, a page 100).
 */
export const DUTY_PAGE_OF_UNITS = `UNWIND $ids AS id MATCH (u:Unit {id: id})-[r:${DUTY}]->(t) WHERE ${TASK_IN('t')} AND type(r) IN $types
WITH u, t, type(r) AS type, collect(r) AS duties
ORDER BY t.docId, t.start, t.id, CASE type WHEN 'LEADS' THEN 0 WHEN 'SUPPORTS' THEN 1 ELSE 2 END
WITH collect({u: u, t: t, type: type, duties: duties}) AS ordered
WITH ordered, size(ordered) AS total, CASE WHEN size(ordered) < toInteger($limit) THEN size(ordered) ELSE toInteger($limit) END AS n
WITH total, CASE WHEN n = 0 THEN [] ELSE ordered[0..n] + [g IN ordered[n..] WHERE g.t = ordered[n - 1].t AND g.type = ordered[n - 1].type] END AS page
CALL (page) {
  UNWIND page AS g WITH g, g.u AS u, g.t AS t
  RETURN collect({unit: u {.id, .name}, task: ${TASK('t')}, type: g.type, evidence: [d IN g.duties | d.evidence_json]}) AS rows
}
RETURN total, rows`;
export const DUTIES_ON_TASKS_OF = `UNWIND $ids AS id MATCH (:Unit {id: id})-[:${DUTY}]->(t) WHERE ${TASK_IN('t')} WITH DISTINCT t
MATCH (u:Unit)-[r:${DUTY}]->(t) ${DUTY_ROW}`;
/**
 * unitPartners' page (RowSource.partnerPageOfUnits): one row, the count of partners and the partners among the first
 * `$limit` by shared tasks, ties at the cut's count kept (names are compared in JS: stored strings compare by code
 * point in Cypher, see codeUnitOrder), each with its first `$inner` tasks in compareTasks' order (ids are ASCII, so that cut is
 * exact). No duty row leaves the server: a busy unit's tasks carry thousands of them, with their evidence.
 */
export const PARTNER_PAGE_OF_UNITS = `UNWIND $ids AS id MATCH (:Unit {id: id})-[:${DUTY}]->(t) WHERE ${TASK_IN('t')} WITH DISTINCT t
MATCH (u:Unit)-[:${DUTY}]->(t) WHERE NOT u.id IN $ids
WITH DISTINCT u, t ORDER BY t.docId, t.start, t.id
WITH u, collect(t) AS tasks
WITH u, tasks, size(tasks) AS shared ORDER BY shared DESC
WITH collect({u: u, tasks: tasks, shared: shared}) AS ordered
WITH size(ordered) AS total, CASE WHEN size(ordered) < toInteger($limit) THEN size(ordered) ELSE toInteger($limit) END AS n, ordered
WITH total, CASE WHEN n = 0 THEN [] ELSE ordered[0..n] + [g IN ordered[n..] WHERE g.shared = ordered[n - 1].shared] END AS page
RETURN total, [g IN page | {unit: {id: g.u.id, name: g.u.name}, shared: g.shared, tasks: [t IN g.tasks[0..toInteger($inner)] | ${TASK('t')}]}] AS partners`;
export const DUTIES_ON_TASKS = `UNWIND $ids AS id CALL (id) { ${byId(TASK_LABELS, 't')} }
WITH t WHERE ${TASK_IN('t')} MATCH (u:Unit)-[r:${DUTY}]->(t) ${DUTY_ROW}`;
/** The tasks and sections of the documents in `docIds` (a list expression): one index seek per document and label. */
const TASKS_OF_DOCS = (docIds = '$docIds') => `UNWIND ${docIds} AS docId CALL (docId) { ${TASK_LABELS.map((l) => `MATCH (t:${label(l)} {docId: docId}) RETURN t`).join(' UNION ')} }`;
/**
 * The duties (unit `u`, duty `r`, task `t`) a whole-graph or per-document read counts, as UNION ALL branches of one
 * statement: every duty when `$docIds` is null, else those on the tasks of the documents in it. Each branch is cut by
 * a test on a parameter before it reads anything; `gate`, when given, is a condition every branch must meet as well.
 * Why one statement for both: Neo4j plans each statement text once, on first use; with one text per case a server's
 * first per-document read (workload or overlaps by docId) was planned inside the reads that follow a whole-graph one
 * and was their slowest run (35–106 ms of server CPU, README "Neo4j reads").
 */
const DUTIES_OF_SCOPE = (gate?: string) => `WITH $docIds AS docIds WHERE docIds IS NULL${gate ? ` AND ${gate}` : ''}
  MATCH (u:Unit)-[r:${DUTY}]->(t) RETURN u, r, t
  UNION ALL
  WITH $docIds AS docIds WHERE docIds IS NOT NULL${gate ? ` AND ${gate}` : ''}
  ${TASKS_OF_DOCS('docIds')}
  MATCH (u:Unit)-[r:${DUTY}]->(t) RETURN u, r, t`;
/** overlaps' duty rows: those on the tasks mentioning `$entityId` when it is given, else as DUTIES_OF_SCOPE. One statement for every scope. */
export const SCOPED_DUTIES = `CALL () {
  ${DUTIES_OF_SCOPE('$entityId IS NULL')}
  UNION ALL
  WITH $entityId AS entityId WHERE entityId IS NOT NULL
  CALL (entityId) { ${byId(ENTITY_LABELS, 'e', 'entityId')} }
  MATCH (t)-[:MENTIONS]->(e) WHERE ${TASK_IN('t')} WITH DISTINCT t
  MATCH (u:Unit)-[r:${DUTY}]->(t) RETURN u, r, t
} WITH u, r, t WHERE type(r) IN $types ${DUTY_ROW}`;

const MENTION_ROW = `RETURN ${TASK('t')} AS task, ${REF('e')} AS entity, m.evidence_json AS evidence`;
export const MENTIONS_OF = `UNWIND $ids AS id CALL (id) { ${byId(ENTITY_LABELS, 'e')} }
MATCH (t)-[m:MENTIONS]->(e) WHERE ${TASK_IN('t')} ${MENTION_ROW}`;
/**
 * entityTasks' task page (RowSource.mentionPageOf): one row, how many tasks mention the entity (in scope), and
 * the mention rows of the first `$limit` of them in compareTasks' order (ids are ASCII, so Cypher's order is JS's; a
 * missing start counts as 0, as taskRow reads it).
 * Only docId and start are read per task, its id where they tie at the page's cut (TIES_AT_CUT); names, paths and
 * evidence for the page's tasks alone.
 */
export const MENTION_PAGE_OF = `CALL () { ${byId(ENTITY_LABELS, 'e', '$entityId')} }
MATCH (t)-[:MENTIONS]->(e) WHERE ${TASK_IN('t')}
WITH DISTINCT t, e
WITH e, collect({t: t, doc: t.docId, start: coalesce(t.start, 0)}) AS found
CALL (found) {
  ${TIES_AT_CUT('found', 'c', [(c) => `${c}.doc`, (c) => `${c}.start`], '$limit')}
  WITH c.t AS t ORDER BY c.doc, c.start, t.id LIMIT toInteger($limit)
  RETURN collect(t) AS ordered
}
CALL (e, ordered) {
  UNWIND ordered AS t MATCH (t)-[m:MENTIONS]->(e)
  RETURN collect({task: ${TASK('t')}, entity: ${REF('e')}, evidence: m.evidence_json}) AS rows
}
RETURN size(found) AS total, rows`;
export const MENTIONS_IN_TASKS = `UNWIND $ids AS id CALL (id) { ${byId(TASK_LABELS, 't')} }
WITH t WHERE ${TASK_IN('t')} MATCH (t)-[m:MENTIONS]->(e) WHERE labels(e)[0] IN $labels ${MENTION_ROW}`;
export const TOUCHES_OF = `UNWIND $ids AS id CALL (id) { ${byId(ENTITY_LABELS, 'e')} }
MATCH (e)-[x:TOUCHES]-() WHERE $docs IS NULL OR x.pg_doc IN $docs WITH DISTINCT x WITH x, startNode(x) AS a, endNode(x) AS b
RETURN ${REF('a')} AS from, ${REF('b')} AS to, x.evidence_json AS evidence`;

/**
 * Per unit, grouped by the node and its name and id read after: once per unit, not once per duty row. `where`, when
 * given, filters the units after the grouping (a label test there is one per unit, not one per duty row).
 */
const COUNTED = (where = '') => `WITH u, type(r) AS type, t
WITH u,
  count(DISTINCT CASE WHEN type = 'LEADS' THEN t END) AS lead,
  count(DISTINCT CASE WHEN type = 'SUPPORTS' THEN t END) AS support,
  count(DISTINCT CASE WHEN type = 'RESPONSIBLE_FOR' THEN t END) AS responsible,
  count(DISTINCT t) AS total${where ? `\nWITH * WHERE ${where}` : ''}`;
const COUNTS = `${COUNTED()}
RETURN u.id AS id, u.name AS name, lead, support, responsible, total`;
/** workload's counts, of the whole graph or of the documents in `$docIds` (see DUTIES_OF_SCOPE). */
export const WORKLOAD = `CALL () {
  ${DUTIES_OF_SCOPE()}
} ${COUNTS}`;
/**
 * entityUnits' counts counted where the rows are: per unit on the tasks mentioning one entity, one row per unit
 * instead of every duty row of those tasks (a place named in thousands of tasks has tens of thousands). The unit's
 * label is tested per unit after the counting: per duty row it was 8,188 of the 46,866 db hits for a place in 2,420 tasks.
 * Ranked here (RowSource.entityUnitPage): such a place has 1,584 units, and only the page's leave the server; names
 * and ids are read only for the units whose counts reach the page's last (TIES_AT_CUT).
 */
export const ENTITY_UNIT_PAGE = `CALL () { ${byId(ENTITY_LABELS, 'e', '$entityId')} }
MATCH (t)-[:MENTIONS]->(e) WITH DISTINCT t MATCH (u)-[r:${DUTY}]->(t) ${COUNTED(`u:${label('Unit')}`)}
WITH collect({u: u, lead: lead, support: support, responsible: responsible, total: total}) AS found
CALL (found) {
  ${TIES_AT_CUT('found', 'c', [(c) => `-${c}.total`, (c) => `-${c}.lead`], '$limit')}
  WITH c ORDER BY c.total DESC, c.lead DESC, ${codeUnitOrder('c.u.name')}, ${codeUnitOrder('c.u.id')} LIMIT toInteger($limit)
  RETURN collect({id: c.u.id, name: c.u.name, lead: c.lead, support: c.support, responsible: c.responsible, total: c.total}) AS page
}
RETURN size(found) AS total, page`;
/**
 * entityTasks' co-mentions ranked in Cypher (RowSource.coMentionPage): per project or corridor, the distinct tasks
 * mentioning it and the entity; the count of them, the first `$limit` by shared tasks desc, name, id (codeUnitOrder:
 * JS's order) with their tasks, and the shared counts of the `$touching` ones. A place in thousands of tasks meets
 * thousands of projects: their counts stay on the server, and the page's tasks come with it (no second read). The
 * label is tested once per entity reached, after the grouping, not once per mention row; names and ids are read only
 * for those whose count reaches the page's last (TIES_AT_CUT: 190 of 2,588 for a place in 2,420 tasks).
 */
export const CO_MENTION_PAGE = `CALL () { ${byId(ENTITY_LABELS, 'e', '$entityId')} }
MATCH (t)-[:MENTIONS]->(e) WITH DISTINCT t, e
MATCH (t)-[:MENTIONS]->(o) WHERE o <> e
WITH o, collect(DISTINCT t) AS tasks
WITH o, tasks WHERE o:${label('Project')} OR o:${label('Corridor')}
WITH collect({o: o, tasks: tasks}) AS found
CALL (found) {
  ${TIES_AT_CUT('found', 'c', [(c) => `-size(${c}.tasks)`], '$limit')}
  WITH c.o AS o, c.tasks AS tasks ORDER BY size(tasks) DESC, ${codeUnitOrder("coalesce(o.name, '')")}, ${codeUnitOrder('o.id')} LIMIT toInteger($limit)
  RETURN collect({entity: ${REF('o')}, shared: size(tasks), tasks: [t IN tasks | ${TASK('t')}]}) AS page
}
RETURN size(found) AS total, page,
  [c IN found WHERE c.o.id IN $touching | {entity: {id: c.o.id, name: c.o.name, pg_label: labels(c.o)[0]}, shared: size(c.tasks)}] AS touching`;

const GAP_ROWS = `OPTIONAL MATCH (u:Unit)-[r:${DUTY}]->(t)
WITH t, collect(DISTINCT CASE WHEN type(r) = 'LEADS' THEN u END) AS leadUnits, count(DISTINCT u) AS units
WHERE (t:Task AND size(leadUnits) = 0) OR size(leadUnits) >= 2 OR units >= $threshold
RETURN ${TASK('t')} AS task, [l IN leadUnits | l {.id, .name}] AS leads, units`;
export const GAPS_ALL = `CALL () { ${TASK_LABELS.map((l) => `MATCH (t:${label(l)}) RETURN t`).join(' UNION ')} } ${GAP_ROWS}`;
export const GAPS_OF_DOCS = `${TASKS_OF_DOCS()} ${GAP_ROWS}`;

const TARGET_ROW = `OPTIONAL MATCH (t)-[s:SETS]->(g)
RETURN g {.id, .name, .indicator, .value, .unit, .year, .text, pg_doc: g.pg_doc} AS target, ${TASK('t')} AS task,
  s.evidence_json AS evidence`;
export const TARGETS_ALL = `MATCH (g:Target) ${TARGET_ROW}`;
/** Targets of the documents in `$docIds`, through the pg_target_doc index. */
export const TARGETS_OF_DOCS = `UNWIND $docIds AS docId MATCH (g:Target {pg_doc: docId}) ${TARGET_ROW}`;

export const LINKS = `UNWIND $ids AS id CALL (id) { ${byId(NODE_LABELS)} }
WITH id, n WHERE ${SEEN('n')} MATCH (n)-[r:${ANY_TYPE}]-(o:${ANY_LABEL}) WHERE ${SEEN('o')} AND ${EDGE_SEEN('r')}
RETURN id AS fromId, r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, ${REF('o')} AS other`;
/**
 * The far end is tested against the nodes already found by id (visible, of the model's labels) instead of reading its
 * label and id again: a neighbourhood's 200 nodes have thousands of outgoing edges, a few hundred of them among those.
 */
export const EDGES_AMONG = `UNWIND $ids AS id CALL (id) { ${byId(NODE_LABELS)} }
WITH n WHERE ${SEEN('n')} WITH collect(n) AS found
UNWIND found AS n MATCH (n)-[r:${ANY_TYPE}]->(m) WHERE m IN found AND ${EDGE_SEEN('r')}
RETURN ${EDGE('r', 'n', 'm')} AS edge`;

/**
 * One BFS level of NEIGHBORHOOD (see traverse.ts): fresh visible neighbours in compareNeighbours order, cut at the room
 * left (a top-k of `$limit + 1`, more than any room, so `truncated` still sees one too many: a LIMIT cannot read `kept`). Each neighbour's label is read once, after DISTINCT (a node of the model's labels has a rank; anything else in
 * the database has none and is left out): a task's second level through a place or a busy unit reaches thousands.
 */
const NEIGHBOURS_LEVEL = (level: number) => `CALL (kept, frontier) {
  UNWIND CASE WHEN $depth >= ${level} THEN frontier ELSE [] END AS f
  MATCH (f)-[r:${ANY_TYPE}]-(o) WHERE NOT o IN kept AND ${EDGE_SEEN('r')}
  WITH DISTINCT o
  WITH o, $rank[labels(o)[0]] AS rank WHERE rank IS NOT NULL AND ($labels IS NULL OR labels(o)[0] IN $labels) AND ${SEEN('o')}
  WITH o, rank ORDER BY rank, ${codeUnitOrder("coalesce(o.name, '')")}, ${codeUnitOrder('o.id')} LIMIT toInteger($limit) + 1
  RETURN collect(o) AS fresh
}
WITH kept, truncated OR size(fresh) > $limit - size(kept) AS truncated, fresh[0..($limit - size(kept))] AS frontier
WITH kept + frontier AS kept, frontier, truncated`;
/**
 * The whole breadth-first walk of `neighborhood` in one statement (depth ≤ 3, the schema's bound), instead of a
 * round trip per level carrying every incident edge: the nodes kept, in BFS order, the edges among them (as
 * EDGES_AMONG), both as SUBGRAPH sends them, and whether any node was left out. The kept nodes are at hand, so nothing is sought by id again
 * (GET_NODES and EDGES_AMONG after the walk were two more statements, each seeking every kept id under its label).
 * Names and ids are ordered as codeUnitOrder makes them (stored ones alone compare by code point); `$rank` is the model's label order.
 */
export const NEIGHBORHOOD = `UNWIND [$id] AS id CALL (id) { ${byId(NODE_LABELS)} } WITH n WHERE ${SEEN('n')}
WITH [n] AS kept, [n] AS frontier, false AS truncated
${[1, 2, 3].map(NEIGHBOURS_LEVEL).join('\n')}
CALL (kept) {
  UNWIND kept AS n MATCH (n)-[r:${ANY_TYPE}]->(m) WHERE m IN kept AND ${EDGE_SEEN('r')}
  RETURN collect({r: r, s: n.id, t: m.id}) AS rels
}
CALL (kept, rels) { ${SUBGRAPH('kept', 'rels')} RETURN layouts, nodes, edges }
RETURN layouts, nodes, edges, truncated`;

/**
 * One level of SHORTEST_PATH's bidirectional search, traverse.ts's loop in Cypher. The side with the smaller frontier
 * (a on ties) expands by a whole level while no meeting node is known and the depths' sum is under `$maxDepth`: per
 * node reached and not seen by that side, the smallest parent id (codeUnitOrder: JS's order), then the smallest edge id
 * from it (edge ids are ASCII, where stored and JS order agree), ids read only where there is a choice: most nodes
 * reached have one parent by one edge. When some reached nodes are the other side's, only those are kept: that level is the last, and the meeting
 * node is the smallest id among them. `aS`/`bS` are the nodes each side has seen (every level: a BFS has no other
 * state), `aT`/`bT` the steps ({o, p: parent, r: edge}) each side walked.
 */
const PATH_LEVEL = `WITH *, meet IS NULL AND aD + bD < $maxDepth AND size(aF) > 0 AND size(bF) > 0 AS go, size(aF) <= size(bF) AS onA
WITH *, CASE WHEN onA THEN aF ELSE bF END AS F, CASE WHEN onA THEN aS ELSE bS END AS S, CASE WHEN onA THEN bS ELSE aS END AS O
CALL (go, F, S, O) {
  UNWIND CASE WHEN go THEN F ELSE [] END AS f
  MATCH (f)-[r:${ANY_TYPE}]-(o:${ANY_LABEL}) WHERE NOT o IN S AND ${SEEN('o')} AND ${EDGE_SEEN('r')}
  WITH collect({o: o, f: f, r: r}) AS reached
  WITH reached, [x IN reached WHERE x.o IN O] AS met
  UNWIND CASE WHEN size(met) > 0 THEN met ELSE reached END AS x
  WITH x.o AS o, x.f AS f, collect(x.r) AS rs
  WITH o, f, CASE WHEN size(rs) = 1 THEN rs[0] ELSE reduce(b = null, r IN rs | CASE WHEN b IS NULL OR r.id < b.id THEN r ELSE b END) END AS r
  WITH o, collect({p: f, r: r}) AS options
  WITH o, CASE WHEN size(options) = 1 THEN options[0]
    ELSE reduce(b = null, x IN options | CASE WHEN b IS NULL OR ${codeUnitOrder('x.p.id')} < ${codeUnitOrder('b.p.id')} THEN x ELSE b END) END AS best
  RETURN collect({o: o, p: best.p, r: best.r}) AS level
}
WITH aF, bF, aS, bS, aT, bT, aD, bD, meet, go, onA, O, level, [x IN level | x.o] AS fresh
WITH aF, bF, aS, bS, aT, bT, aD, bD, go, onA, level, fresh,
  CASE WHEN go THEN reduce(m = null, n IN fresh | CASE WHEN n IN O AND (m IS NULL OR ${codeUnitOrder('n.id')} < ${codeUnitOrder('m.id')}) THEN n ELSE m END) ELSE meet END AS meet
WITH meet,
  CASE WHEN go AND onA THEN fresh ELSE aF END AS aF, CASE WHEN go AND NOT onA THEN fresh ELSE bF END AS bF,
  CASE WHEN go AND onA THEN aS + fresh ELSE aS END AS aS, CASE WHEN go AND NOT onA THEN bS + fresh ELSE bS END AS bS,
  CASE WHEN go AND onA THEN aT + level ELSE aT END AS aT, CASE WHEN go AND NOT onA THEN bT + level ELSE bT END AS bT,
  CASE WHEN go AND onA THEN aD + 1 ELSE aD END AS aD, CASE WHEN go AND NOT onA THEN bD + 1 ELSE bD END AS bD`;
/** The steps from `meet` back to a start of the side that walked `steps` (the first step is meet's own). */
const WALK_BACK = (steps: string) => `reduce(w = [], i IN range(1, $maxDepth) | w + [s IN ${steps} WHERE s.o = coalesce(last(w).p, meet)][0..1])`;
/**
 * shortestPath in one statement (RowSource.shortestPathGraph), exactly traverse.ts executeShortestPath: both ends
 * resolved as RESOLVE_NODES, a start of both the path itself (smallest id), else PATH_DEPTH_MAX levels of PATH_LEVEL (each a no-op once met or past `$maxDepth`), then the
 * path's nodes and edges, start to end (as SUBGRAPH sends them). No row when there is none. One round trip instead of two resolves, one per
 * level and two more for the path's nodes and edges; a level's reached nodes never leave the server.
 */
export const SHORTEST_PATH = `CALL () { CALL () { ${NODES_NAMED('$a', '$aliasA')} } WITH n WHERE ${SEEN('n')} RETURN collect(DISTINCT n) AS aF }
CALL () { CALL () { ${NODES_NAMED('$b', '$aliasB')} } WITH n WHERE ${SEEN('n')} RETURN collect(DISTINCT n) AS bF }
WITH aF, bF, aF AS aS, bF AS bS, [] AS aT, [] AS bT, 0 AS aD, 0 AS bD,
  reduce(m = null, n IN aF | CASE WHEN n IN bF AND (m IS NULL OR ${codeUnitOrder('n.id')} < ${codeUnitOrder('m.id')}) THEN n ELSE m END) AS meet
${Array.from({ length: PATH_DEPTH_MAX }, () => PATH_LEVEL).join('\n')}
WITH meet, aT, bT WHERE meet IS NOT NULL
WITH meet, ${WALK_BACK('aT')} AS head, ${WALK_BACK('bT')} AS tail
WITH reverse([meet] + [s IN head | s.p]) + [s IN tail | s.p] AS nodes, reverse([s IN head | s.r]) + [s IN tail | s.r] AS rels
${SUBGRAPH('nodes', '[r IN rels | {r: r, s: startNode(r).id, t: endNode(r).id}]')}
RETURN layouts, nodes, edges`;

const CYPHER_TEST: Readonly<Record<SearchRung['test'], string>> = { equals: '=', startsWith: 'STARTS WITH', contains: 'CONTAINS' };
/**
 * search.ts SEARCH_LADDER as a Cypher CASE over `name` and `aliases` (each rung a WHEN, in the ladder's order). The
 * last rung, the only one on `text`, is the ELSE: every candidate holds the needle in its name, an alias or its text,
 * so one that meets no rung above is a text hit, scored without reading its text.
 */
export function searchScoreCase(ladder: readonly SearchRung[]): string {
  const last = ladder[ladder.length - 1];
  if (last?.field !== 'text' || ladder.slice(0, -1).some((r) => r.field === 'text')) {
    throw new Error('neo4j-cypher: the search ladder must end with its only text rung (search.ts SEARCH_LADDER).');
  }
  const when = (r: SearchRung) => (r.field === 'aliases' ? `any(a IN aliases WHERE a ${CYPHER_TEST[r.test]} $text)` : `name ${CYPHER_TEST[r.test]} $text`);
  return `CASE\n${ladder.slice(0, -1).map((r) => `  WHEN ${when(r)} THEN ${r.score}\n`).join('')}  ELSE ${last.score} END`;
}

/** search's candidates whose name or an alias holds the needle (`CALL` body; the text index answers CONTAINS exactly). */
const NAMED_HITS = `${NODE_LABELS.map((l) => `MATCH (n:${label(l)}) WHERE n.name CONTAINS $text RETURN n`).join('\n  UNION ')}
  UNION ${ALIAS_HITS('$aliasContains', `(${NODE_LABELS.map((l) => `n:${label(l)}`).join(' OR ')}) AND n.aliases IS :: LIST<ANY> AND any(a IN n.aliases WHERE a CONTAINS $text)`)}`;
/**
 * A needle of exactly two CJK unified ideographs is one token of pg_task_text_fulltext's `cjk` analyzer: it makes a
 * bigram of two ideographs only where they stand side by side (their offsets touch), so the term query `text:"…"` finds
 * exactly the Tasks and Sections whose text CONTAINS the pair, from the term's postings, no text read. The trigram TEXT
 * index has no trigram to look up in two characters and tests its values one by one: a two-character place in
 * thousands of tasks (川渝, 2,420 tasks and 2,878 sections at 1,000 documents) was most of search's server time.
 * Longer needles stay on the TEXT index: a phrase of bigrams also matches across a break (翠岩，岩河 for 翠岩河).
 */
const IDEOGRAPH_PAIR = /^[\u4e00-\u9fff]{2}$/u;
/** The `$bigram` of search's statements: pg_task_text_fulltext's exact query for `text`, or null when it has none. */
export const bigramTextQuery = (text: string): string | null => (IDEOGRAPH_PAIR.test(text) ? `text:${phrase(text)}` : null);
/**
 * search's candidates whose text holds the needle (`CALL` body): Tasks and Sections through the full-text index when
 * `$bigram` is set, else through their TEXT indexes (the `WITH … WHERE` runs first: the branch not taken reads nothing).
 */
const TEXT_HITS = [
  `WITH $bigram AS q WHERE q IS NOT NULL CALL db.index.fulltext.queryNodes('pg_task_text_fulltext', q) YIELD node AS n RETURN n`,
  ...TEXT_LABELS.map((l) => `${TASK_LABELS.includes(l) ? 'WITH $bigram AS q WHERE q IS NULL ' : ''}MATCH (n:${label(l)}) WHERE n.text CONTAINS $text RETURN n`),
].join('\n  UNION ');
/** A candidate of the labels asked for, visible in scope. */
const HIT_SEEN = (v: string) => `($labels IS NULL OR labels(${v})[0] IN $labels)
  AND ($docs IS NULL OR CASE WHEN ${v}.pg_doc IS NULL THEN ${VISIBLE(v)} ELSE ${v}.pg_doc IN $docs END)`;
/** `name` and `aliases` of `n` as the JS row reads them (a missing or odd value: '' and []). */
const HIT_NAME = (v: string) => `CASE WHEN ${v}.name IS :: STRING THEN ${v}.name ELSE '' END`;
const HIT_ALIASES = (v: string) => `CASE WHEN ${v}.aliases IS :: LIST<ANY> THEN ${v}.aliases ELSE [] END`;

/**
 * search's hits, each node once (UNION), scored as search.ts scoreOf scores them: `n`, its `name` and `aliases` as
 * the JS row reads them, and `score`. Only the short name and aliases are read per hit; a text hit (no name or alias
 * holds the needle) scores 20 unread.
 */
const SEARCH_HITS = `CALL () {
  ${NAMED_HITS}
  UNION ${TEXT_HITS}
} WITH n WHERE ${HIT_SEEN('n')}
WITH n, ${HIT_NAME('n')} AS name, ${HIT_ALIASES('n')} AS aliases
WITH n, name, aliases, ${searchScoreCase(SEARCH_LADDER)} AS score`;
/** A hit as neo4j-rows.ts reads it; `text` the node's text when `withText` holds (a text hit's snippet needs it). */
const SEARCH_HIT = (v: string, withText: string) =>
  `{id: ${v}.n.id, name: ${v}.name, pg_doc: ${v}.n.pg_doc, pg_label: labels(${v}.n)[0], aliases: ${v}.aliases, text: CASE WHEN ${withText} THEN ${v}.n.text END}`;
/** Every hit with its text (RowSource.searchCandidates). */
export const SEARCH_CANDIDATES = `${SEARCH_HITS}
WITH {n: n, name: name, aliases: aliases} AS h, score
RETURN ${SEARCH_HIT('h', 'true')} AS hit, score`;

if (SEARCH_LADDER.some((r) => r.field !== 'text' && r.score <= TEXT_SCORE)) {
  throw new Error('neo4j-cypher: SEARCH_PAGE ranks text hits after every name and alias hit; the ladder must score them lowest.');
}
/**
 * search's page (RowSource.searchPage): the count of hits and the first `$limit` in shapeSearch's order (score desc,
 * name, id; codeUnitOrder makes Cypher's string order JS's), ranked here with a top-k. Name and alias hits are few and
 * scored in full; a text hit (the needle in its text only) scores the ladder's lowest, so it ranks after all of them and
 * only its name is read, for its place among the text hits, and only while the page has room: a common word is in
 * thousands of task and section texts, counted without reading them, and only the page's text is read (its snippet).
 */
export const SEARCH_PAGE = `CALL () { CALL () {
  ${NAMED_HITS}
} WITH n WHERE ${HIT_SEEN('n')}
WITH n, ${HIT_NAME('n')} AS name, ${HIT_ALIASES('n')} AS aliases
WITH n, name, aliases, ${searchScoreCase(SEARCH_LADDER)} AS score
RETURN collect({n: n, name: name, aliases: aliases, score: score}) AS named }
WITH named, [h IN named | h.n] AS namedNodes
CALL (namedNodes) { CALL () {
  ${TEXT_HITS}
} WITH n WHERE NOT n IN namedNodes AND ${HIT_SEEN('n')} RETURN collect(n) AS texts }
CALL (named) {
  UNWIND named AS h
  WITH h ORDER BY h.score DESC, ${codeUnitOrder('h.name')}, ${codeUnitOrder('h.n.id')} LIMIT toInteger($limit)
  RETURN collect(h) AS top
}
CALL (top, texts) {
  UNWIND CASE WHEN size(top) < $limit THEN texts ELSE [] END AS n
  WITH n, n.name AS name
  WITH n, CASE WHEN name IS :: STRING THEN name ELSE '' END AS name ORDER BY ${codeUnitOrder('name')}, ${codeUnitOrder('n.id')} LIMIT toInteger($limit)
  RETURN collect({n: n, name: name, aliases: ${HIT_ALIASES('n')}, score: ${TEXT_SCORE}}) AS low
}
RETURN size(named) + size(texts) AS total, [h IN (top + low)[0..toInteger($limit)] | {hit: ${SEARCH_HIT('h', `h.score = ${TEXT_SCORE}`)}, score: h.score}] AS page`;

/** Each unordered pair once (stored ids compare by code point, see codeUnitOrder, so callers re-orient in JS). */
const PAIRS = `MATCH (a:Unit)-[:${DUTY}]->(t)<-[:${DUTY}]-(b:Unit) WHERE a.id < b.id
RETURN a.id AS aId, a.name AS aName, b.id AS bId, b.name AS bName, count(DISTINCT t) AS shared`;
export const UNIT_PAIRS = PAIRS;
export const UNIT_PAIRS_OF_DOCS = `${TASKS_OF_DOCS()} ${PAIRS}`;

/** Counts come from the count store: one cheap lookup per label and per type. */
export const STATS = `CALL () {
  ${NODE_LABELS.map((l) => `MATCH (n:${label(l)}) RETURN 'node' AS kind, '${label(l)}' AS key, count(n) AS count`).join('\n  UNION ALL ')}
  UNION ALL ${EDGE_TYPES.map((t) => `MATCH ()-[r:${relType(t)}]->() RETURN 'edge' AS kind, '${relType(t)}' AS key, count(r) AS count`).join('\n  UNION ALL ')}
  UNION ALL MATCH (d:Document) WHERE d.pg_hash IS NOT NULL RETURN 'documents' AS kind, '' AS key, count(d) AS count
  UNION ALL MATCH (d:Document) WHERE d.pg_hash IS NOT NULL RETURN 'warnings' AS kind, '' AS key, sum(d.pg_warning_count) AS count
} RETURN kind, key, count`;

/**
 * A Lucene query over pg_task_text_fulltext: each word a phrase (the `cjk` analyzer makes it a run of bigrams) in
 * the title or the text, any word may match. No title boost: a task's text repeats its title, and on the question
 * set boosting the title moved the ranking away from the in-process BM25 (top-5 overlap 0.78 unboosted, 0.64 at ×3).
 */
export const taskTextQuery = (words: string[]): string => words.map((w) => `title:${phrase(w)} text:${phrase(w)}`).join(' ');
/** Tasks and sections ranked by the `cjk` full-text index (Lucene BM25), with the names of the units that have a duty on each. */
export const SEARCH_TASK_TEXT = `CALL db.index.fulltext.queryNodes('pg_task_text_fulltext', $query, {limit: toInteger($limit)}) YIELD node AS t, score
OPTIONAL MATCH (u:Unit)-[:${DUTY}]->(t)
WITH t, score, collect(DISTINCT u.name) AS units
RETURN ${TASK('t')} AS task, t.text AS text, units, score`;
