// The rules added after real8-fresh's first score (issue 10), one behaviour each, in other words than the set's, on the eight real8 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real8-docs']);

describe('reader rules after real8-fresh', () => {
  it('reads the campaign titles a city earns in English (national health city, civilised city) whole', async () => {
    expect(englishToChinese('the national hygienic cities')).toBe('国家卫生城市');
    expect(englishToChinese('a national health county')).toBe('国家卫生县');
    expect(englishToChinese('a civilized city')).toBe('文明城市');
    expect(await names('Which office is in charge of revising the standards for national hygienic cities?')).toEqual(['全国爱卫办']);
  });

  it('declines weather in other words (snow, wind, degrees) and a person\'s own paperwork, Chinese or English', async () => {
    for (const q of ['芜湖明天刮风吗', '宁波现在几度', 'Is it snowing in Changchun?', '在荆州怎么办理护照', 'How can I apply for a passport in Jiangsu?']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items).toEqual([]);
    }
  });

  it('still answers a plan\'s own duties about such words', async () => {
    expect((await ask('修订国家卫生城市标准由谁牵头')).answer.items.map((i) => i.name)).toContain('全国爱卫办');
  });
});
