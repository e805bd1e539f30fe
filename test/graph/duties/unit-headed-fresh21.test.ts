// Items of a 职责分工 part headed by the unit that owns them, its role read from the item's own words.
// (unit-headed.ts: the item whose first sentence is its unit alone.)
// Expected duties written from the text (the labels of test/fixtures/real/fresh21) before the parser was changed.
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

// zhiyao87/Shanghai-Gov-Docs-Index docs/…/关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知.md (闵古办〔2022〕20号;
// test/fixtures/real/fresh21/gumei-dujulaoren-2022): 二、职责分工 items 2, 3 and 5, as printed.
const GUMEI = [
  '古美路街道加强独居老人消防安全工作实施方案',
  '二、职责分工',
  '2.派出所。配合开展独居老人消防安全关爱工作，负责独居老人消防安全隐患的确认，协助居委动态排摸独居老人消防安全隐患并建立信息档案，开展对独居老人消防安全宣传教育及提示等工作。',
  '3.服务办。牵头负责收集掌握居委上报的独居老人信息，并及时关注中高风险人群。做好面向独居老年人的社区居家养老服务。',
  '5.管理办。协调指导专业力量对独居老人电气线路、燃气安全定期开展检查巡查，并对独居老人开展电气、燃气安全提示宣传。',
];

describe('items headed by their unit', () => {
  it('makes the heading unit the lead where its item says 牵头, else responsible', () => {
    expect(tasksOfLines(GUMEI).map((t) => [t.title, sortedDuties(t)])).toEqual([
      ['派出所', { lead: [], support: [], responsible: ['派出所'] }],
      ['服务办', { lead: ['服务办'], support: [], responsible: [] }],
      ['管理办', { lead: [], support: [], responsible: ['管理办'] }],
    ]);
  });

  it('reads no unit from a lone item that happens to be titled like one', () => {
    expect(tasksOfLines(GUMEI.slice(0, 3)).map((t) => sortedDuties(t))).toEqual([{ lead: [], support: [], responsible: [] }]);
  });
});
