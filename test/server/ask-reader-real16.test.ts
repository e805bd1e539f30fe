// The reader rules added while tuning on real16 (issue 10), one behaviour each, in other words than the set's, on the eight real16 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real16-docs']);

describe('reader rules after real16', () => {
  it('lists a plan\'s tasks a named unit is absent from, of the role said, and says so when there are none', async () => {
    // 青浦 方案: 区数据局 is among the 责任单位 of (三) 加强基层综合治理 and (九) 深化消防执法改革 only, of fifteen items.
    const free = await names('青浦那份实施方案中区数据局不参与的任务有哪些');
    expect(free).toHaveLength(13);
    expect(free).toEqual(expect.arrayContaining(['加强政府统一领导', '完善消防救援队伍职业保障体系']));
    expect(free).not.toContain('加强基层综合治理');
    expect(free).not.toContain('深化消防执法改革');
    // 淮南 2023 通报: 市政府办 is the 牵头单位 of both rows (row 2 with 市政府督查考核办).
    const none = await ask('淮南2023年的通报中市政府办没有牵头的任务有哪些');
    expect(none.answer.items).toEqual([]);
    expect(none.answer.text).toMatch(/没有这样的任务/u);
  });

  it('weighs two named tasks by how many units each lists, the one asked for first', async () => {
    // 青浦 (八) 强化科技创新赋能: 区消防救援局、区应急局、各街镇 (3); (十) 丰富消防监管手段: 区消防救援局、区发改委、区司法局、区应急局、各街镇 (5).
    const more = await ask('强化科技创新赋能与丰富消防监管手段，哪项的责任单位更多');
    expect(more.plan.op).toBe('compareUnits');
    expect(more.answer.items.map((i) => i.name)).toEqual(['丰富消防监管手段', '强化科技创新赋能']);
    expect(more.answer.text).toMatch(/多 2 个/u);
    expect((await names('强化科技创新赋能和丰富消防监管手段哪一条的单位少'))[0]).toBe('强化科技创新赋能');
  });

  it('declines what happened today, the day a work is finished and how much a figure actually grew; a duty of the same work is still read', async () => {
    for (const q of ['金山区昨天有没有起火', '西岑特勤站几号投用', '十堰的城镇参保人数增加了多少']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    // 青浦 (十二) 提升公共消防基础 names 西岑特勤站; its 责任单位 start with 区消防救援局.
    expect(await names('西岑特勤站的建设由哪些单位负责')).toContain('区消防救援局');
  });

  it('reads a term a task writes word for word as the plans\' own, however few the question\'s other words', async () => {
    // 青海 (二) 1 增加工资性收入 writes 以工代赈 (…实施以工代赈…); no other item of the eight plans does.
    for (const q of ['以工代赈是哪项', '以工代赈写在哪一条']) {
      const a = await ask(q);
      expect(a.plan.op, q).not.toBe('decline');
      expect(a.answer.items[0]?.name, q).toBe('增加工资性收入');
    }
  });

  it('reads a plan whose duties are mostly prose (金山) by the units its text names, said apart', async () => {
    // 青浦 (十五) lists 区委宣传部; 金山 11. 完善行业部门联合宣传机制 writes 区委宣传部、区文明办…要充分利用各种宣教资源.
    const a = await ask('金山、青浦的消防文件里区委宣传部都干些什么');
    expect(a.answer.items.map((i) => i.name)).toEqual(['完善消防救援队伍职业保障体系', '完善行业部门联合宣传机制']);
    expect(a.answer.text).toMatch(/没有列出责任单位，原文写到「区委宣传部」的任务/u);
    // 金山 7. 积极推进消防水源建设: 由区交通委牵头，区发改委、区建管委、区水务局…配合; 区消防救援局 is nowhere in its text.
    const common = await names('金山和青浦的消防文件共同的单位有哪些');
    expect(common).toEqual(expect.arrayContaining(['区发改委', '区建管委', '区水务局', '区委宣传部']));
    expect(common).not.toContain('区消防救援局');
  });

  it('lists the units two plans share when the question ends 部门是哪个, and each plan\'s 文号 in the order named', async () => {
    // 十堰 and 营口 both give 市教育局 a duty (受教育年限); no other unit name is in both.
    expect(await names('营口、十堰的十三五分工中都出现的部门是哪个')).toEqual(['市教育局']);
    const numbers = await ask('营口和青浦的文件文号各是多少');
    expect(numbers.answer.text).toMatch(/营政发〔2016〕45号.*青府办发〔2024〕29号/u);
  });

  it('reads a task pointed at by its title\'s opening words, and a unit\'s name before 那份 as the plan it issued', async () => {
    // 淮南 2025 (市机关事务管理局…落实情况), row 支持志愿服务、广播电视、地震、气象、档案、地方志: nine units in its 牵头单位 cell.
    const leads = await names('机关事务局那份落实情况里，支持志愿服务这一条由哪些单位牵头');
    expect(leads).toHaveLength(9);
    expect(leads).toEqual(expect.arrayContaining(['市气象局', '市档案局', '市机关事务管理局']));
    // Row 严格执行城市公共空间规划建设治理导则,…: 市住建局 市商务局 市城管局 市机关事务管理局 市自规局.
    expect((await ask('机关事务管理局的那份材料里严格执行城市公共空间规划建设治理导则那条有几个牵头单位')).answer.text).toMatch(/5 个/u);
  });

  it('weighs the one plan\'s tasks by their units when none is named, and lists the plan\'s units a named task lacks', async () => {
    // 淮南 2025's two rows: 5 leads and 9 leads.
    expect((await names('淮南机关事务局那份里两条任务哪一条牵头单位少'))[0]).toMatch(/^严格执行城市公共空间规划建设治理导则/u);
    // The plan's leads not in the 严格执行… row: the other row's nine less 市机关事务管理局, which leads both.
    const absent = await names('淮南机关事务局那份里，哪些牵头单位不参与严格执行城市公共空间规划建设治理导则那条');
    expect(absent).toHaveLength(8);
    expect(absent).toContain('市气象局');
    expect(absent).not.toContain('市机关事务管理局');
  });

  it('reads the plans\' words in English: strict Party self-governance, years of schooling, the reform of fire law enforcement', async () => {
    // 淮南 2023 row 2 认真履行全面从严治党主体责任…: 牵头单位 市政府办, 市政府督查考核办.
    expect(await names('Who is in charge of strict Party self-governance in Huainan?')).toEqual(expect.arrayContaining(['市政府办', '市政府督查考核办']));
    // 营口 (一) 1. 劳动年龄人口平均受教育年限达到11.2年.
    expect((await ask('What is Yingkou\'s target for the years of education of the working-age population?')).answer.text).toContain('11.2');
    // 青浦 (九) 深化消防执法改革: 区卫健委、区民政局、区教育局、区市场监管局、区数据局、区消防救援局.
    expect(await names('Which departments take part in deepening the reform of fire law enforcement in Qingpu?')).toEqual(expect.arrayContaining(['区数据局', '区民政局']));
  });

  it('answers a figure asked of two plans from each plan, its target or else its task\'s sentence', async () => {
    // 十堰 1、劳动年龄人口平均受教育年限达到12.1年; 营口 (一) 1. …达到11.2年 — neither kept as a Target by the parser.
    const a = await ask('营口与十堰两份分工中劳动年龄人口平均受教育年限各是多少');
    expect(a.answer.text).toMatch(/11\.2年/u);
    expect(a.answer.text).toMatch(/12\.1年/u);
    expect((await ask('营口和十堰的分工里受教育年限谁的目标更高')).answer.text).toMatch(/12\.1.*11\.2|11\.2.*12\.1/u);
  });

  it('reads a place and a year its own plans do not carry as the one placeless plan of that year', async () => {
    // 淮南's own plan is of 2023 (市政府办, 市政府督查考核办 lead); the 2025 page names no place, its leads 市气象局 and twelve more.
    const leads = await names('淮南2025年那份的牵头单位有哪些');
    expect(leads).toContain('市气象局');
    expect(leads).not.toContain('市政府办');
  });
});
