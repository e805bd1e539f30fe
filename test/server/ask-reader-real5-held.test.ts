// The reader rules added after real5-fresh's recorded first score (issue 10), one behaviour each, in other words than the set's, on the eight real5 plans.
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { placesToChinese } from '../../server/ask/reader/english-places.ts';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real5-docs']);

describe('reader rules after real5-fresh', () => {
  it('keeps the level word before a short name: 省交通厅 is the province\'s transport body, not a district\'s 交通局', async () => {
    const a = await ask('省交通厅负责啥');
    expect(a.plan.params.unit).toBe('省交通运输厅');
  });

  it('reads a body named without its place (海关) as each unit named <place>海关', async () => {
    const a = await ask('海关牵头了哪些工作');
    expect(a.plan.params.units).toEqual(['合肥海关', '吴江海关']);
  });

  it('declines hotels and lodging, in Chinese and English, even with a place of the plans named', async () => {
    for (const q of ['吴江有什么好的宾馆推荐吗', 'Which hotel in Wujiang should I book?']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items).toEqual([]);
    }
  });

  it('knows intellectual property (and IPR) in English', async () => {
    expect(englishToChinese('Which department handles IPR protection?')).toContain('知识产权');
    const a = await ask('Who is in charge of intellectual property work in Anhui?');
    expect(a.answer.items.map((i) => i.name)).toContain('省市场监管局');
  });

  it('reads an English possessive place (Jinxiang\'s) as the scope and leaves the verb its preposition (responsible for)', () => {
    const places = new Map([['jinxiang', '金乡']]);
    expect(placesToChinese("Which departments are responsible for Jinxiang's unemployment target?", places))
      .toMatch(/^金乡的\s+Which departments are responsible for\s+unemployment target\?$/u);
  });

  it('reads a task\'s words in a scope as the scope\'s own task that opens with them, and 哪些单位…目标 as its units', async () => {
    const a = await ask('吴江哪几个部门负责地区生产总值增长这个目标');
    expect(a.answer.items.map((i) => i.name)).toEqual(['区发改委', '统计局']);
  });

  it('reads a yes/no question naming a task loosely (…是不是牵头X那项) about the task those words name', async () => {
    const a = await ask('谯城的区财政局是不是牵头预算收入那项');
    expect(a.plan.params.task).toBeDefined();
    expect(a.answer.items.map((i) => i.name)).toEqual(['一般公共预算收入增长5%左右']);
    expect((await ask('合肥海关牵过头吗')).plan.params.task).toBeUndefined();
  });
});
