// Duty conventions first met in fresh18 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh18)', () => {
  // https://www.zj.gov.cn/art/2014/7/25/art_1229621702_2419032.html (浙江省 大气污染防治 部门分工方案, 浙政办发〔2014〕89号)
  it('keeps an item\'s own lead (列第一位者为牵头部门) under a heading\'s bracketed 总牵头, which leads only items naming none', () => {
    const tasks = tasksOfLines([
      '一、加快调整能源结构(省发改委总牵头)',
      '(一)制订实施全省煤炭消费总量控制方案。',
      '1.制订煤炭消费总量中长期控制目标,实现煤炭消费总量负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)',
      '2.新建项目禁止配套建设自备燃煤电站。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['省经信委'], support: ['省发改委(省能源局)'], responsible: [] },
      { lead: ['省发改委'], support: [], responsible: [] },
    ]);
  });

  // https://www.ahhy.gov.cn/zfxxgk/public/24661/51230677.html (怀远县农业农村局 2023年11月 progress table, one cell a line)
  it('keeps a row\'s lead with its row where the table\'s numbers skip (6, then 52): the row is one line once rewritten (怀远 2023)', () => {
    expect(tasksOfLines([
      '',
      '序号',
      '',
      '目标任务',
      '',
      '牵头责任单位',
      '',
      '计划完成时间',
      '',
      '目前完成情况',
      '',
      '是否达到序时进度',
      '',
      '6',
      '',
      '农村常住居民人均可支配收入与经济增长同步。',
      '',
      '经管站',
      '',
      '2',
      '',
      '2023年底',
      '',
      '三季度绝对数16285元,增幅7.4%',
      '',
      '52',
      '',
      '建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。',
      '',
      '农田建设管理股、农业股',
      '',
      '2023年底',
      '',
      '高标准农田8.3万亩正在施工中,整体进度70%,正在抢抓工期,12月底完成主体工程建设任务。2023年我县小麦总产69.6514万吨,同比增加0.84%。秋粮长势良好,目前玉米收获全面结束,调查队上报450.03公斤/亩,较去年增长2.1%,水稻收获接近尾声,调查队上报616.65公斤斤/亩,较去年增产0.13%。',
      '',
      ' ',
      '',
      '53',
      '',
      '加快推动农业规模化经营,完成“一村一块田”改革试验20万亩,全县土地流转率达60%。',
      '',
      '经管站',
      '',
      '2023年底',
      '',
      '已累计完成“一村一块田”改革试验面积31.7万亩,全县土地流转面积138.133万亩,占“三调”面积的63.08%。',
    ]).map((t) => t.lead)).toEqual([['经管站'], ['农业股', '农田建设管理股'], ['经管站']]);
  });
});
