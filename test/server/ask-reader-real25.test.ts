// The reader rules added while tuning on real25 (issue 10), one behaviour each, in other words than the set's (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

describe('a unit name the plans write but give no duty (real24 plans)', () => {
  const { ask } = askOver(['test/fixtures/questions/real24-docs']);

  it('answers which plans write it, not a unit one typo away', async () => {
    // 虹口 举报奖励 第十六条: 本办法由区应急管理局、区公安分局、区消防救援支队共同负责解释 — 区公安分局 is no unit node,
    // and 安分局 is one character from the 风貌防灾 plan's 区安监局.
    const a = await ask('哪份文件写到了区公安分局');
    expect(a.plan.op).toBe('documentsWith');
    expect(a.answer.text).toMatch(/举报奖励/u);
    expect(a.answer.text).not.toMatch(/安监局/u);
  });

  it('still reads a name no plan writes as a typo of the unit it is near', async () => {
    const a = await ask('区安检局负责什么');
    expect(a.plan).toEqual({ op: 'unitTasks', params: { unit: '区安监局' } });
  });
});
