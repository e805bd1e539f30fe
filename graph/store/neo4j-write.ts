// One document's write transaction: lock, no-op check, conflicts, drop the old contribution, batched UNWIND MERGEs.
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import type { GraphBatch, GraphNode, NodeLabel } from '../model.ts';
import { SHARED_LABELS, isSharedLabel } from './batch-schema.ts';
import type { BatchIssue } from './batch-validate.ts';
import {
  DELETE_DOC_EDGES_AT, DELETE_NODES, FIND_EDGE_OWNERS, FIND_NODE_OWNERS, LOCK_DOCUMENT, LOCK_EXISTING_DOCUMENT, LOCK_SHARED,
  MERGE_EDGES, MERGE_NODES, OWNED_LABELS, READ_CONTRIBUTIONS, SET_DOCUMENT, SET_NODES,
} from './neo4j-cypher.ts';
import { edgeProps, nodeProps } from './neo4j-props.ts';
import {
  mergedSharedNode, nextSharedState, readSharedState, sharedBookkeeping, type SharedNext, type SharedState,
} from './neo4j-shared.ts';

/** `batched`: one UNWIND statement per label / relationship type; `per-row`: one statement per node or edge (benchmarks). */
export type WriteMode = 'batched' | 'per-row';

/** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep a statement's memory bounded. */
export const UNWIND_ROWS = 5_000;

/** What a stored document remembers about its contribution, for replacing or removing it later. */
interface DocState {
  hash: string | null;
  owned: Partial<Record<NodeLabel, string[]>>;
  shared: Record<string, GraphNode>;
}

export interface DocPlan {
  batch: GraphBatch;
  hash: string;
  documentProps: Record<string, unknown>;
}

type Row = Record<string, unknown>;

async function runRows(tx: ManagedTransaction, statement: string, rows: unknown[], mode: WriteMode, params: Row = {}): Promise<Row[]> {
  const size = mode === 'per-row' ? 1 : UNWIND_ROWS;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const result = await tx.run(statement, { ...params, rows: rows.slice(i, i + size) });
    out.push(...result.records.map((r) => r.toObject() as Row));
  }
  return out;
}

/** Writes that must touch every row: a MATCH that finds nothing would otherwise drop a row silently. */
async function writeRows(tx: ManagedTransaction, statement: string, rows: Row[], mode: WriteMode): Promise<void> {
  const written = (await runRows(tx, statement, rows, mode)).reduce((sum, r) => sum + Number(r.written), 0);
  if (written !== rows.length) {
    throw new AppError('INTERNAL', `Neo4jGraphStore: wrote ${written} of ${rows.length} rows / 写入不完整`, { hint: 'Nothing was written; retry.' });
  }
}

function docState(row: Row | undefined): DocState {
  return {
    hash: typeof row?.hash === 'string' ? row.hash : null,
    owned: typeof row?.owned === 'string' ? JSON.parse(row.owned) : {},
    shared: typeof row?.shared === 'string' ? JSON.parse(row.shared) : {},
  };
}

function push<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

function byLabel(nodes: Iterable<GraphNode>): Map<NodeLabel, GraphNode[]> {
  const groups = new Map<NodeLabel, GraphNode[]>();
  for (const node of nodes) push(groups, node.label, node);
  return groups;
}

/** Document properties: its own, plus what replacing/removing it later needs (owned ids, shared contributions). */
export function documentBookkeeping(batch: GraphBatch): Row {
  const owned: Partial<Record<NodeLabel, string[]>> = {};
  const shared: Record<string, GraphNode> = {};
  for (const node of batch.nodes) {
    if (isSharedLabel(node.label)) shared[node.id] = node;
    else if (node.id !== batch.docId) (owned[node.label] ??= []).push(node.id);
  }
  return { pg_owned_json: JSON.stringify(owned), pg_shared_json: JSON.stringify(shared) };
}

