// Merge state of a shared node in Neo4j (docIds, base contribution, alias counts) and its merged view via mergeShared.
import type { GraphNode } from '../../model.ts';
import { mergeShared } from '../batch/batch-content.ts';
import { nodeProps } from './neo4j-props.ts';

/**
 * What a shared node keeps so a document can be added or dropped without reading every other document:
 * the contributing docIds (sorted), the contribution of the smallest docId (the merged node's base),
 * how many contributions name each alias, and how many contributions have an `aliases` list at all.
 * Each document's own contribution lives on its Document node (`pg_shared_json`).
 */
export interface SharedState {
  docIds: string[];
  base: GraphNode | null;
  aliasCounts: Record<string, number>;
  aliased: number;
}

/** A shared node no document contributes to yet. */
export const EMPTY_SHARED: SharedState = Object.freeze({ docIds: [], base: null, aliasCounts: {}, aliased: 0 });

export interface SharedNext extends SharedState {
  id: string;
  /** The smallest docId; its contribution must be fetched when `base` is null. */
  baseDoc: string | null;
}

export function readSharedState(row: Record<string, unknown>): SharedState {
  return {
    docIds: Array.isArray(row.docIds) ? (row.docIds as string[]) : [],
    base: typeof row.base === 'string' ? (JSON.parse(row.base) as GraphNode) : null,
    aliasCounts: typeof row.aliasCounts === 'string' ? (JSON.parse(row.aliasCounts) as Record<string, number>) : {},
    aliased: typeof row.aliased === 'number' ? row.aliased : 0,
  };
}

function aliasesOf(node: GraphNode): string[] | null {
  const list = node.properties.aliases;
  return Array.isArray(list) ? [...new Set(list.map(String))] : null;
}

function count(counts: Map<string, number>, node: GraphNode | undefined, step: 1 | -1): number {
  const aliases = node ? aliasesOf(node) : null;
  if (!aliases) return 0;
  for (const alias of aliases) counts.set(alias, (counts.get(alias) ?? 0) + step);
  return step;
}

/** The state after `docId` replaces its contribution `before` (if any) with `after` (if any). */
export function nextSharedState(id: string, docId: string, state: SharedState, before?: GraphNode, after?: GraphNode): SharedNext {
  const docs = new Set(state.docIds);
  const counts = new Map(Object.entries(state.aliasCounts));
  let aliased = state.aliased;
  if (before) {
    docs.delete(docId);
    aliased += count(counts, before, -1);
  }
  if (after) {
    docs.add(docId);
    aliased += count(counts, after, 1);
  }
  const docIds = [...docs].sort();
  const baseDoc = docIds[0] ?? null;
  let base: GraphNode | null = null;
  if (baseDoc === docId) base = after ?? null;
  else if (baseDoc !== null && state.docIds[0] === baseDoc) base = state.base;
  const aliasCounts = Object.fromEntries([...counts].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { id, docIds, baseDoc, base, aliasCounts, aliased };
}

/**
 * The merged node, computed by the same mergeShared as the memory store: the base contribution plus,
 * for every other document, a stand-in carrying the alias union (or nothing when no contribution has aliases).
 */
export function mergedSharedNode(next: SharedNext): GraphNode {
  const base = next.base;
  if (!base || next.baseDoc === null) throw new Error(`neo4j-shared: no base contribution for ${next.id}. Fetch it from Document ${next.baseDoc}.`);
  const union = Object.keys(next.aliasCounts);
  const contributions = new Map<string, GraphNode>();
  for (const docId of next.docIds) {
    const standIn = { id: base.id, label: base.label, name: base.name, properties: next.aliased > 0 ? { aliases: union } : {} };
    contributions.set(docId, docId === next.baseDoc ? base : standIn);
  }
  return mergeShared(contributions);
}

/** Store-private bookkeeping written next to the merged properties. */
export function sharedBookkeeping(next: SharedState): Record<string, unknown> {
  return { pg_base_json: JSON.stringify(next.base), pg_alias_counts_json: JSON.stringify(next.aliasCounts), pg_aliased: next.aliased };
}

/** Every stored property of a shared node in this state (SET n = these). */
export function sharedProps(next: SharedNext): Record<string, unknown> {
  return nodeProps(mergedSharedNode(next), sharedBookkeeping(next));
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * What to write to move a stored shared node from `stored` to `next`: null when every property must be written
 * (a new node, or one losing a property), else the properties whose value changes — mostly `docIds` and the
 * bookkeeping, as one more document mentions a known unit or place. Why: `SET n = props` rewrote every property of
 * every shared node a group touches (its base, aliases, key lists), in every group of a load; the bookkeeping is always
 * written, so a node an older version wrote converges.
 */
export function sharedChanges(id: string, stored: SharedState, next: SharedNext): Record<string, unknown> | null {
  if (stored.docIds.length === 0 || stored.base === null) return null;
  const bookkeeping = sharedBookkeeping(next);
  const after = nodeProps(mergedSharedNode(next), bookkeeping);
  // The stored merged properties alone: its bookkeeping is rewritten whatever it was, so it is never compared.
  const before = nodeProps(mergedSharedNode({ ...stored, id, baseDoc: stored.docIds[0] }));
  if (Object.keys(before).some((key) => !(key in after))) return null;
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => key in bookkeeping || !same(before[key], value)));
}
