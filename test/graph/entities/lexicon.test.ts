import { describe, expect, it } from 'vitest';
import { WordOccurrences } from '../../../graph/entities/lexicon.ts';

// WordOccurrences stands in for one indexOf loop per word (heads of projects, suffixes of places): it must find what
// those loops found, overlapping and shared-first-character occurrences included, grouped by word in list order.
function byIndexOf(words: string[], text: string): (number[] | undefined)[] {
  return words.map((w) => {
    const at: number[] = [];
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.push(i);
    return at.length > 0 ? at : undefined;
  });
}

describe('WordOccurrences', () => {
  it('finds every occurrence of each word, overlapping ones and words sharing a first character included', () => {
    const words = ['工程', '工程建设', '水库', '库', '河', '河河'];
    const text = '推进涪江工程建设，开工建设三叉口水库、同心桥水库工程，整治河河河。';
    const found = new WordOccurrences(words).find(text);
    expect(found).toEqual(byIndexOf(words, text));
    expect(found[5]).toEqual([text.indexOf('河河'), text.indexOf('河河') + 1]);
  });

  it('gives undefined for a word the text does not hold, and nothing for an empty text', () => {
    const finder = new WordOccurrences(['走廊', '廊道']);
    expect(finder.find('建设生态走廊')).toEqual([[4], undefined]);
    expect(finder.find('')).toEqual([undefined, undefined]);
  });

  it('refuses an empty word, which would match everywhere', () => {
    expect(() => new WordOccurrences(['水库', ''])).toThrow(/word 1 is empty/);
  });
});
