// Element building and the overview choice: what the first view draws, sized and labelled for reading.
import { describe, expect, it } from 'vitest';
import { aggregateOverview, dutyOverview, nodeElement, shortName } from '../../ui/src/elements.ts';
import { overviewKind, SMALL_GRAPH_MAX_NODES, totalElements } from '../../ui/src/overview.ts';
import { BatchBuilder } from '../support/batch-builder.ts';

function plan() {
  const b = new BatchBuilder('p', '测试方案', '测试区');
  b.item('Section', '一', '一、', '重点任务', '一、重点任务', null);
  b.item('Task', '一/1', '1.', '开展河道清漂', '1.开展河道清漂。(牵头单位:区水利局)', '一', {
    duties: [{ unit: '区水利局', role: 'lead' }], mentions: [['Place', '涪江']],
  });
  return b.build();
}

describe('elements', () => {
  it('draws the outline, every unit and the duties in the small overview, not the mentions', () => {
    const els = dutyOverview(plan());
    const labels = els.filter((e) => e.group === 'nodes').map((e) => e.data.label).sort();
    expect(labels).toEqual(['Document', 'Section', 'Task', 'Unit']);
    const types = els.filter((e) => e.group === 'edges').map((e) => e.data.type).sort();
    expect(types).toEqual(['LEADS', 'PART_OF', 'PART_OF']);
  });

  it('keeps a node’s kind and a default label size for ranking', () => {
    const el = nodeElement({ id: 's', label: 'Section', name: '重点任务', properties: { kind: 'part', docId: 'd' } });
    expect(el.data).toMatchObject({ kind: 'part', docId: 'd', fontSize: 10, short: '重点任务' });
    expect(shortName('一二三四五六七八九十一二三四五', 14)).toBe('一二三四五六七八九十一二三…');
  });

  it('sizes units by workload in the aggregated view and links pairs by shared tasks', () => {
    const unit = (id: string) => ({ id, label: 'Unit' as const, name: id });
    const els = aggregateOverview(
      { units: { items: [{ unit: unit('a'), lead: 4, support: 0, responsible: 0, total: 4 }, { unit: unit('b'), lead: 1, support: 0, responsible: 0, total: 1 }], total: 2, truncated: false } },
      { pairs: { items: [{ a: unit('a'), b: unit('b'), shared: 3, tasks: [] }], total: 1, truncated: false } },
    );
    const size = (id: string) => els.find((e) => e.data.id === id)!.data.size as number;
    expect(size('a')).toBeGreaterThan(size('b'));
    expect(els.find((e) => e.group === 'edges')!.data).toMatchObject({ source: 'a', target: 'b', type: 'CO', weight: 3 });
  });

  it('opens large graphs on the aggregated view', () => {
    const none = { Document: 0, Section: 0, Task: 0, Unit: 0, Place: 0, Industry: 0, Corridor: 0, Project: 0, Target: 0 };
    const noEdges = { LEADS: 0, SUPPORTS: 0, RESPONSIBLE_FOR: 0, PART_OF: 0, MENTIONS: 0, SETS: 0, TOUCHES: 0 };
    const stats = (tasks: number) => ({ documents: 1, nodes: { ...none, Unit: 10, Task: tasks, Section: 5 }, edges: { ...noEdges, LEADS: 3 }, warnings: 0 });
    expect(overviewKind(stats(10))).toBe('small');
    expect(overviewKind(stats(SMALL_GRAPH_MAX_NODES))).toBe('aggregate');
    expect(totalElements(stats(10))).toBe(28);
  });
});
