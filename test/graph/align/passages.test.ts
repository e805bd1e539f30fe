// A report section is aligned by the sentence a dividing item quotes, and the link says which sentence and figures.
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../graph/align/align.ts';
import { figuresOf, splitPassages } from '../../../graph/align/passages.ts';
import { documentViews } from '../../../graph/align/task-view.ts';
import type { GraphExport } from '../../../graph/model.ts';
import { tokenize } from '../../../server/search/tokenizer.ts';
import { batchOf } from '../../support/ingest-text.ts';

// Written for this test in the shape of a report part (sections of many sentences, no duty annotations) and of the
// table that divides it (one row per quoted sentence, the unit in charge beside it).
const REPORT = `某市政府工作报告
三、今年重点工作
（一）稳定和完善宏观经济政策。积极的财政政策要加大力度。今年拟安排财政赤字2.18万亿元，赤字率提高到3%。统筹使用沉淀的存量资金。适度扩大需求总量，积极调整改革需求结构。
（二）深挖国内需求潜力，开拓发展更大空间。今年要完成铁路投资8000亿元以上，公路投资1.65万亿元，再开工20项重大水利工程。加快建设城市停车场和新能源汽车充电设施。
（三）加强供给侧结构性改革。推进5万个行政村通光纤，让更多城乡居民享受数字化生活。大力推进国有企业改革。
`;
const DIVISION = `某市政府工作报告量化指标任务分工
一、重点任务
1.铁路投资8000亿元以上。(牵头单位:市发展改革委)
2.推进5万个行政村通光纤。(牵头单位:市经济信息委)
3.安排财政赤字2.18万亿元,赤字率提高到3%。(牵头单位:市财政局)
`;

function views() {
  const batches = [batchOf(REPORT, '某市政府工作报告'), batchOf(DIVISION, '某市政府工作报告量化指标任务分工')];
  const graph = { format: 'policy-graph/v1', nodes: batches.flatMap((b) => b.nodes), edges: batches.flatMap((b) => b.edges) } as GraphExport;
  const all = documentViews(graph);
  return { report: all.find((d) => d.title === '某市政府工作报告')!, division: all.find((d) => d.title.includes('分工'))! };
}

describe('passages', () => {
  it('splits a section into its sentences and drops fragments', () => {
    expect(splitPassages('（一）稳定经济运行。积极的财政政策要加大力度；统筹使用存量资金！\n好。')).toEqual([
      '（一）稳定经济运行。', '积极的财政政策要加大力度；', '统筹使用存量资金！',
    ]);
  });

  it('reads figures with their unit and qualifier, not bare years', () => {
    expect([...figuresOf('2016年完成铁路投资8000亿元以上，赤字率提高到3 %，再开工20项')]).toEqual(['8000亿元以上', '3%', '20项']);
  });

  it('links each quoted row to the section holding its sentence, and shows that sentence and the shared figures', () => {
    const { report, division } = views();
    expect(report.tasks.every((t) => t.kind === 'section')).toBe(true);
    const links = alignDocuments(division, report, tokenize);
    const target = (n: string) => links.filter((l) => l.source === division.tasks.find((t) => t.number === n)!.id)
      .map((l) => report.tasks.find((t) => t.id === l.target)!.number);
    expect(target('1')).toEqual(['(二)']);
    expect(target('2')).toEqual(['(三)']);
    expect(target('3')).toEqual(['(一)']);
    const rail = links.find((l) => l.source === division.tasks[0].id)!;
    expect(rail.evidence.passage?.text).toContain('今年要完成铁路投资8000亿元以上');
    expect(rail.evidence.passage?.figures).toContain('8000亿元以上');
  });

  it('leaves task-to-task alignment as it was: a plan with tasks is not read by sentences', () => {
    const { division } = views();
    const links = alignDocuments(division, division, tokenize);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.evidence.passage === undefined)).toBe(true);
  });
});
