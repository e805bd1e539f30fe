// The packed edge-id table answers as a Map from `${type}|${source}|${target}` to the last such edge's id would.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../graph/model.ts';
import { runNow } from '../../graph/slices.ts';
import { edgeIdSteps } from '../../server/ask/edge-ids.ts';
import { seedStore } from './support.ts';

/** The table as it was before packing: a plain Map, the last edge of a key winning. */
function mapOf(edges: readonly GraphEdge[]): Map<string, string> {
  return new Map(edges.map((e) => [`${e.type}|${e.source}|${e.target}`, e.id]));
}

describe('edge ids', () => {
  let edges: GraphEdge[] = [];
  let nodeIds: string[] = [];
  beforeAll(async () => {
    const graph = await (await seedStore()).exportGraph();
    edges = graph.edges;
    nodeIds = graph.nodes.map((n) => n.id);
  });

  it('gives every edge of the seed the id the Map gave, in export order and reversed', () => {
    for (const order of [edges, [...edges].reverse()]) {
      const map = mapOf(order);
      const table = runNow(edgeIdSteps(order));
      for (const e of order) expect(table.get(e.type, e.source, e.target)).toBe(map.get(`${e.type}|${e.source}|${e.target}`));
      // The seed has edges of one type and ends that a later one replaced: the table gives the later one's id for them.
      expect(order.filter((e) => map.get(`${e.type}|${e.source}|${e.target}`) !== e.id).length).toBeGreaterThan(0);
    }
  });

  it('gives the same ids over the graph node ids as over its own copies, the ids in any order, an edge to a node not named too', () => {
    const map = mapOf(edges);
    // Half the nodes named, shuffled: edges to the others are read with ids the table keeps apart.
    const some = nodeIds.filter((_, i) => i % 2 === 0).reverse();
    for (const known of [nodeIds, [...nodeIds].reverse(), some]) {
      const table = runNow(edgeIdSteps(edges, known));
      for (const e of edges) expect(table.get(e.type, e.source, e.target)).toBe(map.get(`${e.type}|${e.source}|${e.target}`));
      expect(table.get(edges[0].type, 'unit:0000000000000000', edges[0].target)).toBeUndefined();
    }
  });

  it('finds no edge for a type, an end or a direction the graph does not have', () => {
    const table = runNow(edgeIdSteps(edges));
    const map = mapOf(edges);
    const e = edges[0];
    expect(table.get(e.type, e.target, e.source)).toBe(map.get(`${e.type}|${e.target}|${e.source}`));
    expect(table.get('NO_SUCH_TYPE', e.source, e.target)).toBeUndefined();
    expect(table.get(e.type, 'unit:0000000000000000', e.target)).toBeUndefined();
  });

  it('keeps ids of another form as they are', () => {
    const odd: GraphEdge[] = [
      { id: 'e1', type: 'LEADS', source: 'u', target: 't', properties: {} },
      { id: 'edge:0123456789abcdef', type: 'SUPPORTS', source: 'u', target: 't', properties: {} },
      { id: 'EDGE:FFFFFFFFFFFFFFFF', type: 'LEADS', source: 't', target: 'u', properties: {} },
    ];
    const table = runNow(edgeIdSteps(odd));
    for (const e of odd) expect(table.get(e.type, e.source, e.target)).toBe(e.id);
  });
});
