// The reader rules added while tuning on real26 (issue 10), one behaviour each, in other words than the set's, on the eight real26 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real26-docs']);

describe('reader rules after real26', () => {
  it('reads the 文号 of the higher document a plan carries out, not the plan\'s own', async () => {
    // 六安 2022: 根据《安徽省人民政府关于2022年重点工作及责任分解的通知》(皖政〔2022〕9号)…; its own header gives no 文号.
    const a = await ask('六安2022年的责任清单根据的是省里哪份文件，文号多少');
    expect(a.answer.text).toMatch(/皖政〔2022〕9号/u);
    // The plan's own number is still the plan's (洋县: 洋政發〔2024〕8號).
    const own = await ask('洋县那份十大民生实事的文号是多少');
    expect(own.answer.text).toMatch(/洋政发〔2024〕8号/u);
  });

  it('lists the places a unit\'s tasks are carried out in', async () => {
    // 洋县 4: 2024年农村公路生命安全防护工程 / 槐树关镇龙亭镇 / …在龙亭镇实施…、在槐树关镇实施… / 交通局.
    const a = await ask('洋县交通局的项目都在哪些乡镇实施');
    expect(a.plan.op).toBe('documentPlaces');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['槐树关镇', '龙亭镇']);
  });

  it('answers a figure of a unit\'s task with the target that task sets', async () => {
    // 湖州 1: 坚定不移支持企业发展…力争减轻企业各类负担200亿元… 责任单位:市经信局、…(列第一位者为工作牵头单位).
    const a = await ask('湖州市经信局牵头的任务里企业负担要减多少');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.text).toMatch(/200亿元/u);
    // 六安 5: 社会消费品零售总额增长11%以上。牵头责任单位:市商务局.
    expect(await names('六安市商务局牵头的那项社零要增长多少')).toEqual(['社会消费品零售总额增长 11%']);
  });

  it('reads a field an item lists beside its units (完成时限, 牵头负责领导), and says when the item gives none', async () => {
    // 六安 1: 地区生产总值增长8.5%以上。牵头负责领导:束学龙。…完成时限:2021年12月31日; item 5 lists no 完成时限.
    const due = await ask('六安2021年地区生产总值增长那条什么时候要完成');
    expect(due.answer.text).toMatch(/2021年12月31日/u);
    expect((await ask('规上工业增加值那项的牵头负责领导是谁')).answer.text).toMatch(/束学龙/u);
    expect((await ask('六安2021年社零那项的完成时限是哪天')).answer.text).toMatch(/原文没有写明完成时限/u);
  });

  it('reads 新增 before a target\'s words as the indicator, and 新增了 between two years as tasks added', async () => {
    // 钟楼 2: 全区城镇新增就业15000人.
    const target = await ask('2021年城镇新增就业要达到多少人');
    expect(target.plan.op).toBe('targets');
    expect(target.answer.text).toMatch(/15000人/u);
    expect((await ask('六安2022年比2021年新增了哪些任务')).plan.op).toBe('planChanges');
  });

  it('answers an indicator\'s target asked of two plans with each plan\'s lead of it', async () => {
    // 六安 4: 一般公共预算收入增长5.5%以上 (市财政局); 辽宁 2023 2: 一般公共预算收入增长5%左右 (省财政厅).
    expect(await names('辽宁2023和六安2021的一般公共预算收入指标各由谁牵头')).toEqual(['省财政厅', '市财政局']);
  });

  it('reads a one-character county said in English with its level word, and the words of leveraged funds', async () => {
    const number = await ask('Which document number does Yang County\'s list of livelihood projects carry?');
    expect(number.answer.text).toMatch(/洋政发〔2024〕8号/u);
    // 浙江 3: …“4+1”专项基金…撬动社会资本1000亿元.
    const capital = await ask('How much social capital is Zhejiang\'s 4+1 special fund meant to leverage?');
    expect(capital.answer.text).toMatch(/1000亿元/u);
  });
});
