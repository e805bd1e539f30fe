// The Neo4j store's link decisions: one bookkeeping node per decision, apart from the documents' nodes.
//
// Why nodes of their own and not properties of an IMPLEMENTS relationship: re-ingesting a document deletes its
// task nodes and every relationship on them; a decision must outlive that (see graph/align/decisions.ts).
// Not a model label, like META_LABEL: exports, stats and catalogue queries never see these nodes.
import { parseDecisions, type LinkDecision } from '../../align/decisions.ts';
import { AppError } from '../../errors.ts';
import { EXPORT_FORMAT, type GraphExport } from '../../model.ts';
import { collectRows, EXPORT_TIMEOUT_MS, type Neo4jClient } from './neo4j-client.ts';
import { EXPORT_ATTEMPTS, inconsistency, readExport } from './neo4j-export.ts';

export const LINK_LABEL = 'PolicyGraphLinkDecision';

const LIST_DECISIONS = `MATCH (d:${LINK_LABEL}) RETURN d.json AS json ORDER BY d.id`;
const SAVE_DECISIONS = `UNWIND $rows AS row
MERGE (d:${LINK_LABEL} {id: row.id})
SET d.status = row.status, d.json = row.json`;
const CLEAR_DECISIONS = `UNWIND $ids AS id
MATCH (d:${LINK_LABEL} {id: id})
DELETE d`;

export async function readDecisions(client: Neo4jClient): Promise<LinkDecision[]> {
  const rows = await client.rows(LIST_DECISIONS);
  return parseDecisions(rows.map((r) => JSON.parse(String(r.json)) as unknown), `${LINK_LABEL} nodes`);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole graph and the decisions from one read transaction that adds up (as exportConsistent checks it). */
export async function readAlignmentSnapshot(client: Neo4jClient): Promise<{ graph: GraphExport; decisions: LinkDecision[] }> {
  let problem = '';
  for (let attempt = 1; attempt <= EXPORT_ATTEMPTS; attempt++) {
    const { read, rows } = await client.read(async (tx) => ({
      read: await readExport(tx), rows: await collectRows(tx, LIST_DECISIONS, {}, client.maxRows),
    }), EXPORT_TIMEOUT_MS);
    const found = inconsistency(read.raw);
    if (found === null) {
      const graph: GraphExport = { format: EXPORT_FORMAT, nodes: read.nodes.sort(byId), edges: read.edges.sort(byId) };
      return { graph, decisions: parseDecisions(rows.map((r) => JSON.parse(String(r.json)) as unknown), `${LINK_LABEL} nodes`) };
    }
    problem = found;
  }
  throw new AppError('QUERY_TIMEOUT', '读取期间图一直在变化 / the graph kept changing while alignment read it', {
    retriable: true, hint: `请在导入完成后重试 / retry once the running ingest has finished (last read: ${problem}).`,
  });
}

/** One write transaction (announced and versioned like a document's): the cleared ids go, the saved decisions replace any of the same id. */
export async function writeDecisions(client: Neo4jClient, save: readonly LinkDecision[], clear: readonly string[]): Promise<void> {
  const decisions = parseDecisions([...save], 'saveLinkDecisions');
  await client.announcedWrite(async (tx) => {
    if (clear.length > 0) await collectRows(tx, CLEAR_DECISIONS, { ids: [...clear] }, client.maxRows);
    if (decisions.length > 0) {
      const rows = decisions.map((d) => ({ id: d.id, status: d.status, json: JSON.stringify(d) }));
      await collectRows(tx, SAVE_DECISIONS, { rows }, client.maxRows);
    }
  });
}
