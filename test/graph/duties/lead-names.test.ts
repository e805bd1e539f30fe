// Leads the parser missed on the sets where lead accuracy was weakest (issue 9): a 会同 clause cut by the excerpt's
// end, and a broadcaster in a lead cell. Expected units written from the published text (source beside each).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

/** A task's duties alone (tasksOfLines lists each role's units sorted). */
const duties = ({ lead, support, responsible }: { lead: string[]; support: string[]; responsible: string[] }) => ({ lead, support, responsible });

describe('leads the text names', () => {
  // http://qyfgj.cn/falv/427991.html (黄冈市 分解落实《十一五规划纲要》主要目标和任务, 黄政发[2007]7号): the stored copy
  // stops inside item 7's dash sentence, before its verb (组织落实).
  it('reads a 由X会同… clause cut by the excerpt’s end: X leads, the names before the cut one support', () => {
    const tasks = tasksOfLines([
      '(一)约束性指标',
      '6、森林覆盖率达到45%。',
      '──由市林业局会同有关部门和各县市区组织落实。',
      '7、工业废水排放达标率达到90%。',
      '──由市环保局会同有关部门和各县市区',
    ]);
    expect(tasks.map(duties)).toEqual([
      { lead: ['市林业局'], support: ['各县市区', '有关部门'], responsible: [] },
      // 各县市区 may be the head of a longer name (各县市区人民政府): left out.
      { lead: ['市环保局'], support: ['有关部门'], responsible: [] },
    ]);
  });

  it('reads no lead from a cut clause whose names are not units', () => {
    const tasks = tasksOfLines(['1、工业废水排放达标率达到90%。', '由于去年会同期比较下降']);
    expect(tasks.map(duties)).toEqual([{ lead: [], support: [], responsible: [] }]);
  });

  // https://www.huainan.gov.cn (淮南市机关事务管理局, 2025年《政府工作报告》主要任务上半年落实情况): row 249's 牵头单位
  // cell, units a space apart, one of them the city's broadcaster.
  it('reads a broadcaster (市广播电视台) in a lead cell as a unit', () => {
    const tasks = tasksOfLines([
      '序号 |', '主要任务 |', '牵头单位 |', '落实情况 |',
      '249 |',
      '支持志愿服务、广播电视、地震、气象、档案、地方志、邮政快递、住房公积金、机关事务管理等事业发展。 |',
      '市委社会工作部 市广播电视台 市地震局 市气象局 市档案局 市党史和地方志研究室 市邮政管理局 市公积金管理中心 市机关事务管理局 |',
      '上半年,我市所有地震监测台站综合运行率达99.69%。',
    ]);
    expect(tasks[0].lead).toEqual(expect.arrayContaining(['市广播电视台', '市委社会工作部', '市机关事务管理局']));
    expect(tasks[0].lead).toHaveLength(9);
  });
});
