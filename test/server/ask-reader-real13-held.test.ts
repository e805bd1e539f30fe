// The reader rules added after real13-fresh was scored (issue 10), one behaviour each, in other words than the set's, on the eight real13 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real13-docs']);

describe('reader rules after real13-fresh', () => {
  it('declines where an office sits and where a place\'s name comes from, not the unit\'s duties', async () => {
    for (const q of ['区农业农村局在哪里办公', '市档案馆地址是什么', '海曙这个地名是怎么来的', '铜川为什么得名']) {
      const a = await ask(q);
      expect(a.answer.items, q).toEqual([]);
      expect(a.plan.op, q).toBe('decline');
    }
    // The 土壤 plan's item 4 lists 市供销社 among its units: its duties are still answered.
    expect(await names('市供销社参与了哪些任务')).toEqual(['提高固体废物和再生资源利用水平']);
  });

  it('reads coal-fired boilers, their phasing out and smoke-free schools in English as the plans write them', async () => {
    // 金华's county plan, item 2 (淘汰燃煤锅炉和煤气发生炉): 环保局 and 经信委 lead.
    expect(await names('Which department leads phasing out coal-fired boilers?')).toEqual(expect.arrayContaining(['环保局', '经信委']));
    // 健康中国行动 2023, (九) 巩固无烟…学校建设成果: 教育部, 国家卫生健康委 and 体育总局 are in charge.
    expect(await names('Who is responsible for tobacco-free schools?')).toEqual(expect.arrayContaining(['教育部', '国家卫生健康委', '体育总局']));
  });

  it('narrows by a year only the place that has several plans, keeping a place with one (铜川和海曙2024年)', async () => {
    // 铜川 has its 2025 plan only; 海曙 its 2023 and 2024 plans: the year picks 海曙's 2024 plan, 铜川's plan stays.
    const got = await names('财政部门在铜川和海曙2024年分别负责哪些工作');
    expect(got).toEqual(expect.arrayContaining(['一般公共预算收入增长3.5%', '一般公共预算收入与经济增长基本同步']));
    expect(got).not.toContain('一般公共预算收入增长6%');
  });

  it('names a plan with no title of its own by its topic (the county air plan by 蓝天, the soil plan by 土壤), several in one question', async () => {
    // 金华's county plan (its title is its file name) opens with 打赢蓝天保卫战; the 土壤 plan's item 4 names 土壤.
    expect(await names('经信委在蓝天计划和浙江省的分工里分别牵头哪些任务')).toEqual(expect.arrayContaining(['淘汰燃煤锅炉和煤气发生炉', '制订煤炭消费总量中长期控制目标']));
    const soil = await names('生态环境部门在土壤方案和蓝天计划里分别有哪些任务');
    expect(soil).toEqual(expect.arrayContaining(['提高固体废物和再生资源利用水平', '淘汰燃煤锅炉和煤气发生炉']));
    // A section's 行动 after the plan's topic is no second plan: the section is read in the plan.
    expect(await names('蓝天计划的清洁能源替代行动包括哪些任务')).toContain('淘汰燃煤锅炉和煤气发生炉');
  });

  it('reads 安全监管局 as the 安监局 it abbreviates', async () => {
    // The 土壤 plan's item 3: 市安全监管局 shares 强化企业关停转迁过程污染防治监管.
    expect(await names('市安监局在土壤方案里有什么任务')).toEqual(['强化企业关停转迁过程污染防治监管']);
  });

  it('answers a plan that states the indicator with no number by its task, beside the plans that set one', async () => {
    // 铜川 2025: 一般公共预算收入增长3.5%; 海曙 2024: 一般公共预算收入与经济增长基本同步 (a target in words).
    const a = await ask('铜川和海曙2024年的一般公共预算收入指标各是多少');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['一般公共预算收入增长3.5%', '一般公共预算收入与经济增长基本同步']));
    expect(a.answer.text).toContain('3.5%');
    expect(a.answer.text).toContain('未写数值');
  });

  it('reads a topic in each of two plans joined by 与, the 与 no word of the topic', async () => {
    // 海曙 2023: 地区生产总值增长6% (区发改局); 铜川 2025: 生产总值增长6%左右 (市发展改革委).
    expect(await names('铜川与海曙2023年的生产总值增长分别由哪个部门负责')).toEqual(expect.arrayContaining(['区发改局', '市发展改革委']));
  });

  it('reads a branch named with the district inside (环保拱墅分局) as its function\'s body (生态环境部门)', async () => {
    // 拱墅 2018's item 1 lists 环保拱墅分局; the 土壤 plan's 市环保局 and 金华's 环保局 are the same function.
    const got = await names('生态环境部门负责哪些任务');
    expect(got).toEqual(expect.arrayContaining(['控制煤炭消费总量和煤炭质量', '淘汰燃煤锅炉和煤气发生炉', '强化企业关停转迁过程污染防治监管']));
  });

  it('names a plan whose copy has no title by its metadata, not its file name, and says where the name comes from', async () => {
    // 金华's county plan opens 根據《金華市藍天保衛戰2018年實施計劃》…制定本計劃 and has no title line.
    const a = await ask('经信委参与了哪些任务');
    expect(a.answer.text).toContain('《2018年蓝天保卫战实施计划》（原文无标题');
    expect(a.answer.text).toContain('文件 jinhua-xian-lantian-2018.txt');
    expect(a.answer.text).not.toContain('《jinhua-xian-lantian-2018》');
    const listed = await names('导入了哪些文件');
    expect(listed).toContain('2018年蓝天保卫战实施计划');
    expect(listed).not.toContain('jinhua-xian-lantian-2018');
  });

  it('reads one year\'s plan having what the other year\'s lacks as the tasks added or dropped between the two versions', async () => {
    // 海曙 2024 has 推动临空经济示范区建设… where 2023 had 提高国家级临空经济示范区能级.
    const added = await ask('海曙2024年有、2023年没有的工作有哪些');
    expect(added.plan.op).toBe('planChanges');
    expect(added.answer.items.map((i) => i.name).join(' ')).toContain('推动临空经济示范区建设');
    expect(added.answer.items.map((i) => i.name)).not.toContain('提高国家级临空经济示范区能级');
  });
});
