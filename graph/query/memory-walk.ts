// Walking the memory index for the engine: follow's trails, and relation checks (has/lacks, rank counts).
// Loops read the index's own edge lists (no copies per node) with the step's edge types resolved once.
import type { EdgeType, Evidence, GraphEdge, GraphNode, NodeLabel } from '../model.ts';
import type { MemoryIndex } from '../store/memory/memory-index.ts';
import { countCache } from './memory-cache.ts';
import type { FollowStep, RelationCheck } from './schema.ts';
import { typesOf } from './validate.ts';

/**
 * An item of the current set. via/evidence stay null until a follow reaches the item: a find over every task
 * allocates nothing per item. Evidence is kept by object (the edge's own); the answer's shaping dedupes it by content.
 */
export interface Item {
  node: GraphNode;
  via: Set<string> | null;
  evidence: Set<Evidence> | null;
  score: number | null;
}

export type State = Map<string, Item>;
export type Sets = Map<string, State>;

export function item(node: GraphNode, score: number | null = null): Item {
  return { node, via: null, evidence: null, score };
}

/** A relation resolved once per step. */
interface Hop {
  types: readonly EdgeType[];
  out: boolean;
  in: boolean;
  labels: readonly NodeLabel[] | undefined;
  within: State | undefined;
}

function hopOf(check: RelationCheck | FollowStep, sets?: Sets): Hop {
  const within = 'in' in check && typeof check.in === 'string' ? sets?.get(check.in) ?? new Map() : undefined;
  return { types: typesOf(check.rel, check.roles), out: check.direction !== 'in', in: check.direction !== 'out', labels: check.labels, within };
}

/** The far node of `edge` seen from the hop, when it exists and passes the hop's labels and set. */
function farNode(index: MemoryIndex, hop: Hop, far: string): GraphNode | undefined {
  // The named set first: a small set's lookup saves the node map's.
  if (hop.within && !hop.within.has(far)) return undefined;
  const node = index.nodes.get(far);
  if (!node || (hop.labels && !hop.labels.includes(node.label))) return undefined;
  return node;
}

/** Whether `node` has at least one neighbour over the relation (has/lacks). */
function holds(index: MemoryIndex, hop: Hop, id: string): boolean {
  if (hop.out) for (const e of index.outList(id)) if (hop.types.includes(e.type) && farNode(index, hop, e.target)) return true;
  if (hop.in) for (const e of index.inList(id)) if (hop.types.includes(e.type) && farNode(index, hop, e.source)) return true;
  return false;
}

/** The per-version cache key of a check that names no set. */
function checkKey(kind: string, check: RelationCheck): string {
  return JSON.stringify([kind, check.rel, check.direction, check.roles ?? null, check.labels ?? null]);
}

/** Named sets up to this size are walked from their side (holdersOf); larger ones test each candidate's edges. */
const HOLDERS_FROM_SET = 4096;

/**
 * Every node with a neighbour over the relation inside the hop's named set, walked from the set's side: the tasks
 * touching a place are a few dozen, the units a chain tests are the busiest ones with thousands of duties each.
 */
function holdersOf(index: MemoryIndex, hop: Hop, within: State): Set<string> {
  const holders = new Set<string>();
  for (const far of within.keys()) {
    const node = index.nodes.get(far);
    if (!node || (hop.labels && !hop.labels.includes(node.label))) continue;
    if (hop.out) for (const e of index.inList(far)) if (hop.types.includes(e.type)) holders.add(e.source);
    if (hop.in) for (const e of index.outList(far)) if (hop.types.includes(e.type)) holders.add(e.target);
  }
  return holders;
}

/** A has/lacks check as a node predicate; kept per graph version unless the check names a set. */
export function relationTest(index: MemoryIndex, check: RelationCheck, sets: Sets): (node: GraphNode) => boolean {
  const hop = hopOf(check, sets);
  if (hop.within && hop.within.size <= HOLDERS_FROM_SET) {
    let holders: Set<string> | null = null;
    return (node) => (holders ??= holdersOf(index, hop, hop.within!)).has(node.id);
  }
  if (check.in) return (node) => holds(index, hop, node.id);
  const cache = countCache(index, checkKey('holds', check));
  return (node) => {
    let held = cache.get(node.id);
    if (held === undefined) cache.set(node.id, (held = holds(index, hop, node.id) ? 1 : 0));
    return held === 1;
  };
}

function countNeighbours(index: MemoryIndex, hop: Hop, id: string): number {
  // A fresh set per node: clearing one set was slower than a new one.
  const seen = new Set<string>();
  if (hop.out) for (const e of index.outList(id)) if (hop.types.includes(e.type) && farNode(index, hop, e.target)) seen.add(e.target);
  if (hop.in) for (const e of index.inList(id)) if (hop.types.includes(e.type) && farNode(index, hop, e.source)) seen.add(e.source);
  return seen.size;
}

/** Distinct neighbours over the relation, per node (rank by); kept per graph version unless the check names a set. */
export function neighbourCounter(index: MemoryIndex, check: RelationCheck, sets: Sets): (node: GraphNode) => number {
  const hop = hopOf(check, sets);
  if (check.in) return (node) => countNeighbours(index, hop, node.id);
  const cache = countCache(index, checkKey('count', check));
  return (node) => {
    let count = cache.get(node.id);
    if (count === undefined) cache.set(node.id, (count = countNeighbours(index, hop, node.id)));
    return count;
  };
}

/** What a follow made: the items its filters kept, and how many it reached before them (for the set limit). */
interface Followed {
  state: State;
  reached: number;
}

/** How a follow records what it reaches. */
interface FollowOptions {
  /** Record which items reached each one and the edges' evidence; a set only walked on from needs neither. */
  track: boolean;
  /** The filters right after the follow, tested once per node reached: a node they drop records nothing. */
  keep: (node: GraphNode) => boolean;
}

/** Every trail (no edge twice) of 1..depth hops from each item, as Cypher's variable-length match walks them. */
export function follow(index: MemoryIndex, state: State, step: FollowStep, options: FollowOptions): Followed {
  const next: State = new Map();
  const dropped = new Set<string>();
  const hop = hopOf(step);
  const used: GraphEdge[] = [];
  const reach = (origin: string, edge: GraphEdge, far: string, depth: number): void => {
    if (used.includes(edge)) return;
    const node = index.nodes.get(far);
    if (!node) return;
    if (!hop.labels || hop.labels.includes(node.label)) record(origin, edge, node);
    if (depth >= step.depth) return;
    used.push(edge);
    walk(origin, far, depth + 1);
    used.pop();
  };
  const record = (origin: string, edge: GraphEdge, node: GraphNode): void => {
    let reached = next.get(node.id);
    if (!reached) {
      if (dropped.has(node.id)) return;
      if (!options.keep(node)) {
        dropped.add(node.id);
        return;
      }
      next.set(node.id, (reached = item(node)));
    }
    if (!options.track) return;
    (reached.via ??= new Set()).add(origin);
    const ev = edge.properties.evidence;
    if (ev) (reached.evidence ??= new Set()).add(ev);
  };
  const walk = (origin: string, at: string, depth: number): void => {
    if (hop.out) for (const e of index.outList(at)) if (hop.types.includes(e.type)) reach(origin, e, e.target, depth);
    if (hop.in) for (const e of index.inList(at)) if (hop.types.includes(e.type)) reach(origin, e, e.source, depth);
  };
  for (const id of state.keys()) walk(id, id, 1);
  return { state: next, reached: next.size + dropped.size };
}
