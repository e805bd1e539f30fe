// Narrowing answers to the documents in scope by their docId: graphs, catalogue pages, workload recounted.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../graph/model.ts';
import { narrowGraph, narrowOutput, workloadOf } from '../../ui/src/scope-filter.ts';

const node = (id: string, label: GraphNode['label'], docId?: string): GraphNode => ({ id, label, name: id, properties: docId ? { docId } : {} });
const duty = (id: string, type: GraphEdge['type'], source: string, target: string, docId: string): GraphEdge =>
  ({ id, type, source, target, properties: { evidence: { docId, start: 0, end: 1, text: 'x' } } });

// Two documents; unit u1 works in both, u2 only in d2.
const GRAPH = {
  nodes: [node('d1', 'Document'), node('d2', 'Document'), node('t1', 'Task', 'd1'), node('t2', 'Task', 'd2'), node('t3', 'Task', 'd2'), node('u1', 'Unit'), node('u2', 'Unit')],
  edges: [duty('e1', 'LEADS', 'u1', 't1', 'd1'), duty('e2', 'SUPPORTS', 'u1', 't2', 'd2'), duty('e3', 'LEADS', 'u2', 't2', 'd2'), duty('e4', 'LEADS', 'u2', 't3', 'd2')],
};

describe('scope filter', () => {
  it('keeps one document\'s nodes and edges, and the shared units it reaches', () => {
    const g = narrowGraph(GRAPH, new Set(['d1']), true);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['d1', 't1', 'u1']);
    expect(g.edges.map((e) => e.id)).toEqual(['e1']);
    // Without dropLoose (a neighbourhood) shared nodes stay even when nothing in scope reaches them.
    expect(narrowGraph(GRAPH, new Set(['d1'])).nodes.map((n) => n.id)).toContain('u2');
  });

  it('counts each unit\'s duties within the scoped graph', () => {
    const w = workloadOf(narrowGraph(GRAPH, new Set(['d2']), true), 10);
    expect(w.units.items.map((x) => [x.unit.id, x.lead, x.support, x.total])).toEqual([['u2', 2, 0, 2], ['u1', 0, 1, 1]]);
    expect(workloadOf(GRAPH, 1).units).toMatchObject({ total: 2, truncated: true });
  });

  it('drops search hits of other documents but keeps units, which belong to none', () => {
    const hit = (id: string, docId: string | null) => ({ id, label: 'Task' as const, name: id, score: 1, matched: 'text' as const, snippet: null, docId });
    const out = narrowOutput('search', { hits: { items: [hit('t1', 'd1'), hit('t2', 'd2'), hit('u1', null)], total: 3, truncated: false } }, new Set(['d2']));
    expect(out.hits.items.map((h) => h.id)).toEqual(['t2', 'u1']);
    expect(out.hits.total).toBe(2);
  });

  it('recounts a pair\'s shared tasks over the tasks in scope, and drops pairs that share none there', () => {
    const task = (id: string, docId: string) => ({ id, label: 'Task' as const, name: id, docId, number: '1', path: '一/1' });
    const unit = (id: string) => ({ id, label: 'Unit' as const, name: id });
    const out = narrowOutput('overlaps', { pairs: { items: [
      { a: unit('u1'), b: unit('u2'), shared: 2, tasks: [task('t1', 'd1'), task('t2', 'd2')] },
      { a: unit('u1'), b: unit('u3'), shared: 1, tasks: [task('t1', 'd1')] },
    ], total: 2, truncated: false } }, new Set(['d2']));
    expect(out.pairs.items.map((p) => [p.b.id, p.shared])).toEqual([['u2', 1]]);
  });

  it('leaves answers alone when there is no scope', () => {
    const out = { hits: { items: [], total: 0, truncated: false } };
    expect(narrowOutput('search', out, null)).toBe(out);
  });
});
