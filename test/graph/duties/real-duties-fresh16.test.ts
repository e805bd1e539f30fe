// Duty conventions first met in fresh16 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text, as the graph shows them.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

/** The tasks of a text given line by line, each with its units by role under their displayed names. */
const tasksOfLines = (lines: readonly string[]) => dutyTable(batchOf(lines.join('\n'))).filter((r) => r.label === 'Task');
const roles = (t: { title: string; lead: string[]; support: string[]; responsible: string[] }) =>
  ({ title: t.title, lead: [...t.lead].sort(), support: [...t.support].sort(), responsible: [...t.responsible].sort() });

describe('conventions of real plans (fresh16)', () => {
  // http://xianning.gov.cn/xxgk/xxgkml/ghjh/jjhshfzgh/201609/t20160927_505220.shtml (咸宁 十三五 纲要 division): the notice
  // says 由多个单位负责的,排在第一位的为牵头单位 — a list's first unit leads; a unit named alone has no one to lead.
  it('reads the first-is-lead rule on lists of two or more units only: a single unit stays responsible', () => {
    const tasks = tasksOfLines([
      '一、分工原则',
      '(三)合理划分责任。在统筹考虑各级人民政府事权及配置公共资源能力的基础上,重点将发展目标和任务分解落实到市有关部门。由多个单位负责的,排在第一位的为牵头单位;各县(市、区)人民政府应认真贯彻落实《纲要》。',
      '二、主要指标分工',
      '(一)约束性指标。',
      '1.户籍人口城镇化率达到40%。(市公安局、市统计局)',
      '2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '户籍人口城镇化率达到40%', lead: ['市公安局'], support: ['市统计局'], responsible: [] },
      { title: '劳动年龄人口平均受教育年限达到11.1年', lead: [], support: [], responsible: ['市教育局'] },
    ]);
  });

  // http://haicheng.gov.cn/html/HCS/202304/0168136487273416.html (海城 2023): own-line 牵头领导/牵头单位/责任单位; 各 spreads
  // over the zones and the township level (各开发区、镇(街道)), and item 7. is led by each indicator's own lead.
  it('keeps 各开发区、镇(街道) and the collective lead 各主要经济指标牵头单位 whole', () => {
    const tasks = tasksOfLines([
      '一、经济社会发展主要目标',
      '7.其他主要经济指标增速不低于全市平均水平。',
      '牵头领导:刘兴达',
      '牵头单位:各主要经济指标牵头单位',
      '责任单位:各有关部门,各开发区、镇(街道)',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '其他主要经济指标增速不低于全市平均水平', lead: ['各主要经济指标牵头单位'], support: ['各开发区、镇(街道)', '各有关部门'].sort(), responsible: [] },
    ]);
  });

  // http://www.artfolios.org/xxgk_30/zc/zcwj/xzfwj/202201/t20220114_688893.shtml (a mirror of the 监利 portal, 2022): two
  // management zones share one head word (人民大垸、荒湖管理区), as the notice addresses them.
  it('keeps places listed bare before the last one\'s 管理区 as one name', () => {
    const tasks = tasksOfLines([
      '(一)主要经济指标。',
      '1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '地区生产总值增长10%左右', lead: ['市发改局'], support: ['市统计局', '各乡、镇人民政府', '人民大垸、荒湖管理区', '监利经济开发区'].sort(), responsible: [] },
    ]);
  });

  // http://www.jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html (金乡 2021): a 责任单位 label whose clauses name the
  // roles by verb — X牵头 leads, the 参加 units and the 落实 collective support.
  it('reads (责任单位:X牵头,A、B等有关部门参加,各镇街落实) clause by clause', () => {
    const tasks = tasksOfLines([
      '一、巩固拓展脱贫攻坚成果',
      '1.保持帮扶政策总体稳定。过渡期内,严格落实“四个不摘”要求。(责任单位:县扶贫开发办牵头,县教育和体育局、县卫生健康局、县住房和城乡建设局、县民政局、县医疗保障局等有关部门参加,各镇街落实)',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '保持帮扶政策总体稳定', lead: ['县扶贫开发办'], support: ['县教育和体育局', '县卫生健康局', '县住房和城乡建设局', '县民政局', '县医疗保障局', '各镇街'].sort(), responsible: [] },
    ]);
  });

  // https://shanghai.010b.com/policy/detail/197362.html (长宁 2019): the whole plan on one line, item 1. glued to its
  // heading (…再造1.实现…) on a line too long to be one; (责任部门:A、全区各责任单位等) with no lead, the collective
  // kept, its 等 left out.
  it('reads an item glued to its heading and the collective 全区各责任单位', () => {
    const tasks = tasksOfLines([
      '为深入推进本区“一网通办”工作,深化“放管服”改革,优化营商环境,便利群众办事,激发市场活力和社会创造力,根据《关于加快推进全国一体化在线政务服务平台建设的指导意见》(国发〔2018〕27号)和《进一步深化“互联网+政务服务”推进政务服务“一网、一门、一次”改革实施方案》(国办发〔2018〕45号)等文件精神和要求,参照《2019年上海市深入推进“一网通办”工作要点》,结合本区实际,现提出2019年本区“一网通办”工作要点安排如下:一、对接市级“一网通办”平台,以“减时间、减环节、减材料、减跑动”为目标,全力推进业务流程革命性再造1.实现网上行政审批事项提交材料平均减少一半。对接市级“一网通办”,按照“三个一律不需提交”的要求,即没有法律法规依据的证明材料一律不需提交,能够通过数据共享或网络核验的材料一律不需提交,能够通过电子证照库调取的证照一律不需提交,实现网上行政审批事项提交材料平均减少一半。(责任部门:区府办、区科委、全区各责任单位等)2.实现所有行政审批事项办理时限平均减少一半。紧密对接全市行政审批制度改革,建立审批承诺时限动态调整机制,各部门审批承诺时限要在法定时限的基础上平均压缩一半,审批办理时限比承诺时限平均减少一半。(责任部门:区审改办、全区各责任单位等)',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '实现网上行政审批事项提交材料平均减少一半', lead: [], support: [], responsible: ['区府办', '区科委', '全区各责任单位'].sort() },
      { title: '实现所有行政审批事项办理时限平均减少一半', lead: [], support: [], responsible: ['区审改办', '全区各责任单位'].sort() },
    ]);
  });

  // https://0798ci.com/rule/224632.html (扬州 扬府办发〔2023〕20号): 〔责任单位:A、B等有关部门和单位,C、D〕 — 等有关部门和单位
  // closes the named units, it is no part of B's name.
  it('reads B等有关部门和单位 as B', () => {
    const tasks = tasksOfLines([
      '一、夯实数字政府基础支撑',
      '1.推进政务云网环境优化。升级一体化政务云平台。〔责任单位:市大数据管理局、市大数据管理中心等有关部门和单位,各县(市、区)人民政府、功能区管委会〕',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '推进政务云网环境优化', lead: [], support: [], responsible: ['市大数据管理局', '市大数据管理中心', '各县(市、区)人民政府', '功能区管委会'].sort() },
    ]);
  });

  // http://www.anshan.gov.cn/html/ASSZF/202402/0170728695136485.html (鞍山 2024): the excerpt ends inside the last name
  // (…各开发区管委), a name every earlier item writes whole (各开发区管委会): the cut half is left out.
  it('leaves out a last name the excerpt cut, when the text wrote it longer before', () => {
    const tasks = tasksOfLines([
      '5.一般公共预算收入增长10%以上。',
      '',
      '牵头单位:市财政局',
      '',
      '责任单位:市税务局等相关部门,各县(市)区政府、各开发区管委会',
      '',
      '6.居民收入增长与经济增长基本同步。',
      '',
      '牵头单位:市发展改革委、市农业农村局',
      '',
      '责任单位:各相关部门,各县(市)区政府、各开发区管委',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '一般公共预算收入增长10%以上', lead: ['市财政局'], support: ['市税务局', '各县(市)区政府', '各开发区管委会'].sort(), responsible: [] },
      { title: '居民收入增长与经济增长基本同步', lead: ['市发展改革委', '市农业农村局'].sort(), support: ['各相关部门', '各县(市)区政府'].sort(), responsible: [] },
    ]);
  });
});
