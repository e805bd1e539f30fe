// The reader rules added after real10-fresh and cross-fresh were scored (issue 10), one behaviour each, in other words than the sets'.
import { describe, expect, it } from 'vitest';
import { declineOf } from '../../server/ask/reader/decline.ts';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';
import { CROSS_DOCS } from './ask-realistic-set.ts';

describe('reader rules after real10-fresh and cross-fresh: plans set against each other', () => {
  const { ask } = askOver(CROSS_DOCS);

  it('lists the units two plans both name, also when the question says 出现过', async () => {
    const a = await ask('沙坪坝区和渝中区的方案里都出现过哪些单位');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['区财政局', '区税务局']));
  });

  it('reads A有、B没有的任务 between a plan and the plan it carries out as the higher plan\'s gaps', async () => {
    const a = await ask('丰川市方案有而丰川江白区方案没有的任务');
    expect(a.plan.op).toBe('implementationGaps');
    expect(a.answer.items.map((i) => i.name)).toEqual(['实施市场化法治化营商环境', '完善河长制湖长制', '实施生物医药创新药研发']);
  });

  it('reads A里哪些是B没有的 (B a plan or a level word) as the lower plan\'s own tasks', async () => {
    for (const q of ['丰川江白区的方案里有哪些是丰川市没有的', '丰川江白区方案中有哪些任务是市级方案没有的']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('orphanTasks');
      expect(a.answer.items.map((i) => i.name), q).toEqual(['推进新材料产业基地', '推进装备制造企业技术改造', '深化5G基站建设']);
    }
  });

  it('keeps 还有哪些市级任务没落实 a gap question, though it says 有…没', async () => {
    expect((await ask('丰川江白区还有哪些市级任务没落实')).plan.op).toBe('implementationGaps');
  });

  it('lists one plan\'s targets whose indicator the other plan does not set, the same indicator written differently counted as shared', async () => {
    // 丽水: 生产总值增长6%, 固定资产投资增长10% …; 莲都: 地区生产总值增长6.5%, 区本级固定资产投资增长25% ….
    const a = await ask('丽水市有、莲都区没有的指标');
    const targets = a.answer.items.filter((i) => i.label === 'Target').map((i) => i.name);
    expect(targets).toEqual(expect.arrayContaining(['外贸出口增长 5%', '居民消费价格涨幅 3%']));
    expect(targets.some((n) => /生产总值|固定资产投资|社会消费品/u.test(n))).toBe(false);
  });
});

describe('reader rules after real10-fresh: a task named in loose words or by its target', () => {
  const { ask } = askOver(['test/fixtures/questions/real9-docs']);

  it('counts the supporters of a task the question names by its target', async () => {
    // 黄冈 item 4: 外贸出口增长15%以上(由市商务局、经委、财政局、国税局、统计局负责): the first leads, four support.
    const a = await ask('外贸出口要增长百分之十五以上的那项任务有多少个配合单位');
    expect(a.plan.op).toBe('taskUnits');
    expect(a.answer.text).toMatch(/(?<!\d)4 个/u);
    expect(a.understood).toContain('先检索');
  });

  it('reaches 国税局 and 地税局 by 税务部门 beside the 税务局 of later plans', async () => {
    const got = (await ask('税务部门参与了哪些工作')).answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['地方财政一般预算收入增长12%以上', '财政收入与经济增长同步', expect.stringContaining('外贸出口增长15%以上')]));
  });
});

describe('reader rules after real10-fresh: timetables and rare earths', () => {
  it('declines when a train, flight or bus leaves, even with a place the plans know, but not a question about building the line', () => {
    for (const q of ['明早从宣城去合肥的动车几点发车', '去北京的航班几点起飞', '到市区的大巴票价多少钱']) expect(declineOf(q, q, 1, () => 1)?.kind, q).toBe('出行');
    expect(declineOf('高铁站建设由谁牵头', '高铁站建设由谁牵头', 0, () => 1)).toBeNull();
  });

  it('reads rare earths, mineral resources and resource protection in English', () => {
    expect(englishToChinese('Which bureau handles rare-earth resource protection?')).toContain('稀土资源保护');
    expect(englishToChinese('Who is responsible for mineral resources?')).toContain('矿产资源');
  });
});

describe('reader rules after real10-fresh: a project named in a section\'s own words', () => {
  const { ask } = askOver(['test/fixtures/questions/real10-docs']);

  it('takes the tasks under a section whose lead sentence names the project as the tasks about it', async () => {
    // 黄石港区 (一): 加快临空商务产业园起步建设。 then items 10–12, none naming the park; 区临空办 is on all three.
    const a = await ask('跟临空商务产业园有关的工作都有哪些单位参与');
    expect(a.plan.op).toBe('entityUnits');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['区临空办', '花湖街道办事处']));
  });
});
