// Normalising questions and linking the names in them: abbreviations, missing 区, typos, longest match.
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconFor, type Lexicon } from '../../server/ask/lexicon.ts';
import { linkMentions } from '../../server/ask/link.ts';
import { normaliseQuestion } from '../../server/ask/normalise.ts';
import { seedStore } from './support.ts';

describe('normaliseQuestion', () => {
  it.each([
    ['区水利局牵头哪些任务？', '区水利局牵头哪些任务'],
    ['请问 区水利局 牵头什么吗？？', '区水利局牵头什么'],
    ['ＧＤＰ目标是多少呢', 'GDP目标是多少'],
    ['Which tasks does 区水利局 lead?', 'Which tasks does 区水利局 lead'],
    ['区水利局负责什么', '区水利局负责什么'],
    // Spoken and reordered forms read as the rules' own (the paraphrase set, test/fixtures/questions/para-dev.json).
    ['这项任务是哪个部门牵的头？', '这项任务是哪个部门牵头'],
    ['哪些单位挑头？', '哪些单位牵头'],
    ['哪些单位从来没有牵头？', '哪些单位从不牵头'],
    ['哪些任务没写牵头单位？', '哪些任务没有牵头单位'],
    ['这项任务是哪一节的？', '这项任务属于哪一节'],
    ['森林覆盖率在哪些文件里出现？', '哪些文件提到森林覆盖率'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseQuestion(input)).toBe(expected);
  });
});

describe('linkMentions', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await lexiconFor(await seedStore());
  });
  const link = (q: string) => linkMentions(q, lexicon).mentions.map((m) => [m.kind, m.targets.map((t) => t.name).join('|'), m.method]);

  it.each([
    ['发改委', '区发展改革委', 'abbreviation'],
    ['经信委', '区经济信息委', 'abbreviation'],
    ['水务局', '区水利局', 'abbreviation'],
    ['水利局', '区水利局', 'alias'],
    ['区水利局', '区水利局', 'name'],
    ['区水力局', '区水利局', 'fuzzy'],
  ])('%s is the unit %s (%s)', (surface, name, method) => {
    expect(link(`${surface}牵头哪些任务`)).toEqual([['unit', name, method]]);
  });

  it('prefers the longest name: the corridor, not the river inside it', () => {
    expect(link('涪江观光农业走廊涉及哪些任务')).toEqual([['entity', '涪江观光农业走廊', 'name']]);
  });

  it('a typo in a long name still beats the short name inside it', () => {
    expect(link('涪江观光农叶走廊')).toEqual([['entity', '涪江观光农业走廊', 'fuzzy']]);
  });

  it('blanks mentions out of the rest, keeping the keywords', () => {
    const { rest } = linkMentions('区水利局和区财政局共同负责', lexicon);
    expect(rest).toMatch(/^\s+和\s+共同负责$/u);
  });

  it('does not read everyday words as names', () => {
    expect(link('今天天气怎么样')).toEqual([]);
  });
});
