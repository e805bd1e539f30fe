// Duty conventions first met in fresh12 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh12)', () => {
  // http://lsbar.com/law/50223 (荆州市 分解落实《政府工作报告》, 2009): each target closed by a bare list before its 。
  it('reads a bare list of names between an item\'s words and its closing 。 as the units responsible', () => {
    const tasks = tasksOfLines([
      '一、主要工作目标',
      '1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。',
      '4、财政一般预算收入增长13%(市财政局、市国税局、市地税局,各县市区政府,荆州开发区)。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['市发改委', '市政府相关部门', '各县市区政府', '荆州开发区'].sort() },
      { lead: [], support: [], responsible: ['市财政局', '市国税局', '市地税局', '各县市区政府', '荆州开发区'].sort() },
    ]);
  });

  // A single name in brackets inside the sentence may be another name of the one before it: no list, no duty.
  it('does not read one bracketed name before the 。 as a duty', () => {
    const tasks = tasksOfLines([
      '一、主要工作目标',
      '1、加强与省发展改革委(省能源局)。',
      '2、固定资产投资增长25%(市发改委,各县市区政府)。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: [] },
      { lead: [], support: [], responsible: ['市发改委', '各县市区政府'].sort() },
    ]);
  });

  // http://ask.fsou.com/html/text/lar/170828/17082848.html (黑龙江省 十大工程推进工作方案, 黑政办发〔2009〕17号)
  it('reads a closing sentence X牵头,A、B等单位配合。 and a heading\'s 总牵头 that leads every item under it', () => {
    const tasks = tasksOfLines([
      '一、千亿斤粮食产能工程',
      '工作要求:坚持突出重点、分期实施、统筹推进,全面启动实施千亿斤粮食生产能力战略工程。',
      '任务分工:吕维峰副省长负责,省农委总牵头。',
      '1.水利化工程:突出抓好尼尔基引嫩扩建一期工程。新增水田面积100万亩,改善水田面积200万亩。省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合。',
      '2.农机化工程:积极启动实施利用北欧投资银行贷款建设30个现代农机专业合作社项目。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['省农委', '省水利厅'].sort(), support: ['省发改委', '农垦总局', '国土资源厅', '环保厅'].sort(), responsible: [] },
      { lead: ['省农委'], support: [], responsible: [] },
    ]);
  });

  // A sentence of the body that names a lead among other words is no annotation.
  it('leaves a closing sentence with body words in it alone', () => {
    const tasks = tasksOfLines([
      '一、重点工作',
      '1.推进水利建设。各地要加强领导,省水利厅牵头。',
      '2.推进农业建设。省农业厅牵头,各地要加强领导。',
    ]);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: [] }, { lead: [], support: [], responsible: [] }]);
  });

  // https://360online.cn/167154.html (a 市 notice splitting its 政府工作报告, 2006; a template site's copy, year masked 20*)
  it('reads a closing 由A、B,C负责落实。 as the units responsible for the item', () => {
    const tasks = tasksOfLines([
      '二、为民办好“十件实事”',
      '(一)继续实施对种粮农民直接补贴、农机具购置补贴,确保补贴总金额高于上年。由市财政局、农业局、劳动保障局、农机局,各县(市)、区人民政府负责落实。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['市财政局', '农业局', '劳动保障局', '农机局', '各县(市)、区人民政府'].sort() },
    ]);
  });

  // https://www.wz-city.com/zhengfujigou/128.html (河南省 2007 重点工作任务分解, 豫政办[2007]14号, a run-on mirror): the
  // item marker glued before a year after a space, and 等部门和 adding one more name.
  it('breaks a run-on line before a marker that opens with a year, and reads A、B等部门和C负责落实', () => {
    const filler = '认真组织落实各项工作任务,确保各项重点工作全面完成。'.repeat(12);
    const tasks = tasksOfLines([
      `各省辖市人民政府,省人民政府各部门:${filler} 一、主要工作目标 1.2007年是我省加快实现中原崛起的关键一年。今年经济社会发展的预期目标是:生产总值增长10%。 由省发展改革委、财政厅、商务厅等部门和各省辖市政府负责落实。 二、加快推进经济强省建设`,
    ]);
    expect(tasks.map(sorted)[0]).toEqual({ lead: [], support: [], responsible: ['省发展改革委', '财政厅', '商务厅', '各省辖市政府'].sort() });
  });
});
