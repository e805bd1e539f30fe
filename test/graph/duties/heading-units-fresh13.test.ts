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
