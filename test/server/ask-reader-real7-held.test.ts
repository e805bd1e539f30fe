// The reader rules added while tuning on real7-fresh (issue 10), one behaviour each, in other words than the set's, on the eight real7 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real7-docs']);

describe('reader rules after real7-fresh', () => {
  it('declines how long a trip takes, but not a question about building the railway', async () => {
    for (const q of ['从广州乘动车去深圳需要几个小时', '开车去合肥得多长时间']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items).toEqual([]);
    }
    expect((await ask('高铁建设由哪个部门负责')).plan.op).not.toBe('decline');
  });

  it('reads Party cadres and training in English (干部, 培训) and finds who leads cadre training', async () => {
    expect(englishToChinese('Which department is in charge of cadre training?')).toContain('干部');
    expect(englishToChinese('Which department is in charge of cadre training?')).toContain('培训');
    expect(await names('Which department is in charge of cadre training in Guangzhou?')).toContain('市委组织部');
  });

  it('reads 某地+指标+目标是多少 as the indicator\'s value, and 某地的方案有几项目标 still as a count', async () => {
    const value = await ask('鞍山规模以上工业增加值目标是多少');
    expect(value.plan.op).toBe('targets');
    expect(value.answer.text).toContain('7%');
    expect((await ask('诸暨的方案有几项目标')).plan.op).toBe('documentTargets');
  });

  it('reads R&D intensity in English as 研发投入强度 and answers its value in the plan named', async () => {
    expect(englishToChinese('What level of research and development spending intensity is planned?')).toContain('研发投入强度');
    const a = await ask('Which R&D investment intensity target has Zhuji set?');
    expect(a.plan.op).toBe('targets');
    expect(a.answer.text).toContain('2.85%');
  });

  it('reads 牵头考核 (an assessment scheme\'s lead role) as the duty in 除了X还有谁, not as a task about assessment', async () => {
    const a = await ask('包头那份考评办法中，除去市教育局，牵头考核的还有哪些部门');
    expect(a.plan.op).toBe('unitsExcept');
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市审批服务局', '市医保局']));
    expect(got).not.toContain('市教育局');
  });
});
