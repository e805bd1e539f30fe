// A duty label run on after a heading's name with no bracket (a progress notice's item lines), on a real excerpt;
// expected tasks written from the text.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('duty labels run on after a heading', () => {
  // http://qiongzhong.hainan.gov.cn/ztzl/rdzt/wmbss/wmbss/202210/t20221008_3278167.html (琼中县, 2022)
  it('reads `(一)名称牵头责任部门:X` as an item whose annotation names the lead', () => {
    const rows = writtenTasks(batchOf([
      '一、进展情况',
      '',
      '    (一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会',
      '',
      '截至202241,已完成1剂次接种,共1800剂次(年度任务1800剂次),完成率100%',
      '',
      '(二)新生儿先天性心脏病筛查与诊治牵头责任部门:县卫生健康委员会',
      '',
      '截至428,我县出生人数274人,已完成筛查263人,确诊阳性4人',
    ].join('\n')));
    expect(rows.map((r) => r.title)).toEqual(['适龄女生HPV疫苗接种', '新生儿先天性心脏病筛查与诊治']);
    expect(rows.map((r) => r.lead)).toEqual([['县卫生健康委员会'], ['县卫生健康委员会']]);
  });

  it('leaves a heading alone when the label is followed by prose, not names', () => {
    const rows = writtenTasks(batchOf([
      '一、进展情况',
      '(一)加强组织领导责任单位:要切实履行职责抓好落实',
      '各地要加强领导。',
    ].join('\n')));
    expect(rows.flatMap((r) => r.lead.concat(r.responsible))).toEqual([]);
  });
});
