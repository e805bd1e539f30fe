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

  it("weighs one function's work in two plans (…里多，还是…里多), each plan's own body of it as a side", async () => {
    // 兴平 2022 names 市发改局 on 2 items, 芜湖 2025 names 市发展改革委 on 4 ((1), (2), (7), (9)).
    const a = await ask('发改部门在兴平的方案里任务多，还是在芜湖的通知里多');
    expect(a.plan.op).toBe('compareUnits');
    expect(a.answer.text).toContain('兴平市的「市发改局」参与 2 项');
    expect(a.answer.text).toContain('芜湖市的「市发展改革委」参与 4 项');
    expect(a.answer.items[0].name).toBe('市发展改革委');
    expect(a.answer.text).not.toContain('可能指');
  });

  it('compares one unit name in two plans by role, a plan that gives it none of that role counting 0', async () => {
    // 芜湖 2025's 市商务局 leads (4), (8), (9) and supports none; 荆州 2009 names no 商务局.
    const a = await ask('芜湖的商务局和荆州的商务局谁牵头的多');
    expect(a.plan.op).toBe('compareUnits');
    expect(a.answer.text).toContain('芜湖市的「市商务局」牵头 3 项');
    expect(a.answer.text).toMatch(/荆州市的「市商务局」牵头 0 项/u);
  });

  it('reads 目标分别/各自是多少 as the values asked, not as a count of targets', async () => {
    // 芜湖 2025: 一般公共预算收入增长3%左右; 宁波 2025: 一般公共预算收入增长2%.
    const a = await ask('芜湖和宁波的一般公共预算收入目标各自是多少');
    expect(a.plan.op).toBe('targets');
    expect(a.plan.params.text).toBe('一般公共预算收入');
    expect(a.answer.text).toMatch(/一般公共预算收入增长 3%/u);
    expect(a.answer.text).toMatch(/一般公共预算收入增长 2%/u);
  });

  describe('over two districts of one city (real-docs: 沙坪坝 2022, 渝中 2023)', () => {
    const districts = askOver(['test/fixtures/questions/real-docs']);

    it("lists one plan's units the other plan lacks, a body of the same function written another way counting as present", async () => {
      // 渝中 names 区发改委, 区财政局, 区税务局, 区国资委, 区住建委, 区规资局 …; 沙坪坝 区发展改革委, 区财政局, 区税务局, 区商务委 ….
      const a = await districts.ask('渝中区的方案有任务而沙坪坝区的方案没有的部门是哪些');
      expect(a.plan.op).toBe('documentUnits');
      const names = a.answer.items.map((i) => i.name);
      expect(names).toEqual(expect.arrayContaining(['区国资委', '区住建委', '区规资局']));
      expect(names).not.toEqual(expect.arrayContaining(['区财政局']));
      expect(names).not.toContain('区税务局');
      expect(names).not.toContain('区发改委');
    });
  });
});
