// Duty conventions first met in fresh7 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh7)', () => {
  // https://ht.luaninfo.com/laxw/gggs/content_128307 (六安市1至8月份民生工程实施进度通报, 2021)
  it('reads a label run on after the comma that closes an item title as the item annotation', () => {
    const tasks = tasksOfLines([
      '二、部分项目进展情况',
      '1、学前教育促进,牵头单位:市教体局。其中,8月份督查暗访发现问题整改不到位的为舒城县。',
      '2、中小学及中职学校教师培训,牵头单位:市教体局。其中,中小学教师培训进度较慢的为叶集区。',
      '3、城市社区卫生机构和村卫生室标准化建设,牵头单位:市卫健委。其中,8月份督查暗访发现问题整改不到位的为叶集区。',
    ]);
    expect(tasks).toMatchObject([
      { title: '学前教育促进', lead: ['市教体局'], support: [], responsible: [] },
      { title: '中小学及中职学校教师培训', lead: ['市教体局'], support: [], responsible: [] },
      { title: '城市社区卫生机构和村卫生室标准化建设', lead: ['市卫健委'], support: [], responsible: [] },
    ]);
  });

  it('leaves a label after a comma inside a sentence as text', () => {
    const tasks = tasksOfLines([
      '二、部分项目进展情况',
      '1、学前教育促进。今年新建幼儿园,牵头单位:市教体局负责督查的事项另行通知。(市教体局负责)',
    ]);
    expect(tasks).toMatchObject([{ lead: [], responsible: ['市教体局'] }]);
  });

  // https://jyj.wuhu.gov.cn/openness/public/6596321/39170196.html (芜湖市教育局2024年工作要点)
  it('reads a bureau internal offices in a 责任科室 annotation as responsible units', () => {
    const tasks = tasksOfLines([
      '一、加强党对教育工作的全面领导',
      '1.加强思想理论武装。深入推进习近平新时代中国特色社会主义思想和党的二十大精神进教材、进课堂、进头脑。进一步提高局党委理论学习中心组学习质量,落实中心组学习列席旁听制度。(责任科室:组干科、机关党委)',
      '2.加强教育系统党的政治建设。抓好成果转化。(牵头科室:办公室;配合科室:组干科、计财科)',
    ]);
    expect(tasks).toMatchObject([
      { title: '加强思想理论武装', lead: [], support: [], responsible: ['机关党委', '组干科'] },
      { title: '加强教育系统党的政治建设', lead: ['办公室'], support: ['组干科', '计财科'], responsible: [] },
    ]);
  });

  it('reads no office ending in 科 outside an office label', () => {
    const tasks = tasksOfLines(['一、加强学科建设', '1.加强学科建设。建设学科。(责任单位:市教育局、重点学科)']);
    expect(tasks).toMatchObject([{ responsible: ['市教育局'] }]);
  });

  // https://www.linxia.gov.cn/lxz/zwgk/bmxxgkpt/lxzyshjjsj/fdzdgknr/bmwj/index.html (临夏州 优化营商环境工作方案 2025)
  it('carries the units of a note run on after a comma inside a labelled bracket, and drops the verb after the last name', () => {
    const tasks = tasksOfLines([
      '(一)着力提升政务服务环境',
      '1.提升政务中心建设。对州、县市政务服务中心窗口设置开展一次全面摸排,因地制宜进行差异化提升改造。(责任单位:州政务服务中心,各县市人民政府、州直相关行业部门按职责分工负责,以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出)',
      '2.提高窗口人员素质。对州县政务大厅派驻人员进行业务资格复查。(责任单位:州政务服务中心)',
    ]);
    expect(tasks).toMatchObject([
      { title: '提升政务中心建设', lead: [], support: [], responsible: ['各县市人民政府', '州政务服务中心', '州直相关行业部门'] },
      { title: '提高窗口人员素质', lead: [], support: [], responsible: ['各县市人民政府', '州政务服务中心', '州直相关行业部门'] },
    ]);
  });

  it('carries nothing from a comma clause that speaks for no later item', () => {
    const tasks = tasksOfLines([
      '(一)着力提升政务服务环境',
      '1.提升政务中心建设。开展摸排。(责任单位:州政务服务中心,各县市人民政府按职责分工负责)',
      '2.提高窗口人员素质。开展复查。(责任单位:州发展改革委)',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['各县市人民政府', '州政务服务中心'], ['州发展改革委']]);
  });
});
