// Duty conventions of real plans, one per test, on excerpts of the published text (source cited);
// the expected duties were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('duty conventions of real plans', () => {
  // Repost of the 安徽省人民政府 notice 关于2022年重点工作及责任分解的通知:
  // http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx
  it('reads own lines 牵头负责领导 / 牵头责任单位 / 协同责任单位 ending in 。, and items numbered 1﹒', () => {
    const b = batchOf([
      '一、确保完成全年主要预期目标',
      '1﹒全省生产总值增长7%以上，在实际工作中力争更好结果。',
      '牵头负责领导：刘惠。',
      '牵头责任单位：省发展改革委。',
      '协同责任单位：省政府各部门、各直属机构。',
      '2﹒固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些。',
      '牵头负责领导：刘惠。',
      '牵头责任单位：省发展改革委。',
      '协同责任单位：省经济和信息化厅、省财政厅、省自然资源厅、省住房城乡建设厅、省交通运输厅、省农业农村厅、省水利厅、省林业局等。',
    ].join('\n'));
    const [first, second] = writtenTasks(b);
    expect(first.title).toContain('全省生产总值增长7%以上');
    expect(first.lead).toEqual(['省发展改革委']);
    expect(first.support).toEqual(['各直属机构', '省政府各部门']);
    expect(second.lead).toEqual(['省发展改革委']);
    // All eight supporters are read; a name the unit registry does not know yet is reported, not dropped.
    const unresolved = b.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT').map((w) => w.detail!.surface);
    expect(second.support.length + unresolved.length).toBe(8);
    const task = b.nodes.find((n) => n.properties.path === '一/1')!;
    expect(task.properties.otherRoles).toMatchObject({ 牵头负责领导: '刘惠' });
    expect(b.nodes.some((n) => n.label === 'Unit' && n.name.includes('刘惠'))).toBe(false);
  });

  // https://www.luan.gov.cn/public/6608171/9893901.html (六安市 2022年重点工作及责任清单)
  it('reads a table flattened with a blank line after every cell, its 任务来源 column kept out of the duties', () => {
    const cells = ['2022年3月4日', '2022年重点工作及责任清单', '序号', '重点工作', '牵头责任单位', '协同责任单位', '任务来源',
      '一、潘东旭市长负责事项(共9项)', '1', '全面延伸“双招双引”,继续坚持“顶格倾听、顶格协调、顶格推进”。',
      '市政府办', '市政府各部门、各直属机构', '皖政〔2022〕9号文件'];
    const [task, ...rest] = writtenTasks(batchOf(cells.join('\n\n')));
    expect(rest).toEqual([]);
    expect(task.title).toContain('全面延伸“双招双引”');
    expect(task.lead).toEqual(['市政府办']);
    expect(task.support).toEqual(['各直属机构', '市政府各部门']);
  });

  // http://yunyang.shiyan.gov.cn/xxgkxi/zc/zfwj/yzf/202302/t20230213_4182632.shtml (十堰市郧阳区; the stored copy cuts row 1)
  it('reads a spaced-out header (目  标  任  务) with a 责任人 column, and a last row cut short', () => {
    const cells = ['附件', '2023年区政府工作目标任务落实责任分解表', '序号', '目  标  任  务', '牵头单位', '责任单位', '责任人',
      '一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)',
      '1', '★地区生产总值增长15%。', '区发改局'];
    const [task] = writtenTasks(batchOf(cells.join('\n')));
    expect(task.title).toContain('地区生产总值增长15%');
    expect(task.lead).toEqual(['区发改局']);
  });

  // http://www.jingmen.gov.cn/art/2021/12/31/art_6607_9593.html (荆门市; the stored copy cuts the annotation)
  it('reads an annotation that opens with a tag (预期性指标,牵头单位:X;责任单位:Y) and stops where the list turns into prose', () => {
    const [task] = writtenTasks(batchOf([
      '二、主要指标', '到2025年，全市经济社会发展主要指标如下：',
      '1.地区生产总值（GDP）总量力争突破3000亿元，年均增长7%以上。（预期性指标，牵头单位：市发改委；责任单位：市政府有关部门，各县市区，以下均需各县市区落实，不再逐',
    ].join('\n')));
    expect(task.lead).toEqual(['市发改委']);
    expect(task.support).toEqual(['各县市区', '市政府有关部门']);
  });

  // https://m.ltwz.net/news/DPweP9gqoV.html (repost of the 沁县人民政府办公室 notice, 2025)
  it('gives every item under a heading 一、X牵头工作(8项) that heading’s lead', () => {
    const b = batchOf([
      '一、县示范区管委会牵头工作(8项)',
      '1.投资3000万元建设南美白对虾工厂化循环水养殖基地。',
      '2.打造食用菌酵素生产基地。',
      '3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园,推动天欣纸业环保包装等项目达产达效。',
    ].join('\n'));
    const leads = (path: string) => b.edges.filter((e) => e.type === 'LEADS' && e.target === b.nodes.find((n) => n.properties.path === path)!.id)
      .map((e) => b.nodes.find((n) => n.id === e.source)!.properties.aliases as string[]);
    for (const path of ['一/1', '一/2', '一/3']) expect(leads(path)).toEqual([expect.arrayContaining(['县示范区管委会'])]);
  });

  // https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html (丽水市, 2023)
  it('reads 列第一位为牵头或汇总单位,下同 from the list that states it on, and A、B分别牵头 as two leads', () => {
    const t = writtenTasks(batchOf([
      '1.生产总值增长6%以上，高质量前提下能快则快。', '', '责任单位：市发改委', '',
      '2.固定资产投资增长10%。', '',
      '责任单位：市发改委、市经信局、市科技局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）', '',
      '3.社会消费品零售总额增长5%，外贸出口增长5%。', '', '责任单位：市商务局', '',
      '4.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。', '', '责任单位：市人力社保局、市农业农村局分别牵头',
    ].join('\n')));
    expect(t.map((x) => [x.lead, x.responsible])).toEqual([
      [[], ['市发改委']],
      [['市发改委'], []],
      [['市商务局'], []],
      [['市人力社保局', '市农业农村局'], []],
    ]);
    expect(t[1].support).toEqual(expect.arrayContaining(['市经信局']));
  });

  // http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml (昆明市官渡区, 2016)
  it('reads every clause of (A牵头,B、C等部门,D、E配合): the clause without a verb supports too', () => {
    const b = batchOf('一、重点工作\n4. 加强项目谋划储备。编制完成官渡区三年滚动投资计划。（区发改局牵头，区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门，区国投公司、各街道办事处配合）');
    const [task] = writtenTasks(b);
    expect(task.lead).toEqual(['区发改局']);
    expect(task.support).toEqual(expect.arrayContaining(['区财政局', '区交运局', '区经贸投促局', '区住建局', '区水务局', '区国投公司']));
    // Seven supporters are read; a name the unit registry does not know yet is reported, not dropped.
    const unresolved = b.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT');
    expect(task.support.length + unresolved.length).toBe(7);
  });
});
