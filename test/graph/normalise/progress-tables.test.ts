// Progress reports on a plan (进度表, 进展情况表) read as the plan's table: the row's 项目内容 is the task, the report's
// own columns (当前进度, 一季度目标, 进展情况、存在问题及下一步打算, 目标完成情况) are kept out. Expected rows from the text.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('progress tables of real plans', () => {
  // http://www.cncn.gov.cn/art/2022/12/14/art_1229664772_59047997.html (苍南县, 2022)
  it('reads 项目内容 as the task and keeps 当前进度 and 备注 out, one cell per line with blank lines', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '项目内容', '', '当前进度', '', '牵头单位', '', '备注', '',
      '1', '', '新(改、扩)建公办园5所,新增公办幼儿学位1000个。', '', '80%(新区实验幼儿园进度滞后)', '', '县教育局', '', '市民生实事', '',
      '2', '', '建设四好农村路55公里。', '', '95%', '', '县交通局', '', '县民生实事',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['县教育局'], ['县交通局']]);
    expect(rows[0].title).toContain('新增公办幼儿学位1000个');
    expect(rows[1].title).not.toContain('95%');
  });

  // https://www.kq.gov.cn/art/2023/11/16/art_1229760972_59195505.html (柯桥区, 2023)
  it('reads a | table whose report columns name a quarter target and progress, problems and next steps', () => {
    const rows = writtenTasks(batchOf([
      '序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |',
      '1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装、装修及场外施工 | 进展情况:轻纺城第二小学(柯东小学)新建工程室内装修及安装工程完成80%,场外工程完成70%。 | 顺利推进 |',
      '2 | 完成“县中崛起”一对一结对帮扶学校2所 | 教体局 | 互派人员到位,集体备课,集中教研,专家入校指导 | 进展情况:3月10日,柯桥中学管理教学团队赴江山中学。 | 顺利推进 |',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['教体局'], ['教体局']]);
    expect(rows[1].title).toContain('一对一结对帮扶学校2所');
    expect(rows[1].title).not.toContain('集体备课');
  });

  // 泰顺县 2023年10月省政府民生实事项目进展情况汇总表 (stored page, no address kept; see fresh7's label)
  it('reads a task cell that numbers its own targets 1) 2) as the row under its serial', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '项目内容', '', '牵头单位', '', '落实情况', '',
      '1', '', '完成县中崛起一对一结对帮扶学校1所(泰顺中学结对杭州高级中学)。', '', '教育局', '', '基本完成。', '',
      '2', '', '1)完成成人初高中学历提升416人;', '', '2)完成大专及以上学历提升902人。', '', '基本完成。',
    ].join('\n')));
    expect(rows.map((r) => r.title.slice(0, 8))).toEqual(['完成县中崛起一对', '完成成人初高中学']);
    expect(rows[0].lead).toEqual(['教育局']);
  });

  // The same 泰顺 table: its 牵头单位 cell is merged over rows 1-6 and 7-9, printed on the first row of each span; every
  // row prints its own 落实情况 (a status and a detail cell), so a row whose unit cell is missing lies inside a span.
  it('gives a row that prints its 落实情况 but no unit cell the merged 牵头单位 of the row above, and keeps the status out', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '项目内容', '', '牵头单位', '', '落实情况', '',
      '1', '', '完成县中崛起一对一结对帮扶学校1所(泰顺中学结对杭州高级中学)。', '', '教育局', '', '基本完成。', '',
      '完成泰顺中学与杭州中学一对一结对帮扶任务及民生系统信息上报,待省教育厅审核。', '',
      '2', '', '在家长常住地100%保障入学:各县(市、区)均为100%。就读公办学校比例:泰顺>85.8%', '', '提前完成年度任务', '',
      '完成义务教育段就读的随迁子女相关任务,就读公办学校的比例达86.18%并完成民生实事系统销号', '',
      '3', '', '16010名义务教育段学生开展正脊筛查。', '', '提前完成年度任务。', '', '截至621日,已完成筛查任务数16010人,达到101.91%', '',
      '4', '', '新建ICU床位10张。', '', '县卫生健康局', '', '提前完成年度任务。', '', '完成新建ICU床位10张。', '',
      '5', '', '新改扩建规范化村卫生室(社区卫生服务站)3个。', '', '提前完成年度任务。', '',
      '完成雅阳镇莲头村卫生室、三魁镇上武垟村卫生室、南浦溪镇培坑村卫生室3个村卫生室建设。',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['教育局'], ['教育局'], ['教育局'], ['县卫生健康局'], ['县卫生健康局']]);
    expect(rows.map((r) => r.title.slice(0, 6))).toEqual(['完成县中崛起', '在家长常住地', '16010名', '新建ICU床', '新改扩建规范']);
    expect(rows.flatMap((r) => [...r.support, ...r.responsible])).toEqual([]);
  });

  // 相山区 2024年四季度重点工作及主要经济指标完成情况 (淮北; stored page, see fresh14's label): one cell a line with blank
  // lines, header cells broken over lines (分管 / 领导, 完成 / 状况), no task header but 年度目标, a 责任人 between the
  // lead and its supporters (one a line, two run together), the blank 分管领导 a line holding a space.
  it('reads a 年度目标 table with a 责任人 between 牵头单位 and its 配合单位 lines, keeping the quarter report out', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '年度目标', '', '分管', '', '领导', '', '牵头单位', '', '责任人', '', '配合单位', '', '季度目标', '',
      '季度具体完成情况', '', '完成', '', '状况', '', '备注', '',
      '1', '', '地区生产总值增长6%', '', ' ', '', '区发改委', '', '孟跟东', '', '区农水局', '', '区住建局', '', '区经信局', '',
      '区商务局区教育局', '', '各镇街', '', '开发区', '', '增长6%', '', '预计增长3%', '', '序时推进', '', ' ', '',
      '2', '', '规模以上工业增加值增长4%', '', ' ', '', '区经信局', '', '王海英', '', '开发区', '', '渠沟镇', '', '西街道',
    ].join('\n')));
    expect(rows.map((r) => r.title)).toEqual(['地区生产总值增长6%', '规模以上工业增加值增长4%']);
    expect(rows.map((r) => r.lead)).toEqual([['区发改委'], ['区经信局']]);
    expect(rows.map((r) => [...r.support].sort())).toEqual([
      ['区农水局', '区住建局', '区经信局', '区商务局', '区教育局', '各镇街', '开发区'].sort(),
      ['开发区', '渠沟镇', '西街道'].sort(),
    ]);
    expect(rows.flatMap((r) => r.responsible)).toEqual([]);
  });

  // A header broken over lines is joined back (责任 / 单位): a 进展情况 cell next to 责任单位 stays two headers.
  it('keeps 进展情况 and 责任单位 apart when a header broken over lines is joined back', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '内容与要求', '', '进展情况', '', '责任单位', '',
      '1', '', '确保地区生产总值增长7%左右。', '', '1-2月主要指标实现正增长。', '', '市发改委',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['市发改委']]);
  });

  // https://www.yuhui.gov.cn/zfxxgk/public/29601/50540172.html (禹会区 2023年第一季度区政府重点工作完成情况): a spaced row per
  // line whose report cells (进展情况, 存在问题) are prose or empty, the deadline at the row's end or on its own line, the
  // last row cut by the excerpt inside its task.
  it('reads a spaced progress row from its duty cell, the report cells empty or prose, and a last row cut in its task', () => {
    const rows = writtenTasks(batchOf([
      '序号 目标任务 牵头责任部门 进展情况 存在问题  完成时限',
      '1 地区生产总值增长10% 发改委 项目为季度指标,目前发改委营利性服务业指标已上报,完成营业收入1.74亿,增幅6.2%。  3月底',
      '2 固定资产投资增长15%。全年谋划编制实施项目157个,总投资超500亿元。 发改委 1-2月份上报固定资产投资11亿元,增速4.8%。 一是在库项目少,支撑不足。',
      '下一步工作打算:一是全力推动项目开工入库。',
      '  3月底',
      '3 单位GDP能耗降低率 发改委 该指标为季度指标,目前正在积极推进。   3月底',
      '4 民生工程 发改委 2022年年度考核已公布,我区位居第六名(各县区得分依次为:五河县 91.28分、蚌山区88.68分和龙子湖区 85.06分。)。   3月底',
      '5 营商环境(“四送一服”、双千',
    ].join('\n')));
    expect(rows.map((r) => r.title)).toEqual(['地区生产总值增长10%', '固定资产投资增长15%', '单位GDP能耗降低率', '民生工程', '营商环境(“四送一服”、双千']);
    expect(rows.map((r) => r.lead)).toEqual([['发改委'], ['发改委'], ['发改委'], ['发改委'], []]);
    expect(rows.flatMap((r) => [...r.support, ...r.responsible])).toEqual([]);
  });

  // 2017年政府工作报告公开挂牌督办事项上半年进展情况 (青岛政务网, 来源 青岛市政府办公厅; pages corpus)
  it('reads a supervised item (公开挂牌督办事项) as the task and the year\'s tasks and targets (年度工作任务和目标) as its detail', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '公开挂牌督办事项', '', '年度工作任务和目标', '', '责任单位', '', '上半年进展', '',
      '1', '', '全市生产总值增长8%左右。固定资产投资增长12%左右。居民人均可支配收入增长8%左右,确保居民收入增长与经济增长同步。完成年度节能减排降碳任务。', '',
      '全市生产总值增长8%左右,固定资产投资增长12%左右,确保居民收入增长与经济增长同步,全年万元GDP能耗下降3.43%,完成年度计划目标。', '',
      '市发展改革委、市经济信息化委、市财政局、市农委、市商务局、市环保局、市金融工作办、市国税局、市地税局', '',
      '加强经济运行调度,强化对重点行业领域、重点区市、重点企业调度服务,每月通报相关行业指标、各区市主要指标运行情况。', '',
      '2', '', '社会消费品零售总额增长10.5%左右。国际贸易总额增长5%左右。', '',
      '全年实现社会消费品零售总额增长10.5%左右。国际贸易总额1044亿美元,增长5%。', '',
      '市商务局', '',
      '社会消费情况:1-5月份,全市限上批发企业实现销售额18',
    ].join('\n')));
    expect(rows.map((r) => r.responsible.length)).toEqual([9, 1]);
    expect(rows[1].responsible).toEqual(['市商务局']);
    expect(rows.map((r) => r.title)).toEqual(['全市生产总值增长8%左右', '社会消费品零售总额增长10.5%左右']);
    expect(rows.flatMap((r) => [...r.lead, ...r.support])).toEqual([]);
  });
});
