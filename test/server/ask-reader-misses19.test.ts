// The reader rules added while tuning on every set's remaining misses (asktune19, issue 10), one behaviour each, in
// other words than the sets', on the eight real16 plans (no seed).
import { describe, expect, it } from 'vitest';
import { isMergedOffice } from '../../server/ask/function-forms.ts';

describe('reader rules after asktune19', () => {
  it('splits a merged office only into two different functions of the unit registry', () => {
    // Two functions under one body word: 商务 + 外事, 教育 + 科技 (教科局 is also an old name of 教委, a different entry from 科技局).
    expect(isMergedOffice('市商务外事局')).toBe(true);
    expect(isMergedOffice('县教育科技局')).toBe(true);
    // One function's own name with its level, and two former names of one function (工商 and 质监 are 市场监管's; 安监 is 应急's).
    for (const one of ['区人力社保局', '区工商质监局', '县安监应急局']) expect(isMergedOffice(one), one).toBe(false);
  });
});
