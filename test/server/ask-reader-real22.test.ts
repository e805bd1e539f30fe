// The reader rules added while tuning on real22 (issue 10), one behaviour each, in other words than the set's, on the eight real22 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real22-docs']);

describe('reader rules after real22', () => {
  it('counts the articles of a plan printed in 第N条 from its own headings', async () => {
    // 黄浦's 操作细则 prints 第一条（目的和依据） … 第十二条（施行日期和有效期）; the parser keeps only a few as sections.
    const a = await ask('黄浦风貌遴选操作细则总共有几条');
    expect(a.answer.text).toMatch(/共 12 条/u);
    expect(a.answer.text).toMatch(/第十二条\(施行日期和有效期\)/u);
    // A plan numbered 一、二、 has no articles: its 几条 stays a count of its tasks.
    const tasks = await ask('灵璧卫健委那份一共几条');
    expect(tasks.answer.text).not.toMatch(/第…条/u);
    expect(tasks.plan.op).not.toBe('section');
  });

  it('reads 第N条 of a plan printed in articles as that article, not its n-th task', async () => {
    // 第五条（其他监督管理部门监督检查职责）: （一）按照统一部署… （二）依据各自法定职责… （三）依法办理… （四）根据需要报送….
    const a = await ask('那个地下空间规定的第五条下面都有什么');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.text).toMatch(/共 4 项/u);
    expect(a.answer.items.map((i) => i.name)).toContain('依法办理本部门职责范围内的涉及地下空间安全使用违法案件');
  });

  it('follows a task to the units it names when none is marked lead, and says so when it names none', async () => {
    // 排水方案 三 职责分工: 上海城投集团 负责三大片区公共排水设施运维管理 — a 责任单位, no 牵头 written.
    const a = await ask('上海排水方案里负责三大片区公共排水设施运维管理的单位还参与了什么');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['推进平稳有序移交', '构建系统运营体系']));
    // 无锡 item 9 is cut before its units: no lead to follow, and no sentence with a blank where one would be.
    const none = await ask('无锡方案里健全面向全体劳动者的职业培训和技能的牵头单位还牵头什么');
    expect(none.answer.text).toMatch(/没有找到/u);
    expect(none.answer.text).not.toMatch(/的是；/u);
  });

  it('reads 没有X / 不是X牵头 said before the unit as the tasks it is absent from, within the section named', async () => {
    // 无锡 一、目标分解: 1 (市发改委、财政局…), 2 (市经信委), 3 (市环保局、发改委、经信委), 4 (市发改委、农委、人保局…), 5 (市人保局…), 6 (市发改委、物价局).
    const wuxi = await ask('无锡的分解方案目标分解部分，哪些目标没有市经信委');
    expect(wuxi.plan.op).toBe('tasksLacking');
    expect(wuxi.answer.items.map((i) => i.name)).toEqual(['地区生产总值增长11.5%', '城镇居民人均可支配收入和农民人均纯收入均增长12%',
      '城镇登记失业率控制在3.5%以内', '居民消费价格指数控制在省定范围内']);
    // 镇海 一 lists ten items; only 6.城镇登记失业率控制在4%以内 has 区劳动保障局, and nothing of 二 is counted.
    const zhenhai = await ask('镇海那份主要预期目标及载体中有哪些不是区劳动保障局牵头的');
    expect(zhenhai.answer.text).toMatch(/共 9 项/u);
    expect(zhenhai.answer.items.map((i) => i.name)).not.toContain('制定和实施工业转型升级三年行动计划');
    // Its notice says 现将区人民政府2011年工作任务…予以分解: 现将 opens the sentence, it is no place to name the plan by.
    expect(zhenhai.answer.text).not.toMatch(/现将/u);
  });

  it('counts two units within the section named beside them, and over the plan when that section holds neither', async () => {
    // 镇海 一: 区发改局 leads items 1, 3, 5, 7, 8; 区城管局 item 9. Over the whole excerpt 区发改局 leads 7 (11 and 12 too).
    const within = await ask('镇海在主要预期目标及载体这一块，区发改局跟区城管局哪个牵头得多');
    expect(within.plan.op).toBe('compareUnits');
    expect(within.answer.text).toMatch(/「区发改局」牵头 5 项/u);
    // 任务分解 is also 无锡's heading 二、任务分解, where neither 镇海 unit has a duty: the plan's genre, not a section to count in.
    const genre = await ask('镇海那份任务分解里区发改局跟区城管局比谁牵头多');
    expect(genre.answer.text).toMatch(/「区发改局」牵头 7 项/u);
    expect(genre.answer.items[0]?.name).toBe('区发改局');
  });

  it('names the blocks of a part that shares duties out by body by their units', async () => {
    // 三、职责分工: （一）市水务局。负责… （二）相关区政府。负责… （三）上海城投集团。负责….
    const a = await ask('上海排水方案第三部分下面有什么');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.items.map((i) => i.name)).toEqual(['市水务局', '相关区政府', '上海城投集团']);
  });

  it('answers what a plan dates to a month or a year-end with the clauses its tasks open there', async () => {
    // 工作任务 (二): …2026年底，完成三大片区排水感知体系及模拟评估系统建设…; 改革目标 also ends its areas by 2026年底.
    const a = await ask('上海排水方案2026年底前要做哪些');
    expect(a.answer.text).toMatch(/完成三大片区排水感知体系及模拟评估系统建设/u);
    expect(a.answer.items.map((i) => i.name)).toContain('构建系统运营体系');
    expect(a.answer.items.map((i) => i.name)).not.toContain('强化成本绩效管理');
  });

  it('declines how a work turned out, which a plan sets ahead and never records, but still answers who does it', async () => {
    // 静安's 实施意见 sets how a 实施主体 is chosen (综合评审, 洽谈遴选); 灵璧's list sets 创建国家卫生县城 with 县卫健委 leading.
    for (const q of ['静安那边的风貌保护项目实施主体选好了没有', '灵璧的国家卫生县城创成了没？']) {
      const a = await ask(q);
      expect(a.plan.op).toBe('decline');
      expect(a.answer.text).toMatch(/实施结果/u);
    }
    const duty = await ask('灵璧创建国家卫生县城由谁牵头');
    expect(duty.answer.items.map((i) => i.name)).toEqual(['县卫健委']);
  });
});
