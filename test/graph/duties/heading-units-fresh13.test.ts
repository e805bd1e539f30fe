// A notice that lists items under the unit that owns them (fresh13, second tuning round): a heading that is a unit's
// name and its item count, no role word, gives that unit to every item under it that names none, as responsible.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('items under a unit heading', () => {
  // http://ihfan.net/public/2655573/191994251.html (mirror of ahsz.gov.cn/public/2655573/191994251.html, 宿州市政府办公室 2021-04-21, 关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报; fresh13 suzhou-ah-yijidu-2021)
  const suzhou = [
    '(二)市经济和信息化局(5项)',
    '',
    '1.规上工业增加值增速低于序时进度',
    '',
    '2.龙头企业培育专项行动无实质性进展。',
  ];

  // The same notice's first heading, which the copy printed without its marker and brackets ((一)市发展改革委(8项)), over
  // items that lost their dots (212完成投资… is item 2, whose text begins 12…).
  it('reads a unit run into its item count (`市发展改革委8`) as the heading of the items that follow, the count checked', () => {
    const items = [
      '1加快省市两级战新基地发展,大力培育省级重大新兴工程和重大新兴专项推进较慢。', '',
      '212完成投资低于序时进度。', '',
      '3提升商贸服务、健康养老等生活性服务业品质无实质性进展。', '',
      '4支持宿州高新区、宿马园区、萧县经开区考核工作目前未开展实质性工作。', '',
      '5.四个县城乡建设四大类120项重点工程累计完成投资低于序时进度。', '',
      '6.推广张江萧县高科技园合作经验推进较慢。', '',
      '7.灵璧县对接徐州空港新区推进较慢。', '',
      '8.精准对接上海张江等科技创新成果转化需求推进较慢。',
    ];
    const tasks = tasksOfLines(['市发展改革委8', '', ...items]);
    expect(tasks.map((t) => t.path)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(tasks.map((t) => t.responsible)).toEqual(Array(8).fill(['市发展改革委']));
    // The first seven items alone: the count no longer matches the items after it, so it heads none of them.
    expect(tasksOfLines(['市发展改革委8', '', ...items.slice(0, -2)]).flatMap((t) => t.responsible)).toEqual([]);
  });

  it('reads the heading unit as responsible for each item', () => {
    expect(tasksOfLines(suzhou)).toMatchObject([
      { title: '规上工业增加值增速低于序时进度', lead: [], support: [], responsible: ['市经济和信息化局'] },
      { title: '龙头企业培育专项行动无实质性进展', lead: [], support: [], responsible: ['市经济和信息化局'] },
    ]);
  });

  it('leaves an item that names its own unit with its own', () => {
    const lines = [...suzhou.slice(0, 4), '2.龙头企业培育专项行动无实质性进展。(责任单位:市科技局)'];
    expect(tasksOfLines(lines)[1]).toMatchObject({ responsible: ['市科技局'] });
  });

  it('reads no unit from a heading that counts items but names no unit', () => {
    const lines = ['(二)加快新兴产业发展(5项)', '', '1.规上工业增加值增速低于序时进度', '', '2.龙头企业培育专项行动无实质性进展。'];
    expect(tasksOfLines(lines).flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual([]);
  });
});
