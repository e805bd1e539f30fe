// Cross-document questions (issue 10): rules found on the sets' crossdoc misses, each in other words than the sets', on real plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real8-docs']);

describe('cross-document questions', () => {
  it("reads a short unit name asked of several plans as each plan's body of that function, where one plan writes it another way", async () => {
    // 兴平 writes 市发改局, 芜湖 市发展改革委: 发改局 is written in one plan only, yet asked of both.
    const a = await ask('在芜湖的通知和兴平的方案里，发改局牵头什么');
    expect(a.plan.params.units).toEqual(expect.arrayContaining(['市发改局', '市发展改革委']));
    const names = a.answer.items.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['聚力建设西安都市圈核心区', '地区生产总值增长6%以上']));
    expect(a.answer.text).toContain('在这几个方案里分别是');
    expect(a.answer.text).not.toContain('可能指');
  });
});
