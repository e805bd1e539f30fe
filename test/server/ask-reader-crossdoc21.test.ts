// The cross-document rules of asktune21 (issue 10), one behaviour each, in other words than the sets', on real plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

describe('plans asked apart (real17-docs)', () => {
  const { ask, names } = askOver(['test/fixtures/questions/real17-docs']);

  it("reads each plan's n-th task when no section is named", async () => {
    // 舟山 2022: 1.一般公共预算收入增长7%。 2.加强政府投资预算管理…; 嵊泗 2023: 1.一般公共预算收入与经济增长基本同步。 2.深化国有企业…
    const a = await ask('舟山和嵊泗两份分解的第二项任务分别是什么');
    expect(a.answer.items.map((i) => i.name)).toEqual(['加强政府投资预算管理,提高重大项目资金保障能力', '深化国有企业、国有资金、国有房产改革,提高财政拨款单位财政资金使用绩效']);
    expect(a.answer.text).toMatch(/舟山.*第 2 项任务.*嵊泗县.*第 2 项任务/u);
  });

  it('answers each plan with its own section on the topic, however it titles it', async () => {
    // 龙湾: 一、强化科技创新(新区科技和人才局〈区科技局〉牵头) over (一)加强创新载体建设; 鹿城: 一、强化科技创新(由区科技局牵头) over (一)推动高能级科创平台提质增效.
    expect(await names('鹿城和龙湾那两份的强化科技创新下面分别有什么任务')).toEqual(expect.arrayContaining(['加强创新载体建设', '推动高能级科创平台提质增效']));
  });

  it("reads a heading that names the topic and its lead as that plan's answer, and 牵头 as the leads", async () => {
    // 德州: 加强科技创新主体培育…(市科技局牵头负责,市财政局配合); 龙湾: 强化科技创新(新区科技和人才局〈区科技局〉牵头).
    expect(await names('龙湾和德州的科技创新分别由哪个单位牵头')).toEqual(expect.arrayContaining(['市科技局', '新区科技和人才局']));
    expect(await names('龙湾和德州的科技创新分别由哪个单位牵头')).not.toContain('市财政局');
  });
});

describe('a plan named by its 文号 beside one named by its place (real12-docs)', () => {
  const { names } = askOver(['test/fixtures/questions/real12-docs']);

  it('scopes both plans', async () => {
    // 武汉: 单位地区生产总值能源消耗降低完成省下达目标 (市发改委牵头); 国办函〔2004〕21号: 发展改革委 leads the 农业固定资产投资 item.
    const got = await names('武汉和国办函〔2004〕21号里发展改革委分别牵头什么');
    expect(got.some((n) => n.startsWith('单位地区生产总值能源消耗降低'))).toBe(true);
    expect(got.some((n) => n.includes('现有农业固定资产投资'))).toBe(true);
  });
});

describe("one place's plans said as 两个季度 (real15-docs)", () => {
  const { names } = askOver(['test/fixtures/questions/real15-docs']);

  it('reads each quarter apart', async () => {
    // 杨浦 二季度: 一、疫情防控 (落实疫情防控各项决策部署, 医护诊疗工作, …); 三季度: 一、常态化疫情防控工作 (公共卫生体系建设, 社会面整体防控).
    expect(await names('杨浦二季度和三季度两份要点里疫情防控下面各有哪些任务')).toEqual(expect.arrayContaining(['医护诊疗工作', '公共卫生体系建设', '社会面整体防控']));
  });
});