/** Ids taken by another document, or held by a node of another label: same rules as the memory store. */
async function conflicts(tx: ManagedTransaction, batch: GraphBatch): Promise<BatchIssue[]> {
  const nodes = await tx.run(FIND_NODE_OWNERS, { ids: batch.nodes.map((n) => n.id) });
  const edges = await tx.run(FIND_EDGE_OWNERS, { ids: batch.edges.map((e) => e.id) });
  const found = new Map<string, { label: string; owner: unknown }[]>();
  for (const r of nodes.records) push(found, r.get('id') as string, { label: r.get('label') as string, owner: r.get('owner') as unknown });
  const issues: BatchIssue[] = [];
  batch.nodes.forEach((node, i) => {
    const existing = found.get(node.id) ?? [];
    const owner = existing.find((e) => typeof e.owner === 'string' && e.owner !== batch.docId)?.owner;
    if (owner !== undefined) issues.push({ path: ['nodes', i, 'id'], message: `node ${node.id} belongs to document ${String(owner)}` });
    else if (existing.some((e) => e.label !== node.label)) {
      issues.push({ path: ['nodes', i, 'label'], message: `node ${node.id} is already a ${existing.find((e) => e.label !== node.label)?.label}` });
    }
  });
  const edgeOwners = new Map<string, unknown>(edges.records.map((r) => [r.get('id'), r.get('owner')]));
  batch.edges.forEach((edge, i) => {
    const owner = edgeOwners.get(edge.id);
    if (typeof owner === 'string' && owner !== batch.docId) {
      issues.push({ path: ['edges', i, 'id'], message: `edge ${edge.id} belongs to document ${owner}; edge ids must include the document` });
    }
  });
  return issues;
}

function conflict(docId: string, issues: BatchIssue[]): AppError {
  return new AppError('BAD_INPUT', `GraphStore.applyBatch: batch ${docId} clashes with stored documents / 与已有文档冲突`, {
    issues, hint: 'Nothing was written. Node and edge ids of one document must not reuse another document’s ids.',
  });
}

/** Drop the document's edges and owned nodes (not its Document node, which stays locked). */
async function dropContribution(tx: ManagedTransaction, docId: string, before: DocState, mode: WriteMode): Promise<void> {
  for (const [label, nodes] of byLabel(Object.values(before.shared))) {
    await runRows(tx, DELETE_DOC_EDGES_AT[label], nodes.map((n) => n.id), mode, { docId });
  }
  for (const label of OWNED_LABELS) {
    const ids = before.owned[label] ?? [];
    if (ids.length > 0) await runRows(tx, DELETE_NODES[label], ids, mode);
  }
}

/** Fill in base contributions that belong to another document, read from that document's bookkeeping. */
async function fetchBases(tx: ManagedTransaction, pending: SharedNext[]): Promise<void> {
  const missing = pending.filter((p) => p.base === null && p.baseDoc !== null);
  if (missing.length === 0) return;
  const result = await tx.run(READ_CONTRIBUTIONS, { docIds: [...new Set(missing.map((p) => p.baseDoc))] });
  const byDoc = new Map<string, Record<string, GraphNode>>(result.records.map((r) => [r.get('docId'), JSON.parse(r.get('shared') ?? '{}')]));
  for (const p of missing) p.base = byDoc.get(p.baseDoc as string)?.[p.id] ?? null;
}

type Locked = Map<NodeLabel, { id: string; state: SharedState }[]>;

/**
 * Lock every shared node the old or new contribution touches (label order, then id order, so concurrent
 * documents queue instead of deadlocking) and read their merge state; new ones are created empty.
 */
async function lockShared(tx: ManagedTransaction, before: Record<string, GraphNode>, after: Map<string, GraphNode>, mode: WriteMode): Promise<Locked> {
  const all = new Map<string, GraphNode>([...Object.entries(before), ...after]);
  const locked: Locked = new Map();
  for (const label of SHARED_LABELS) {
    const ids = [...all.values()].filter((n) => n.label === label).map((n) => n.id).sort();
    if (ids.length === 0) continue;
    const rows = await runRows(tx, LOCK_SHARED[label], ids, mode);
    locked.set(label, rows.map((row) => ({ id: String(row.id), state: readSharedState(row) })));
  }
  return locked;
}

