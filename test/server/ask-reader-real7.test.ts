// The reader rules added while tuning on real7-dev (issue 10), one behaviour each, in other words than the set's, on the eight real7 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real7-docs']);

describe('reader rules after real7-dev', () => {
  it('reaches the other plans\' body of one function and level under the name one plan writes (市工信局 → 鞍山\'s 市工业和信息化局), its own first', async () => {
    const a = await ask('市工信局参与了哪些任务');
    expect((a.plan.params.units as string[])[0]).toBe('市工信局');
    expect(a.plan.params.units).toContain('市工业和信息化局');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['规模以上工业增加值增长6%', '规模以上工业增加值增长7%左右']));
  });

  it('answers each body when a scope of several plans keeps them all (市工信局 asked of 铜川 and 鞍山)', async () => {
    const got = await names('在铜川和鞍山的文件里市工信局各负责什么');
    expect(got).toEqual(expect.arrayContaining(['规模以上工业增加值增长6%', '规模以上工业增加值增长7%左右']));
  });

  it('reads a duty asked of an indicator (这项指标谁负责) as the lead of its task, not as the value', async () => {
    const a = await ask('城镇登记失业率这项指标谁负责');
    expect(a.plan.op).not.toBe('targets');
    expect(a.answer.items.map((i) => i.name)).toContain('市人社局');
    const value = await ask('城镇登记失业率的目标是多少');
    expect(value.plan.op).toBe('targets');
    expect(value.answer.text).toContain('4%');
  });

  it('reads the Commission for Discipline Inspection in English as 纪委', async () => {
    expect(englishToChinese('Which tasks does the Commission for Discipline Inspection lead?')).toContain('纪委');
    expect(await names('What does the Discipline Inspection Commission support?')).toContain('完善党内民主决策机制');
  });

  it('declines the date an event opens, but not a plan\'s own deadline', async () => {
    for (const q of ['冰雪节开幕式是哪天', '包头马拉松什么时候开幕']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items).toEqual([]);
    }
    expect((await ask('医保专网铺设什么时候完成')).plan.op).not.toBe('decline');
  });
});
