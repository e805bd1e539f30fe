// The reader rules added while tuning on real10-dev (issue 10), one behaviour each, in other words than the set's, on the eight real10 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real10-docs']);

describe('reader rules after real10-dev', () => {
  it('counts the units a task\'s annotation lists under the label asked (责任单位 beside a 牵头单位: not the lead)', async () => {
    // 平顶山 item 3: 牵头单位:市发改委 / 责任单位:市工业和信息化局、高新区管委会、新城区管委会,相关县(市、区)政府.
    const a = await ask('智能电网高端装备产业基地那条有几个责任单位');
    expect(a.answer.text).toMatch(/(?<!\d)4 个/u);
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市工业和信息化局', '新城区管委会', '相关县(市、区)政府']));
    expect(got).not.toContain('市发改委');
  });

  it('counts 责任单位 of a task whose annotation names no lead (责任单位:A、B、C) as all of them, merged names included', async () => {
    // 黄石港区 item 9 writes 区发改局, which the parser merges into 区发改(商务)局.
    const a = await ask('全面完成节能减排各项任务那条有几个责任单位');
    expect(a.plan.op).toBe('taskUnits');
    expect(a.answer.text).toMatch(/(?<!\d)3 个/u);
  });

  it('limits a question to the document whose 文号 it names, written with any brackets', async () => {
    for (const q of ['在平政办〔2013〕11号里市发改委负责哪些', '平政办[2013]11号文件里市发改委负责哪些', '平政办2013年11号里市发改委负责哪些']) {
      const got = await names(q);
      expect(got, q).toEqual(expect.arrayContaining(['装备制造产业', '围绕新兴产业']));
      expect(got, q).not.toContain('地区生产总值增长12%');
    }
  });

  it('reads …目标分别是多少 / 各是多少 over several plans as each plan\'s value of that indicator, not a count of targets', async () => {
    const a = await ask('苏州和黄石港区的社会消费品零售总额目标各是多少');
    expect(a.plan.op).toBe('targets');
    expect(a.answer.text).toContain('12%');
    expect(a.answer.text).toContain('16.5%');
  });

  it('compares two plans\' values only in one unit, and takes 分别是多少 for values, not a comparison', async () => {
    // 宁波 2007 sets 固定资产投资 1650亿元, 黄石港区 2021 增长15%: not comparable; 苏州 12% and 黄石港区 16.5% are.
    const apart = await ask('宁波和黄石港区哪个的固定资产投资目标更高？');
    expect(apart.answer.text).toContain('单位不同');
    expect(apart.answer.text).not.toContain('较高的是');
    expect((await ask('宁波和黄石港区的固定资产投资目标分别是多少？')).answer.text).not.toMatch(/较高|单位不同/u);
    expect((await ask('苏州和黄石港区的社会消费品零售总额目标哪个高')).answer.text).toMatch(/较高的是《[^》]*黄石港区/u);
  });

  it('files a merged office written with a joining dot (区国土·规划分局) under the function its fields name', async () => {
    expect(await names('黄石港区的国土部门管什么')).toEqual(expect.arrayContaining([expect.stringContaining('用地调整')]));
  });

  it('reads ports, throughput and sci-tech innovation centres in English', async () => {
    expect(englishToChinese('What is the container throughput target?')).toBe('集装箱吞吐量目标是多少');
    expect(englishToChinese('Which tasks mention the harbour?')).toBe('哪些任务涉及港口');
    expect(await names('Who is in charge of the sci-tech innovation centre?')).toEqual(['市科技局']);
  });
});
