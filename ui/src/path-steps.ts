// Paths between two nodes as steps, preferring shared duties (unit → task → unit) over structure links (PART_OF).
import type { GraphEdge, GraphNode } from '../../graph/model.ts';

/** What a hop costs: a duty is the link readers care about; structure and mentions are detours. */
const EDGE_COST: Record<string, number> = { LEADS: 1, SUPPORTS: 1, RESPONSIBLE_FOR: 1, PART_OF: 3, MENTIONS: 3, TOUCHES: 3, SETS: 3, IMPLEMENTS: 2 };
const DEFAULT_COST = 4;
/** How much costlier than the best an "other short path" may be. */
const SLACK = 2;
const MAX_PATHS = 6;
const MAX_VISITS = 20_000;

interface PathStep { from: GraphNode; edge: GraphEdge; to: GraphNode }
export interface RankedPath { cost: number; steps: PathStep[]; viaStructure: boolean }

interface Arc { edge: GraphEdge; to: string; cost: number }

function adjacency(edges: GraphEdge[], present: Set<string>): Map<string, Arc[]> {
  const adj = new Map<string, Arc[]>();
  const seen = new Set<string>();
  for (const e of edges) {
    if (seen.has(e.id) || !present.has(e.source) || !present.has(e.target)) continue;
    seen.add(e.id);
    const cost = EDGE_COST[e.type] ?? DEFAULT_COST;
    adj.set(e.source, [...(adj.get(e.source) ?? []), { edge: e, to: e.target, cost }]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), { edge: e, to: e.source, cost }]);
  }
  for (const arcs of adj.values()) arcs.sort((x, y) => x.cost - y.cost || (x.to < y.to ? -1 : 1));
  return adj;
}

/** Cheapest cost from every node to `target` (Dijkstra; graphs here are a few hundred nodes). */
function costsTo(adj: Map<string, Arc[]>, target: string): Map<string, number> {
  const dist = new Map([[target, 0]]);
  const open = new Set([target]);
  while (open.size) {
    let at = '';
    for (const id of open) if (!at || dist.get(id)! < dist.get(at)!) at = id;
    open.delete(at);
    for (const arc of adj.get(at) ?? []) {
      const d = dist.get(at)! + arc.cost;
      if (d < (dist.get(arc.to) ?? Infinity)) { dist.set(arc.to, d); open.add(arc.to); }
    }
  }
  return dist;
}

/** The cheapest simple paths from a to b (best first, ties by names), at most MAX_PATHS, within SLACK of the best. */
export function rankedPaths(graph: { nodes: GraphNode[]; edges: GraphEdge[] }, a: string, b: string): RankedPath[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if (!byId.has(a) || !byId.has(b) || a === b) return [];
  const adj = adjacency(graph.edges, new Set(byId.keys()));
  const toB = costsTo(adj, b);
  const best = toB.get(a);
  if (best === undefined) return [];
  const found: { cost: number; arcs: Arc[] }[] = [];
  let visits = 0;
  const walk = (at: string, cost: number, arcs: Arc[], onPath: Set<string>) => {
    if (++visits > MAX_VISITS || found.length >= MAX_PATHS * 4) return;
    if (at === b) { found.push({ cost, arcs: [...arcs] }); return; }
    for (const arc of adj.get(at) ?? []) {
      const rest = toB.get(arc.to);
      if (onPath.has(arc.to) || rest === undefined || cost + arc.cost + rest > best + SLACK) continue;
      onPath.add(arc.to);
      arcs.push(arc);
      walk(arc.to, cost + arc.cost, arcs, onPath);
      arcs.pop();
      onPath.delete(arc.to);
    }
  };
  walk(a, 0, [], new Set([a]));
  const name = (p: { arcs: Arc[] }) => p.arcs.map((x) => byId.get(x.to)!.name).join('|');
  found.sort((x, y) => x.cost - y.cost || x.arcs.length - y.arcs.length || name(x).localeCompare(name(y), 'zh-Hans-CN'));
  return found.slice(0, MAX_PATHS).map((p) => {
    let from = byId.get(a)!;
    const steps = p.arcs.map((arc) => {
      const step = { from, edge: arc.edge, to: byId.get(arc.to)! };
      from = step.to;
      return step;
    });
    return { cost: p.cost, steps, viaStructure: steps.some((s) => (EDGE_COST[s.edge.type] ?? DEFAULT_COST) > 1) };
  });
}
