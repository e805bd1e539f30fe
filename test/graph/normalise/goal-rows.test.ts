// A 目标责任分解书 flattened one cell a line (领域 / 主要目标 / 主要责任单位 / 责任单位): numbered goals, their ——sub-targets,
// and each sub-row's units one a line with no mark between the 主要责任单位 and 责任单位 cells (real excerpts).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const roles = (t: { lead: string[]; support: string[]; responsible: string[] }) => [[...t.lead].sort(), [...t.support].sort(), t.responsible];

describe('goal rows of a 目标责任分解书', () => {
  // http://www.pwccw.gd.gov.cn/gdsetgh/content/post_14160.html (《广东省儿童发展规划(2011—2020年)》目标责任分解书, 2014)
  it('reads each unit run\'s first unit as the lead of its sub-row, the others as support, one task per goal', () => {
    const tasks = tasksOfLines([
      '领域', '', '主 要 目 标', '', '主要责任单位', '', '责任单位', '',
      '1.提高出生人口质量。', '', ' ', '',
      '——降低严重多发致残的出生缺陷发生率。', '', '省卫生厅', '', '省人口计生委', '', '省残联', '',
      '——低出生体重儿发生率控制在4%以下。', '', '省卫生厅', '',
      '2.降低儿童死亡率,减少儿童伤害所致死亡和残疾。', '', '——婴儿死亡率控制在6‰以下。', '', '省卫生厅', '',
      '3.提高儿童健康水平。', '',
      '——5岁以下儿童贫血患病率控制在12%以下。', '', '省卫生厅', '', '省教育厅', '', '省财政厅', '', '妇联', '',
      '——提高中小学生《学生体质健康标准》达标率。', '', '省教育厅', '', '省卫生厅', '', '省体育局', '',
      '4.儿童卫生保健',
    ]);
    expect(tasks.map(roles)).toEqual([
      [['省卫生厅'], ['省人口计生委', '省残联'].sort(), []],
      [['省卫生厅'], [], []],
      [['省卫生厅', '省教育厅'].sort(), ['省财政厅', '妇联', '省体育局'].sort(), []],
      [[], [], []],
    ]);
  });

  // http://www.pwccw.gd.gov.cn/gdsfngh/content/post_11395.html (《广东省妇女发展规划(2011—2020年)》目标责任分解书, 2014):
  // the 领域 cell is missing from the copy, so numbering restarts at 1. where the next domain begins.
  it('reads a goal with no sub-target and numbering that restarts, and stops at a cut number', () => {
    const tasks = tasksOfLines([
      '领域', '', '主要目标', '', '主要责任单位', '', '责任单位', '',
      '6.妇女经常参加体育锻炼的人数比例提高,城乡妇女体质达到《国民体质测定标准》合格率90%以上。', '', '省体育局', '', '省教育厅', '', '省总工会', '',
      '1.教育工作全面贯彻性别平等原则。', '', '省教育厅', '', '省人社厅', '', '省妇联', '', '2',
    ]);
    expect(tasks.map(roles)).toEqual([
      [['省体育局'], ['省总工会', '省教育厅'].sort(), []],
      [['省教育厅'], ['省人社厅', '省妇联'].sort(), []],
    ]);
  });
});
