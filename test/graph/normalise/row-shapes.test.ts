// Row shapes of real task tables (a flagged serial, a labelled duty line under a row, a header with a note), one per
// test, on excerpts of the published text (source beside each); expected rows written from the text first.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const sorted = (names: string[]) => [...names].sort();

describe('rows of real task tables', () => {
  // https://ddjlg.com/zhi/gongzuo/xjqwdn.html (杭州市 2021, the 省政府工作报告's 涉杭 tasks; a copy, blank lines between cells)
  it('reads a header with a bracketed note, a 副市长 group row, and a row closed by its own 省牵头单位: line', () => {
    const rows = writtenTasks(batchOf([
      '一、省政府工作报告“十四五”时期重点工作涉杭任务责任分解', '序号', '重点工作任务(杭州市2项配合工作)', '责任单位',
      '(一)王宏副市长牵头重点工作', '1', '加强粮食和重要农产品保障,严格保护永久基本农田和810万亩粮食生产功能区。',
      '市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)', '省牵头单位:省农业农村厅',
      '(二)胡伟副市长牵头重点工作', '2', '深入实施消费新政,提升传统消费,培育新型消费。', '市商务局、市发改委', '省牵头单位:省商务厅',
    ].join('\n\n')));
    expect(rows.map((r) => [r.title.slice(0, 6), r.lead, sorted(r.support)])).toEqual([
      ['加强粮食和重', ['省农业农村厅'], sorted(['市农业农村局', '市规划和自然资源局', '市商务局(市粮食和物资储备局)'])],
      ['深入实施消费', ['省商务厅'], sorted(['市商务局', '市发改委'])],
    ]);
  });

  // the same page, its second table: a task the city leads is flagged by a star after its serial (1*)
  it('reads a serial flagged with a star (1*) as the row number', () => {
    const rows = writtenTasks(batchOf([
      '序号', '重点工作任务(杭州市2项牵头工作、19项配合工作)', '责任单位', '(一)戴建平常务副市长牵头重点工作',
      '1*', '大力推进杭州城西科创大走廊建设。', '市科技局、市发改委、市经信局',
    ].join('\n\n')));
    expect(rows.map((r) => [r.path, r.title, sorted(r.responsible)])).toEqual([
      ['(一)/1', '大力推进杭州城西科创大走廊建设', sorted(['市科技局', '市发改委', '市经信局'])],
    ]);
  });
});
