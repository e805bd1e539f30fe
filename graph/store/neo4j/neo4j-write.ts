// Group write transactions: many documents at once, each statement one UNWIND over all of them (by label, then type).
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import type { GraphNode, NodeLabel } from '../../model.ts';
import { SHARED_LABELS, isSharedLabel } from '../batch/batch-schema.ts';
import type { BatchIssue } from '../batch/batch-validate.ts';
import {
  CREATE_EDGES, DELETE_DOC_EDGES_AT, DELETE_EMPTY_DOCUMENTS, DELETE_NODES, FIND_EDGE_OWNERS, FIND_NODE_OWNERS,
  LOCK_DOCUMENTS, LOCK_EXISTING_DOCUMENT, CREATE_NODES, LOCK_SHARED, OWNED_LABELS, READ_CONTRIBUTIONS, SET_DOCUMENTS, SET_NODES, STORED_FOREIGN_EDGES,
  UPDATE_NODES,
  ownerSeeks,
} from './neo4j-cypher.ts';
import { edgeProps, nodeProps } from './neo4j-props.ts';
import { EMPTY_SHARED, nextSharedState, readSharedState, sharedChanges, sharedProps, type SharedNext, type SharedState } from './neo4j-shared.ts';
import {
  docState, firstConflict, foreignEdgeIds, sharedSteps, type ActiveDoc, type DocPlan, type EdgeOwners, type NodeOwners, type SharedStep,
} from './neo4j-write-plan.ts';

export type { DocPlan } from './neo4j-write-plan.ts';

/** `batched`: one UNWIND statement per label / relationship type; `per-row`: one statement per node or edge (benchmarks). */
export type WriteMode = 'batched' | 'per-row';

/** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep a statement's memory bounded. */
export const UNWIND_ROWS = 10_000;

export interface DocOutcome {
  docId: string;
  changed: boolean;
  /** The store held a version of this document before. */
  existed: boolean;
}

/** The documents handled (a prefix of the group) and, when one clashed with stored ids, its error: nothing of it was written. */
export interface GroupOutcome {
  outcomes: DocOutcome[];
  error: AppError | null;
}

type Row = Record<string, unknown>;

/** `statement` over `rows` in chunks, each bound as `$rows` (or as `bind` makes its parameters). */
async function runRows<T>(tx: ManagedTransaction, statement: string, rows: T[], mode: WriteMode, bind: (chunk: T[]) => Row = (chunk) => ({ rows: chunk })): Promise<Row[]> {
  const size = mode === 'per-row' ? 1 : UNWIND_ROWS;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const result = await tx.run(statement, bind(rows.slice(i, i + size)));
    for (const r of result.records) out.push(r.toObject() as Row);
  }
  return out;
}

/**
 * Writes sent and not yet answered. The server runs a transaction's statements in the order they arrive, so a
 * statement whose answer nothing waits for is sent and the next one built while the server runs it: this process's
 * work (rows, their encoding) and the server's overlap instead of taking turns. `settle` waits for every answer.
 */
type Sent = Promise<void>[];

/** Lets the driver encode and send the statement just run before this process builds the next one. */
const handOver = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes that must touch every row (a MATCH that finds nothing would otherwise drop a row silently), sent into `sent`. */
async function writeRows(tx: ManagedTransaction, statement: string, rows: Row[], mode: WriteMode, sent: Sent): Promise<void> {
  const size = mode === 'per-row' ? 1 : UNWIND_ROWS;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const answered = tx.run(statement, { rows: chunk }).then((result) => {
      const written = result.records.reduce((sum, r) => sum + Number(r.get('written')), 0);
      if (written !== chunk.length) {
        throw new AppError('INTERNAL', `Neo4jGraphStore: wrote ${written} of ${chunk.length} rows / 写入不完整`, { hint: 'Nothing was written; retry.' });
      }
    });
    // Seen by settle; handled here too, so a failure is not reported unhandled while later statements are built.
    answered.catch(() => undefined);
    sent.push(answered);
    await handOver();
  }
}

