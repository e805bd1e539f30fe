// Tables of the fresh13 set (scored once, then tuned on): rows as the excerpt prints them, expected units from its text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('tables of the fresh13 set', () => {
  // https://www.wuhunews.cn/djzx/2025-02-28/540207.html (芜湖 2025年重点工作及责任分解, a news-site repost)
  const wuhu = [
    '一、市政府重点工作任务',
    '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
    '一、主要预期目标 | |||',
    '(6) | 居民人均可支配收入与经济增长相匹配。 | 市人力资源社会保障局 市农业农村局 | 各县市区政府、 开发区管委会 |',
    '二、重点做好以下九个方面工作 | |||',
    '(一)加强经济运行调节,持续推动经济发展质的有效提升和量的合理较快增长。 | |||',
    '1 | 大力提振消费。 | ||',
    '(8) | 统筹衔接消费券发放与消费品以旧换新行动,推动汽车消费转型升级,积极培育智能家居等消费增长点。 | 市商务局 | 市财政局 市工业和信息化局 各县市区政府、 开发区管委会 |',
  ];

  it('reads rows numbered (1) under their header, a two-cell sub-heading row (1 | 大力提振消费。) as no task', () => {
    expect(tasksOfLines(wuhu)).toMatchObject([
      { title: '居民人均可支配收入与经济增长相匹配', lead: ['市人力资源社会保障局', '市农业农村局'], support: ['各县市区政府', '开发区管委会'] },
      { title: '统筹衔接消费券发放与消费品以旧换新行动', lead: ['市商务局'], support: ['各县市区政府', '市工业和信息化局', '市财政局', '开发区管委会'] },
    ]);
  });

  // Only duty cells are lists: a space inside the task cell stays text.
  it('splits units a space apart in duty cells only', () => {
    const lines = wuhu.slice(0, 4);
    lines[3] = '(6) | 居民人均可支配收入 与经济增长相匹配。 | 市人力资源社会保障局 市农业农村局 | 各县市区政府 |';
    expect(tasksOfLines(lines)).toMatchObject([
      { title: '居民人均可支配收入与经济增长相匹配', lead: ['市人力资源社会保障局', '市农业农村局'], support: ['各县市区政府'] },
    ]);
  });

  // https://www.suining.gov.cn/gongkai/show/59c771049d684296b517a8c985056f68.html (遂宁 2016 城市管理 任务分工, its title not kept)
  it('reads a 负责部门 column as the responsible units, its table one cell a line between | lines', () => {
    const cells = ['|', '序号', '|', '工作任务', '|', '负责部门', '|', '时间进度', '|', '|',
      '1', '|', '完善城市管理体制', '|', '市委编办、市住建局、市城管局', '|', '省出台文件后 2 个月完成', '|', '|',
      '2', '|', '完善城市工作机制', '|', '市住建局,各县(区)政府、市直园区管委会', '|', '2016 年 6 底前', '|', '|'];
    expect(tasksOfLines(cells)).toMatchObject([
      { title: '完善城市管理体制', lead: [], support: [], responsible: ['市住建局', '市城管局', '市委编办'] },
      { title: '完善城市工作机制', lead: [], support: [], responsible: ['各县(区)政府', '市住建局', '市直园区管委会'] },
    ]);
  });
});
