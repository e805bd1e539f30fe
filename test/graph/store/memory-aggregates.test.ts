import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { DutyAggregates } from '../../../graph/store/memory/memory-aggregates.ts';

/** A batch of duty edges only (what the aggregates read): [type, unit, task]. */
function batch(docId: string, duties: [string, string, string][]): GraphBatch {
  const edges = duties.map(([type, source, target], i) => ({ id: `${docId}:e${i}`, type, source, target, properties: {} }));
  return { docId, nodes: [], edges, warnings: [] } as unknown as GraphBatch;
}

const runAll = (steps: Generator<void>) => { for (const _ of steps) { /* all at once */ } };
const pairs = (a: DutyAggregates) => a.unitPairs((id) => ({ id }) as never).map((p) => [p.a.id, p.b.id, p.shared]);
const load = (a: DutyAggregates, unit: string) => a.workload((id) => ({ id }) as never).find((r) => r.unit.id === unit);

describe('DutyAggregates', () => {
  const one = batch('d1', [['LEADS', 'u1', 't1'], ['SUPPORTS', 'u1', 't1'], ['SUPPORTS', 'u3', 't1'], ['SUPPORTS', 'u2', 't1']]);
  const two = batch('d2', [['LEADS', 'u2', 't2'], ['RESPONSIBLE_FOR', 'u4', 't2']]);

  it('counts a unit with two roles on a task once in its total, once in each role', () => {
    const a = new DutyAggregates();
    runAll(a.addSteps(one));
    expect(load(a, 'u1')).toMatchObject({ lead: 1, support: 1, responsible: 0, total: 1 });
    expect(a.duties('t1')).toEqual({ leads: ['u1'], units: 3 });
  });

  it('lists unit pairs in the order first counted; a pair counted again after leaving goes last', () => {
    const a = new DutyAggregates();
    runAll(a.addSteps(one));
    runAll(a.addSteps(two));
    expect(pairs(a)).toEqual([['u1', 'u2', 1], ['u1', 'u3', 1], ['u2', 'u3', 1], ['u2', 'u4', 1]]);
    runAll(a.removeSteps(one));
    expect(pairs(a)).toEqual([['u2', 'u4', 1]]);
    expect(load(a, 'u1')).toBeUndefined();
    runAll(a.addSteps(one));
    expect(pairs(a)).toEqual([['u2', 'u4', 1], ['u1', 'u2', 1], ['u1', 'u3', 1], ['u2', 'u3', 1]]);
    expect(load(a, 'u2')).toMatchObject({ lead: 1, support: 1, responsible: 0, total: 2 });
    expect(load(a, 'u4')).toMatchObject({ lead: 0, support: 0, responsible: 1, total: 1 });
  });
});
