// A table flattened with a bar opening each cell after a row's first and a lone bar closing the row, its merged
// group cells printed once and broken a few characters a line (长沙 2012, the real excerpt).
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// http://fsou.com/html/text/lar/173862/17386295.html (长沙市 2012《政府工作报告》目标任务责任分解表)
const CHANGSHA = [
  '牵头单位', '| 目 标 任 务', '| 责 任 单 位', '|',
  '市政', '府办', '公厅', '| 推进国家安全工作发展', '| 市直各单位、各区县市', '|',
  '强化行政监督,自觉接受人大和政协监督', '| 市直各单位、各区县市', '|',
  '市', '发', '改', '委', '| 地区生产总值增长13%', '| 统计局、各园区', '|',
  '固定资产投资增长20%', '|',
  '力争全年实施重点项目566个,完成投资1494亿',
];

describe('bar-opened table rows', () => {
  it('reads each row as an item, the broken group cell joined and filled down, a missing last cell empty', () => {
    const tasks = tasksOfLines(CHANGSHA);
    expect(tasks.map((t) => [t.lead, [...t.support].sort(), t.responsible])).toEqual([
      [['市政府办公厅'], ['各区县市', '市直各单位'], []],
      [['市政府办公厅'], ['各区县市', '市直各单位'], []],
      [['市发改委'], ['各园区', '统计局'], []],
      [['市发改委'], [], []],
      [['市发改委'], [], []],
    ]);
  });

  it('keeps the task\'s words at their cell\'s offset, and the row\'s annotation within the row', () => {
    const raw = CHANGSHA.join('\n');
    const norm = normaliseText(raw);
    const task = norm.text.indexOf('推进国家安全工作发展');
    expect(raw.slice(norm.toOriginal[task], norm.toOriginal[task] + 10)).toBe('推进国家安全工作发展');
    const lead = norm.text.indexOf('市政府办公厅');
    expect(norm.toOriginal[lead]).toBeGreaterThanOrEqual(raw.indexOf('市政'));
    expect(norm.toOriginal[lead]).toBeLessThan(raw.indexOf('强化行政监督'));
  });

  it('leaves bars that close cells at line ends to the other readers', () => {
    const raw = ['序号 |', '重点工作 |', '责任单位 |', '|', '1 |', '推进安全发展 |', '市应急局 |'].join('\n');
    expect(normaliseText(raw).text).not.toContain('(牵头单位');
  });
});
