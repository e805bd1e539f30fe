// Traversal queries (neighborhood, shortestPath): breadth-first over store links, with shared tie-breaks.
import { NODE_LABELS, type GraphEdge, type GraphNode } from '../model.ts';
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareRefs, compareStrings, lightNode, smallest, uniqueById } from './order.ts';
import { neighborhoodOn, shortestPathOn } from './traverse-arrays.ts';
import type { LinkRow, RowSource } from './rows.ts';
import type { NodeRef } from './schemas.ts';

/** Within a BFS level: label in model order, then name, then id. */
function compareNeighbours(a: NodeRef, b: NodeRef): number {
  return NODE_LABELS.indexOf(a.label) - NODE_LABELS.indexOf(b.label) || compareRefs(a, b);
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

/** What neighborhood keeps: ids in BFS order, and whether a reachable node was left out; null when the start is missing. */
interface NeighborhoodWalk {
  kept: string[];
  truncated: boolean;
}

/** The walk with its nodes (in walk order) and the edges among them: what a store walking server-side returns. */
export interface NeighborhoodGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/**
 * The start first; each level sorted by compareNeighbours and cut at the room `limit` leaves. A store may walk
 * server-side instead (RowSource.neighborhoodGraph) or hand over adjacency arrays (traverse-arrays.ts), giving exactly this.
 */
async function walkNeighborhood(src: RowSource, p: QueryParams<'neighborhood'>): Promise<NeighborhoodWalk | null> {
  // The start's links are asked for with the start itself (one round trip on a server store); unused when it is missing.
  const [[start], firstLinks] = await Promise.all([src.nodes([p.id]), src.links([p.id])]);
  if (!start) return null;
  const labels = p.labels ? new Set<string>(p.labels) : null;
  const kept = [start.id];
  const seen = new Set(kept);
  let frontier = [start.id];
  let truncated = false;
  for (let level = 0; level < p.depth && frontier.length > 0; level += 1) {
    const fresh = new Map<string, NodeRef>();
    for (const link of level === 0 ? firstLinks : await src.links(frontier)) {
      if (!seen.has(link.other.id) && (!labels || labels.has(link.other.label))) fresh.set(link.other.id, link.other);
    }
    const room = p.limit - kept.length;
    if (fresh.size > room) truncated = true;
    frontier = smallest([...fresh.values()], compareNeighbours, Math.max(room, 0)).map((n) => n.id);
    for (const id of frontier) seen.add(id);
    kept.push(...frontier);
  }
  return { kept, truncated };
}

/** Nodes of the walk in its order; edges are every edge among the kept nodes, by id. */
export async function executeNeighborhood(src: RowSource, p: QueryParams<'neighborhood'>): Promise<QueryOutput<'neighborhood'>> {
  const adjacency = src.adjacency?.();
  if (adjacency) return neighborhoodOn(adjacency, p);
  const graph = src.neighborhoodGraph ? await src.neighborhoodGraph(p) : await neighborhoodOf(src, p);
  if (!graph) return { found: false, nodes: [], edges: [], truncated: false };
  return { found: true, nodes: graph.nodes.map(lightNode), edges: uniqueById(graph.edges).sort(byId), truncated: graph.truncated };
}

/** walkNeighborhood's kept nodes and the edges among them, read by id. */
async function neighborhoodOf(src: RowSource, p: QueryParams<'neighborhood'>): Promise<NeighborhoodGraph | null> {
  const walk = await walkNeighborhood(src, p);
  if (!walk) return null;
  const [nodes, edges] = await Promise.all([src.nodes(walk.kept), src.edgesAmong(walk.kept)]);
  const byKept = new Map(nodes.map((n) => [n.id, n]));
  return { nodes: walk.kept.flatMap((id) => byKept.get(id) ?? []), edges, truncated: walk.truncated };
}

/** A path as a store searching server-side returns it: nodes and edges from one end to the other. */
export interface PathGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

interface Step {
  parent: string;
  edge: string;
}

/** For each newly reached node: the smallest parent id, then the smallest edge id from it. */
function nextLevel(links: LinkRow[], seen: { has(id: string): boolean }): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const { edge, from, other } of links) {
    if (seen.has(other.id)) continue;
    const prev = steps.get(other.id);
    const better = !prev || from < prev.parent || (from === prev.parent && edge.id < prev.edge);
    if (better) steps.set(other.id, { parent: from, edge: edge.id });
  }
  return steps;
}

