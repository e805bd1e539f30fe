// Sentence and clause spans used as evidence.
import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../graph/entities/index.ts';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at 。！？ and ；', () => {
    expect(texts('一是甲。二是乙！三是丙？四是丁；五', splitSentences('一是甲。二是乙！三是丙？四是丁；五')))
      .toEqual(['一是甲。', '二是乙！', '三是丙？', '四是丁；', '五']);
  });

  it('ends a sentence after a duty annotation in either width', () => {
    const text = '共建涪江观光农业走廊(牵头单位:区发展改革委,责任单位:区商务委)(二)加快建设';
    expect(texts(text, splitSentences(text))).toEqual(['共建涪江观光农业走廊(牵头单位:区发展改革委,责任单位:区商务委)', '(二)加快建设']);
    const full = '实施工程（牵头单位：区水利局；责任单位：区财政局）推进';
    expect(texts(full, splitSentences(full))).toEqual(['实施工程（牵头单位：区水利局；责任单位：区财政局）', '推进']);
  });

  it('keeps a phase bracket inside its sentence', () => {
    const text = '建设太平水厂(一期)等工程。';
    expect(texts(text, splitSentences(text))).toEqual([text]);
  });

  it('keeps a closing quote with its sentence and drops whitespace', () => {
    const text = '  打造“深夜食堂。”\n 下一句';
    expect(texts(text, splitSentences(text))).toEqual(['打造“深夜食堂。”', '下一句']);
  });
});

describe('splitClauses', () => {
  it('splits at commas of either width', () => {
    const text = '与潼南、遂宁等地共同推进,确保涪江水质，建设';
    expect(texts(text, splitClauses(text))).toEqual(['与潼南、遂宁等地共同推进,', '确保涪江水质，', '建设']);
  });
});
