// The rule added after real9-fresh's first score (issue 10), in other words than the set's, on the eight real9 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real9-docs']);

describe('reader rules after real9-fresh', () => {
  it('a "no" to a duty check names who does hold the task, its responsible units where the plan names no lead', async () => {
    // 苏州 2011's table names owners in one 主要责任单位 column: 社会消费品零售总额增长17% — 市商务局、统计局.
    const a = await ask('社会消费品零售总额增长17%这一项是不是市发改委负责？');
    expect(a.plan.op).toBe('checkDuty');
    expect(a.answer.text).toMatch(/^没有/u);
    expect(a.answer.text).toContain('市商务局');
    expect(a.answer.text).toContain('统计局');
  });
});