/**
 * Every sent write answered, in the order sent: the first failure is the cause (the server rolls the transaction
 * back and fails every statement after it), so it is the one thrown.
 */
async function settle(sent: Sent): Promise<void> {
  for (const answered of sent) await answered;
}

function push<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

export function conflictError(docId: string, issues: BatchIssue[]): AppError {
  return new AppError('BAD_INPUT', `GraphStore.applyBatch: batch ${docId} clashes with stored documents / 与已有文档冲突`, {
    issues, hint: 'Nothing of this document was written. Node and edge ids of one document must not reuse another document’s ids.',
  });
}

/**
 * The edge ids that could be stored already: every one while a stored document holds hand-made ids, else only the
 * group's hand-made ones (a derived id names its own document: see namesItsDocument). Seeking an id costs one index
 * lookup per relationship type, and the lookups were the biggest statement of a bulk ingest.
 */
async function edgeIdsToSeek(tx: ManagedTransaction, active: ActiveDoc[]): Promise<string[]> {
  const storedForeign = (await tx.run(STORED_FOREIGN_EDGES)).records.length > 0;
  const ids = active.flatMap(({ plan }) => {
    if (storedForeign) return plan.batch.edges.map((e) => e.id);
    return plan.documentProps.pg_foreign_edges === 0 ? [] : foreignEdgeIds(plan.batch);
  });
  return [...new Set(ids)];
}

/** Who holds the group's ids already (one statement for nodes, one for edges). */
async function owners(tx: ManagedTransaction, active: ActiveDoc[], mode: WriteMode): Promise<{ nodes: NodeOwners; edges: EdgeOwners }> {
  const nodeIds = [...new Set(active.flatMap((a) => a.plan.batch.nodes.map((n) => n.id)))];
  const edgeIds = await edgeIdsToSeek(tx, active);
  const nodes: NodeOwners = new Map();
  for (const r of await runRows(tx, FIND_NODE_OWNERS, nodeIds, mode, (chunk) => ({ byLabel: ownerSeeks(chunk) }))) {
    push(nodes, String(r.id), { label: String(r.label), owner: typeof r.owner === 'string' ? r.owner : null });
  }
  const edges: EdgeOwners = new Map();
  for (const r of await runRows(tx, FIND_EDGE_OWNERS, edgeIds, mode)) edges.set(String(r.id), typeof r.owner === 'string' ? r.owner : null);
  return { nodes, edges };
}

type Locked = Map<string, SharedState>;

/** Lock shared nodes in label, then id order (concurrent writers queue instead of deadlocking); new ones are created empty. */
async function lockShared(tx: ManagedTransaction, touched: Map<string, { label: NodeLabel }>, mode: WriteMode): Promise<Locked> {
  const locked: Locked = new Map();
  for (const label of SHARED_LABELS) {
    const ids = [...touched].filter(([, t]) => t.label === label).map(([id]) => id).sort();
    for (const row of await runRows(tx, LOCK_SHARED[label], ids, mode)) locked.set(String(row.id), readSharedState(row));
  }
  return locked;
}

/** Drop the replaced documents' edges and owned nodes (their Document nodes stay, locked). */
async function dropContributions(tx: ManagedTransaction, replaced: ActiveDoc[], mode: WriteMode): Promise<void> {
  const atShared = new Map<NodeLabel, Row[]>();
  for (const { plan, before } of replaced) {
    for (const node of Object.values(before.shared)) push(atShared, node.label, { id: node.id, docId: plan.batch.docId });
  }
  for (const [label, rows] of atShared) await runRows(tx, DELETE_DOC_EDGES_AT[label], rows, mode);
  for (const label of OWNED_LABELS) {
    const ids = replaced.flatMap((a) => a.before.owned[label] ?? []);
    if (ids.length > 0) await runRows(tx, DELETE_NODES[label], ids, mode);
  }
}

