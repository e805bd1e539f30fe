// The reader rules added while tuning on real9-dev (issue 10), one behaviour each, in other words than the set's, on the eight real9 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real9-docs']);

describe('reader rules after real9-dev', () => {
  it('reads 除了X还有哪些单位负责 with no role word as every unit with a duty in scope but X', async () => {
    const a = await ask('苏州的通知里除了统计局还有哪些单位负责');
    expect(a.plan.op).toBe('unitsExcept');
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市发改委', '市财政局', '国税局', '地税局', '市经信委', '市商务局', '苏州海关']));
    expect(got).not.toContain('统计局');
  });

  it('answers a yes/no duty check with the other units of that role on the task', async () => {
    const a = await ask('行政许可案卷评查是不是区司法局牵头的');
    expect(a.plan.op).toBe('checkDuty');
    expect(a.answer.text).toMatch(/^是的/u);
    expect(a.answer.text).toContain('区政府办公室');
    expect(a.answer.text).toContain('区行政审批服务局');
  });

  it('reads a heading that also names a project as the section when asked what it holds, and as the project otherwise', async () => {
    const a = await ask('千亿斤粮食产能工程包括哪几项');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.items.map((i) => i.name)).toEqual([expect.stringMatching(/^水利化工程/u), expect.stringMatching(/^农机化工程/u)]);
    expect((await ask('哪些任务提到千亿斤粮食产能工程')).plan.op).not.toBe('sectionChildren');
  });

  it('reads GDP and 地区生产总值 as one indicator on either side (a plan\'s GDP增长, a question\'s GDP目标)', async () => {
    const huanggang = await ask('黄冈的通知里地区生产总值要增长多少');
    expect(huanggang.plan.op).toBe('targets');
    expect(huanggang.answer.text).toContain('10%');
    const suzhou = await ask('苏州的通知里GDP目标是多少');
    expect(suzhou.answer.text).toContain('12%');
  });

  it('reads A和B各负责什么 as each unit\'s own list, not the tasks the two share', async () => {
    const a = await ask('区司法局和区行政审批服务局各负责什么');
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['深入研究论证区级行政权力事项', '深化投资审批制度改革']));
  });

  it('reads water conservancy and irrigation in English', async () => {
    expect(englishToChinese('Which tasks mention water conservancy or irrigation?')).toBe('哪些任务涉及水利 or 灌溉');
    expect(englishToChinese('What does the provincial Water Conservancy Department lead?')).toBe('省水利局牵头');
    expect(await names('Who leads the irrigation work?')).toEqual(expect.arrayContaining(['省水利厅']));
  });
});
