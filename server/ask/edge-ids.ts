// The graph's edge ids by type and ends, packed: what ask highlights an answer's edges with, at a few bytes an edge.
//
// Why packed: a Map from `${type}|${source}|${target}` to the id held a key string and an id string per edge, about
// 5 MB of heap at 100 generated documents and ten times that at 1,000 (test/bench/neo4j-memory.ts), for the few dozen
// edges an answer shows. Here an edge is a number key (its type and the ordinals of its ends) in one sorted
// Float64Array and its id's 64 hash bits in two Uint32Arrays. A node's ordinal is its place among the graph's node ids
// sorted (the view's own id strings, found by binary search): a Map of the ends' ids held a copy of every id string
// read with the edges and an entry each, 8 MB of the idle server's heap at 1,000 documents (heap-retained.ts).
import { EDGE_TYPES, type GraphEdge } from '../../graph/model.ts';
import type { GraphPages } from '../../graph/store/graph-source.ts';
import { inTurns, sortSteps, type Steps } from '../../graph/slices.ts';
import { sortedIndexOf } from '../search/packed.ts';

/** stableId's form for edges (graph/ids.ts): kept as its two 32-bit halves; any other id is kept as it is. */
const PACKED_ID = /^edge:([0-9a-f]{8})([0-9a-f]{8})$/u;

export interface EdgeIds {
  /** The id of the graph's edge of this type between these nodes (the last in export order when several are). */
  get(type: string, source: string, target: string): string | undefined;
}

class PackedEdgeIds implements EdgeIds {
  constructor(
    private readonly types: Map<string, number>,
    private readonly ordinals: Ordinals,
    private readonly keys: Float64Array,
    private readonly high: Uint32Array,
    private readonly low: Uint32Array,
    /** Position in `keys` → an id not of the packed form. */
    private readonly plain: Map<number, string>,
  ) {}

  get(type: string, source: string, target: string): string | undefined {
    const t = this.types.get(type);
    const s = this.ordinals.find(source);
    const e = this.ordinals.find(target);
    if (t === undefined || s === undefined || e === undefined) return undefined;
    const at = sortedIndexOf(this.keys, keyOf(s, e, t, this.types.size, this.ordinals.size));
    if (at < 0) return undefined;
    return this.plain.get(at) ?? `edge:${hex8(this.high[at])}${hex8(this.low[at])}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** A 32-bit half as 8 hex digits: a table of bytes, a third of toString(16).padStart's cost on ask's hot path. */
const hex8 = (n: number) => HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];

/** Exact in a double while nodes² × types < 2^53 (90 million nodes with ten types). */
function keyOf(source: number, target: number, type: number, types: number, nodes: number): number {
  return (source * nodes + target) * types + type;
}

/**
 * Node id → ordinal: the graph's own node ids by binary search in one array of them sorted (the strings the caller
 * already holds: the view's), any other id an edge names (none in a whole graph) by a Map of its own, after them.
 */
class Ordinals {
  private readonly sorted: string[];
  private readonly strangers = new Map<string, number>();

  constructor(known: Iterable<string>) {
    // Default sort compares UTF-16 code units, as `<` does below.
    this.sorted = [...known].sort();
  }

  get size(): number {
    return this.sorted.length + this.strangers.size;
  }

  find(id: string): number | undefined {
    const at = sortedIndexOf(this.sorted, id);
    return at < 0 ? this.strangers.get(id) : at;
  }

  add(id: string): number {
    return this.find(id) ?? this.strangers.set(id, this.size).get(id)!;
  }
}

/**
 * The table of a graph's edges, built in steps (graph/slices.ts). Of several edges of one type and ends the last wins.
 * `nodeIds`: the graph's node ids as the caller holds them, so the table shares those strings (any others are copied).
 */
export function* edgeIdSteps(edges: readonly GraphEdge[], nodeIds: Iterable<string> = []): Steps<EdgeIds> {
  const table = new EdgeIdTable(nodeIds);
  table.add(edges);
  return yield* table.steps();
}

/** The table of every edge of the graph's pages (ids, types and ends only: no evidence is read); `nodeIds` as above. */
export async function readEdgeIds(pages: GraphPages, nodeIds: Iterable<string>): Promise<EdgeIds> {
  const table = new EdgeIdTable(nodeIds);
  for await (const page of pages.edges(EDGE_TYPES)) table.add(page);
  return inTurns(table.steps());
}

/**
 * The edges gathered page by page (graph/store/graph-source.ts), each kept as numbers as it comes (its ends' ordinals,
 * its type, its id's two halves), then made into EdgeIds: the pages themselves are let go as they are read.
 */
class EdgeIdTable {
  private readonly types = new Map<string, number>();
  private readonly ordinals: Ordinals;
  private readonly sources: number[] = [];
  private readonly targets: number[] = [];
  private readonly typeOf: number[] = [];
  private readonly high: number[] = [];
  private readonly low: number[] = [];
  /** Position → an id not of the packed form. */
  private readonly plain = new Map<number, string>();

  constructor(nodeIds: Iterable<string>) {
    this.ordinals = new Ordinals(nodeIds);
  }

  /** Edges in export order (by id): of several of one type and ends, the last added wins. */
  add(edges: readonly GraphEdge[]): void {
    for (const e of edges) {
      if (!this.types.has(e.type)) this.types.set(e.type, this.types.size);
      this.sources.push(this.ordinals.add(e.source));
      this.targets.push(this.ordinals.add(e.target));
      this.typeOf.push(this.types.get(e.type)!);
      const m = PACKED_ID.exec(e.id);
      this.high.push(m ? parseInt(m[1], 16) : 0);
      this.low.push(m ? parseInt(m[2], 16) : 0);
      if (!m) this.plain.set(this.high.length - 1, e.id);
    }
  }

  *steps(): Steps<EdgeIds> {
    const { types, ordinals } = this;
    const count = this.sources.length;
    if (ordinals.size ** 2 * Math.max(types.size, 1) >= Number.MAX_SAFE_INTEGER) throw new Error(`edge-ids: ${ordinals.size} nodes are too many to pack`);
    const keyed = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      keyed[i] = keyOf(this.sources[i], this.targets[i], this.typeOf[i], types.size, ordinals.size);
      if (i % 512 === 511) yield;
    }
    // Edge positions by key, then by position: the last of a run of equal keys is the edge that wins.
    const order = yield* sortSteps(Array.from({ length: count }, (_, i) => i), (a, b) => keyed[a] - keyed[b] || a - b);
    let runs = 0;
    for (let i = 0; i < order.length; i++) if (i === order.length - 1 || keyed[order[i]] !== keyed[order[i + 1]]) runs++;
    const keys = new Float64Array(runs);
    const high = new Uint32Array(runs);
    const low = new Uint32Array(runs);
    const plain = new Map<number, string>();
    let at = 0;
    for (let i = 0; i < order.length; i++) {
      const last = i === order.length - 1 || keyed[order[i]] !== keyed[order[i + 1]];
      if (!last) continue;
      const winner = order[i];
      keys[at] = keyed[winner];
      const text = this.plain.get(winner);
      if (text === undefined) {
        high[at] = this.high[winner];
        low[at] = this.low[winner];
      } else plain.set(at, text);
      at++;
      if (at % 512 === 0) yield;
    }
    return new PackedEdgeIds(types, ordinals, keys, high, low, plain);
  }
}
