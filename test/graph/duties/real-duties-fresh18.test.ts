// Duty conventions first met in fresh18 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh18)', () => {
  // https://www.zj.gov.cn/art/2014/7/25/art_1229621702_2419032.html (浙江省 大气污染防治 部门分工方案, 浙政办发〔2014〕89号)
  it('keeps an item\'s own lead (列第一位者为牵头部门) under a heading\'s bracketed 总牵头, which leads only items naming none', () => {
    const tasks = tasksOfLines([
      '一、加快调整能源结构(省发改委总牵头)',
      '(一)制订实施全省煤炭消费总量控制方案。',
      '1.制订煤炭消费总量中长期控制目标,实现煤炭消费总量负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)',
      '2.新建项目禁止配套建设自备燃煤电站。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['省经信委'], support: ['省发改委(省能源局)'], responsible: [] },
      { lead: ['省发改委'], support: [], responsible: [] },
    ]);
  });
});
