// Verbs of an unlabelled clause annotation that name supporting units.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

// http://wenshang.gov.cn/art/2017/12/12/art_101404_808424.html (济宁市人民政府 2015, 就业创业; on the 汶上县 site,
// test/fixtures/questions/real3-docs/jining-jiuye-2015.txt)
const JINING = [
  '一、深入实施就业优先战略',
  '1.坚持就业优先发展战略。各级政府制定的经济社会发展规划(计划)、经济调控和产业发展政策、政府和社会各类投资项目,要把稳定和扩大就业作为优先选项予以充分考虑和评估。将就业创业工作纳入政绩考核,细化目标任务、政策落实、就业创业服务、资金投入、群众满意度等指标。(市发展改革委、市人力资源社会保障局牵头,市委组织部、市经济和信息化委、市教育局、市科技局、市财政局、市住房城乡建设局、市农业局、市商务局、市统计局、国家统计局济宁调查队参加)',
  '2.发挥小微企业就业主渠道作用。扶持发展小微企业,落实小微企业增值税、营业税和企业所得税等税收优惠政策',
];

describe('clause verbs of support', () => {
  it('reads 参加 as 配合: the units that take part support the leads', () => {
    const [first] = tasksOfLines(JINING);
    expect(first.lead).toEqual(['市人力资源社会保障局', '市发展改革委']);
    expect(first.support).toEqual(['国家统计局济宁调查队', '市住房城乡建设局', '市农业局', '市商务局', '市委组织部', '市教育局',
      '市科技局', '市统计局', '市经济和信息化委', '市财政局'].sort());
    expect(first.responsible).toEqual([]);
  });

  // 上海市人民政府 2017, 就业创业 (test/fixtures/questions/real3-docs/shanghai-jiuye-2017.txt), its list's reading rule kept.
  it('reads 按照职责分工负责 as 按职责分工负责: the list\'s last name is a unit, not 市地税局等按照职责', () => {
    const [first] = tasksOfLines([
      '一、坚持实施就业优先战略',
      '(一)促进经济增长与扩大就业联动。实施就业优先战略和更加积极的就业政策,促进经济增长与扩大就业联动。(市发展改革委、市财政局、市经济信息化委、市商务委、市地税局等按照职责分工负责。列第一位者为牵头单位,下同)',
    ]);
    expect(first.lead).toEqual(['市发展改革委']);
    expect([...first.support, ...first.responsible].sort()).toEqual(['市商务委', '市地税局', '市经济信息化委', '市财政局'].sort());
  });
});
