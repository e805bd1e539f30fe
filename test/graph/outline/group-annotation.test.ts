// An annotation on its own line after the last item of a group covers the whole group, on real excerpts;
// expected units written from the text before the parser changed.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('a group annotation printed after the last (n) item', () => {
  // https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html (运城市, 2017)
  it('gives every item of the group the units of the annotation after its last item', () => {
    const rows = writtenTasks(batchOf([
      '(一)“一案三制”建设',
      '1.完善应急预案体系',
      '(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。',
      '(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。',
      '(3)加强应急预案演练,完善演练管理制度,推进“双盲”演练,强化针对性、实战性。',
      '(4)加强应急预案的培训宣传,扩大应急预案发布范围,提高全社会对应急预案的知晓率。',
      '(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)',
      '2.健全应急管理体制和运行机制',
      '(1)深入推进市、县、乡三级政府应急管理办事机构建设。',
    ].join('\n')));
    const group = ['各县(市、区)人民政府', '各开发区管委会', '市直各有关单位'].sort();
    expect(rows.map((r) => r.title.slice(0, 4))).toEqual(['加强应急', '推进政府', '加强应急', '加强应急', '深入推进']);
    expect(rows.slice(0, 4).map((r) => r.responsible)).toEqual([group, group, group, group]);
    expect(rows[4].responsible).toEqual([]);
  });

  // https://www.chinacourt.org/law/detail/2008/02/id/136571.shtml (晋政发[2008]8号)
  it('leaves it on the last item when the group heading names the lead and the items annotate one by one', () => {
    const rows = writtenTasks(batchOf([
      '一、孟学农省长负责的工作',
      '(三)省编办牵头的工作',
      '1.深化行政管理体制改革,优化政府机构设置。',
      '2.积极稳妥地推进乡镇机构改革。',
      '协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['省编办'], ['省编办']]);
    expect(rows[0].support).toEqual([]);
    expect(rows[1].support.length).toBeGreaterThan(0);
  });

  // The generated corpus's own-line convention (test/bench/corpus): labelled lines belong to the item above them.
  it('leaves unbracketed labelled lines on the item above them, with an earlier unannotated item left unannotated', () => {
    const rows = writtenTasks(batchOf([
      '一、重点任务',
      '(一)打造特色消费聚集区',
      '1.加快现代服务业提质增效。规划建设首店经济产业园。',
      '2.促进制造业高质量发展。大力发展工业互联网产业。',
      '牵头单位:区经济和信息化局',
      '责任单位:区委党校、区行政审批服务局等部门',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([[], ['区经济和信息化局']]);
  });
});
