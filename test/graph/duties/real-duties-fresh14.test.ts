// Duty conventions first met in fresh14 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh14)', () => {
  // http://qyfgj.cn/falv/427991.html (黄冈市 分解落实《十一五规划纲要》主要目标和任务, 黄政发[2007]7号): each target is
  // followed by an own-line sentence set off by a dash; 会同 brings in supports, A和B joins two names.
  it('reads ──由X会同A和B组织落实。 as X lead, A and B support, and ──由X和Y组织落实。 as both responsible', () => {
    const tasks = tasksOfLines([
      '二、任务分解',
      '(一)约束性指标',
      '1、城镇养老、失业、医疗保险覆盖率达到90%。',
      '──由市劳动和社会保障局会同有关部门和各县市区组织落实。',
      '2、新型农村合作医疗覆盖率达到100%。',
      '──由市卫生局会同有关部门和各县市区组织落实。',
      '3、人口自然增长率控制在6‰以内,2010年年末总人口不超过757万人。',
      '──由市人口计生委和各县市区组织落实。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['市劳动和社会保障局'], support: ['各县市区', '有关部门'], responsible: [] },
      { lead: ['市卫生局'], support: ['各县市区', '有关部门'], responsible: [] },
      { lead: [], support: [], responsible: ['市人口计生委', '各县市区'].sort() },
    ]);
  });

  // A name that holds 和 is one name: its halves are no units.
  it('keeps a name holding 和 whole in a 由…负责落实 sentence', () => {
    const tasks = tasksOfLines(['一、重点工作', '1、完善社会保障体系。', '──由市人力资源和社会保障局组织落实。']);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市人力资源和社会保障局'] }]);
  });

  // https://www.huainan.gov.cn (淮南市机关事务管理局, 2025年《政府工作报告》主要任务上半年落实情况): a `|` table one cell a
  // line, whose 牵头单位 cell separates its units by spaces only.
  it('reads a one-cell-a-line `|` table whose duty cell holds units a space apart as a list', () => {
    const tasks = tasksOfLines([
      '序号 |', '主要任务 |', '牵头单位 |', '落实情况 |',
      '249 |',
      '支持志愿服务、广播电视、地震、气象、档案、地方志、邮政快递、住房公积金、机关事务管理等事业发展。 |',
      '市委社会工作部 市地震局 市气象局 市档案局 市邮政管理局 市公积金管理中心 市机关事务管理局 |',
      '上半年,我市所有地震监测台站综合运行率达99.69%。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['市委社会工作部', '市地震局', '市气象局', '市档案局', '市邮政管理局', '市公积金管理中心', '市机关事务管理局'].sort(), support: [], responsible: [] },
    ]);
  });

  // https://www.huainan.gov.cn (淮南市人民政府办公室, 关于2023年《政府工作报告》主要任务上半年完成情况的督查通报): a table
  // flattened with a blank line after each cell; row 2's 牵头单位 cell names two units, one a line, before its 落实情况.
  it('reads a flattened table\'s duty cell printed one unit a line: every unit in it, and the report cell after', () => {
    const tasks = tasksOfLines([
      '序号', '', '主要任务', '', '牵头单位', '', '落实情况', '',
      '1', '', '衷心拥护两个确立、忠诚践行两个维护,确保总书记有号令、党中央有部署。', '', '市政府办', '',
      '严格执行市政府常务会议“第一议题”制度,学习贯彻习近平总书记重要讲话和重要指示批示精神。', '',
      '2', '', '认真履行全面从严治党主体责任和一岗双责,严格执行中央八项规定及其实施细则精神。', '', '市政府办', '', '市政府督查考核办', '',
      '市政府党组第一时间学习贯彻二十届中央纪委二次全会精神。', '',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['市政府办'], support: [], responsible: [] },
      { lead: ['市政府办', '市政府督查考核办'].sort(), support: [], responsible: [] },
    ]);
  });

  // http://huangshigang.gov.cn/zwpd/dfbmptlj/qzwbj/qzfb/zc/zfwj/202108/t20210812_824105.html (黄石港区 2021年区政府重点任务
  // 分解意见): a merged bureau's two fields joined by a middle dot, and a 管理区 the district addresses beside its streets.
  it('reads 区国土·规划分局 as one unit and 江北管理区 as a zone\'s administration', () => {
    const tasks = tasksOfLines([
      '港政发〔2021〕1号黄石港区人民政府关于印发2021年区政府重点任务分解意见的通知',
      '江北管理区、各街道办事处,区直各部门:',
      '加快临空商务产业园起步建设。',
      '10.按照一次规划、分期实施、多元开发的总体思路,编制完成全域临空规划、核心区规划、起步区规划。[责任单位:区发改(商务)局、区临空办、区国土·规划分局、江北管理区、各街道办事处]',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['区临空办', '区发改(商务)局', '区国土·规划分局', '各街道办事处', '江北管理区']]);
  });
});
