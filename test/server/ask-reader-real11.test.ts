// The reader rules added while tuning on real11-dev (issue 10), one behaviour each, in other words than the set's, on the eight real11 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real11-docs']);

describe('reader rules after real11-dev', () => {
  it('narrows a place with several plans to the one of the year said (舟山2020年的方案), one group per year', async () => {
    const got = await names('舟山2020年的方案里市发改委牵头哪些');
    expect(got).toEqual(expect.arrayContaining(['地区生产总值增长10%']));
    expect(got).not.toContain('地区生产总值增长7%以上');
    // Without a year both of 舟山's plans answer.
    expect(await names('舟山的方案里市发改委牵头哪些')).toEqual(expect.arrayContaining(['地区生产总值增长10%', '地区生产总值增长7%以上']));
  });

  it('lists the targets one plan sets that another does not, by indicator (同一指标 in other words counts as shared)', async () => {
    // 鞍山 2024: 地区生产总值, 规模以上工业增加值, 固定资产投资, 社会消费品零售总额, 一般公共预算收入; 盘锦 2018 lacks only 社零.
    const a = await ask('鞍山的方案有哪些指标是盘锦的方案没有的');
    expect(a.plan.op).toBe('targets');
    expect(a.answer.items.filter((i) => i.label === 'Target').map((i) => i.name)).toEqual(['社会消费品零售总额增长 9%']);
    // Two plans of one place told apart by year: 2020's 城乡居民人均可支配收入 and 服务业增加值 are not in 2023's.
    // (The answer lists the targets, then the tasks that set them: the check reads the targets.)
    const years = (await ask('舟山2020年的有哪些目标是2023年那份没有的')).answer.items.filter((i) => i.label === 'Target').map((i) => i.name).join(' ');
    expect(years).toContain('服务业增加值');
    expect(years).not.toContain('地区生产总值');
  });

  it('lists a scoped plan\'s targets when nothing but 有哪些目标 is asked, not every plan\'s', async () => {
    const got = await names('盘锦那份方案都定了哪些指标');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((n) => !n.includes('10.8%') && !n.includes('1100亿元'))).toBe(true);
  });

  it('reads a heading whose words end in 计划目标 as the heading, not a plan named by its genre', async () => {
    const got = await names('咸宁那份里经济社会发展计划目标这部分包括哪些');
    expect(got).toEqual(expect.arrayContaining(['地区生产总值增长6%', '进出口总额增长10%']));
  });

  it('takes a section title linked whole as the scope\'s section of that title, not another plan\'s', async () => {
    // 盘锦 and 东莞 both have a part titled 主要目标.
    const got = await names('盘锦的方案里主要目标下面包括哪些任务');
    expect(got).toEqual(expect.arrayContaining(['一般公共预算收入增长12%']));
    expect(got).not.toContain('单位工业增加值用水量降低20%');
  });

  it('reads investment promotion centres and the rest of Zhejiang\'s and Liaoning\'s cities in English', async () => {
    expect(englishToChinese('Which units work with the investment promotion service centre?')).toContain('投资促进中心');
    expect(englishToChinese('What is the GDP target of Panjin?')).toContain('盘锦');
    expect(await names('Who works with the Investment Promotion Centre?')).toEqual(expect.arrayContaining(['新区驻京联络处']));
  });
});
