// The reader rules added while tuning on real22 (issue 10), one behaviour each, in other words than the set's, on the eight real22 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real22-docs']);

describe('reader rules after real22', () => {
  it('counts the articles of a plan printed in 第N条 from its own headings', async () => {
    // 黄浦's 操作细则 prints 第一条（目的和依据） … 第十二条（施行日期和有效期）; the parser keeps only a few as sections.
    const a = await ask('黄浦风貌遴选操作细则总共有几条');
    expect(a.answer.text).toMatch(/共 12 条/u);
    expect(a.answer.text).toMatch(/第十二条\(施行日期和有效期\)/u);
    // A plan numbered 一、二、 has no articles: its 几条 stays a count of its tasks.
    const tasks = await ask('灵璧卫健委那份一共几条');
    expect(tasks.answer.text).not.toMatch(/第…条/u);
    expect(tasks.plan.op).not.toBe('section');
  });

  it('reads 第N条 of a plan printed in articles as that article, not its n-th task', async () => {
    // 第五条（其他监督管理部门监督检查职责）: （一）按照统一部署… （二）依据各自法定职责… （三）依法办理… （四）根据需要报送….
    const a = await ask('那个地下空间规定的第五条下面都有什么');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.text).toMatch(/共 4 项/u);
    expect(a.answer.items.map((i) => i.name)).toContain('依法办理本部门职责范围内的涉及地下空间安全使用违法案件');
  });

  it('follows a task to the units it names when none is marked lead, and says so when it names none', async () => {
    // 排水方案 三 职责分工: 上海城投集团 负责三大片区公共排水设施运维管理 — a 责任单位, no 牵头 written.
    const a = await ask('上海排水方案里负责三大片区公共排水设施运维管理的单位还参与了什么');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['推进平稳有序移交', '构建系统运营体系']));
    // 无锡 item 9 is cut before its units: no lead to follow, and no sentence with a blank where one would be.
    const none = await ask('无锡方案里健全面向全体劳动者的职业培训和技能的牵头单位还牵头什么');
    expect(none.answer.text).toMatch(/没有找到/u);
    expect(none.answer.text).not.toMatch(/的是；/u);
  });
});