/** Base contributions the fold could not know: from a document of this group, else from the stored Document. */
async function fillBases(tx: ManagedTransaction, pending: SharedNext[], group: Map<string, Map<string, GraphNode>>): Promise<void> {
  const missing = pending.filter((p) => p.base === null && p.baseDoc !== null);
  for (const p of missing) p.base = group.get(p.baseDoc as string)?.get(p.id) ?? null;
  const stored = [...new Set(missing.filter((p) => p.base === null).map((p) => p.baseDoc as string))];
  if (stored.length === 0) return;
  const result = await tx.run(READ_CONTRIBUTIONS, { docIds: stored });
  const byDoc = new Map<string, Record<string, GraphNode>>(result.records.map((r) => [r.get('docId'), JSON.parse(r.get('shared') ?? '{}')]));
  for (const p of missing) p.base ??= byDoc.get(p.baseDoc as string)?.[p.id] ?? null;
}

/**
 * Fold every document's change into each shared node, then write each node once: only the properties that change
 * (see sharedChanges), every property of a new one; drop those nobody contributes to.
 */
async function updateShared(
  tx: ManagedTransaction, touched: Map<string, { label: NodeLabel; steps: SharedStep[] }>, locked: Locked,
  group: Map<string, Map<string, GraphNode>>, mode: WriteMode, sent: Sent,
): Promise<void> {
  const pending = new Map<NodeLabel, SharedNext[]>();
  for (const [id, { label, steps }] of touched) {
    let state: SharedState = locked.get(id) ?? EMPTY_SHARED;
    let next: SharedNext | null = null;
    for (const step of steps) state = next = nextSharedState(id, step.docId, state, step.before, step.after);
    if (next) push(pending, label, next);
  }
  await fillBases(tx, [...pending.values()].flat(), group);
  for (const [label, nodes] of pending) {
    const gone = nodes.filter((p) => p.docIds.length === 0).map((p) => p.id);
    if (gone.length > 0) await runRows(tx, DELETE_NODES[label], gone, mode);
    const whole: Row[] = [];
    const changed: Row[] = [];
    for (const p of nodes.filter((n) => n.docIds.length > 0)) {
      const props = sharedChanges(p.id, locked.get(p.id) ?? EMPTY_SHARED, p);
      if (props) changed.push({ id: p.id, props });
      else whole.push({ id: p.id, props: sharedProps(p) });
    }
    await writeRows(tx, SET_NODES[label], whole, mode, sent);
    await writeRows(tx, UPDATE_NODES[label], changed, mode, sent);
  }
}

async function writeOwned(tx: ManagedTransaction, active: ActiveDoc[], mode: WriteMode, sent: Sent): Promise<void> {
  await writeRows(tx, SET_DOCUMENTS, active.map((a) => ({ id: a.plan.batch.docId, props: a.plan.documentProps })), mode, sent);
  const byLabel = new Map<NodeLabel, Row[]>();
  for (const { plan: { batch } } of active) {
    for (const n of batch.nodes) {
      if (!isSharedLabel(n.label) && n.id !== batch.docId) push(byLabel, n.label, { id: n.id, props: nodeProps(n, { pg_doc: batch.docId }) });
    }
  }
  for (const [label, rows] of byLabel) await writeRows(tx, CREATE_NODES[label], rows, mode, sent);
}

/** CREATE, not MERGE: the documents' old edges are gone and no other document holds these ids (checked above). */
async function writeEdges(tx: ManagedTransaction, active: ActiveDoc[], mode: WriteMode, sent: Sent): Promise<void> {
  const groups = new Map<string, Row[]>();
  for (const { plan: { batch } } of active) {
    const labels = new Map(batch.nodes.map((n) => [n.id, n.label]));
    for (const edge of batch.edges) {
      const statement = CREATE_EDGES[edge.type][labels.get(edge.source) as NodeLabel]?.[labels.get(edge.target) as NodeLabel];
      if (!statement) throw new AppError('BAD_INPUT', `GraphStore.applyBatch: ${edge.type} edge ${edge.id} breaks the model / 关系不符合模型`);
      push(groups, statement, { id: edge.id, source: edge.source, target: edge.target, props: edgeProps(edge, batch.docId) });
    }
  }
  for (const [statement, rows] of groups) await writeRows(tx, statement, rows, mode, sent);
}

