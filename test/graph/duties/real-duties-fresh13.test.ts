// Duty conventions first met in fresh13 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh13)', () => {
  // https://law1.110.com/law_376041.html (无锡 市政府2011年重点工作分解落实方案, 锡政发[2011]21号)
  it('reads a bare bracket of names on its own line under an item as its responsible units, the level printed once', () => {
    const tasks = tasksOfLines([
      '一、目标分解',
      '3、主要污染物排放量较2010年削减4%。',
      '(市环保局、发改委、经信委)',
      '4、城镇居民人均可支配收入和农民人均纯收入均增长12%。',
      '(市发改委、农委、人保局,各市(县)、区政府)',
    ]);
    expect(tasks).toMatchObject([
      { lead: [], support: [], responsible: ['发改委', '市环保局', '经信委'] },
      { lead: [], support: [], responsible: ['人保局', '农委', '各市(县)、区政府', '市发改委'] },
    ]);
  });

  // The same own-line bracket under a heading that is no sentence (no 。 before the break) names no duty.
  it('leaves a bracket on its own line under a line that does not end a sentence unread', () => {
    const tasks = tasksOfLines([
      '一、目标分解',
      '3、主要污染物排放量较2010年削减4%',
      '(市环保局、发改委、经信委)',
    ]);
    expect(tasks).toMatchObject([{ title: '主要污染物排放量较2010年削减4%', lead: [], support: [], responsible: [] }]);
  });
});
