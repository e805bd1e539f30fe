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
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel } from '../../model.ts';
import { PAGE_ITEMS, type GraphPages, type GraphSource } from '../graph-source.ts';
import { setOwn } from '../batch/json.ts';
import { EXPORT_TIMEOUT_MS, staleBefore, type Neo4jClient } from './neo4j-client.ts';
import { cypherName, READ_VERSION } from './neo4j-cypher.ts';
import { EXPORT_ATTEMPTS } from './neo4j-export.ts';

/** Pause before building again after a commit landed mid-read (times the attempt number). */
const RETRY_PAUSE_MS = 200;

/**
 * A node's or edge's properties as three lists: its keys, their encodings (neo4j-props.ts) and each key's value from its
 * encoding's slot, a JSON string for `j` and `x`. `n {.*}` also carried the store's bookkeeping (summaries, warnings,
 * shared-node counts) to be dropped on arrival.
 */
const ENCODED = (v: string) => `${v}.pg_keys AS keys, ${v}.pg_enc AS enc, [i IN range(0, size(coalesce(${v}.pg_keys, [])) - 1) |
  CASE ${v}.pg_enc[i] WHEN 'v' THEN ${v}[${v}.pg_keys[i]] WHEN 'j' THEN ${v}[${v}.pg_keys[i] + '_json'] ELSE ${v}['pg_x' + toString(i)] END] AS vals`;

/** ORDER BY the id: ids are ASCII (graph/ids.ts), where Neo4j's order and JavaScript's agree. */
const nodesOf = (labels: readonly NodeLabel[]) =>
  `MATCH (n:${labels.map((l) => cypherName(l, NODE_LABELS)).join('|')}) RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, ${ENCODED('n')} ORDER BY n.id`;
const edgesOf = (types: readonly EdgeType[], properties: boolean) =>
  `MATCH (s)-[r:${types.map((t) => cypherName(t, EDGE_TYPES)).join('|')}]->(t) RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target${properties ? `, ${ENCODED('r')}` : ''} ORDER BY r.id`;

/**
 * Records per PULL for these reads: each record is decoded as it comes, so the driver's buffer is all they hold besides
 * the page. The client's READ_FETCH_SIZE (20,000) kept that many records and their values in the buffer at once.
 */
export const PAGE_FETCH_SIZE = PAGE_ITEMS;

/** The label and type strings of the model, so every node and edge holds the one copy, not a string per record. */
const NAMES = new Map<string, string>([...NODE_LABELS, ...EDGE_TYPES].map((name) => [name, name]));
const named = (value: unknown): string => NAMES.get(String(value)) ?? String(value);

/** Values at most this long are shared (document ids, kinds, units, years); longer ones (texts, titles) are seldom repeated. */
const SHARED_CHARS = 40;

/**
 * One copy of each short string a read decodes. The driver makes a string per value per record, and what the indexes
 * keep for the version's life held them all: a task's docId, each shared node's docIds, every edge's two ends.
 */
class Strings {
  private readonly seen = new Map<string, string>();

  constructor(ids: readonly string[] = []) {
    for (const id of ids) this.seen.set(id, id);
  }

  get = (value: string): string => {
    if (value.length > SHARED_CHARS) return value;
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    this.seen.set(value, value);
    return value;
  };

  /** A decoded value with its strings (and those of its lists and JSON objects) shared. */
  value = (value: unknown): unknown => (typeof value === 'string' ? this.get(value) : Array.isArray(value) ? value.map(this.value) : value);

  json = (text: string): unknown => JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? this.get(value) : value));
}

/** The property map encodeProperties was given, straight from a record's lists (decodeProperties' rules, no stored map between). */
function propertiesOf(record: Neo4jRecord, strings: Strings): Record<string, unknown> {
  const keys = (record.get('keys') ?? []) as string[];
  const enc = (record.get('enc') ?? []) as string[];
  const vals = (record.get('vals') ?? []) as unknown[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) setOwn(out, keys[i], enc[i] === 'v' ? strings.value(vals[i]) : strings.json(String(vals[i])));
  return out;
}

const nodeOf = (strings: Strings) => (record: Neo4jRecord): GraphNode => {
  const name = record.get('name');
  return { id: String(record.get('id')), label: named(record.get('label')) as NodeLabel, name: typeof name === 'string' ? name : '', properties: propertiesOf(record, strings) };
};

/** An edge, its ends the nodes' own id strings (`strings` holds them) and its properties read when asked for. */
const edgeOf = (strings: Strings, properties: boolean) => (record: Neo4jRecord): GraphEdge => ({
  id: String(record.get('id')), type: named(record.get('type')) as EdgeType,
  source: strings.get(String(record.get('source'))), target: strings.get(String(record.get('target'))),
  properties: properties ? (propertiesOf(record, strings) as GraphEdge['properties']) : {},
});

async function* paged<T>(tx: ManagedTransaction, statement: string, decode: (record: Neo4jRecord) => T): AsyncGenerator<T[]> {
  let page: T[] = [];
  // Streamed: the driver pulls the next batch of records as these are taken, not the whole result at once.
  for await (const record of tx.run(statement)) {
    page.push(decode(record));
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
  for await (const page of paged(tx, nodesOf(NODE_LABELS), nodeOf(new Strings()))) {
    for (const n of page) nodes.push(n);
  }
  shareDocumentTexts(nodes);
  return nodes;
}

/**
 * A section's, task's or target's text is its document's text from `start` to `end`, read as a string of its own:
 * each passage held again (sections hold their tasks' text too, so nearly four times the documents' characters). Taken
 * as a slice of the document's text instead, V8 keeps a pointer and two offsets into it (a sliced string), not a copy;
 * the value is the same. A text that is not that slice stays as read.
 */
function shareDocumentTexts(nodes: GraphNode[]): void {
  const texts = new Map<string, string>();
  for (const n of nodes) if (n.label === 'Document' && typeof n.properties.text === 'string') texts.set(n.id, n.properties.text);
  for (const n of nodes) {
    const p = n.properties;
    const whole = typeof p.docId === 'string' ? texts.get(p.docId) : undefined;
    if (whole === undefined || typeof p.text !== 'string' || typeof p.start !== 'number' || typeof p.end !== 'number') continue;
    const slice = whole.slice(p.start, p.end);
    if (slice === p.text) p.text = slice;
  }
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
    async *edges(types, options = {}) {
      // Seeded with this version's node ids, so each edge's ends are its nodes' own strings.
      const strings = new Strings((await nodes()).map((n) => n.id));
      yield* paged(tx, edgesOf(types, options.properties === true), edgeOf(strings, options.properties === true));
    },
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
        }, EXPORT_TIMEOUT_MS, PAGE_FETCH_SIZE);
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
