// Paths as steps: shared duties win over structure links; other short paths come after the best one.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../graph/model.ts';
import { rankedPaths } from '../../ui/src/path-steps.ts';

const node = (id: string, label: GraphNode['label']): GraphNode => ({ id, label, name: id, properties: {} });
const edge = (type: GraphEdge['type'], source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, properties: {} });

// A and B share a section (2 structure hops) and, longer, a chain of duties through unit C.
const graph = {
  nodes: [node('A', 'Unit'), node('B', 'Unit'), node('C', 'Unit'), node('T1', 'Task'), node('T2', 'Task'), node('T3', 'Task'), node('S', 'Section')],
  edges: [
    edge('LEADS', 'A', 'T1'), edge('SUPPORTS', 'C', 'T1'), edge('LEADS', 'C', 'T2'), edge('SUPPORTS', 'B', 'T2'),
    edge('LEADS', 'A', 'T3'), edge('PART_OF', 'T3', 'S'), edge('RESPONSIBLE_FOR', 'B', 'S'),
  ],
};

describe('rankedPaths', () => {
  it('prefers four duty hops over a path through a section link', () => {
    const [best] = rankedPaths(graph, 'A', 'B');
    expect(best.steps.map((s) => s.to.id)).toEqual(['T1', 'C', 'T2', 'B']);
    expect(best.viaStructure).toBe(false);
    expect(best.steps.map((s) => s.edge.type)).toEqual(['LEADS', 'SUPPORTS', 'LEADS', 'SUPPORTS']);
  });

  it('offers the structure path as another short path', () => {
    const paths = rankedPaths(graph, 'A', 'B');
    expect(paths).toHaveLength(2);
    expect(paths[1].steps.map((s) => s.to.id)).toEqual(['T3', 'S', 'B']);
    expect(paths[1].viaStructure).toBe(true);
  });

  it('walks each step from one end to the other, whatever the edge direction', () => {
    const [best] = rankedPaths(graph, 'B', 'A');
    expect(best.steps[0].from.id).toBe('B');
    expect(best.steps.map((s) => s.to.id)).toEqual(['T2', 'C', 'T1', 'A']);
  });

  it('returns nothing when the ends are not connected or not present', () => {
    expect(rankedPaths({ nodes: [node('A', 'Unit'), node('Z', 'Unit')], edges: [] }, 'A', 'Z')).toEqual([]);
    expect(rankedPaths(graph, 'A', 'missing')).toEqual([]);
  });
});
