// The pure half of a group write: which documents change, which clash with stored ones, how shared nodes fold.
import type { GraphBatch, GraphNode, NodeLabel } from '../../model.ts';
import { isSharedLabel } from '../batch/batch-schema.ts';
import type { BatchIssue } from '../batch/batch-validate.ts';
import { namesItsDocument } from '../batch/edge-id.ts';

/** What a stored document remembers about its contribution, for replacing or removing it later. */
export interface DocState {
  hash: string | null;
  owned: Partial<Record<NodeLabel, string[]>>;
  shared: Record<string, GraphNode>;
}

export interface DocPlan {
  batch: GraphBatch;
  hash: string;
  documentProps: Record<string, unknown>;
}

/** A document this transaction writes: its plan and what the store held before. */
export interface ActiveDoc {
  plan: DocPlan;
  before: DocState;
  existed: boolean;
}

type Row = Record<string, unknown>;

export function docState(row: Row | undefined): DocState {
  return {
    hash: typeof row?.hash === 'string' ? row.hash : null,
    owned: typeof row?.owned === 'string' ? JSON.parse(row.owned) : {},
    shared: typeof row?.shared === 'string' ? JSON.parse(row.shared) : {},
  };
}

/** Node ids already stored: each id's label(s) and owning document (null for shared nodes). */
export type NodeOwners = Map<string, { label: string; owner: string | null }[]>;
/** Edge ids already stored and their owning document. */
export type EdgeOwners = Map<string, string | null>;

/**
 * The first document (in group order) that takes an id from another document or gives a node a second
 * label, judged as if the group were applied one document at a time: earlier documents of the group count
 * as stored, and their replaced contributions as gone. Same rules as MemoryIndex.conflicts.
 */
export function firstConflict(active: ActiveDoc[], nodes: NodeOwners, edges: EdgeOwners): { index: number; issues: BatchIssue[] } | null {
  const claims = new Map<string, { label: string; owner: string | null }>();
  const claimedEdges = new Map<string, string>();
  const applied = new Set<string>();
  for (const [index, { plan }] of active.entries()) {
    const { batch } = plan;
    const issues: BatchIssue[] = [];
    batch.nodes.forEach((node, i) => {
      const claim = claims.get(node.id);
      const existing = claim ? [claim] : (nodes.get(node.id) ?? []).filter((e) => e.owner === null || !applied.has(e.owner));
      const owner = existing.find((e) => typeof e.owner === 'string' && e.owner !== batch.docId)?.owner;
      const other = existing.find((e) => e.label !== node.label && e.owner !== batch.docId);
      if (owner) issues.push({ path: ['nodes', i, 'id'], message: `node ${node.id} belongs to document ${owner}` });
      else if (other) issues.push({ path: ['nodes', i, 'label'], message: `node ${node.id} is already a ${other.label}` });
    });
    batch.edges.forEach((edge, i) => {
      const stored = edges.get(edge.id);
      const owner = claimedEdges.get(edge.id) ?? (stored && !applied.has(stored) ? stored : undefined);
      if (owner && owner !== batch.docId) {
        issues.push({ path: ['edges', i, 'id'], message: `edge ${edge.id} belongs to document ${owner}; edge ids must include the document` });
      }
    });
    if (issues.length > 0) return { index, issues };
    applied.add(batch.docId);
    for (const node of batch.nodes) claims.set(node.id, { label: node.label, owner: isSharedLabel(node.label) ? null : batch.docId });
    for (const edge of batch.edges) claimedEdges.set(edge.id, batch.docId);
  }
  return null;
}

/** One document's change to one shared node: its old contribution and its new one (either may be absent). */
export interface SharedStep {
  docId: string;
  before?: GraphNode;
  after?: GraphNode;
}

/** Every shared node the group touches, with each document's change in group order. */
export function sharedSteps(active: ActiveDoc[]): Map<string, { label: NodeLabel; steps: SharedStep[] }> {
  const out = new Map<string, { label: NodeLabel; steps: SharedStep[] }>();
  for (const { plan, before } of active) {
    const docId = plan.batch.docId;
    const after = new Map(plan.batch.nodes.filter((n) => isSharedLabel(n.label)).map((n) => [n.id, n]));
    for (const id of new Set([...Object.keys(before.shared), ...after.keys()])) {
      const node = after.get(id) ?? before.shared[id];
      const entry = out.get(id) ?? { label: node.label, steps: [] };
      entry.steps.push({ docId, before: before.shared[id], after: after.get(id) });
      out.set(id, entry);
    }
  }
  return out;
}

/** Owned node ids of a batch by label (the Document node aside), as the Document's bookkeeping keeps them. */
export function ownedIds(batch: GraphBatch): Partial<Record<NodeLabel, string[]>> {
  const owned: Partial<Record<NodeLabel, string[]>> = {};
  for (const node of batch.nodes) {
    if (!isSharedLabel(node.label) && node.id !== batch.docId) (owned[node.label] ??= []).push(node.id);
  }
  return owned;
}

/** The batch's edge ids that do not name its document (see namesItsDocument): only these can clash with a stored edge. */
export function foreignEdgeIds(batch: GraphBatch): string[] {
  return batch.edges.filter((e) => !namesItsDocument(e, batch.docId)).map((e) => e.id);
}

/**
 * Document properties: its own, plus what replacing/removing it later needs (owned ids, shared contributions) and how
 * many of its edge ids are hand-made (`pg_foreign_edges`): while no stored document has any, a derived id cannot clash.
 */
export function documentBookkeeping(batch: GraphBatch): Row {
  const shared: Record<string, GraphNode> = {};
  for (const node of batch.nodes) if (isSharedLabel(node.label)) shared[node.id] = node;
  return {
    pg_owned_json: JSON.stringify(ownedIds(batch)), pg_shared_json: JSON.stringify(shared), pg_foreign_edges: foreignEdgeIds(batch).length,
  };
}
