// The reader rules added while tuning on what the question sets still missed (issue 10, after real14), one behaviour
// each, in other words than the sets' questions, on the real plans they were seen on (no seed).
import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../server/ask/normalise.ts';
import { askOver } from './ask-over.ts';

describe('reader rules after the real14 round: figures in the measure asked', () => {
  const { ask } = askOver(['test/fixtures/questions/real5-docs', 'test/fixtures/questions/real13-docs']);

  it('reads the sentence in the measure asked (小时) when the only target sharing the words is in another (30%)', async () => {
    // 安徽 RCEP item 17: 对RCEP国家货物…符合正常放行条件的48小时内放行; its one Target is 其他RCEP国家货物贸易 … 30%.
    const a = await ask('RCEP国家的货物符合放行条件后几个小时放行');
    expect(a.answer.text).toContain('48小时内放行');
    expect(a.answer.items.map((i) => i.name)).toEqual(['提升货物通关效率']);
    // Asked in the target's own measure, the target still answers.
    expect((await ask('其他RCEP国家货物贸易要占多少%')).answer.text).toContain('30%');
  });

  it('takes no plan of the place 国家 from a word that ends in 国家 (RCEP国家)', async () => {
    // real5 has a 国家 plan (a journal page filed as national); RCEP国家的货物 is about 安徽's item 17, not that plan.
    const a = await ask('RCEP国家的货物放行时限是多少小时');
    expect(a.answer.text).not.toContain('中国药房');
    expect(a.answer.text).toContain('48小时');
  });

  it('reads a place that runs on into a task\'s title (宁波枢纽…) as that task\'s words, a place alone still as the place', async () => {
    // 海曙 2024 item 2: 全力保障宁波枢纽空铁一体主体工程… (区房屋征收中心、区发改局、古林镇、海曙自然资源规划分局、石碶街道).
    const a = await ask('宁波枢纽空铁这一项的责任单位一共几家');
    expect(a.plan.op).toBe('taskUnits');
    expect(a.answer.text).toMatch(/5 个/u);
    expect((await ask('宁波有哪些任务')).plan.op).toBe('entityTasks');
  });

  it('reads 任务…多少平方米 as a figure of a task, not a count of the plan\'s tasks', async () => {
    // 海曙 2024 item 2: …完成60万平方米征拆任务.
    const a = await ask('海曙2024年那份分解里征收拆迁要搞多少万平方米');
    expect(a.answer.text).toContain('60万平方米');
    expect(a.plan.op).not.toBe('documentTasks');
    // A count of its tasks is still a count: 5 items under 2024's plan.
    const n = await ask('海曙2024年的分解里有几项任务');
    expect(n.plan.op).toBe('documentTasks');
    expect(n.answer.text).toMatch(/共 5 项任务/u);
  });
});

describe('reader rules after the real14 round: a topic asked with no role word', () => {
  const { ask, names } = askOver(['test/fixtures/questions/real14-docs']);

  it('answers 谁负责 with every unit of the task read, the lead first; 谁牵头 with the lead only', async () => {
    // 咸宁 2023: 健全公共就业服务体系,组织开展"春风行动、就业援助月"… — 市人社局 leads, 各县市区人民政府 take part.
    const a = await ask('就业援助月这个活动谁负责');
    expect(a.answer.items.map((i) => i.name)).toEqual(['市人社局', '各县市区人民政府']);
    expect(a.understood).toContain('牵头和参与单位');
    expect(await names('就业援助月这个活动谁牵头')).toEqual(['市人社局']);
  });
});

describe('reader rules after the real14 round: a plan the parser kept in 繁體', () => {
  const { ask } = askOver(['test/fixtures/questions/real12-docs']);

  it('finds its tasks by the simplified words a question is read in', async () => {
    // 国务院 2004 分工 (kept in traditional script, with the mirror's pinyin): …購置和更新大型農機具給予一定補貼”問題,由農業(yè)部牽頭.
    const a = await ask('农机专业户买农机具的补贴归哪个部门');
    expect(a.answer.items[0]?.name).toBe('农业部');
    expect(a.plan.op).not.toBe('search');
  });
});

describe('staff shorthand for indicators', () => {
  it('reads 社零 and 固投 as the indicators the plans spell out, and leaves 巩固投入 alone', () => {
    expect(normaliseQuestion('今年社零额目标多少')).toBe('今年社会消费品零售总额目标多少');
    expect(normaliseQuestion('固投增速')).toBe('固定资产投资增速');
    expect(normaliseQuestion('巩固投入机制谁牵头')).toBe('巩固投入机制谁牵头');
  });
});
