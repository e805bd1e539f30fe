// The reader rules added while tuning on real24 (issue 10), one behaviour each, in other words than the set's, on the eight real24 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real24-docs']);

describe('reader rules after real24', () => {
  it('reads a 第一责任单位 as the lead of a 第一责任单位 / 主要责任单位 table', async () => {
    // 嘉兴 6: 社会消费品零售总额年均增长12%以上。市经贸委 | 各县(市、区)政府、嘉兴经济开发区、嘉兴港区.
    const a = await ask('嘉兴分解方案里社会消费品零售总额那项的第一责任单位是哪个');
    expect(a.answer.items.map((i) => i.name)).toEqual(['市经贸委']);
  });

  it('keeps a unit said between the place and 在…里 (黄冈市国土资源局在那份十一五分解里) as the unit asked about', async () => {
    // 黄冈 4: 全市耕地保有量稳定在585万亩左右。──由市国土资源局会同有关部门和各县市区组织落实。
    const a = await ask('黄冈市国土资源局在那份十一五分解里要做什么');
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.items.map((i) => i.name)).toEqual(['全市耕地保有量稳定在585万亩左右']);
  });

  it('counts one unit within the part named beside it, not the part\'s items', async () => {
    // 嘉兴 一、主要发展指标 1–9: 嘉兴经济开发区 is in every row but 2 (服务业增加值…, 市三产发展领导小组各成员单位).
    const a = await ask('嘉兴那份主要发展指标里嘉兴经济开发区参与了几项');
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.text).toMatch(/共 8 项/u);
    expect(a.answer.items.map((i) => i.name)).not.toContain('服务业增加值占生产总值比重达到40%');
    // 黄冈 二、任务分解: 会同有关部门 in items 1, 2, 4, 5, 6, 7 (item 3 is 市人口计生委和各县市区 alone).
    const hg = await ask('黄冈那份任务分解里会同有关部门组织落实的一共几项');
    expect(hg.answer.text).toMatch(/共 6 项/u);
    expect(hg.answer.items.map((i) => i.name)).not.toContain('人口自然增长率控制在6‰以内,2010年年末总人口不超过757万人');
  });

  it('takes a plan shortened by its title\'s words in order (风貌防灾) whole, so none of them is searched as the task', async () => {
    // 虹口 四、(二)公安消防支队: 负责对区内优秀历史建筑的消防隐患…进行总体排查; (一)区房管局 holds the 防灾及风险排查工作例会.
    const a = await ask('虹口风貌防灾里对历史建筑消防隐患的排查是不是区房管局负责的');
    expect(a.plan.op).toBe('checkDuty');
    expect(a.answer.items.map((i) => i.name)).toEqual(['公安消防支队']);
  });

  it('reads the clause of the year asked where a plan steps one value by year', async () => {
    // 养老 工作目标: 到2024年底…不低于各区养老机构数量的15%；到2025年底…30%.
    const a = await ask('上海养老机构消防到2024年底标杆示范单位比例要达到多少');
    expect(a.answer.text).toMatch(/15%/u);
    expect(a.answer.text).not.toMatch(/30%/u);
  });

  it('counts an article\'s cases asked as 几种, the article typed in digits or in English', async () => {
    // 举报 第八条 有下列情形之一的,不予奖励: (一)…(六).
    const zh = await ask('举报奖励办法第8条列了几种不予奖励的情形');
    expect(zh.plan.op).toBe('sectionChildren');
    expect(zh.answer.text).toMatch(/共 6 项/u);
    const en = await ask("How many kinds of cases does Article 8 of Hongkou's reporting reward measures list?");
    expect(en.plan.op).toBe('sectionChildren');
    expect(en.answer.text).toMatch(/共 6 项/u);
  });

  it('answers with every task that says a name word for word when several units are expected, of the kind counted', async () => {
    // 虹口 四、(五) 1. 提篮桥街道办事处负责提篮桥…、外滩历史文化风貌区(本街道内部分); 2. 四川北路街道办事处负责山阴路…、外滩…
    expect(await names('外滩历史文化风貌区由哪几个街道办事处负责排查')).toEqual(['提篮桥街道办事处', '四川北路街道办事处']);
    const count = await ask('外滩历史文化风貌区归几个街道办事处');
    expect(count.answer.text).toMatch(/「街道办事处」共 2 个/u);
    // 几个街道办事处 counts bodies of that kind: no note that it was read as the task 各街道办事处.
    expect(count.answer.text).not.toMatch(/理解为「各街道办事处」/u);
  });

  it('counts the units an annotation says 配合 of, naming apart those it gives another verb', async () => {
    // 佳木斯 1.控制用水总量 [市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。…]
    const a = await ask('佳木斯那份控制用水总量写了几个配合单位');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['城乡建设局', '市工信委']);
    expect(a.answer.text).toMatch(/「各县\(市\)区政府」原文没有写它配合/u);
  });

  it('declines what a channel received so far and who heads a body, not what the body does', async () => {
    expect((await ask('举报受理专线去年一共受理了多少件')).plan.op).toBe('decline');
    expect((await ask('区房管局的负责人是谁')).plan.op).toBe('decline');
    const duty = await ask('区房管局负责什么');
    expect(duty.plan.op).not.toBe('decline');
    expect(duty.answer.items.map((i) => i.name)).toContain('负责定期牵头召开全区历史风貌区和优秀历史建筑防灾及风险排查工作例会');
  });
});
