// Unit-list conventions of real plans, one per test, on excerpts of the published text (source beside each);
// the expected units were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable, tasksOfLines, writtenTasks } from '../../support/ingest-text.ts';

describe('unit lists of real plans', () => {
  // http://m.jxyuer.com/news/jiaodian/166873.html (淮安市 稳增长具体实施细则, 2022)
  it('carries 以下政策措施均需A、B落实,不再单独列出 to this item and every later one', () => {
    const tasks = tasksOfLines([
      '一、落实财税支持政策',
      '1.积极争取省级专项资金,设立2.43亿元推动工业强市发展专项引导资金。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)',
      '2.成立“智改数转”工作专班,积极争取省工业企业“智改数转”专项资金。(责任单位:市工信局、市财政局)',
    ]);
    const [first, second] = tasks;
    // 等有关部门 closes the list (it names no unit): the written surface keeps it, the unit is 市财政局.
    const names = (xs: string[]) => xs.map((x) => x.replace(/等有关部门$/, '')).sort();
    const expected = ['市工信局', '市财政局', '各县区人民政府', '园区管委会'].sort();
    expect(names(first.responsible)).toEqual(expected);
    expect(names(second.responsible)).toEqual(expected);
  });

  // 广州市 关于推进人才集聚工程的实施意见 (2012), public repository copy of a Guangdong science-association site
  it('keeps 各区、县级市 whole: a bare 县级市 after 各区 continues the collective', () => {
    const [task] = writtenTasks(batchOf(
      '7.专业技术人才知识更新项目。5年内重点培训15万名中高级紧缺专业技术人才。(牵头单位:市人力资源和社会保障局,配合单位:市工商局、团市委,各区、县级市)',
    ));
    expect(task.lead).toEqual(['市人力资源和社会保障局']);
    expect(task.support).toEqual(['各区、县级市', '团市委', '市工商局']);
  });

  // Same source: 市留交办 (留学人员交流服务办公室) is an office's short name though 交办 alone is a verb.
  it('reads a short office name ending in 办 after a level prefix (市留交办)', () => {
    const [task] = writtenTasks(batchOf('28.“红棉计划”创业项目。5年内遴选扶持500家以上在穗初创型海外人才企业。(牵头单位:市留交办,配合单位:各有关单位,各区、县级市)'));
    expect(task.lead).toEqual(['市留交办']);
    expect(task.support).toEqual(['各区、县级市', '各有关单位']);
  });

  // Same source: an item whose title opens with a number (11.121人才梯队项目) is still item 11.
  it('reads 11.121人才梯队项目 at a line start as item 11, not a decimal', () => {
    const rows = writtenTasks(batchOf([
      '10.产业领军人才项目。重点引进产业领军人才。(牵头单位:市委组织部)',
      '11.121人才梯队项目。重点培养不少于10名院士后备人才。(牵头单位:市人力资源和社会保障局,配合单位:各区、县级市)',
    ].join('\n')));
    expect(rows.map((r) => r.path)).toEqual(['10', '11']);
    expect(rows[1].title).toContain('121人才梯队项目');
    expect(rows[1].lead).toEqual(['市人力资源和社会保障局']);
  });

  it('never reads a decimal in running text as an item', () => {
    const rows = writtenTasks(batchOf('1.稳增长。增速达到3.5%。\n2.12亿元用于补贴。(牵头单位:市财政局)'));
    expect(rows.map((r) => r.path)).toEqual(['1', '2']);
  });

  // https://newton.com.tw/wiki/ page 61994341 (咸阳市2022年深化“放管服”改革工作要点, simplified here)
  it('splits two collectives joined by 及 (市级各有关部门及各县市区政府)', () => {
    const [task] = writtenTasks(batchOf('1.全面实施行政许可事项清单管理。编制并公布市、县两级行政许可事项清单。(市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责)'));
    expect(task.lead).toEqual(['市政府办公室']);
    expect(task.support).toEqual(['各县市区政府', '市级各有关部门']);
  });

  // http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml (嘉鱼县, 2021)
  it('reads a bracketed second plate (县发改局(粮食局)) as the same bureau, not a second unit', () => {
    const [task] = writtenTasks(batchOf('(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]'));
    expect(task.lead).toEqual(['县发改局(粮食局)']);
    expect(task.support).toEqual(['各镇人民政府', '嘉鱼经济开发区']);
  });

  it('still reads a body of another kind in brackets as its own unit (区民政局(区残联))', () => {
    const [task] = writtenTasks(batchOf('1.加强困难群众救助。(牵头单位:区民政局(区残联))'));
    expect(task.lead).toHaveLength(2);
  });
});

describe('labels whose value is a clause list', () => {
  // https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html (粤府〔2021〕22号)
  it('reads 部门分工:X牵头,各地、各部门配合 and keeps 分管省领导 out of the duties', () => {
    const b = batchOf([
      '一、2021年经济社会发展主要预期目标',
      '1.地区生产总值增长6%以上。',
      '分管省领导:林克庆',
      '部门分工:省发展改革委牵头,各地、各部门配合。',
      '2.地方一般公共预算收入增长5%左右。',
      '分管省领导:林克庆',
      '部门分工:省财政厅牵头,各地、各部门配合。',
    ].join('\n'));
    const [first, second] = writtenTasks(b);
    expect(first.lead).toEqual(['省发展改革委']);
    expect(first.support).toEqual(['各地', '各部门']);
    expect(second.lead).toEqual(['省财政厅']);
    expect(b.nodes.some((n) => n.label === 'Unit' && n.name.includes('林克庆'))).toBe(false);
  });
});

