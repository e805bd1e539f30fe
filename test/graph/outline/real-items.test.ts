// Which items of never-seen real plans become tasks, on excerpts of published text (source beside each);
// the expected tasks were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../graph/outline/markers.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

describe('items of real plans', () => {
  // http://www.ln.gov.cn/web/zwgkx/zfwj/szfbgtwj/zfwj2011_1/4BE8B17D3ECC493D81774CA8A6CE4F3D/index.shtml (辽政办发〔2012〕53号)
  it('reads ⑴…⑽, one code point each, as sub-items like (1)', () => {
    const rows = tasks([
      '1.约束性指标。',
      '⑴九年义务教育巩固率达到97%。',
      '责任单位:省教育厅。',
      '⑵耕地保有量保持在6120万亩。',
      '责任单位:省国土资源厅。',
      '⑶森林覆盖率提高到42%,森林蓄积量达到3.2亿立方米。',
      '责任单位:省林业厅。',
    ].join('\n'));
    expect(rows.map((r) => [r.path, r.responsible])).toEqual([
      ['1/(1)', ['省教育厅']],
      ['1/(2)', ['省国土资源厅']],
      ['1/(3)', ['省林业厅']],
    ]);
    expect(findMarkers('⑽城镇保障性安居工程建设。', () => false).map((m) => [m.kind, m.value])).toEqual([['subitem', 10]]);
  });

  // https://xuncaibao.com/zhuantifanwen/cehuafangan/116566.html (江西省 鄱余万都 分工方案 2017): items run on across sections
  it('reads an item whose text opens with a year (3、2017年…) when its number runs on from the last section', () => {
    const rows = tasks([
      '(一)完善公路交通网络。',
      '1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责)',
      '2、加快国省道升级改造,提升区域内公路等级。(省发改委、省交通运输厅、省财政厅负责)',
      '(二)加快铁路建设。',
      '3、2017年,九景衢铁路建成通车,开工建设昌景黄铁路。(省发改委、省铁路投资集团负责)',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['(一)/1', '(一)/2', '(二)/3']);
    expect(rows[2].title).toContain('九景衢铁路建成通车');
  });

  it('does not read a line opening with a number out of sequence (5、2017年) as an item', () => {
    expect(tasks('1、推进项目建设。(区发改委负责)\n5、2017年建成。(区住建委负责)').map((r) => r.path)).toEqual(['1']);
  });
});
