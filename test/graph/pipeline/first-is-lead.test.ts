// A document's own reading rule for lists that name no role (the first unit leads), as real plans write it;
// expected roles written from the text before the parser changed.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('the first unit leads, as the document says', () => {
  // http://www.nbxinxi.com/a/gedizhengce/zhejiangsheng/jiaxingshi/tongxiangsh/2021/0602/178890.html (桐乡市, 2020)
  it('reads 列第一位者为牵头或汇总单位,下同 at the end of an own-line 责任单位 list, and carries it on', () => {
    const rows = writtenTasks(batchOf([
      '一、于会游市长主抓重点工作',
      '1.制定出台高质量发展“1+4+8”政策体系,建立企业参与的政策决策机制。',
      '责任单位:财政局、发改局、经信局(列第一位者为牵头或汇总单位,下同)',
      '2.全面落实各级“五减”系列政策,力争为企业减负60亿元。',
      '责任单位:发改局、经信局、财政局',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['财政局'], ['发改局']]);
    // The list's own words after the last name are the annotation grammar's (graph/duties): only the names' start is checked.
    expect(rows.map((r) => r.support.map((u) => u.slice(0, 3)))).toEqual([['发改局', '经信局'], ['经信局', '财政局']]);
    expect(rows.flatMap((r) => r.responsible)).toEqual([]);
  });

  // http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html (韶关市, 2019): the mirror's 排在首位的爲牽頭單位, as the
  // parser reads it once the traditional script is converted (graph/read/script.ts).
  it('reads 排在首位的为牵头单位 inside the annotation', () => {
    const [task] = writtenTasks(batchOf([
      '(一)降低企业税收负担。',
      '1.在国家、省规定的税额幅度内,全市城镇土地使用税税额标准下调至1—8元/平方米。(责任单位:市税务局、市财政局,排在首位的为牵头单位,下同)',
    ].join('\n')));
    expect(task.lead.length).toBe(1);
    expect(task.support.length).toBe(1);
    expect(task.responsible).toEqual([]);
  });

  it('leaves a list undifferentiated when the text states no rule', () => {
    const [task] = writtenTasks(batchOf('1.全面落实各级“五减”系列政策。\n责任单位:发改局、经信局、财政局'));
    expect(task.lead).toEqual([]);
    expect(task.responsible.length).toBe(3);
  });
});
