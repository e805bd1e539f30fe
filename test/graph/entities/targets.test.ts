// Numeric targets: indicator, value, unit and year, in both punctuation widths.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../graph/entities/index.ts';

const brief = (text: string, year?: number) =>
  extractTargets(text, year ? { year } : undefined).map((t) => [t.indicator, t.value, t.unit, t.year]);

describe('extractTargets', () => {
  it('pairs 分别 indicators with their values', () => {
    expect(brief('到2027年，全区GDP、人均GDP分别突破1200亿元、13.5万元。'))
      .toEqual([['GDP', 1200, '亿元', 2027], ['人均GDP', 13.5, '万元', 2027]]);
  });

  it('reads the OCR `s` for 、 in a 分别 pair', () => {
    expect(brief('到2027年,全区GDPs人均GDP分别突破1200亿元、13.5万元。').map((t) => t[0])).toEqual(['GDP', '人均GDP']);
  });

  it('shares a measure between 分别 indicators', () => {
    expect(brief('力争制造业、数字经济增加值占GDP比重分别达到40%、50%。', 2027))
      .toEqual([['制造业增加值占GDP比重', 40, '%', 2027], ['数字经济增加值占GDP比重', 50, '%', 2027]]);
  });

  it.each([
    ['高速公路通车里程突破190公里', '高速公路通车里程', 190, '公里'],
    ['日供水能力超20万吨', '日供水能力', 20, '万吨'],
    ['全区工业总产值突破2000亿元', '工业总产值', 2000, '亿元'],
    ['制造业增加值占GDP比重达40%', '制造业增加值占GDP比重', 40, '%'],
    ['空气质量优良天数稳定在320天左右', '空气质量优良天数', 320, '天'],
    ['科技型企业达到1900家', '科技型企业', 1900, '家'],
    ['农村自来水普及率达到96%', '农村自来水普及率', 96, '%'],
    ['城镇调查失业率下降至5.5%以内', '城镇调查失业率', 5.5, '%'],
    ['建设高标准农田5万亩', '高标准农田', 5, '万亩'],
    ['外资企业达25家以上', '外资企业', 25, '家'],
    ['实际利用外资累计达2000万美元以上', '实际利用外资', 2000, '万美元'],
    ['力争页岩气年产量超过10亿立方米', '页岩气年产量', 10, '亿立方米'],
    ['农村公路累计改造300公里', '农村公路', 300, '公里'],
  ])('reads %s', (text, indicator, value, unit) => {
    expect(brief(text)).toEqual([[indicator, value, unit, undefined]]);
  });

  it('takes the year of a deadline earlier in the text', () => {
    expect(brief('到2027年，重点实现六个提升。一是高速公路通车里程突破190公里。')[0][3]).toBe(2027);
  });

  it('falls back to the context year', () => {
    expect(brief('科技型企业达到1900家', 2025)[0][3]).toBe(2025);
  });

  it('ignores baseline years and year ranges', () => {
    expect(brief('行动方案(2023-2027年)提出，用水量较2022年明显下降，外资企业达25家以上')[0][3]).toBeUndefined();
  });

  it('gives a growth rate the subject of the target before it', () => {
    expect(brief('全区社会消费品零售总额突破420亿元(年均增长8.5%)')[1]).toEqual(['社会消费品零售总额年均增长', 8.5, '%', undefined]);
  });

  it('reads a count before the noun it counts', () => {
    expect(brief('打造2个美丽宜居示范乡镇')).toEqual([['美丽宜居示范乡镇', 2, '个', undefined]]);
  });

  it.each([
    ['加快建设文曲220千伏变电站、淮阳110千伏输变电工程'],
    ['协调推进1000千伏交流工程及配套500千伏送出工程'],
    ['市推动双城经济圈建设行动方案(2023-2027年)'],
    ['3 .构建更加多元现代的能源保障体系'],
    ['推动安居古城创建5A级旅游景区'],
  ])('finds no target in %s', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });

  it('spans the indicator to the value qualifier', () => {
    const text = '力争外资企业达25家以上，';
    const [t] = extractTargets(text);
    expect(t.text).toBe('外资企业达25家以上');
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
