// The Neo4j export as one consistent state: the read is checked document by document and retried while writes land.
//
// Why: Neo4j reads are read-committed, and nodes and edges are two statements. A document committed (or removed)
// during the export showed its edges without its nodes, or its nodes without their edges; even a label scan of
// Document nodes taken before and after could miss a commit that the other statements saw. So the rows themselves
// are checked against each document's own summary, and a read that does not add up is taken again.
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import { EXPORT_FORMAT, type GraphEdge, type GraphExport, type GraphNode } from '../../model.ts';
import { EXPORT_TIMEOUT_MS, type Neo4jClient, type Row } from './neo4j-client.ts';
import * as Q from './neo4j-cypher.ts';
import { decodeEdge, decodeNode } from './neo4j-props.ts';

/** Reads that do not add up are retried this many times before the caller is told to retry later. */
export const EXPORT_ATTEMPTS = 5;

/** The rows as far as the consistency check reads them (`inconsistency`): ids, owners, labels, ends. */
export interface RawExport {
  summaries: DocumentSummary[];
  nodes: Row[];
  edges: Row[];
}

/** A read of the whole graph: the rows the check reads, and the graph decoded from the same records. */
export interface ExportRead {
  raw: RawExport;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Why the rows are not one state of the graph, or null when they are: every document listed has its Document node,
 * all its tasks, sections and edges and nothing of a document that is not listed shows; edges join nodes that are there.
 */
export function inconsistency({ summaries, nodes, edges }: RawExport): string | null {
  const docs = new Map(summaries.map((s) => [s.id, s.counts]));
  const ids = new Set(nodes.map((n) => String(n.id)));
  const owned = new Map<string, number>();
  for (const n of nodes) {
    const owner = n.pg_doc;
    if (typeof owner === 'string') {
      if (!docs.has(owner)) return `node ${String(n.id)} of unlisted document ${owner}`;
      if (n.pg_label === 'Task' || n.pg_label === 'Section') bump(owned, `${owner}\u0000${String(n.pg_label)}`);
    }
    const docIds = Array.isArray(n.docIds) ? (n.docIds as unknown[]) : [];
    const stray = docIds.find((d) => !docs.has(String(d)));
    if (stray !== undefined) return `shared node ${String(n.id)} counts unlisted document ${String(stray)}`;
  }
  const perDoc = new Map<string, number>();
  for (const e of edges) {
    if (!ids.has(String(e.pg_source)) || !ids.has(String(e.pg_target))) return `edge ${String(e.id)} joins a node that is not there`;
    if (typeof e.pg_doc !== 'string' || !docs.has(e.pg_doc)) return `edge ${String(e.id)} of unlisted document ${String(e.pg_doc)}`;
    bump(perDoc, e.pg_doc);
  }
  for (const [docId, counts] of docs) {
    if (!ids.has(docId)) return `document ${docId} has no Document node`;
    const seen = { tasks: owned.get(`${docId}\u0000Task`) ?? 0, sections: owned.get(`${docId}\u0000Section`) ?? 0, edges: perDoc.get(docId) ?? 0 };
    if (seen.tasks !== counts.tasks || seen.sections !== counts.sections || seen.edges !== counts.edges) {
      return `document ${docId} is partly there: ${JSON.stringify(seen)} of ${JSON.stringify(counts)}`;
    }
  }
  return null;
}

const nodeCheck = (n: Row): Row => ({ id: n.id, pg_doc: n.pg_doc, pg_label: n.pg_label, docIds: n.docIds });
const edgeCheck = (e: Row): Row => ({ id: e.id, pg_source: e.pg_source, pg_target: e.pg_target, pg_doc: e.pg_doc });

/**
 * Each record is decoded as it arrives and only the check's fields of its row are kept. Collecting every record first
 * held the driver's records, their stored rows (key and encoding lists, JSON strings) and the decoded graph at once:
 * at 1,000 documents the export's peak was about three times the graph it left (test/bench/neo4j-memory.ts), and the
 * server's RSS kept the peak's pages long after.
 */
export async function readExport(tx: ManagedTransaction): Promise<ExportRead> {
  const summaries = (await tx.run(Q.LIST_DOCUMENTS)).records.map((r) => JSON.parse(String(r.get('summary'))) as DocumentSummary);
  const read: ExportRead = { raw: { summaries, nodes: [], edges: [] }, nodes: [], edges: [] };
  for await (const record of tx.run(Q.EXPORT_NODES)) {
    const row = record.get('node') as Row;
    read.raw.nodes.push(nodeCheck(row));
    read.nodes.push(decodeNode(row));
  }
  for await (const record of tx.run(Q.EXPORT_EDGES)) {
    const row = record.get('edge') as Row;
    read.raw.edges.push(edgeCheck(row));
    read.edges.push(decodeEdge(row));
  }
  return read;
}

/** The whole graph as `policy-graph/v1`, from a read that adds up (see `inconsistency`). */
export async function exportConsistent(client: Neo4jClient, attempts = EXPORT_ATTEMPTS): Promise<GraphExport> {
  let problem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const read = await client.read(readExport, EXPORT_TIMEOUT_MS);
    const found = inconsistency(read.raw);
    if (found === null) return { format: EXPORT_FORMAT, nodes: read.nodes.sort(byId), edges: read.edges.sort(byId) };
    problem = found;
  }
  throw new AppError('QUERY_TIMEOUT', '导出期间图一直在变化 / the graph kept changing while it was exported', {
    retriable: true,
    hint: `请在导入完成后重试 / retry once the running ingest has finished (last read: ${problem}).`,
  });
}
