// The graph in pages for the indexes derived from it (graph/store/graph-source.ts): each builder streams only the
// labels, types and fields it reads, decoded a page at a time, so this process never holds the whole export.
//
// The nodes are read once per graph version and shared by every builder (the view holds every one of them for the
// version's life anyway): read again by each, their texts were a copy per builder (1,000 documents: +23 MB of heap
// once warm, and 3 s of CPU a read). The edges, most of the graph, are paged by each builder and let go.
//
// Consistency: reads are read-committed, so a builder's statements run in one read transaction between two reads of
// the graph version (the seqlock of neo4j-read.ts); when the version moved or a commit was landing, the build is
// dropped and run again, as the export's check did (neo4j-export.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel } from '../../model.ts';
import { PAGE_ITEMS, type GraphPages, type GraphSource } from '../graph-source.ts';
import { EXPORT_TIMEOUT_MS, staleBefore, type Neo4jClient, type Row } from './neo4j-client.ts';
import { cypherName, READ_VERSION } from './neo4j-cypher.ts';
import { EXPORT_ATTEMPTS } from './neo4j-export.ts';
import { decodeEdge, decodeNode } from './neo4j-props.ts';

/** Pause before building again after a commit landed mid-read (times the attempt number). */
const RETRY_PAUSE_MS = 200;

/**
 * The stored fields decodeProperties reads, and no others: each key's value in its encoding's slot (neo4j-props.ts).
 * `n {.*}` also carried the store's bookkeeping (summaries, warnings, shared-node counts) to be dropped on arrival.
 */
const ENCODED = (v: string) => `${v}.pg_keys AS keys, ${v}.pg_enc AS enc, [i IN range(0, size(coalesce(${v}.pg_keys, [])) - 1) |
  CASE ${v}.pg_enc[i] WHEN 'v' THEN ${v}[${v}.pg_keys[i]] WHEN 'j' THEN ${v}[${v}.pg_keys[i] + '_json'] ELSE ${v}['pg_x' + toString(i)] END] AS vals`;

/** ORDER BY the id: ids are ASCII (graph/ids.ts), where Neo4j's order and JavaScript's agree. */
const nodesOf = (labels: readonly NodeLabel[]) =>
  `MATCH (n:${labels.map((l) => cypherName(l, NODE_LABELS)).join('|')}) RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, ${ENCODED('n')} ORDER BY n.id`;
const edgesOf = (types: readonly EdgeType[], properties: boolean) =>
  `MATCH (s)-[r:${types.map((t) => cypherName(t, EDGE_TYPES)).join('|')}]->(t) RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target${properties ? `, ${ENCODED('r')}` : ''} ORDER BY r.id`;

/** A record's encoded fields as the stored map decodeProperties reads. */
function stored(row: Row, extra: Row): Row {
  const keys = (row.keys ?? []) as string[];
  const enc = (row.enc ?? []) as string[];
  const vals = (row.vals ?? []) as unknown[];
  const out: Row = { ...extra, pg_keys: keys, pg_enc: enc };
  keys.forEach((key, i) => {
    out[enc[i] === 'v' ? key : enc[i] === 'j' ? `${key}_json` : `pg_x${i}`] = vals[i];
  });
  return out;
}

async function* paged<T>(tx: ManagedTransaction, statement: string, decode: (row: Row) => T): AsyncGenerator<T[]> {
  let page: T[] = [];
  // Streamed: the driver pulls the next batch of records as these are taken, not the whole result at once.
  for await (const record of tx.run(statement)) {
    page.push(decode(record.toObject() as Row));
    if (page.length === PAGE_ITEMS) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

/** Every node of one graph version, in id order. */
interface NodeTable {
  version: number;
  nodes: Promise<GraphNode[]>;
}

async function readNodes(tx: ManagedTransaction): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  for await (const page of paged(tx, nodesOf(NODE_LABELS), (row): GraphNode => decodeNode(stored(row, { id: row.id, name: row.name, pg_label: row.label })))) {
    for (const n of page) nodes.push(n);
  }
  return nodes;
}

function* pagesOfNodes(nodes: readonly GraphNode[], labels: readonly NodeLabel[]): Generator<GraphNode[]> {
  const wanted = new Set<string>(labels);
  for (let at = 0; at < nodes.length; at += PAGE_ITEMS) {
    const page = nodes.slice(at, at + PAGE_ITEMS).filter((n) => wanted.has(n.label));
    if (page.length) yield page;
  }
}

function pagesIn(tx: ManagedTransaction, nodes: () => Promise<GraphNode[]>): GraphPages {
  return {
    async *nodes(labels) {
      yield* pagesOfNodes(await nodes(), labels);
    },
    edges: (types, options = {}) => paged(tx, edgesOf(types, options.properties === true), (row): GraphEdge =>
      options.properties
        ? decodeEdge(stored(row, { id: row.id, pg_type: row.type, pg_source: row.source, pg_target: row.target }))
        : { id: String(row.id), type: row.type as EdgeType, source: String(row.source), target: String(row.target), properties: {} }),
  };
}

async function versionIn(tx: ManagedTransaction): Promise<{ version: number; committing: number }> {
  const [record] = (await tx.run(READ_VERSION, { staleBefore: staleBefore() })).records;
  return { version: Number(record?.get('version') ?? 0), committing: Number(record?.get('committing') ?? 0) };
}

/** The Neo4j store's graph source: builds run in one read transaction (the export's timeout), again if a write landed. */
export function neo4jGraphSource(client: Neo4jClient): GraphSource {
  let table: NodeTable | null = null;
  /** This version's nodes: the table's when it is of this version, else read in `tx` (once, on first use) as the new table. */
  const nodesAt = (tx: ManagedTransaction, version: number) => () => {
    if (table?.version !== version) {
      const next: NodeTable = { version, nodes: readNodes(tx) };
      table = next;
      next.nodes.catch(() => {
        if (table === next) table = null;
      });
    }
    return table.nodes;
  };
  return {
    async read(build) {
      for (let attempt = 1; attempt <= EXPORT_ATTEMPTS; attempt++) {
        const read = await client.read(async (tx) => {
          const first = await versionIn(tx);
          const value = await build(pagesIn(tx, nodesAt(tx, first.version)));
          const last = await versionIn(tx);
          return { value, version: first.version, steady: first.version === last.version && last.committing === 0 };
        }, EXPORT_TIMEOUT_MS);
        if (read.steady) return read.value;
        // Nodes read while a commit was landing may be half of it.
        if (table?.version === read.version) table = null;
        await new Promise((done) => setTimeout(done, RETRY_PAUSE_MS * attempt));
      }
      throw new AppError('QUERY_TIMEOUT', '读图期间图一直在变化 / the graph kept changing while it was read', {
        retriable: true,
        hint: '请在导入完成后重试 / retry once the running ingest has finished.',
      });
    },
  };
}
