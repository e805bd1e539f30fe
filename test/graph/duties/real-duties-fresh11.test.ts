// Duty conventions first met in fresh11 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh11)', () => {
  // http://nbxinxi.com/a/yongkangshi/20210606/272982.html (永康市 政府工作报告若干重点工作任务, 永政办发〔2008〕31号)
  it('reads 责任单位 beside 配合单位 on one line, with no lead label, as the leads the others support', () => {
    const tasks = tasksOfLines([
      '一、突出工业转型升级,进一步夯实五金名城的产业基础',
      '2.加大招商引资力度,引进一批技术含量高、带动能力强的合资合作项目落户永康。',
      '责任领导:吴晓平;责任单位:外贸局、发改局;配合单位:相关镇街区,有关部门。',
      '3.在国内所有省会城市和重要地级市创建永康商会,为永康在外创业人员搭建服务平台。',
      '责任领导:俞福才;责任单位:协作办、工商联;配合单位:民政局。',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['发改局', '外贸局'], support: ['有关部门', '相关镇街区'], responsible: [] },
      { lead: ['协作办', '工商联'], support: ['民政局'], responsible: [] },
    ]);
  });

  // The same labels without 配合单位 name undifferentiated owners: nothing promotes them (永康 2008's line, its 配合单位 cut).
  it('keeps a 责任单位 list with no 配合单位 beside it responsible', () => {
    const tasks = tasksOfLines([
      '一、突出工业转型升级,进一步夯实五金名城的产业基础',
      '3.在国内所有省会城市和重要地级市创建永康商会,为永康在外创业人员搭建服务平台。',
      '责任领导:俞福才;责任单位:协作办、工商联。',
    ]);
    expect(tasks).toMatchObject([{ lead: [], support: [], responsible: ['协作办', '工商联'] }]);
  });

  // http://fbh.anhuinews.com/project/wjxgzc/202111/t20211112_5641755.html (安徽省 长三角一体化 2021)
  it('reads a bare city before the 牵头 clause (合肥市,省发展改革委牵头) as a second lead', () => {
    const tasks = tasksOfLines([
      '一、推动区域协调发展',
      '1.深入实施合肥都市圈一体化发展行动计划,有序推动合肥都市圈扩容提质,编制合肥都市圈“十四五”规划。(合肥市,省发展改革委牵头)',
    ]);
    expect(tasks).toMatchObject([{ lead: ['合肥市', '省发展改革委'], support: [], responsible: [] }]);
  });
  // http://www.jinhua.gov.cn/11330700002592599F/zdss/201804/t20180423_2272974_1.html (金华市 2018, 金政办发〔2018〕23号)
  it('adds the units a notice names once as supporters (除特别注明的外,…都是配合单位) to every annotated item after it', () => {
    const notice = '  各牵头单位要充分发挥指导协调作用。除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会都是配合单位。市督考办要定期督查通报进展情况。';
    const items = [
      '  一、尹学群市长牵头的重点工作',
      '  1.全面完成2018年全市经济社会发展预期目标。其中,地区生产总值增长7%左右。',
      '  牵头单位:市发改委',
      '  配合单位:市农办、市经信委',
    ];
    const zones = ['各县(市、区)政府', '金华开发区', '金义都市新区', '金华山旅游经济区管委会'];
    const [task] = tasksOfLines([notice, '', ...items]);
    expect(task.lead).toEqual(['市发改委']);
    expect([...task.support].sort()).toEqual(['市农办', '市经信委', ...zones].sort());
    // Without the notice the item keeps its own units only.
    expect(tasksOfLines(items)[0].support).toEqual(['市农办', '市经信委']);
  });
});
