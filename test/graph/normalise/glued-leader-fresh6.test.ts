// A table whose cells run together with a leader column before its duty columns (区政府分管领导 / 牵头单位 / 配合单位):
// after a sentence's 。 the row prints the person, the lead the registry knows, then the supporters glued on.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

// https://1wenmi.com/doc/507125.html (常州市钟楼区 2021年重大民生实事项目目标任务责任分解表, a .docx preview whose
// chunk marks 1、 2、 3、 open lines, one inside a name: 高新园(邹区镇 / 2、)各街道; test/fixtures/real/fresh6/zhonglou-minsheng-2021)
const ZHONGLOU = [
  '2021年重大民生实事项目目标任务责任分解表.docx',
  '《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享,可在线阅读,更多相关《2021年重大民生实事项目目标任务责任分解表.docx(4页珍藏版)》请在第壹文秘上搜索。',
  '1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,其中幼儿园420个,中小学4580个。何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进就业稳定增长落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;开展职业技能补贴培训10000人次。何海平人社局高新园(邹区镇',
  '2、)各街道3老城厢复兴发展完成瞿秋白纪念馆整体提升工程对外开放,完成常州盛宣怀故居(本体)修缮展陈。何海平文体旅局晋陵公司轨道公司推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。芮春祥住建局五星街道南大街街道荷花池街道4优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园(邹区镇)各街道提升改造8家城乡社区居家养老服务中心(站)。对300户困难老人家庭进行居家适老化改造。提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。序号项目名称主要内容区政府分管领导牵头单位配合单位5文体惠民行动新建2家“秋白',
  '3、书苑”,开展“幸福钟楼”、文旅惠民月等文旅惠民活动,组',
];

describe('glued rows with a leader column before the duties', () => {
  const tasks = tasksOfLines(ZHONGLOU);

  it('reads the unit after the person (two or three characters) as the lead, never the person', () => {
    expect(tasks.find((t) => t.title.startsWith('增加教育资源供给'))).toMatchObject({ lead: ['教育局'] });
    expect(tasks.find((t) => t.title.startsWith('促进就业稳定增长'))).toMatchObject({ lead: ['人社局'] });
    // 张菁 has two characters: 张菁民 would leave 政局, which no registry names.
    expect(tasks.find((t) => t.title.startsWith('优化养老服务'))).toMatchObject({ lead: ['民政局'] });
    const units = tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible]);
    expect(units.some((u) => /何海平|芮春祥|张菁/.test(u))).toBe(false);
  });

  it('splits the supporters glued after the lead and reads a sub-row (its own content, person and cells) as its own task', () => {
    expect(tasks.find((t) => t.title.startsWith('老城厢复兴发展'))).toMatchObject({ lead: ['文体旅局'], support: ['晋陵公司', '轨道公司'] });
    const sub = tasks.find((t) => t.title.startsWith('推进大庙弄核心区改造'));
    expect(sub).toMatchObject({ lead: ['住建局'] });
    expect([...sub!.support].sort()).toEqual(['五星街道', '南大街街道', '荷花池街道'].sort());
  });

  it('reads a zone\'s short name alone (经开区) and a zone with the town it runs (高新园(邹区镇)) as one supporter each', () => {
    const first = tasks.find((t) => t.title.startsWith('增加教育资源供给'))!;
    expect([...first.support].sort()).toEqual(['各街道', '市国有公司', '经开区', '高新园(邹区镇)'].sort());
    // Row 2's 高新园(邹区镇 is broken by the preview's chunk mark (2、): the name still reads whole, one unit with its town.
    expect([...tasks.find((t) => t.title.startsWith('促进就业稳定增长'))!.support].sort()).toEqual(['各街道', '高新园(邹区镇)'].sort());
    expect([...tasks.find((t) => t.title.startsWith('优化养老服务'))!.support].sort()).toEqual(['各街道', '高新园(邹区镇)'].sort());
  });

  it('keeps content after the cells as the row’s text, not a task of its own', () => {
    expect(tasks.some((t) => t.title.startsWith('提升改造8家'))).toBe(false);
    // Rows 1, 2, 3 (and its sub-row), 4, and row 5 cut by the excerpt before its cells.
    expect(tasks.map((t) => t.title.slice(0, 4))).toEqual(['增加教育', '促进就业', '老城厢复', '推进大庙', '优化养老', '文体惠民']);
  });
});