async function pathOutput(src: RowSource, ids: string[], edgeIds: string[]): Promise<QueryOutput<'shortestPath'>> {
  const [nodes, edges] = await Promise.all([src.nodes(ids), src.edgesAmong(ids)]);
  const nodeById = new Map(nodes.map((n) => [n.id, lightNode(n)]));
  const edgeById = new Map<string, GraphEdge>(edges.map((e) => [e.id, e]));
  return {
    found: true,
    length: edgeIds.length,
    nodes: ids.flatMap((id) => nodeById.get(id) ?? []),
    edges: edgeIds.flatMap((id) => edgeById.get(id) ?? []),
  };
}

const NOT_FOUND: QueryOutput<'shortestPath'> = { found: false, length: 0, nodes: [], edges: [] };

/** One end of a bidirectional search: how each reached node was first reached. */
class Side {
  readonly steps = new Map<string, Step>();
  readonly seen: Set<string>;
  depth = 0;

  constructor(public frontier: string[]) {
    this.seen = new Set(frontier);
  }

  /** Nodes and edges from this side's start to `id`, start first. */
  walk(id: string): { ids: string[]; edges: string[] } {
    const ids = [id];
    const edges: string[] = [];
    for (let step = this.steps.get(id); step; step = this.steps.get(step.parent)) {
      ids.unshift(step.parent);
      edges.unshift(step.edge);
    }
    return { ids, edges };
  }
}

/**
 * Undirected bidirectional BFS between the nodes matching `a` and those matching `b`: each round
 * expands the side with the smaller frontier (a on ties) by one whole level. The first level that
 * meets the other side gives the shortest length; among its meeting nodes the smallest id wins, and
 * each half follows smallest parent ids, then edge ids.
 */
export async function executeShortestPath(src: RowSource, p: QueryParams<'shortestPath'>): Promise<QueryOutput<'shortestPath'>> {
  if (src.shortestPathGraph) {
    const path = await src.shortestPathGraph(p);
    return path ? { found: true, length: path.edges.length, nodes: path.nodes.map(lightNode), edges: path.edges } : NOT_FOUND;
  }
  const [from, to] = await Promise.all([src.resolveNodes(p.a), src.resolveNodes(p.b)]);
  const adjacency = src.adjacency?.();
  if (adjacency) return shortestPathOn(adjacency, from.map((n) => n.id), to.map((n) => n.id), p.maxDepth) ?? NOT_FOUND;
  const a = new Side([...new Set(from.map((n) => n.id))].sort());
  const b = new Side([...new Set(to.map((n) => n.id))].sort());
  const direct = a.frontier.find((id) => b.seen.has(id));
  if (direct !== undefined) return pathOutput(src, [direct], []);
  while (a.depth + b.depth < p.maxDepth && a.frontier.length > 0 && b.frontier.length > 0) {
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const level = nextLevel(await src.links(side.frontier), side.seen);
    for (const [id, step] of level) {
      side.seen.add(id);
      side.steps.set(id, step);
    }
    side.depth += 1;
    side.frontier = [...level.keys()].sort();
    const meet = side.frontier.find((id) => other.seen.has(id));
    if (meet !== undefined) {
      const head = a.walk(meet);
      const tail = b.walk(meet);
      return pathOutput(src, [...head.ids, ...tail.ids.reverse().slice(1)], [...head.edges, ...tail.edges.reverse()]);
    }
  }
  return NOT_FOUND;
}