/** Which documents this transaction writes: not those already stored with this content (or at all, when `keepExisting`). */
async function selectActive(tx: ManagedTransaction, plans: DocPlan[], keepExisting: boolean, mode: WriteMode) {
  const rows = await runRows(tx, LOCK_DOCUMENTS, plans.map((p) => p.batch.docId).sort(), mode);
  const states = new Map(rows.map((r) => [String(r.id), docState(r)]));
  const outcomes: (DocOutcome & { index: number })[] = [];
  const active: (ActiveDoc & { index: number })[] = [];
  plans.forEach((plan, index) => {
    const before = states.get(plan.batch.docId) ?? docState(undefined);
    const existed = before.hash !== null;
    if ((existed && keepExisting) || before.hash === plan.hash) outcomes.push({ docId: plan.batch.docId, changed: false, existed, index });
    else active.push({ plan, before, existed, index });
  });
  return { outcomes, active };
}

/**
 * Apply a group of validated documents (distinct docIds) inside `tx`, as if one after another: identical
 * content is a no-op, a document clashing with stored ids stops the group there (the ones before it are
 * written, it and the rest are not, and its error is returned for the caller to throw after the commit).
 */
export async function applyDocuments(tx: ManagedTransaction, plans: DocPlan[], mode: WriteMode, keepExisting = false): Promise<GroupOutcome> {
  const selected = await selectActive(tx, plans, keepExisting, mode);
  let active = selected.active;
  let cut = plans.length;
  let error: AppError | null = null;
  const found = active.length > 0 ? firstConflict(active, ...Object.values(await owners(tx, active, mode)) as [NodeOwners, EdgeOwners]) : null;
  if (found) {
    cut = active[found.index].index;
    error = conflictError(active[found.index].plan.batch.docId, found.issues);
    active = active.slice(0, found.index);
    const dropped = plans.slice(cut).map((p) => p.batch.docId);
    await runRows(tx, DELETE_EMPTY_DOCUMENTS, dropped, mode);
  }
  if (active.length > 0) {
    const touched = sharedSteps(active);
    const locked = await lockShared(tx, touched, mode);
    await dropContributions(tx, active.filter((a) => a.existed), mode);
    const group = new Map(active.map((a) => [a.plan.batch.docId, new Map(a.plan.batch.nodes.map((n) => [n.id, n]))]));
    const sent: Sent = [];
    await updateShared(tx, touched, locked, group, mode, sent);
    await writeOwned(tx, active, mode, sent);
    await writeEdges(tx, active, mode, sent);
    await settle(sent);
  }
  const outcomes = [
    ...selected.outcomes.filter((o) => o.index < cut),
    ...active.map((a) => ({ docId: a.plan.batch.docId, changed: true, existed: a.existed, index: a.index })),
  ].sort((a, b) => a.index - b.index).map(({ docId, changed, existed }) => ({ docId, changed, existed }));
  return { outcomes, error };
}

/** Remove one document inside `tx`; false when it was not there. */
export async function removeDocumentTx(tx: ManagedTransaction, docId: string, mode: WriteMode): Promise<boolean> {
  const before = docState((await tx.run(LOCK_EXISTING_DOCUMENT, { docId })).records[0]?.toObject());
  if (before.hash === null) return false;
  // The document's removal is a replacement by nothing: an empty batch.
  const gone: ActiveDoc = { plan: { batch: { docId, nodes: [], edges: [], warnings: [] }, hash: '', documentProps: {} }, before, existed: true };
  const touched = sharedSteps([gone]);
  const locked = await lockShared(tx, touched, mode);
  await dropContributions(tx, [gone], mode);
  const sent: Sent = [];
  await updateShared(tx, touched, locked, new Map(), mode, sent);
  await settle(sent);
  await runRows(tx, DELETE_NODES.Document, [docId], mode);
  return true;
}
