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
});
