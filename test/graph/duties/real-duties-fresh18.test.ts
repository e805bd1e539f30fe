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

  // 健康中国行动2023年工作要点 (健康中国行动推进委员会办公室), reprinted in 中国药房(网络版) 2023年1期, the journal flip-book's text
  // layer (pages corpus): printed lines indented, a blank line between them, brackets broken across the blank.
  const JIANKANG = [
    '                  (四) 持续推进健康中国行动宣讲员队伍建设。(健康中国行动推进办负责)',
    '',
    '                  (五)以 2023年全国科普日活动、全国科技活动周为载体,结合卫生健康节日纪念日,持续',
    '',
    '              推进健康科普行动。开展新时代健康科普作品征集大赛,开展全国大学生暑期“三下乡”健康',
    '',
    '              专项等活动。(科技部、国家卫生健康委、国家中医药局、国家疾控局、共青团中央、中国科协按',
    '',
    '              职责分工负责)',
    '                  (六)部署加强学校食品安全和营养健康工作,完善校园食品安全管理体制。(教育部、国家',
    '',
    '              卫生健康委、市场监管总局按职责分工负责)',
    '',
    '                  (七)举办第一届全国全民健身大会,实施“新时代全民健身场地设施提升工程”。(体育总',
    '',
    '              局牵头负责)',
    '',
    '                  (九)巩固无烟党政机关、无烟医疗卫生机构、无烟学校建设成果,倡导无烟家庭建设,举办',
    '',
    '              无烟赛事。(教育部、国家卫生健康委、体育总局、全国妇联按职责分工负责)',
    '',
    '                  (十)严厉打击通过互联网销售烟草制品(含电子烟和类烟产品)和向未成年人销售烟草制',
    '',
    '              品的违法行为,保护未成年人免受烟侵害。(教育部、市场监管总局、广电总局、国家烟草局按职',
    '              责分工负责)',
  ];

  it('reads a bracket broken over a blank line and a verb broken over a printed line (健康中国行动 2023)', () => {
    expect(tasksOfLines(JIANKANG).map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['健康中国行动推进办'] },
      { lead: [], support: [], responsible: ['科技部', '国家卫生健康委', '国家中医药局', '国家疾控局', '共青团中央', '中国科协'].sort() },
      { lead: [], support: [], responsible: ['教育部', '国家卫生健康委', '市场监管总局'].sort() },
      { lead: ['体育总局'], support: [], responsible: [] },
      { lead: [], support: [], responsible: ['教育部', '国家卫生健康委', '体育总局', '全国妇联'].sort() },
      { lead: [], support: [], responsible: ['教育部', '市场监管总局', '广电总局', '国家烟草局'].sort() },
    ]);
  });
});