/** Re-merge the locked shared nodes with this document's new contribution; drop those nobody contributes any more. */
async function updateShared(tx: ManagedTransaction, docId: string, locked: Locked, before: Record<string, GraphNode>, after: Map<string, GraphNode>, mode: WriteMode): Promise<void> {
  for (const [label, nodes] of locked) {
    const pending = nodes.map(({ id, state }) => nextSharedState(id, docId, state, before[id], after.get(id)));
    const gone = pending.filter((p) => p.docIds.length === 0).map((p) => p.id);
    const kept = pending.filter((p) => p.docIds.length > 0);
    await fetchBases(tx, kept);
    if (gone.length > 0) await runRows(tx, DELETE_NODES[label], gone, mode);
    const rows = kept.map((p) => ({ id: p.id, props: nodeProps(mergedSharedNode(p), sharedBookkeeping(p)) }));
    await writeRows(tx, SET_NODES[label], rows, mode);
  }
}

async function writeOwned(tx: ManagedTransaction, plan: DocPlan, mode: WriteMode): Promise<void> {
  const { batch } = plan;
  await tx.run(SET_DOCUMENT, { docId: batch.docId, props: plan.documentProps });
  const owned = batch.nodes.filter((n) => !isSharedLabel(n.label) && n.id !== batch.docId);
  for (const [label, nodes] of byLabel(owned)) {
    await writeRows(tx, MERGE_NODES[label], nodes.map((n) => ({ id: n.id, props: nodeProps(n, { pg_doc: batch.docId }) })), mode);
  }
}

async function writeEdges(tx: ManagedTransaction, batch: GraphBatch, mode: WriteMode): Promise<void> {
  const labels = new Map(batch.nodes.map((n) => [n.id, n.label]));
  const groups = new Map<string, Row[]>();
  for (const edge of batch.edges) {
    const statement = MERGE_EDGES[edge.type][labels.get(edge.source) as NodeLabel]?.[labels.get(edge.target) as NodeLabel];
    if (!statement) throw new AppError('BAD_INPUT', `GraphStore.applyBatch: ${edge.type} edge ${edge.id} breaks the model / 关系不符合模型`);
    push(groups, statement, { id: edge.id, source: edge.source, target: edge.target, props: edgeProps(edge, batch.docId) });
  }
  for (const [statement, rows] of groups) await writeRows(tx, statement, rows, mode);
}

/** Apply one validated document inside `tx`; false when the store already holds exactly this content. */
export async function applyDocument(tx: ManagedTransaction, plan: DocPlan, mode: WriteMode): Promise<boolean> {
  const docId = plan.batch.docId;
  const before = docState((await tx.run(LOCK_DOCUMENT, { docId })).records[0]?.toObject());
  if (before.hash === plan.hash) return false;
  const issues = await conflicts(tx, plan.batch);
  if (issues.length > 0) throw conflict(docId, issues);
  const after = new Map(plan.batch.nodes.filter((n) => isSharedLabel(n.label)).map((n) => [n.id, n]));
  const locked = await lockShared(tx, before.shared, after, mode);
  await dropContribution(tx, docId, before, mode);
  await updateShared(tx, docId, locked, before.shared, after, mode);
  await writeOwned(tx, plan, mode);
  await writeEdges(tx, plan.batch, mode);
  return true;
}

/** Remove one document inside `tx`; false when it was not there. */
export async function removeDocumentTx(tx: ManagedTransaction, docId: string, mode: WriteMode): Promise<boolean> {
  const row = (await tx.run(LOCK_EXISTING_DOCUMENT, { docId })).records[0]?.toObject();
  const before = docState(row);
  if (before.hash === null) return false;
  const locked = await lockShared(tx, before.shared, new Map(), mode);
  await dropContribution(tx, docId, before, mode);
  await updateShared(tx, docId, locked, before.shared, new Map(), mode);
  await runRows(tx, DELETE_NODES.Document, [docId], mode);
  return true;
}
