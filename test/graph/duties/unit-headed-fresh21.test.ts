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
  // The task is the duty, titled by it: the unit that heads it is its annotation, not its title (the labels' keys).
  it('makes the heading unit the lead where its item says 牵头, else responsible, and titles the item by its duty', () => {
    expect(tasksOfLines(GUMEI).map((t) => [t.title, sortedDuties(t)])).toEqual([
      ['配合开展独居老人消防安全关爱工作', { lead: [], support: [], responsible: ['派出所'] }],
      ['牵头负责收集掌握居委上报的独居老人信息,并及时关注中高风险人群', { lead: ['服务办'], support: [], responsible: [] }],
      ['协调指导专业力量对独居老人电气线路、燃气安全定期开展检查巡查', { lead: [], support: [], responsible: ['管理办'] }],
    ]);
  });

  // 关于建立虹口区历史风貌区和优秀历史建筑防灾及风险排查机制的实施意见 (虹口区人民政府办公室 2014), fresh26
  // hongkou-fengmao-fangzai-2014, 四、 and its (一) (二) as printed: the same shape one level up (a title past 24
  // characters with no stop is cut there, as any heading's).
  it('titles a (一) item headed by its unit by the duty after it', () => {
    const tasks = tasksOfLines([
      '四、各单位按以下职能分工牵头定期组织开展防灾及风险排查工作，原则上每年不少于2次：',
      '（一）区房管局。负责定期牵头召开全区历史风貌区和优秀历史建筑防灾及风险排查工作例会，安排全年防灾及风险排查工作；负责督促和指导优秀历史建筑物业管理单位、产权人对相关优秀历史建筑进行全面排查，汇总、梳理、分析和上报排查情况，并协调、督促物业管理单位和产权人落实整改。',
      '（二）公安消防支队。负责对区内优秀历史建筑的消防隐患及其周边的城市市政消火栓等公共消防基础设施进行总体排查，针对排查中发现的火灾隐患，督促指导相关单位落实消防主体责任，制定整改计划，落实整改措施；负责适时开展消防宣传教育工作，增强相关单位的消防安全意识和防范能力，提升&ldquo;四个能力&rdquo;（检查消除火灾隐患能力、组织扑救初起火灾能力、组织人员安全疏散逃生能力和消防宣传教育培训能力）建设水平。',
    ]);
    expect(tasks.map((t) => [t.title, sortedDuties(t)])).toEqual([
      ['负责定期牵头召开全区历史风貌区和优秀历史建筑防灾及风险排查工作例会', { lead: [], support: [], responsible: ['区房管局'] }],
      ['负责对区内优秀历史建筑的消防隐患及其周边的城市市', { lead: [], support: [], responsible: ['公安消防支队'] }],
    ]);
  });

  it('reads no unit from a lone item that happens to be titled like one', () => {
    expect(tasksOfLines(GUMEI.slice(0, 3)).map((t) => sortedDuties(t))).toEqual([{ lead: [], support: [], responsible: [] }]);
  });
});
