// neighborhood and shortestPath over Adjacency arrays: traverse.ts's algorithms and tie-breaks, without a row per link.
import type { GraphEdge } from '../model.ts';
import type { Adjacency } from './adjacency.ts';
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareStrings, lightNode, smallest } from './order.ts';

/** compareNeighbours (traverse.ts) on node numbers: label in model order, then name, then id. */
function neighbourOrder(adj: Adjacency): (a: number, b: number) => number {
  return (a, b) => adj.label[a] - adj.label[b] || compareStrings(adj.nodes[a].name, adj.nodes[b].name) || compareStrings(adj.ids[a], adj.ids[b]);
}

function byId(a: GraphEdge, b: GraphEdge): number {
  return compareStrings(a.id, b.id);
}

/** As executeNeighborhood: BFS levels, each sorted and cut to the room left under `limit`. */
export function neighborhoodOn(adj: Adjacency, p: QueryParams<'neighborhood'>): QueryOutput<'neighborhood'> {
  const first = adj.index.get(p.id);
  if (first === undefined) return { found: false, nodes: [], edges: [], truncated: false };
  const allowed = p.labels ? new Set<string>(p.labels) : null;
  // One `fresh` mark for all levels: a node found but cut at one level means no room is left, so no later level keeps any.
  const { marks: [seen, fresh], stamp } = adj.pass(2);
  const order = neighbourOrder(adj);
  const kept = [first];
  seen[first] = stamp;
  let frontier = [first];
  let truncated = false;
  for (let level = 0; level < p.depth && frontier.length > 0; level += 1) {
    const found: number[] = [];
    for (const f of frontier) {
      for (let slot = adj.start[f]; slot < adj.start[f + 1]; slot += 1) {
        const o = adj.other[slot];
        if (seen[o] === stamp || fresh[o] === stamp || (allowed && !allowed.has(adj.nodes[o].label))) continue;
        fresh[o] = stamp;
        found.push(o);
      }
    }
    const room = p.limit - kept.length;
    if (found.length > room) truncated = true;
    frontier = smallest(found, order, Math.max(room, 0));
    for (const o of frontier) seen[o] = stamp;
    kept.push(...frontier);
  }
  const edges = adj.edgesAmong(kept).sort(byId);
  return { found: true, nodes: kept.map((i) => lightNode(adj.nodes[i])), edges, truncated };
}

/** One end of the bidirectional search: which nodes it has seen, at which depth, through which parent and edge. */
interface End {
  frontier: number[];
  depth: number;
  seen: Int32Array;
  /** Depth at which a seen node was reached (0: a start). */
  at: Int32Array;
  parent: Int32Array;
  via: Int32Array;
}

/** Expand one whole level of `end`: each new node keeps the smallest parent id, then the smallest edge id (as nextLevel). */
function expand(adj: Adjacency, end: End, stamp: number): void {
  const depth = end.depth + 1;
  const level: number[] = [];
  for (const f of end.frontier) {
    for (let slot = adj.start[f]; slot < adj.start[f + 1]; slot += 1) {
      const o = adj.other[slot];
      const e = adj.edge[slot];
      if (end.seen[o] !== stamp) {
        end.seen[o] = stamp;
        end.at[o] = depth;
        end.parent[o] = f;
        end.via[o] = e;
        level.push(o);
      } else if (end.at[o] === depth) {
        const parent = compareStrings(adj.ids[f], adj.ids[end.parent[o]]);
        if (parent < 0 || (parent === 0 && adj.edges[e].id < adj.edges[end.via[o]].id)) {
          end.parent[o] = f;
          end.via[o] = e;
        }
      }
    }
  }
  end.depth = depth;
  end.frontier = level;
}

/** Nodes and edges from the end's start to `node`, start first. */
function walk(end: End, node: number): { nodes: number[]; edges: number[] } {
  const nodes = [node];
  const edges: number[] = [];
  for (let at = node; end.at[at] > 0; at = end.parent[at]) {
    nodes.unshift(end.parent[at]);
    edges.unshift(end.via[at]);
  }
  return { nodes, edges };
}

/** The smallest id among `nodes` that `end` has seen, or -1. */
function smallestSeen(adj: Adjacency, nodes: readonly number[], end: End, stamp: number): number {
  let best = -1;
  for (const n of nodes) if (end.seen[n] === stamp && (best < 0 || adj.ids[n] < adj.ids[best])) best = n;
  return best;
}

function pathOf(adj: Adjacency, nodes: number[], edges: number[]): QueryOutput<'shortestPath'> {
  return { found: true, length: edges.length, nodes: nodes.map((i) => lightNode(adj.nodes[i])), edges: edges.map((k) => adj.edges[k]) };
}

/** As executeShortestPath: the side with the smaller frontier (a on ties) expands a whole level until the sides meet. */
export function shortestPathOn(adj: Adjacency, fromIds: readonly string[], toIds: readonly string[], maxDepth: number): QueryOutput<'shortestPath'> | null {
  const { marks, values, stamp } = adj.pass(2, 6);
  const end = (ids: readonly string[], k: number): End => {
    const frontier = [...new Set(ids)].flatMap((id) => adj.index.get(id) ?? []);
    const e: End = { frontier, depth: 0, seen: marks[k], at: values[3 * k], parent: values[3 * k + 1], via: values[3 * k + 2] };
    for (const n of frontier) {
      e.seen[n] = stamp;
      e.at[n] = 0;
    }
    return e;
  };
  const a = end(fromIds, 0);
  const b = end(toIds, 1);
  const direct = smallestSeen(adj, a.frontier, b, stamp);
  if (direct >= 0) return pathOf(adj, [direct], []);
  while (a.depth + b.depth < maxDepth && a.frontier.length > 0 && b.frontier.length > 0) {
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    expand(adj, side, stamp);
    const meet = smallestSeen(adj, side.frontier, other, stamp);
    if (meet >= 0) {
      const head = walk(a, meet);
      const tail = walk(b, meet);
      return pathOf(adj, [...head.nodes, ...tail.nodes.reverse().slice(1)], [...head.edges, ...tail.edges.reverse()]);
    }
  }
  return null;
}
