// Traversal queries (neighborhood, shortestPath): breadth-first over store links, with shared tie-breaks.
import { NODE_LABELS, type GraphEdge } from '../model.ts';
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareRefs, compareStrings, lightNode, uniqueById } from './order.ts';
import type { LinkRow, RowSource } from './rows.ts';
import type { NodeRef } from './schemas.ts';

/** Within a BFS level: label in model order, then name, then id. */
export function compareNeighbours(a: NodeRef, b: NodeRef): number {
  return NODE_LABELS.indexOf(a.label) - NODE_LABELS.indexOf(b.label) || compareRefs(a, b);
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

/**
 * Nodes in BFS order (the start first; each level sorted by compareNeighbours), cut at `limit`;
 * edges are every edge among the kept nodes, by id. `truncated` when a reachable node was left out.
 */
export async function executeNeighborhood(src: RowSource, p: QueryParams<'neighborhood'>): Promise<QueryOutput<'neighborhood'>> {
  const [start] = await src.nodes([p.id]);
  if (!start) return { found: false, nodes: [], edges: [], truncated: false };
  const labels = p.labels ? new Set<string>(p.labels) : null;
  const kept = [start.id];
  const seen = new Set(kept);
  let frontier = [start.id];
  let truncated = false;
  for (let level = 0; level < p.depth && frontier.length > 0; level += 1) {
    const fresh = new Map<string, NodeRef>();
    for (const link of await src.links(frontier)) {
      if (!seen.has(link.other.id) && (!labels || labels.has(link.other.label))) fresh.set(link.other.id, link.other);
    }
    const room = p.limit - kept.length;
    if (fresh.size > room) truncated = true;
    frontier = [...fresh.values()].sort(compareNeighbours).slice(0, room).map((n) => n.id);
    for (const id of frontier) seen.add(id);
    kept.push(...frontier);
  }
  const [nodes, edges] = await Promise.all([src.nodes(kept), src.edgesAmong(kept)]);
  const byKept = new Map(nodes.map((n) => [n.id, lightNode(n)]));
  return { found: true, nodes: kept.flatMap((id) => byKept.get(id) ?? []), edges: uniqueById(edges).sort(byId), truncated };
}

interface Step {
  parent: string;
  edge: string;
}

/** For each newly reached node: the smallest parent id, then the smallest edge id from it. */
function nextLevel(links: LinkRow[], seen: Set<string>): Map<string, Step> {
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

/**
 * Undirected BFS from every node matching `a` to the first level holding a node matching `b`
 * (the smallest such id). Ties between equal-length paths go to smaller parent ids, then edge ids.
 */
export async function executeShortestPath(src: RowSource, p: QueryParams<'shortestPath'>): Promise<QueryOutput<'shortestPath'>> {
  const [from, to] = await Promise.all([src.resolveNodes(p.a), src.resolveNodes(p.b)]);
  const targets = new Set(to.map((n) => n.id));
  const sources = from.map((n) => n.id).sort();
  const direct = sources.find((id) => targets.has(id));
  if (direct !== undefined) return pathOutput(src, [direct], []);
  const steps = new Map<string, Step>();
  const seen = new Set(sources);
  let frontier = sources;
  for (let depth = 0; depth < p.maxDepth && frontier.length > 0 && targets.size > 0; depth += 1) {
    const level = nextLevel(await src.links(frontier), seen);
    for (const [id, step] of level) {
      seen.add(id);
      steps.set(id, step);
    }
    const hit = [...level.keys()].filter((id) => targets.has(id)).sort()[0];
    if (hit !== undefined) return walkBack(src, hit, steps);
    frontier = [...level.keys()].sort();
  }
  return NOT_FOUND;
}

function walkBack(src: RowSource, hit: string, steps: Map<string, Step>): Promise<QueryOutput<'shortestPath'>> {
  const ids = [hit];
  const edgeIds: string[] = [];
  for (let step = steps.get(hit); step; step = steps.get(step.parent)) {
    ids.unshift(step.parent);
    edgeIds.unshift(step.edge);
  }
  return pathOutput(src, ids, edgeIds);
}
