// The reader rules added while tuning on real8-dev (issue 10), one behaviour each, in other words than the set's, on the eight real8 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real8-docs']);

describe('reader rules after real8-dev', () => {
  it('ends a plan named by its title at the 里 after it: a later 文件 is the question\'s word (a section 研究制订的文件), not the plan\'s', async () => {
    const a = await ask('工作要点里研究制订的文件包括哪几项');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['修订《农村户厕卫生规范》', '研究制订《关于促进中医治未病健康工程升级的意见》']));
  });

  it('scopes to the one plan whose title a question opens with, shortened and closed by its genre word (十二五纲要分工通知里)', async () => {
    const a = await ask('十二五纲要分工通知里市发展改革委负责什么');
    expect(a.plan.params.docIds).toHaveLength(1);
    expect(a.answer.items.map((i) => i.name)).toEqual(['单位工业增加值用水量达到省要求标准']);
  });

  it('lists every task whose text mentions a task\'s words (化学需氧量, 江苏\'s cut title), not that one task\'s neighbourhood', async () => {
    const a = await ask('化学需氧量出现在哪些任务里');
    expect(a.plan.op).toBe('search');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['化学需氧量和', '万元生产总值综合能耗、化学需氧量排放、二氧化硫排']));
  });

  it('reads toilets, hygiene, standards, revising, tourists and ministries in English', async () => {
    expect(englishToChinese('Which ministry revises the tourist toilet standard?')).toBe('哪个单位修订旅游厕所标准');
    expect(englishToChinese('rural household toilet hygiene')).toBe('农村户厕卫生');
    expect(await names('Which ministry revises the tourist toilet standard?')).toEqual(['文化和旅游部']);
  });

  it('declines how long or tall a bridge, mountain or river is, but not how much a plan\'s indicator grows', async () => {
    for (const q of ['芜湖长江大桥有多长', '长春南湖有多深', '长江有多少公里']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items).toEqual([]);
    }
    expect((await ask('规上工业增加值要增长多少')).plan.op).toBe('targets');
  });
});