describe('a reading rule stated in the cover notice', () => {
  // https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html (杭州市 2020): the notice states the rule;
  // the two items below are in the form of its 责任分解 (own-line 责任单位 lists).
  it('reads 列第一位的责任单位为牵头单位或汇总单位 in the notice: each later list\'s first unit leads', () => {
    const [first, second] = writtenTasks(batchOf([
      '各区、县(市)人民政府,市政府各部门、各直属单位:',
      '二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。各牵头单位和汇总单位要及时向市政府报告重点工作完成情况。',
      '杭州市人民政府办公厅',
      '2020年5月20日',
      '2020年政府工作报告重点工作责任分解',
      '1.全市生产总值增长6.5%左右。',
      '责任单位:市发改委、市统计局',
      '2.一般公共预算收入增长5%。',
      '责任单位:市财政局、市税务局',
    ].join('\n')));
    expect(first.lead).toEqual(['市发改委']);
    expect(first.support).toEqual(['市统计局']);
    expect(second.lead).toEqual(['市财政局']);
    expect(second.support).toEqual(['市税务局']);
  });

  // http://www.xm.gov.cn (厦府办〔2019〕10号, 厦门市 2019): the rule stated in the first list, 下同.
  it('reads 第一责任单位为牵头单位,下同: the first unit of this list and of each later one leads', () => {
    // Names as shown (the surface keeps the bracketed note; the unit's name and aliases do not).
    const rows = dutyTable(batchOf([
      '一、坚决破除各种不合理门槛和限制,营造公平竞争市场环境',
      '(一)推进完善PPP健康运行长效机制和基础性制度建设',
      '责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
      '时限要求:持续推进',
      '(二)严格落实全省统一的招投标政策',
      '责任单位:市建设局、市交通局',
    ].join('\n'))).filter((r) => r.label === 'Task');
    expect(rows.map((r) => [r.lead, r.support, r.responsible])).toEqual([
      [['市发改委'], ['市财政局'], []],
      [['市建设局'], ['市交通局'], []],
    ]);
  });

  // http://wisor.cc/policy/show.php?from=client&itemid=100941 (黑龙江省 2013, 重点工作责任分工的意见, repost)
  it('reads 主办 / 协办 as lead / support, two items glued on one line', () => {
    const rows = dutyTable(batchOf([
      '一、主要预期目标',
      '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)',
    ].join('\n'))).filter((r) => r.label === 'Task');
    expect(rows.map((r) => [r.lead, r.support, r.responsible])).toEqual([
      [[], [], ['省发改委']],
      [['省财政厅'], ['地税局', '省国税局'], []],
    ]);
  });

  // http://www.hunan.gov.cn/hnszf/szf/hnzb/2017_106457/2017nd1q_107287/szfwj_98718/201902/t20190220_5277001.html
  // (湖南省 2019, 重点工作部门分工的意见, the stored copy cut inside the annotation)
  it('keeps the clauses of an annotation cut by the end of an excerpt, and the complete names of the cut one', () => {
    const rows = dutyTable(batchOf([
      '一、落实2019年经济社会发展总体要求和主要预期目标',
      '(一)总体要求:以习近平新时代中国特色社会主义思想为指导,坚持稳中求进工作总基调。',
      '主要预期目标:经济增长7.5%—8%;规模工业增加值增长7%;万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省',
    ].join('\n'))).filter((r) => r.label === 'Task');
    // The cut clause keeps its complete name (省工业和信息化厅); the cut one (省) is an unresolved name in the report.
    expect(rows.map((r) => [r.path, r.lead, r.support])).toEqual([['一/(一)', ['省发展改革委'], ['省工业和信息化厅']]]);
  });

  it('still reads a bracket that runs into the next line as body text, not a duty', () => {
    const rows = dutyTable(batchOf(['1.推进项目建设(省发展改革委牵头,省财政厅', '配合做好资金保障。'].join('\n'))).filter((r) => r.label === 'Task');
    expect(rows.flatMap((r) => r.lead)).toEqual([]);
  });

  // https://code.fabao365.com/law_203303_2.html (广西 2008): the army and the armed police among the supporters.
  it('reads a 军区 and a 总队 as units (inferred, with a report line), not as body text', () => {
    const b = batchOf('(三)运输协调组。负责过渡安置房及配套设施建设物资的运输。\n牵头单位:自治区交通厅\n配合单位:自治区公安厅、广西军区、武警广西总队、南宁铁路局');
    const [task] = writtenTasks(b);
    expect(task.support).toEqual(['自治区公安厅', '广西军区', '武警广西总队', '南宁铁路局'].sort());
    expect(b.warnings.filter((w) => w.code === 'INFERRED_UNIT').map((w) => w.detail?.name)).toEqual(expect.arrayContaining(['广西军区', '武警广西总队']));
  });

  // http://wisor.cc/policy/show.php?from=client&itemid=100941 (黑龙江省 2013)
  it('reads (A、B、C分别负责) as three responsible units, the last without 分别', () => {
    const [task] = dutyTable(batchOf('(七)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。(省发改委、农委、统计局分别负责)')).filter((r) => r.label === 'Task');
    expect(task.responsible).toHaveLength(3);
    expect(task.responsible).toContain('统计局');
  });
});
