// The reader rules added while tuning on real12-fresh after its first score (issue 10), one behaviour each, in other words
// than the set's, on the eight real12 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real12-docs']);

describe('reader rules after real12-fresh', () => {
  it('reads a year said before the place as the place\'s plan of that year: the order of place and year does not matter', async () => {
    // 六安 2017 (a placeless report, its title the file name): 市水利局 leads 农村饮水安全巩固提升工程 and 水利薄弱环节治理三年行动.
    const before = await names('2017年六安的通报里市水利局牵头了哪些');
    expect(before).toEqual(expect.arrayContaining(['农村饮水安全巩固提升工程', '水利薄弱环节治理三年行动']));
    expect(before).toEqual(await names('六安2017年的通报里市水利局牵头了哪些'));
    // 宿州 2023 (the 完成情况 naming 宿州市): 市财政局's one target there, not the 2022 report's.
    expect(await names('2023年宿州的完成情况中市财政局负责什么')).toEqual(['一般公共预算收入增长6%左右']);
  });

  it('reads a place\'s 两份通报 with no year as its own plan and the placeless plan sharing most of its units', async () => {
    // 六安: the 2021 report names 六安市, the 2017 one only 我市; 市民政局 leads one project in each.
    const luan = await names('市民政局在六安的两份通报里各自牵头哪些');
    expect(luan).toEqual(expect.arrayContaining(['特困人员供养及生活无着人员救助', '养老服务和智慧养老']));
    // 宿州: the 2022 一季度 report (3 units, 2 shared) is meant, not 青岛's long plan (20 units, 4 shared) that names no
    // place either: the share of names in common decides, not their number.
    const suzhou = await ask('宿州两份通报里市财政局负责什么');
    expect(suzhou.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['一般公共预算收入增速与地区生产总值增速同步', '一般公共预算收入增长6%左右']));
    expect(suzhou.answer.items.map((i) => i.name)).not.toContain('强化就业服务保障');
    // One plan of the place and no count said: still that plan only.
    expect(await names('六安的通报里市民政局牵头哪些')).toEqual(['养老服务和智慧养老']);
  });

  it('lists the units of every plan asked (都牵头过 / 都有任务), naming a body renamed between one place\'s years apart', async () => {
    // 六安 2017 and 2021: 市交通局 and 市民政局 lead in both; 2017's 市住建委 and 2021's 市住建局 are one function under
    // two names, so the answer names them in a note and does not list them as common.
    const a = await ask('六安2017年和2021年的民生工程通报中都牵头过的是哪些单位');
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市交通局', '市民政局']));
    expect(got).not.toContain('市住建局');
    expect(a.answer.text).toMatch(/市住建委.*市住建局.*未算作共有/u);
  });

  it('compares one place\'s plans of two years by the units\' names: a body renamed in between is listed, its old name beside it', async () => {
    // Across places a body of the same function counts as present (ask-crossdoc.test.ts, 渝中/沙坪坝); within one place a
    // renamed or merged body (机构改革: 住建委 → 住建局) is the change a year-on-year question looks for, so it is listed.
    const a = await ask('六安2021年的通报中有哪些牵头单位是2017年的通报没有的');
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市住建局', '市退役军人局']));
    expect(got).not.toContain('市交通局');
    expect(a.answer.text).toContain('同一职能的「市住建委」');
  });

  it('counts the units a 繁體 plan lists under 責任單位 beside its 牽頭單位, as it does in a simplified plan', async () => {
    // 武汉 (a 繁體 mirror), 能源消耗 row: 牽頭單位:市發改委;責任單位:市經信局、市生態環境局、市城建局、市交通運輸局.
    const a = await ask('能源消耗降低完成省下达目标那一条的责任单位一共几个');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['市交通运输局', '市城建局', '市生态环境局', '市经信局']);
    expect(a.answer.text).toMatch(/责任单位 4 个/u);
  });
});
