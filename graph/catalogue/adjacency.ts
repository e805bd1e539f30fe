// The whole graph as integer adjacency arrays, for traversals that would otherwise build a row per edge of every hub.
import { NODE_LABELS, type GraphEdge, type GraphNode } from '../model.ts';

/**
 * Nodes numbered in the order given; each node's links (out and in, like RowSource.links) are one slice of
 * `other`/`edge`/`outward`. A store that holds the whole graph builds it once per graph version: at 1,000
 * documents a unit has thousands of tasks, and a breadth-first level through it was thousands of rows.
 */
export class Adjacency {
  readonly ids: string[] = [];
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  /** Node number by id. */
  readonly index = new Map<string, number>();
  /** NODE_LABELS position per node, for compareNeighbours without a lookup. */
  readonly label: Uint8Array;
  /** Node i's links are slots start[i] … start[i + 1] - 1. */
  readonly start: Int32Array;
  readonly other: Int32Array;
  readonly edge: Int32Array;
  /** 1 when the slot's edge leaves the node (edgesAmong reads only those, so each edge once). */
  readonly outward: Uint8Array;
  /** Per-query marks: mark[i] === stamp means "marked in this pass"; a new pass bumps the stamp, so nothing is cleared. */
  private readonly marks: Int32Array[] = [];
  private stamp = 0;
  /**
   * Per-query values (depths, parents, edge numbers), read only where a mark of the same pass is set. Kept apart from
   * the marks: a value left by one query (a depth of 2) read as a mark by the next (stamp 2) hid nodes from it.
   */
  private readonly values: Int32Array[] = [];

  constructor(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>) {
    for (const node of nodes) {
      this.index.set(node.id, this.ids.length);
      this.ids.push(node.id);
      this.nodes.push(node);
    }
    const n = this.ids.length;
    this.label = Uint8Array.from(this.nodes, (node) => NODE_LABELS.indexOf(node.label));
    const ends: number[] = [];
    const degree = new Int32Array(n + 1);
    for (const e of edges) {
      const s = this.index.get(e.source);
      const t = this.index.get(e.target);
      if (s === undefined || t === undefined) continue;
      this.edges.push(e);
      ends.push(s, t);
      degree[s] += 1;
      degree[t] += 1;
    }
    this.start = new Int32Array(n + 1);
    for (let i = 0; i < n; i += 1) this.start[i + 1] = this.start[i] + degree[i];
    const fill = this.start.slice(0, n);
    this.other = new Int32Array(this.start[n]);
    this.edge = new Int32Array(this.start[n]);
    this.outward = new Uint8Array(this.start[n]);
    for (let k = 0; k < this.edges.length; k += 1) {
      const s = ends[2 * k];
      const t = ends[2 * k + 1];
      this.put(fill[s]++, t, k, 1);
      this.put(fill[t]++, s, k, 0);
    }
  }

  private put(slot: number, other: number, edge: number, outward: number): void {
    this.other[slot] = other;
    this.edge[slot] = edge;
    this.outward[slot] = outward;
  }

  /**
   * `count` fresh mark sets and `valueCount` value arrays for one pass (reused arrays, no clearing): a traversal runs
   * without awaiting between taking and last reading them, so two queries never share a pass.
   */
  pass(count: number, valueCount = 0): { marks: Int32Array[]; values: Int32Array[]; stamp: number } {
    while (this.marks.length < count) this.marks.push(new Int32Array(this.ids.length));
    while (this.values.length < valueCount) this.values.push(new Int32Array(this.ids.length));
    this.stamp += 1;
    if (this.stamp === 0x7fffffff) {
      for (const m of this.marks) m.fill(0);
      this.stamp = 1;
    }
    return { marks: this.marks.slice(0, count), values: this.values.slice(0, valueCount), stamp: this.stamp };
  }

  /** Edges leaving a node of `nodes` into another of them (RowSource.edgesAmong), each once. */
  edgesAmong(nodes: readonly number[]): GraphEdge[] {
    const { marks: [kept], stamp } = this.pass(1);
    for (const i of nodes) kept[i] = stamp;
    const found: GraphEdge[] = [];
    for (const i of new Set(nodes)) {
      for (let slot = this.start[i]; slot < this.start[i + 1]; slot += 1) {
        if (this.outward[slot] === 1 && kept[this.other[slot]] === stamp) found.push(this.edges[this.edge[slot]]);
      }
    }
    return found;
  }
}
