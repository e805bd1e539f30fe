// What alignment reads from a document: its tasks, or — when it has none, like a 政府工作报告 — its deepest sections.
import { describe, expect, it } from 'vitest';
import { documentViews } from '../../../graph/align/task-view.ts';
import type { GraphExport } from '../../../graph/model.ts';
import { batchOf } from '../../support/ingest-text.ts';

// Written for this test in the shape of a report (numbered parts and sections, no duty annotations) and of a plan.
const REPORT = `政府工作报告
三、2016年重点工作
（一）稳定和完善宏观经济政策。今年拟安排财政赤字2.18万亿元，赤字率提高到3%。
（二）加强供给侧结构性改革。推进5万个行政村通光纤。
四、加强政府自身建设
各级政府要深入贯彻落实新发展理念。
`;
const PLAN = `某区2016年重点工作实施方案
一、重点任务
1.推进行政村通光纤。(牵头单位:区经济信息委)
2.加强财政预算管理。(牵头单位:区财政局)
`;

describe('documentViews', () => {
  it('a document without tasks offers its deepest sections; a plan with tasks offers only its tasks', () => {
    const batches = [batchOf(REPORT, '政府工作报告'), batchOf(PLAN, '某区2016年重点工作实施方案')];
    const graph = { format: 'policy-graph/v1', nodes: batches.flatMap((b) => b.nodes), edges: batches.flatMap((b) => b.edges) } as GraphExport;
    const views = documentViews(graph);
    const report = views.find((d) => d.title.includes('政府工作报告'))!;
    const plan = views.find((d) => d.title.includes('实施方案'))!;
    expect(report.tasks.map((t) => t.number)).toEqual(['(一)', '(二)', '四']);
    expect(report.tasks[0].text).toContain('财政赤字2.18万亿元');
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
});
