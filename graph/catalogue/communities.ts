// The communities query: seeded Louvain over the unit co-responsibility graph, identical in every store.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareNumbersDesc, compareRefs, compareStrings, paginate } from './order.ts';
import type { PairRow, RowSource } from './rows.ts';
import { LIST_LIMIT_MAX, type UnitRef } from './schemas.ts';

// The package is CommonJS typed as `export default`: under NodeNext its types see a namespace, while
// Node hands us the function itself. Accept either shape.
type Louvain = (typeof louvainModule)['default'];
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

/** Fixed so that the same graph always gives the same communities. */
const LOUVAIN_SEED = 20240601;

/** mulberry32: a tiny seeded PRNG, enough to make Louvain's random walk repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Community {
  members: UnitRef[];
  weight: number;
}

/** Build the graph in id order so node/edge insertion order, and hence Louvain's walk, never varies. */
function buildGraph(pairs: PairRow[]): { graph: UndirectedGraph; units: Map<string, UnitRef> } {
  const units = new Map<string, UnitRef>();
  const weights = new Map<string, { a: string; b: string; shared: number }>();
  for (const { a, b, shared } of pairs) {
    if (a.id === b.id || shared <= 0) continue;
    const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
    units.set(lo.id, lo).set(hi.id, hi);
    weights.set(`${lo.id}\u0000${hi.id}`, { a: lo.id, b: hi.id, shared });
  }
  const graph = new UndirectedGraph();
  for (const id of [...units.keys()].sort()) graph.addNode(id);
  const edges = [...weights.values()].sort((x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b));
  for (const e of edges) graph.addEdge(e.a, e.b, { weight: e.shared });
  return { graph, units };
}

interface Numbered { id: number; size: number; weight: number; members: UnitRef[] }
interface Detected { numbered: Numbered[]; modularity: number }

/**
 * Louvain once per pairs array: a store that hands out the same array until its graph changes (both stores
 * keep unitPairs per graph version) gets communities computed once per version. Answers are copied by the
 * stores before they leave, so sharing the members between answers is safe.
 */
const detected = new WeakMap<PairRow[], Detected>();

/** Communities by size desc, then first member (name, id); members by name, id; ids numbered from 1. */
function shapeCommunities(p: QueryParams<'communities'>, pairs: PairRow[]): QueryOutput<'communities'> {
  let found = detected.get(pairs);
  if (!found) {
    found = detect(pairs);
    detected.set(pairs, found);
  }
  return { communities: paginate(found.numbered, (a, b) => a.id - b.id, p.limit), modularity: found.modularity };
}

function detect(pairs: PairRow[]): Detected {
  const { graph, units } = buildGraph(pairs);
  if (graph.order === 0) return { numbered: [], modularity: 0 };
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const groups = new Map<number, Community>();
  for (const id of graph.nodes()) {
    const group = groups.get(result.communities[id]) ?? { members: [], weight: 0 };
    group.members.push(units.get(id) as UnitRef);
    groups.set(result.communities[id], group);
  }
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (result.communities[source] === result.communities[target]) groups.get(result.communities[source])!.weight += attrs.weight as number;
  });
  const sorted = [...groups.values()]
    .map((g) => ({ ...g, members: g.members.sort(compareRefs) }))
    .sort((a, b) => compareNumbersDesc(a.members.length, b.members.length) || compareRefs(a.members[0], b.members[0]));
  const numbered = sorted.map((g, i) => ({ id: i + 1, size: g.members.length, weight: g.weight, members: g.members.slice(0, LIST_LIMIT_MAX) }));
  return { numbered, modularity: Math.round(result.modularity * 1e6) / 1e6 };
}

export async function executeCommunities(src: RowSource, p: QueryParams<'communities'>): Promise<QueryOutput<'communities'>> {
  return shapeCommunities(p, await src.unitPairs());
}
