// Entries of a list whose markers the copy lost, on excerpts of published text (source beside each); the expected
// tasks were written from the text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('list entries without their markers', () => {
  // http://www.yuhuan.gov.cn/art/2021/11/29/art_1229463086_59051269.html (玉环市 督查室, 玉市委、市政府督通〔2021〕37号)
  const notice = [
    '8项进展偏慢的市政府重点工作为:',
    '',
    '④实现玉城西青老街示范段开街(责任单位:市城市更新与发展中心);',
    '',
    '⑤全力推动规上企业发明专利全覆盖(责任单位:市市场监管局);',
    '',
    '新增跨境电商产值10亿元以上(责任单位:市商务局);',
    '',
    '新建高标准农田6700亩(责任单位:市农业农村水利局);',
    '',
    '确保完成固定资产投资50亿元(责任单位:玉环经济开发区)。',
    '',
    '4项尚未完成年度目标任务的民生实事项目为:',
  ];

  it('reads lines after the last numbered entry, each a phrase closed by its annotation and ;, as entries of their own', () => {
    const tasks = tasksOfLines(notice);
    expect(tasks.map((t) => t.title)).toEqual([
      '实现玉城西青老街示范段开街', '全力推动规上企业发明专利全覆盖', '新增跨境电商产值10亿元以上', '新建高标准农田6700亩', '确保完成固定资产投资50亿元',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['市城市更新与发展中心'], ['市市场监管局'], ['市商务局'], ['市农业农村水利局'], ['玉环经济开发区']]);
  });

  // An item whose body sentences carry their own annotations stays one task: its lines are sentences, not ;-closed entries.
  it('keeps an item whose annotated lines are sentences of its body one task', () => {
    const tasks = tasksOfLines([
      '⑤全力推动规上企业发明专利全覆盖(责任单位:市市场监管局);',
      '开展专利消零行动,组织专家上门服务。(责任单位:市科技局)',
      '加大专利奖励力度,兑现专利资助资金。(责任单位:市财政局)',
    ]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].responsible).toEqual(['市市场监管局', '市科技局', '市财政局'].sort());
  });
});
