// The reader rules added while tuning on real14 (issue 10), one behaviour each, in other words than the set's, on the eight real14 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real14-docs']);

describe('reader rules after real14', () => {
  it('reads 和X共同…的还有哪些 as the task\'s other duty holders, not a path from X to the task', async () => {
    // 咸宁 2023 item 126 (加强就业兜底帮扶): 牵头 市人社局; 责任 市教育局、市经信局、市农业农村局、市退役军人事务局, 各县市区人民政府.
    const a = await ask('和市人社局共同承担加强就业兜底帮扶的还有哪些单位');
    expect(a.plan.op).toBe('taskUnitsExcept');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['市教育局', '市经信局', '市农业农村局', '市退役军人事务局']));
    expect(a.answer.items.map((i) => i.name)).not.toContain('市人社局');
  });

  it('declines today\'s figures, a show\'s dates, a person\'s papers and a monthly fee; the plans\' own targets are still read', async () => {
    for (const q of ['天津现在的城镇化率有多高', '香城大舞台哪天表演', '在咸宁办居住证需要带哪些材料', '养老院每月得交多少钱']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    // 咸宁 2016 item 1: 户籍人口城镇化率达到40% — a target the plan sets, asked without "now".
    expect((await ask('户籍人口城镇化率的目标是多少')).answer.text).toContain('40%');
  });
});
