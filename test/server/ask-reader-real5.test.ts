// The reader rules added while tuning on real5-dev (issue 10), one behaviour each, in other words than the set's, on the eight real5 plans (no seed).
import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../server/ask/normalise.ts';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real5-docs']);

describe('reader rules after real5-dev', () => {
  it('reads 哪家牵头 after a target sentence as the question of its lead, not of its value', async () => {
    const a = await ask('规上工业增加值增长10%以上是哪家牵头的');
    expect(a.plan.op).not.toBe('targets');
    expect(a.answer.items.map((i) => i.name)).toEqual(['区科经局']);
  });

  it('reads the task that holds the topic word for word when the segmenter cuts it apart (信保费率 → 信 / 保费 / 率)', async () => {
    expect(await names('信保费率降低归谁管')).toContain('中国出口信用保险公司安徽分公司');
  });

  it('answers 哪些任务提到<a unit> with the tasks whose text names it, not only its duties', async () => {
    expect(await names('哪些任务里提到了新材料产业园')).toEqual(expect.arrayContaining(['实施园区基础设施提升行动', '修编经济开发区整体规划,提升完善各产业园发展规划']));
  });

  it('answers 谁牵头 of a topic whose task names no lead with the units it does name, and says no lead is written', async () => {
    const a = await ask('跨境电商由谁牵头');
    expect(a.answer.items.map((i) => i.name)).toEqual(['省商务厅']);
    expect(a.answer.text).toContain('没有写牵头单位');
  });

  it('narrows X牵头的<word>任务 to the tasks of X that name the word', async () => {
    const got = await names('合肥海关牵头的原产地任务有哪些配合单位');
    expect(got).toEqual(expect.arrayContaining(['省商务厅', '省贸促会']));
    expect(got).not.toContain('省港航集团');
  });

  it('reads a bare place right after 哪些任务/哪些工作 as the scope', async () => {
    const a = await ask('哪些工作谯城的区商务局牵头');
    expect(a.plan.params.docIds).toHaveLength(1);
    expect(a.answer.items.map((i) => i.name)).toEqual(['社会消费品零售总额增长8.2%左右']);
  });

  it('reads English department names in the "Department of X" order, with the province as scope', async () => {
    expect(englishToChinese('Which tasks is the Anhui Department of Commerce responsible for?')).toBe('哪些任务安徽商务部门负责');
    const a = await ask('Which tasks is the Anhui Department of Commerce responsible for?');
    expect(a.plan.params.unit).toBe('省商务厅');
  });

  it('puts "the X task led by Y" in Chinese order (Y牵头的X任务) and knows trade words (customs, logistics, e-commerce)', () => {
    expect(englishToChinese('Who supports the logistics task led by the Transport Department?')).toBe('谁配合交通部门牵头的物流任务');
    expect(englishToChinese('Who handles cross-border e-commerce?')).toContain('跨境电商');
  });
});

// Spoken forms that the older sets' remaining misses (para-fresh) asked in, each in other words here.
describe('spoken forms read after the older sets\' misses', () => {
  it('reads 一项任务都没有牵头 as never leading', () => {
    expect(normaliseQuestion('哪些部门一项任务都没有牵头？')).toBe('哪些部门从不牵头');
  });

  it('reads 一个牵头单位都没有 as naming no lead', () => {
    expect(normaliseQuestion('哪些任务一个牵头单位都没有')).toBe('哪些任务没有牵头单位');
  });

  it('reads X给哪些部门打配合 as the leads of the tasks X supports', () => {
    expect(normaliseQuestion('区水利局给哪些部门打配合呢')).toBe('区水利局配合的任务是谁牵头的');
  });

  it('reads GDP增长/增速 as the plans\' 地区生产总值, and leaves GDP目标 as asked', () => {
    expect(normaliseQuestion('GDP增速要达到多少')).toBe('地区生产总值增速要达到多少');
    expect(normaliseQuestion('2027年GDP目标是多少')).toBe('2027年GDP目标是多少');
  });

  it('reads English "lead no tasks" as never leading', () => {
    expect(englishToChinese('Which offices lead no tasks?')).toContain('从不牵头');
  });
});
